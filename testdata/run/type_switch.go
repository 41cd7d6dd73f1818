// Tests type switches: concrete types, interfaces, nil, multiple types per case, and bound variables.
package main

import (
	"errors"
	"fmt"
)

type Shape interface{ Area() float64 }
type Rect struct{ W, H float64 }
type Circle struct{ R float64 }

func (r Rect) Area() float64    { return r.W * r.H }
func (c *Circle) Area() float64 { return 3 * c.R * c.R }

type MyInt int

func (m MyInt) String() string { return fmt.Sprintf("MyInt(%d)", int(m)) }

func kind(v any) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int:
		return fmt.Sprintf("int %d", x+1)
	case int8, int16:
		return fmt.Sprintf("small int %T %v", x, x)
	case string:
		return "string of len " + fmt.Sprint(len(x))
	case []int:
		return fmt.Sprintf("slice len %d", len(x))
	case error:
		return "error: " + x.Error()
	case fmt.Stringer:
		return "stringer: " + x.String()
	case Shape:
		return fmt.Sprintf("shape %T area %.1f", x, x.Area())
	case func() int:
		return fmt.Sprint("func returning ", x())
	case map[string]int:
		return fmt.Sprint("map ", x)
	default:
		return fmt.Sprintf("other %T", x)
	}
}

func main() {
	vals := []any{
		nil, 41, int8(-3), int16(7), "hello", []int{1, 2},
		errors.New("oops"), MyInt(5), Rect{2, 3}, &Circle{2},
		func() int { return 9 }, map[string]int{"k": 1}, 3.5, Circle{1}, true,
	}
	for _, v := range vals {
		fmt.Println(kind(v))
	}

	// Type switch without binding.
	var s Shape = Rect{1, 1}
	switch s.(type) {
	case *Circle:
		fmt.Println("circle ptr")
	case Rect:
		fmt.Println("rect value")
	}

	// Typed nil pointer in interface is not case nil.
	var cp *Circle
	var any1 any = cp
	switch any1.(type) {
	case nil:
		fmt.Println("nil")
	case *Circle:
		fmt.Println("typed nil *Circle")
	}

	// Fallthrough is not allowed in type switches; default in the middle works.
	for _, v := range []any{1, "x", 2.0} {
		switch v.(type) {
		default:
			fmt.Println("default", v)
		case int:
			fmt.Println("int", v)
		}
	}
}
