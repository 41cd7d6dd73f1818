// Tests constraints with ~ and unions, constraint interfaces with methods, and operations allowed by type sets.
package main

import (
	"fmt"
	"strconv"
)

type Integer interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64
}
type Unsigned interface {
	~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64
}
type Float interface{ ~float32 | ~float64 }
type Number interface {
	Integer | Unsigned | Float
}
type Ordered interface {
	Integer | Unsigned | Float | ~string
}

func Sum[T Number](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Max[T Ordered](xs ...T) T {
	m := xs[0]
	for _, x := range xs[1:] {
		if x > m {
			m = x
		}
	}
	return m
}

type Celsius float64
type Score int8
type Name string

// Constraint with a method.
type Stringish interface {
	~int | ~string
	String() string
}

type ID int

func (i ID) String() string { return "ID-" + strconv.Itoa(int(i)) }

type Tag string

func (t Tag) String() string { return "#" + string(t) }

func Describe[T Stringish](xs []T) []string {
	var out []string
	for _, x := range xs {
		out = append(out, x.String())
	}
	return out
}

// Conversion between type parameters.
func Convert[From, To Number](xs []From) []To {
	out := make([]To, len(xs))
	for i, x := range xs {
		out[i] = To(x)
	}
	return out
}

// Overflow behaviour follows the instantiated type.
func Double[T Integer | Unsigned](x T) T { return x * 2 }

func Abs[T Integer | Float](x T) T {
	if x < 0 {
		return -x
	}
	return x
}

func main() {
	fmt.Println(Sum(1, 2, 3), Sum(1.5, 2.25), Sum[Celsius](10, 20.5))
	fmt.Printf("%T %v\n", Sum[Score](100, 27, 1), Sum[Score](100, 27, 1))
	fmt.Println(Sum[uint8](200, 100))
	fmt.Println(Max(3, 9, 2), Max("pear", "apple", "zoo"), Max[Name]("bob", "al"), Max(2.5, -1))
	fmt.Println(Describe([]ID{1, 22}), Describe([]Tag{"go", "rust"}))
	fmt.Println(Convert[float64, int]([]float64{1.9, -2.7}), Convert[int, uint8]([]int{255, 256, 257}))
	fmt.Println(Double[int8](100), Double[uint16](40000), Double(21))
	fmt.Println(Abs(-5), Abs(3.5), Abs[Celsius](-273.15), Abs[int8](-128))
	fmt.Println(Sum[int]())
}
