// Tests Sprintf/Errorf edge cases: missing and extra arguments, wrong verb types, %!verb forms and %w wrapping.
package main

import (
	"errors"
	"fmt"
)

type Temp float64

func main() {
	fmt.Println(fmt.Sprintf("%d %d", 1))
	fmt.Println(fmt.Sprintf("%d", 1, 2, "x"))
	fmt.Println(fmt.Sprintf("%d", "str"))
	fmt.Println(fmt.Sprintf("%s", 42))
	fmt.Println(fmt.Sprintf("%z", 5))
	fmt.Println(fmt.Sprintf("%t", 1))
	fmt.Println(fmt.Sprintf("%.2f", "x"))
	fmt.Println(fmt.Sprintf("no verbs", 1))
	fmt.Println(fmt.Sprintf("%!", 1))
	fmt.Println(fmt.Sprintf("100%"))
	fmt.Println(fmt.Sprintf("%[2]d %[1]d %d", 10, 20))
	fmt.Println(fmt.Sprintf("%[3]d", 1))
	fmt.Println(fmt.Sprintf("%v %.1f %s", Temp(21.55), Temp(21.55), []byte("raw")))
	base := errors.New("base failure")
	err := fmt.Errorf("layer %d: %w", 2, base)
	fmt.Println(err, errors.Unwrap(err) == base, errors.Is(err, base))
	noWrap := fmt.Errorf("layer: %v", base)
	fmt.Println(noWrap, errors.Unwrap(noWrap) == nil)
	two := fmt.Errorf("%w and %w", base, errors.New("other"))
	fmt.Println(two, errors.Is(two, base), errors.Unwrap(two) == nil)
	fmt.Println(fmt.Errorf("bad %w", "notanerror"))
	fmt.Printf("%v|%s|%d\n", nil, nil, nil)
}
