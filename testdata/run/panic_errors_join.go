// Tests an uncaught panic with an errors.Join value: its multi-line Error text is printed by the runtime.
package main

import (
	"errors"
	"fmt"
	"strconv"
)

var ErrEmpty = errors.New("empty field")

func validate(fields []string) error {
	var errs []error
	for i, f := range fields {
		if f == "" {
			errs = append(errs, fmt.Errorf("field %d: %w", i, ErrEmpty))
			continue
		}
		if _, err := strconv.Atoi(f); err != nil {
			errs = append(errs, fmt.Errorf("field %d: %w", i, err))
		}
	}
	return errors.Join(errs...)
}

func main() {
	fmt.Println("ok:", validate([]string{"1", "22"}) == nil)
	err := validate([]string{"3", "", "x4", "5"})
	fmt.Println("is empty:", errors.Is(err, ErrEmpty))
	var ne *strconv.NumError
	fmt.Println("as NumError:", errors.As(err, &ne), ne.Func, ne.Num)
	if err != nil {
		panic(err)
	}
}
