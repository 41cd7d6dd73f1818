// Tests the uncaught panic output for an error created with fmt.Errorf wrapping another error with %w.
package main

import (
	"errors"
	"fmt"
)

var ErrNotFound = errors.New("not found")

func lookup(key string) error {
	if key != "home" {
		return fmt.Errorf("lookup %q: %w", key, ErrNotFound)
	}
	return nil
}

func main() {
	for _, k := range []string{"home", "work"} {
		if err := lookup(k); err != nil {
			fmt.Println("is not found:", errors.Is(err, ErrNotFound))
			panic(fmt.Errorf("config: %w", err))
		}
		fmt.Println("found", k)
	}
}
