// Tests an uncaught panic raised inside an init function: package vars are set, main never runs.
package main

import (
	"fmt"
	"strconv"
)

var table = build()

func build() []int {
	fmt.Println("building table")
	return []int{1, 2, 3}
}

func init() {
	fmt.Println("first init, table =", table)
}

func init() {
	defer fmt.Println("second init: deferred")
	n, err := strconv.Atoi("12x")
	fmt.Println("parsed", n)
	if err != nil {
		panic(fmt.Errorf("init failed: %w", err))
	}
}

func main() {
	fmt.Println("main should never run")
}
