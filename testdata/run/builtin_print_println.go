// Tests the builtin print and println functions, which write to stderr with their own formatting.
package main

import "fmt"

type T struct{ a int }

func main() {
	fmt.Println("stdout line 1")
	println("hello", "world")
	println(1, -2, 300)
	println(true, false)
	println(3.5, -0.25, 1e100, 100.0)
	println(float32(1.5))
	println('a', byte('b'))
	println(int8(-5), uint8(250), uint64(1<<63), int64(-1<<63))
	println()
	print("no", "spaces", 1, 2, "\n")
	print(1, 2, 3, "\n")
	print("x=", 42, " y=", 3.0, "\n")
	var np *T
	println("nil ptr is nil:", np == nil)
	var e error
	println("nil error == nil:", e == nil)
	println(complex(1, 2))
	s := "str"
	println(s, len(s))
	x := 0.1 + 0.2
	println(x)
	fmt.Println("stdout line 2")
	println(1e-7, 123456789.0, -0.0)
	zero := 0.0
	println(1/zero, -1/zero)
}
