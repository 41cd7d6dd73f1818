// Tests fmt.Print spacing (spaces only between non-string operands), Println always spacing, and Sprint variants.
package main

import (
	"errors"
	"fmt"
)

type S string

func main() {
	fmt.Print("a", "b", 1, 2, "c", 3.5, true, "\n")
	fmt.Print(1, 2, 3, "\n")
	fmt.Print("x", 1, "y", "\n")
	fmt.Print(S("named"), S("strings"), "\n")
	fmt.Print(errors.New("e1"), errors.New("e2"), "\n")
	fmt.Print([]int{1}, []int{2}, "\n")
	fmt.Print(nil, nil, "\n")
	fmt.Println("a", "b", 1, 2)
	s1 := fmt.Sprint("p", 1, 2, "q", 'r')
	s2 := fmt.Sprintln("p", 1, 2, "q")
	s3 := fmt.Sprint()
	fmt.Printf("%q %q %q\n", s1, s2, s3)
	fmt.Printf("%q\n", fmt.Sprint(1.0, 2.5, int8(3), uint(4)))
	fmt.Printf("%q\n", fmt.Sprint("", 1, "", 2))
	n, err := fmt.Print("count me\n")
	fmt.Println(n, err)
	n, _ = fmt.Println("πr²")
	fmt.Println(n)
}
