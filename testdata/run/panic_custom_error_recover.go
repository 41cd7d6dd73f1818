// Tests panicking with custom error types and recovering them with errors.As / type assertions, including runtime.Error.
package main

import (
	"errors"
	"fmt"
	"runtime"
)

type StackErr struct {
	Op    string
	Depth int
}

func (e *StackErr) Error() string { return fmt.Sprintf("stack %s failed at depth %d", e.Op, e.Depth) }

var ErrEmpty = errors.New("empty")

type Stack struct{ data []int }

func (s *Stack) Pop() int {
	if len(s.data) == 0 {
		panic(&StackErr{"pop", 0})
	}
	v := s.data[len(s.data)-1]
	s.data = s.data[:len(s.data)-1]
	return v
}

func catch(f func()) (err error) {
	defer func() {
		switch r := recover().(type) {
		case nil:
		case error:
			err = r
		default:
			err = fmt.Errorf("non-error panic: %v", r)
		}
	}()
	f()
	return nil
}

func main() {
	s := &Stack{data: []int{1}}
	err := catch(func() {
		fmt.Println("popped", s.Pop())
		s.Pop()
	})
	fmt.Println("err:", err)
	var se *StackErr
	if errors.As(err, &se) {
		fmt.Println("as StackErr:", se.Op, se.Depth)
	}

	err = catch(func() { panic(fmt.Errorf("ctx: %w", ErrEmpty)) })
	fmt.Println(err, errors.Is(err, ErrEmpty))

	err = catch(func() { panic(123) })
	fmt.Println(err)

	// Runtime errors are errors implementing runtime.Error.
	err = catch(func() {
		var arr []int
		_ = arr[5]
	})
	fmt.Println(err)
	var re runtime.Error
	fmt.Println("is runtime.Error:", errors.As(err, &re))

	err = catch(func() {
		a, b := 1, 0
		fmt.Println(a / b)
	})
	fmt.Println(err)

	err = catch(func() {
		var m map[string]int
		m["x"] = 1
	})
	fmt.Println(err)

	err = catch(func() {
		var p *Stack
		p.data = nil
	})
	fmt.Println(err)

	err = catch(func() {
		var i any = "str"
		_ = i.(int)
	})
	fmt.Println(err)

	err = catch(func() {
		s := []int{1, 2, 3}
		lo, hi := 2, 1
		_ = s[lo:hi]
	})
	fmt.Println(err)

	err = catch(func() {
		ch := make(chan int)
		close(ch)
		close(ch)
	})
	fmt.Println(err)

	err = catch(func() { panic(nil) })
	fmt.Println(err)
	var pne *runtime.PanicNilError
	fmt.Println("is PanicNilError:", errors.As(err, &pne))

	err = catch(func() {
		x := []int{1, 2, 3}
		_ = [4]int(x)
	})
	fmt.Println(err)
}
