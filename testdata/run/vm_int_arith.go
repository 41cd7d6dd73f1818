// Integer arithmetic at every width: wrapping, division and remainder signs,
// shifts (including counts of 64 and more), conversions between widths and floats.
package main

func main() {
	var i8 int8 = 127
	i8++
	var u8 uint8 = 250
	u8 += 10
	var i16 int16 = -32768
	i16--
	var u32 uint32 = 1 << 31
	u32 *= 2
	println(i8, u8, i16, u32)

	a, b := -7, 2
	println(a/b, a%b, -a/b, a%-b, 7/-2)
	var m int8 = -128
	var n int8 = -1
	println(m/n, m%n)
	var big uint64 = 1<<64 - 1
	println(big, big/3, big%7, int64(big))

	s := uint(3)
	println(1<<s, -8>>s, uint8(255)>>s, int8(-128)>>7)
	var k uint = 64
	println(1<<k, -1>>k, uint64(1)<<(k-1))
	var x int32 = 0x7fffffff
	println(x+1, x*2, ^x, -x)
	var u uint16 = 1
	println(^u, -u, u<<15, u<<16)

	f := 3.99
	println(int(f), int(-f), uint8(int(f)), float32(f))
	var h float64 = 1e20
	println(int64(h), int32(int64(h)))
	var c rune = 'A'
	println(c, c+1, byte(c+300))
	println(0x7fffffffffffffff+a, 5&^3, 6|9, 6^3)
}
