// Tests an uncaught panic with a custom error type (pointer receiver), printed using its Error method.
package main

import "fmt"

type ParseError struct {
	Line int
	Msg  string
}

func (e *ParseError) Error() string {
	return fmt.Sprintf("parse error on line %d: %s", e.Line, e.Msg)
}

func parse(lines []string) {
	for i, l := range lines {
		if l == "" {
			panic(&ParseError{i + 1, "empty line"})
		}
		fmt.Println("parsed:", l)
	}
}

func main() {
	parse([]string{"a = 1", "b = 2", "", "c = 3"})
}
