// Tests untyped constant arithmetic: arbitrary precision, exact division, rune and float constants, implicit typing.
package main

import (
	"fmt"
	"math"
)

const Big = 1 << 100
const Small = Big >> 98
const Huge = 1e300 * 1e300 / 1e300

const third = 1.0 / 3
const intDiv = 7 / 2
const floatDiv = 7 / 2.0
const r = 'a' + 1
const s = "con" + "cat"

type Celsius float64

func main() {
	fmt.Println(Small)
	fmt.Println(Big / (1 << 90))
	fmt.Println(Huge)
	fmt.Println(third, intDiv, floatDiv)
	fmt.Printf("%T %v %c\n", r, r, r)
	fmt.Println(s, len(s))

	// Untyped constants take the type from context.
	var f32 float32 = third
	var f64 float64 = third
	fmt.Println(f32, f64)
	var c Celsius = 100
	fmt.Printf("%T %v\n", c*9/5+32, c*9/5+32)

	// Default types.
	i := 10
	fl := 10.0
	ru := 'x'
	co := 2i
	fmt.Printf("%T %T %T %T\n", i, fl, ru, co)

	// Exact constant arithmetic even when intermediate values overflow int64.
	const m = math.MaxInt64
	fmt.Println(m, (m+1)/2, m*2/4)
	const u = math.MaxUint64
	var big uint64 = u
	fmt.Println(big, uint64(u>>1))

	// Constant expressions with mixed kinds.
	const mixed = 'A' + 2.0
	fmt.Printf("%T %v\n", mixed, mixed)
	const shifted = 1.0 << 3
	fmt.Printf("%T %v\n", shifted, shifted)
	fmt.Println(math.Pi, float32(math.Pi))
	const precise = 0.1 + 0.2
	fmt.Println(precise == 0.3, 0.1+0.2)
	x, y := 0.1, 0.2
	fmt.Println(x+y == 0.3, x+y)

	// Typed constants.
	const t int16 = 1000
	fmt.Printf("%T %v\n", t*3, t*3)
	const bt byte = 'z'
	fmt.Println(bt, string(rune(bt)))

	// Comparison of constants is exact.
	fmt.Println(Big > math.MaxInt64, 1<<62 < math.MaxInt64)
	fmt.Println(math.MaxInt8, math.MinInt8, math.MaxUint16, math.MinInt64)
}
