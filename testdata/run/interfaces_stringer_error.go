// Tests the Stringer and error interfaces with fmt: %v/%s/%d use, pointer vs value receivers, Error precedence.
package main

import (
	"fmt"
)

type Color int

const (
	Red Color = iota
	Green
	Blue
)

func (c Color) String() string {
	switch c {
	case Red:
		return "Red"
	case Green:
		return "Green"
	case Blue:
		return "Blue"
	}
	return fmt.Sprintf("Color(%d)", int(c))
}

type Vec struct{ X, Y int }

func (v *Vec) String() string { return fmt.Sprintf("<%d,%d>", v.X, v.Y) }

type NotFound struct{ Key string }

func (e NotFound) Error() string { return "not found: " + e.Key }

// Both Error and String: Error wins.
type Both struct{}

func (Both) Error() string  { return "as error" }
func (Both) String() string { return "as string" }

type ValidationError struct {
	Field string
	Code  int
}

func (e *ValidationError) Error() string {
	return fmt.Sprintf("field %s invalid (code %d)", e.Field, e.Code)
}

func validate(age int) error {
	if age < 0 {
		return &ValidationError{"age", 1}
	}
	if age > 150 {
		return &ValidationError{"age", 2}
	}
	return nil
}

func find(m map[string]int, k string) (int, error) {
	if v, ok := m[k]; ok {
		return v, nil
	}
	return 0, NotFound{k}
}

func main() {
	fmt.Println(Red, Blue, Color(7))
	fmt.Printf("%v %s %d %q %x\n", Green, Green, Green, Green, Green)
	fmt.Println([]Color{Blue, Red})
	fmt.Println(map[Color]int{Blue: 3, Red: 1})

	v := Vec{1, 2}
	fmt.Println(v, &v) // String has pointer receiver: only &v uses it
	fmt.Printf("%v %+v %s\n", v, &v, &v)

	fmt.Println(Both{})
	fmt.Printf("%s %v\n", Both{}, Both{})

	for _, age := range []int{30, -1, 200} {
		if err := validate(age); err != nil {
			fmt.Println("error:", err)
			if ve, ok := err.(*ValidationError); ok {
				fmt.Printf("  %+v\n", *ve)
			}
		} else {
			fmt.Println("ok", age)
		}
	}

	m := map[string]int{"a": 1}
	for _, k := range []string{"a", "b"} {
		v, err := find(m, k)
		fmt.Println(v, err)
	}
	var err error = NotFound{"z"}
	fmt.Printf("%v|%s|%q\n", err, err, err)

	// Sprint with Stringer in nested structures.
	type pair struct {
		C Color
		V *Vec
	}
	fmt.Printf("%v %+v\n", pair{Blue, &v}, pair{Green, nil})

	// nil error prints <nil>.
	var noErr error
	fmt.Println(noErr, noErr == nil)
	fmt.Printf("%v\n", noErr)
}
