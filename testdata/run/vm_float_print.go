// Floating-point arithmetic and how the builtin println prints floats (Go 1.27 prints
// them like %v) and other basic values.
package main

func main() {
	x := 0.1
	y := 0.2
	println(x+y, x+y == 0.3, 0.1+0.2 == 0.3)
	var f32 float32 = 0.1
	println(f32, f32*3, float64(f32))
	println(1e21, 1e20, 123456.0, 1234567.0, 1e-5, 0.0001, 100.0)
	zero := 0.0
	println(1/zero, -1/zero, zero/zero, -zero)
	println(7.0/2, float32(1)/3, 2.5*4)
	big := 1e308
	println(big*10, -big*10)
	println(true, false, "text", 'r', int64(-1)<<63)
	var p *int
	println(p == nil, p)
}
