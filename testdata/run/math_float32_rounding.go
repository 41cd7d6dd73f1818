// Tests float32 precision: rounding on conversion, accumulated error versus float64, and large integer limits.
package main

import (
	"fmt"
	"math"
)

func main() {
	var f32 float32 = 0.1
	var f64 float64 = 0.1
	fmt.Println(f32, f64, float64(f32), float32(f64) == f32)
	var s32 float32
	var s64 float64
	for i := 0; i < 10; i++ {
		s32 += 0.1
		s64 += 0.1
	}
	fmt.Println(s32, s64, s32 == 1, s64 == 1)
	big := float32(16777216)
	fmt.Println(big+1 == big, float64(big)+1, int32(big+2))
	fmt.Println(float32(1)/3, float64(1)/3, float32(2)/3)
	x := float32(123456789)
	fmt.Println(x, int64(x))
	fmt.Println(math.MaxFloat32, float32(math.SmallestNonzeroFloat32))
	y := float32(math.MaxFloat32)
	fmt.Println(y*2, -y*2)
	fmt.Printf("%.10f %.10f\n", float32(1.1), 1.1)
	fmt.Printf("%v %g %e\n", float32(3.14159), float32(3.14159), float32(3.14159))
	fmt.Println(math.Float32bits(1.0), math.Float32frombits(0x40490fdb))
	var h float32 = 0.5
	fmt.Println(h*h*h, float32(1e-45), float32(1e-46))
}
