// Tests recovering from panics repeatedly in a loop of risky calls and continuing with the remaining work.
package main

import (
	"fmt"
	"strconv"
)

func parse(s string) (n int) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Printf("  parse(%q) panicked: %v\n", s, r)
			n = -1
		}
	}()
	v, err := strconv.Atoi(s)
	if err != nil {
		panic(err)
	}
	if v < 0 {
		panic(fmt.Sprintf("negative %d", v))
	}
	return 100 / v
}

func main() {
	inputs := []string{"5", "x", "0", "-3", "20", ""}
	failures, total := 0, 0
	for _, in := range inputs {
		n := parse(in)
		if n < 0 {
			failures++
			continue
		}
		total += n
		fmt.Printf("  parse(%q) = %d\n", in, n)
	}
	fmt.Println("failures:", failures, "total:", total)
}
