// Tests the uncaught panic output for a string value containing newlines (continuation lines are indented).
package main

import (
	"fmt"
	"strings"
)

func main() {
	problems := []string{"missing name", "bad port", "no routes"}
	fmt.Println(len(problems), "problems")
	panic("config invalid:\n" + strings.Join(problems, "\n"))
}
