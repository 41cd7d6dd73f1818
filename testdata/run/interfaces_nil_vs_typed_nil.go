// Tests nil interface vs interface holding a typed nil pointer, including the classic error-returning pitfall.
package main

import "fmt"

type MyErr struct{ msg string }

func (e *MyErr) Error() string {
	if e == nil {
		return "nil *MyErr"
	}
	return e.msg
}

func mayFail(fail bool) error {
	var p *MyErr
	if fail {
		p = &MyErr{"failed"}
	}
	return p // typed nil when !fail
}

func correct(fail bool) error {
	if fail {
		return &MyErr{"failed"}
	}
	return nil
}

type Speaker interface{ Speak() string }
type Robot struct{ id int }

func (r *Robot) Speak() string {
	if r == nil {
		return "silent nil robot"
	}
	return fmt.Sprint("beep ", r.id)
}

func main() {
	e1 := mayFail(false)
	fmt.Println(e1 == nil, e1 != nil)
	fmt.Printf("%T %v\n", e1, e1)
	e2 := correct(false)
	fmt.Println(e2 == nil)
	fmt.Printf("%T %v\n", e2, e2)
	fmt.Println(mayFail(true), correct(true))

	var s Speaker
	fmt.Println(s == nil)
	var r *Robot
	s = r
	fmt.Println(s == nil, s.Speak())
	if rp, ok := s.(*Robot); ok {
		fmt.Println("holds *Robot, nil?", rp == nil)
	}
	s = &Robot{7}
	fmt.Println(s.Speak())

	// Comparing interfaces with typed nil values of different types.
	var a any = (*int)(nil)
	var b any = (*string)(nil)
	var c any
	fmt.Println(a == nil, b == nil, c == nil, a == b)
	fmt.Println(a == (*int)(nil))

	// nil slices and maps in interfaces are non-nil interfaces.
	var ns []int
	var nm map[string]int
	var nf func()
	vals := []any{ns, nm, nf, nil}
	for i, v := range vals {
		fmt.Printf("%d: %T isNilIface=%v\n", i, v, v == nil)
	}

	// Converting typed nil to another interface keeps the type.
	var sp Speaker = (*Robot)(nil)
	var anyv any = sp
	fmt.Println(anyv == nil)
	_, ok := anyv.(Speaker)
	fmt.Println("still Speaker:", ok)
	fmt.Printf("%v %+v\n", anyv, r)
}
