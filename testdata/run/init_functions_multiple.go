// Tests multiple init() functions running in source order after all package-level vars are initialized.
package main

import (
	"fmt"
	"strings"
)

var log []string

var registry = map[string]func(int) int{}

var ready = setup()

func setup() bool {
	log = append(log, "var ready")
	return true
}

func init() {
	log = append(log, fmt.Sprintf("init 1 (ready=%v)", ready))
	registry["double"] = func(x int) int { return x * 2 }
}

func init() {
	log = append(log, "init 2")
	registry["square"] = func(x int) int { return x * x }
}

var late = func() string {
	log = append(log, "var late")
	return "late"
}()

func init() {
	log = append(log, "init 3 sees "+late)
	registry["neg"] = func(x int) int { return -x }
}

func main() {
	log = append(log, "main")
	fmt.Println(strings.Join(log, "\n"))
	for _, name := range []string{"double", "neg", "square"} {
		fmt.Println(name, registry[name](7))
	}
	fmt.Println(len(registry))
}
