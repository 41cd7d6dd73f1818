// Tests anonymous struct types: literals, slices of anonymous structs, assignability to named types and comparison.
package main

import "fmt"

type Point struct{ X, Y int }

func main() {
	cfg := struct {
		Host string
		Port int
	}{"localhost", 8080}
	fmt.Printf("%v %+v\n", cfg, cfg)

	tests := []struct {
		in   string
		want int
	}{
		{"a", 1},
		{"abc", 3},
		{"", 0},
	}
	for _, tc := range tests {
		fmt.Printf("len(%q)=%d ok=%t\n", tc.in, len(tc.in), len(tc.in) == tc.want)
	}

	anon := struct{ X, Y int }{3, 4}
	var p Point = anon
	fmt.Println(p, p == Point(anon), anon == struct{ X, Y int }{3, 4})

	var empty struct{}
	set := map[string]struct{}{"a": {}, "b": empty}
	_, has := set["a"]
	fmt.Println(len(set), has, empty == struct{}{})

	nested := struct {
		Name  string
		Inner struct{ A, B bool }
	}{Name: "n"}
	nested.Inner.B = true
	fmt.Printf("%+v\n", nested)
}
