// Tests division and remainder: truncation toward zero for signed values, unsigned division, and MinInt / -1 wrap.
package main

import (
	"fmt"
	"math"
)

func main() {
	pairs := [][2]int{{7, 2}, {-7, 2}, {7, -2}, {-7, -2}, {0, 5}, {5, 7}}
	for _, p := range pairs {
		a, b := p[0], p[1]
		fmt.Printf("%3d / %2d = %2d   %3d %% %2d = %2d\n", a, b, a/b, a, b, a%b)
	}
	var u uint = 7
	var m uint = 2
	fmt.Println(u/m, u%m, (u-10)/m, (u-10)%m)
	var u8 uint8 = 250
	fmt.Println(u8/3, u8%7, uint8(u8+10)/2)
	minI := math.MinInt64
	neg := -1
	fmt.Println(minI/neg, minI%neg)
	var i8 int8 = -128
	d := int8(-1)
	fmt.Println(i8/d, i8%d)
	fmt.Println(math.MaxUint32/uint32(3), uint32(math.MaxUint32)%10)
	x := -17
	fmt.Println(x>>1, x/2, uint(x)>>60)
	mod := func(a, b int) int { return ((a % b) + b) % b }
	fmt.Println(mod(-7, 3), mod(7, 3), -7%3)
}
