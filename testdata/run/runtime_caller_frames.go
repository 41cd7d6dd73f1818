// Tests runtime.Caller, FuncForPC, Callers with CallersFrames (down to runtime.goexit) and debug.Stack.
package main

import (
	"fmt"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"strings"
)

func where() string {
	pc, file, line, ok := runtime.Caller(1)
	fn := runtime.FuncForPC(pc)
	return fmt.Sprintf("%s %s:%d %v", fn.Name(), filepath.Base(file), line, ok)
}

type T struct{}

func (T) Method() string { return where() }

func deep(n int) []string {
	if n > 0 {
		return deep(n - 1)
	}
	pcs := make([]uintptr, 10)
	k := runtime.Callers(1, pcs)
	frames := runtime.CallersFrames(pcs[:k])
	var names []string
	for {
		f, more := frames.Next()
		names = append(names, f.Function)
		if !more {
			break
		}
	}
	return names
}

func main() {
	fmt.Println(where())
	fmt.Println(T{}.Method())
	func() {
		fmt.Println(where())
	}()
	_, _, _, ok := runtime.Caller(100)
	fmt.Println(ok)
	fmt.Println(strings.Join(deep(2), " < "))
	st := string(debug.Stack())
	fmt.Println(strings.HasPrefix(st, "goroutine 1 [running]:\n"), strings.Contains(st, "main.main"))
}
