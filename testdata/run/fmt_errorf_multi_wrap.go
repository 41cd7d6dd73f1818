// Tests fmt.Errorf with several %w verbs, %w on non-errors and nil, and errors.Is/As/Unwrap walking the tree.
package main

import (
	"errors"
	"fmt"
)

var (
	ErrA = errors.New("A")
	ErrB = errors.New("B")
	ErrC = errors.New("C")
)

type CodeErr struct{ Code int }

func (e *CodeErr) Error() string { return fmt.Sprintf("code %d", e.Code) }

type Temporary interface{ Temporary() bool }

type TempErr struct{ msg string }

func (t TempErr) Error() string   { return t.msg }
func (t TempErr) Temporary() bool { return true }

func main() {
	one := fmt.Errorf("one: %w", ErrA)
	two := fmt.Errorf("two: %w + %w", ErrB, one)
	fmt.Println(two)
	fmt.Println(errors.Is(two, ErrA), errors.Is(two, ErrB), errors.Is(two, ErrC))
	fmt.Println(errors.Unwrap(two) == nil, errors.Unwrap(one) == ErrA)
	if u, ok := two.(interface{ Unwrap() []error }); ok {
		for i, e := range u.Unwrap() {
			fmt.Println(" child", i, e)
		}
	}

	deep := fmt.Errorf("outer: %w", fmt.Errorf("mid: %w", &CodeErr{404}))
	var ce *CodeErr
	fmt.Println(errors.As(deep, &ce), ce.Code, ce == errors.Unwrap(errors.Unwrap(deep)))

	tree := fmt.Errorf("tree: %w; %w", TempErr{"temp"}, &CodeErr{500})
	var tmp Temporary
	fmt.Println(errors.As(tree, &tmp), tmp.Temporary(), tmp)
	ce = nil
	fmt.Println(errors.As(tree, &ce), ce)

	// %w with non-error and nil operands.
	fmt.Println(fmt.Errorf("bad: %w", "not an error"))
	nilWrap := fmt.Errorf("nil: %w", nil)
	fmt.Println(nilWrap, errors.Unwrap(nilWrap) == nil)
	fmt.Println(fmt.Errorf("%w and %v", ErrA, ErrB))
	fmt.Println(fmt.Errorf("%v only", ErrA) == ErrA, errors.Is(fmt.Errorf("%v only", ErrA), ErrA))

	// Joined errors inside wrapped errors.
	joined := errors.Join(ErrA, nil, fmt.Errorf("ctx: %w", ErrC))
	wrapped := fmt.Errorf("top: %w", joined)
	fmt.Printf("%q\n", wrapped.Error())
	fmt.Println(errors.Is(wrapped, ErrC), errors.Is(wrapped, ErrB))
	fmt.Println(errors.Join() == nil, errors.Join(nil, nil) == nil)
	fmt.Printf("%v|%s|%+v\n", one, one, one)
	fmt.Printf("%#v\n", ErrA)
}
