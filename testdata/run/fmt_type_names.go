// Tests %T type names: named, unnamed, nested composite, function, pointer, interface-element and standard library types.
package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

type Point struct{ X, Y int }
type Celsius float64
type Handler func(string) (int, error)
type Matrix [2][3]float64

func main() {
	var x any
	var err error
	fmt.Printf("%T|%T|%T|%T\n", x, err, nil, struct{}{})
	fmt.Printf("%T|%T|%T|%T|%T\n", 1, 1.5, 'a', "s", 2i)
	fmt.Printf("%T|%T|%T|%T\n", byte(1), uint(1), uintptr(1), rune(1))
	fmt.Printf("%T|%T|%T\n", Point{}, &Point{}, []*Point{})
	fmt.Printf("%T|%T|%T\n", Celsius(1), Handler(nil), Matrix{})
	fmt.Printf("%T|%T\n", map[string][]int{}, map[Point]map[int]bool{})
	fmt.Printf("%T|%T|%T\n", func() {}, func(int, ...string) error { return nil }, func() (int, bool) { return 0, false })
	fmt.Printf("%T|%T\n", []any{}, [3]error{})
	fmt.Printf("%T\n", struct {
		A int
		B string `json:"b"`
		c []byte
	}{})
	fmt.Printf("%T|%T\n", struct{ Point }{}, &struct{ p *Point }{})
	fmt.Printf("%T|%T|%T\n", errors.New("e"), fmt.Errorf("w %w", errors.New("e")), errors.Join(errors.New("a")))
	fmt.Printf("%T|%T\n", fmt.Errorf("a %w %w", errors.New("x"), errors.New("y")), fmt.Errorf("plain"))
	_, perr := strconv.Atoi("x")
	fmt.Printf("%T|%T\n", perr, strconv.ErrSyntax)
	var sb strings.Builder
	fmt.Printf("%T|%T|%T\n", sb, &sb, strings.NewReader(""))
	fmt.Printf("%T|%T\n", new(int), new([]map[string]*Point))
	type local struct{ N int }
	fmt.Printf("%T|%T|%v\n", local{}, []local{{1}}, local{2})
	var ch func(chan<- int, <-chan string)
	fmt.Printf("%T\n", ch)
	fmt.Printf("%v|%T\n", []any{1, "a", Point{}, nil}, []any{1}[0])
}
