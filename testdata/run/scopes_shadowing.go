// Tests lexical scoping and shadowing: blocks, if/for/switch scopes, := redeclaration, shadowed package names and builtins.
package main

import "fmt"

var x = "package"

func show() string { return x }

func redeclare() (int, error) {
	a, err := 1, error(nil)
	b, err := 2, fmt.Errorf("second")
	return a + b, err
}

func main() {
	fmt.Println(x, show())
	x := "main"
	fmt.Println(x, show())
	{
		x := "block"
		x += "!"
		fmt.Println(x)
	}
	fmt.Println(x)

	if x := 5; x > 3 {
		x := x * 2
		fmt.Println("if", x)
	} else {
		fmt.Println("else", x)
	}

	for x := 0; x < 2; x++ {
		x := "loop body"
		fmt.Println(x)
	}

	switch x := 3.5; {
	case x > 3:
		x := int(x)
		fmt.Println("switch", x)
	}

	fmt.Println(redeclare())

	// Shadowing builtins and predeclared identifiers.
	{
		len := func(s string) int { return 42 }
		fmt.Println(len("abc"))
		true := false
		fmt.Println(true)
		nil := 0
		fmt.Println(nil + 1)
		int := "int is now a string"
		fmt.Println(int)
	}
	fmt.Println(len("abc"), true)

	// Shadowing a package name.
	{
		fmt := "shadowed fmt"
		_ = fmt
	}

	// Closures capture the innermost variable.
	n := 1
	var fs []func() int
	{
		n := 10
		fs = append(fs, func() int { return n })
	}
	fs = append(fs, func() int { return n })
	n = 2
	fmt.Println(fs[0](), fs[1]())

	// Type names can be shadowed locally.
	type T int
	var v T = 3
	{
		type T string
		var w T = "inner T"
		fmt.Printf("%T %v\n", w, w)
	}
	fmt.Printf("%T %v\n", v, v)
}
