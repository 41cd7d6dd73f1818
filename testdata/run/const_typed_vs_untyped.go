// Tests typed vs untyped constants: default types, exact untyped arithmetic, typed constant wrap rules at conversion.
package main

import (
	"fmt"
	"math"
)

type Duration int64

const (
	Big       = 1 << 100
	Small     = Big >> 98
	Third     = 1.0 / 3
	IntDiv    = 7 / 2
	FloatDiv  = 7 / 2.0
	Second    Duration = 1000
	Minute             = 60 * Second
	typedByte byte     = 200
	MaskLow            = ^uint8(0) >> 4
)

func main() {
	fmt.Println(Small, IntDiv, FloatDiv)
	fmt.Printf("%T %T %T %T\n", Small, Third, 'x', 2i)
	fmt.Printf("%T %v %T\n", Minute, Minute, typedByte+1)
	var f32 float32 = Third
	var f64 float64 = Third
	fmt.Println(f32, f64)
	x := 10
	fmt.Println(x/4, x/4.0 == 2, float64(x)/4)
	fmt.Println(Big/(Big>>1), math.MaxInt8+1, uint8(MaskLow))
	const huge = math.MaxUint64
	fmt.Println(uint64(huge), huge/2+1 == 1<<63)
	var d Duration = 3
	fmt.Println(d*Second, d*2, Second/d)
	const r = 'a' + 1
	fmt.Println(r, string(rune(r)))
	fmt.Printf("%v %.20f\n", math.Pi, math.Pi)
	const c = 0.1 + 0.2
	v1, v2 := 0.1, 0.2
	fmt.Println(c == 0.3, v1+v2 == 0.3)
}
