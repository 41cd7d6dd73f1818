// Tests type assertions with comma-ok on concrete and interface targets, and assertion results.
package main

import (
	"errors"
	"fmt"
	"strconv"
)

type Shape interface{ Area() float64 }
type Perimeterer interface{ Perimeter() float64 }

type Square struct{ S float64 }
type Circle struct{ R float64 }

func (s Square) Area() float64      { return s.S * s.S }
func (s Square) Perimeter() float64 { return 4 * s.S }
func (c Circle) Area() float64      { return 3.14 * c.R * c.R }

func toInt(v any) (int, error) {
	if i, ok := v.(int); ok {
		return i, nil
	}
	if s, ok := v.(string); ok {
		return strconv.Atoi(s)
	}
	if f, ok := v.(float64); ok {
		return int(f), nil
	}
	if st, ok := v.(fmt.Stringer); ok {
		return strconv.Atoi(st.String())
	}
	return 0, fmt.Errorf("cannot convert %T", v)
}

type strNum string

func (s strNum) String() string { return string(s) }

func main() {
	shapes := []Shape{Square{2}, Circle{1}, Square{0.5}}
	total := 0.0
	for _, s := range shapes {
		if p, ok := s.(Perimeterer); ok {
			fmt.Printf("%T has perimeter %.2f\n", s, p.Perimeter())
		} else {
			fmt.Printf("%T has no perimeter\n", s)
		}
		if sq, ok := s.(Square); ok {
			total += sq.S
		}
	}
	fmt.Println("total square sides", total)

	// Failed assertion yields zero value.
	var s Shape = Circle{3}
	sq, ok := s.(Square)
	fmt.Println(sq, ok)
	p, ok := s.(Perimeterer)
	fmt.Println(p, ok)

	// Asserting on a nil interface.
	var nothing any
	n, ok := nothing.(int)
	fmt.Println(n, ok)
	_, ok = nothing.(any)
	fmt.Println("nil.(any) ok:", ok)

	for _, v := range []any{42, "17", 3.9, strNum("8"), "x", []int{}, true} {
		i, err := toInt(v)
		fmt.Println(i, err)
	}

	// Asserting to the exact dynamic type matters: int vs int64.
	var v any = int64(5)
	_, isInt := v.(int)
	i64, isInt64 := v.(int64)
	fmt.Println(isInt, isInt64, i64)

	// Assertion to error interface.
	var e any = errors.New("boom")
	if err, ok := e.(error); ok {
		fmt.Println("is error:", err)
	}
	// Single-value assertion that succeeds.
	str := any("hello").(string)
	fmt.Println(str, len(str))
	sh := shapes[0].(Perimeterer)
	fmt.Println(sh.Perimeter())
}
