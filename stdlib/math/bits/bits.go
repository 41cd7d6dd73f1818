// Package bits is gorun's implementation of Go's math/bits package: bit
// counting and manipulation, and full-width arithmetic, for the unsigned
// integer types. It has no native functions.
package bits

const uintSize = 64

// UintSize is the size of a uint in bits.
const UintSize = uintSize

// --- Leading and trailing zeros, length ---

// LeadingZeros returns the number of leading zero bits in x (UintSize for 0).
func LeadingZeros(x uint) int { return UintSize - Len(x) }

// LeadingZeros8 returns the number of leading zero bits in x (8 for 0).
func LeadingZeros8(x uint8) int { return 8 - Len8(x) }

// LeadingZeros16 returns the number of leading zero bits in x (16 for 0).
func LeadingZeros16(x uint16) int { return 16 - Len16(x) }

// LeadingZeros32 returns the number of leading zero bits in x (32 for 0).
func LeadingZeros32(x uint32) int { return 32 - Len32(x) }

// LeadingZeros64 returns the number of leading zero bits in x (64 for 0).
func LeadingZeros64(x uint64) int { return 64 - Len64(x) }

// Len returns the number of bits needed to represent x (0 for 0).
func Len(x uint) int { return Len64(uint64(x)) }

// Len8 returns the number of bits needed to represent x (0 for 0).
func Len8(x uint8) int { return Len64(uint64(x)) }

// Len16 returns the number of bits needed to represent x (0 for 0).
func Len16(x uint16) (n int) { return Len64(uint64(x)) }

// Len32 returns the number of bits needed to represent x (0 for 0).
func Len32(x uint32) (n int) { return Len64(uint64(x)) }

// Len64 returns the number of bits needed to represent x (0 for 0).
func Len64(x uint64) (n int) {
	if x >= 1<<32 {
		x >>= 32
		n = 32
	}
	if x >= 1<<16 {
		x >>= 16
		n += 16
	}
	if x >= 1<<8 {
		x >>= 8
		n += 8
	}
	for x != 0 {
		x >>= 1
		n++
	}
	return n
}

// TrailingZeros returns the number of trailing zero bits in x (UintSize
// for 0).
func TrailingZeros(x uint) int { return TrailingZeros64(uint64(x)) }

// TrailingZeros8 returns the number of trailing zero bits in x (8 for 0).
func TrailingZeros8(x uint8) int {
	if x == 0 {
		return 8
	}
	return TrailingZeros64(uint64(x))
}

// TrailingZeros16 returns the number of trailing zero bits in x (16 for 0).
func TrailingZeros16(x uint16) int {
	if x == 0 {
		return 16
	}
	return TrailingZeros64(uint64(x))
}

// TrailingZeros32 returns the number of trailing zero bits in x (32 for 0).
func TrailingZeros32(x uint32) int {
	if x == 0 {
		return 32
	}
	return TrailingZeros64(uint64(x))
}

// TrailingZeros64 returns the number of trailing zero bits in x (64 for 0).
func TrailingZeros64(x uint64) int {
	if x == 0 {
		return 64
	}
	n := 0
	if x&0xFFFFFFFF == 0 {
		x >>= 32
		n += 32
	}
	if x&0xFFFF == 0 {
		x >>= 16
		n += 16
	}
	if x&0xFF == 0 {
		x >>= 8
		n += 8
	}
	for x&1 == 0 {
		x >>= 1
		n++
	}
	return n
}

// --- Population count ---

// OnesCount returns the number of one bits in x.
func OnesCount(x uint) int { return OnesCount64(uint64(x)) }

// OnesCount8 returns the number of one bits in x.
func OnesCount8(x uint8) int { return OnesCount64(uint64(x)) }

// OnesCount16 returns the number of one bits in x.
func OnesCount16(x uint16) int { return OnesCount64(uint64(x)) }

// OnesCount32 returns the number of one bits in x.
func OnesCount32(x uint32) int { return OnesCount64(uint64(x)) }

// OnesCount64 returns the number of one bits in x.
func OnesCount64(x uint64) int {
	// Sum bits in pairs, then nibbles, then bytes; the multiplication adds
	// the eight byte counts into the top byte.
	x = x - (x>>1)&0x5555555555555555
	x = x&0x3333333333333333 + (x>>2)&0x3333333333333333
	x = (x + x>>4) & 0x0F0F0F0F0F0F0F0F
	return int((x * 0x0101010101010101) >> 56)
}

// --- Rotation ---

// RotateLeft returns x rotated left by k bits (right if k is negative).
func RotateLeft(x uint, k int) uint {
	s := uint(k) & (UintSize - 1)
	return x<<s | x>>(UintSize-s)
}

// RotateLeft8 returns x rotated left by k bits (right if k is negative).
func RotateLeft8(x uint8, k int) uint8 {
	s := uint(k) & 7
	return x<<s | x>>(8-s)
}

// RotateLeft16 returns x rotated left by k bits (right if k is negative).
func RotateLeft16(x uint16, k int) uint16 {
	s := uint(k) & 15
	return x<<s | x>>(16-s)
}

// RotateLeft32 returns x rotated left by k bits (right if k is negative).
func RotateLeft32(x uint32, k int) uint32 {
	s := uint(k) & 31
	return x<<s | x>>(32-s)
}

// RotateLeft64 returns x rotated left by k bits (right if k is negative).
func RotateLeft64(x uint64, k int) uint64 {
	s := uint(k) & 63
	return x<<s | x>>(64-s)
}

// --- Reversal ---

// Reverse returns x with its bits in reverse order.
func Reverse(x uint) uint { return uint(Reverse64(uint64(x))) }

// Reverse8 returns x with its bits in reverse order.
func Reverse8(x uint8) uint8 { return uint8(Reverse64(uint64(x)) >> 56) }

// Reverse16 returns x with its bits in reverse order.
func Reverse16(x uint16) uint16 { return uint16(Reverse64(uint64(x)) >> 48) }

// Reverse32 returns x with its bits in reverse order.
func Reverse32(x uint32) uint32 { return uint32(Reverse64(uint64(x)) >> 32) }

// Reverse64 returns x with its bits in reverse order.
func Reverse64(x uint64) uint64 {
	x = x>>1&0x5555555555555555 | x&0x5555555555555555<<1
	x = x>>2&0x3333333333333333 | x&0x3333333333333333<<2
	x = x>>4&0x0F0F0F0F0F0F0F0F | x&0x0F0F0F0F0F0F0F0F<<4
	return ReverseBytes64(x)
}

// ReverseBytes returns x with its bytes in reverse order.
func ReverseBytes(x uint) uint { return uint(ReverseBytes64(uint64(x))) }

// ReverseBytes16 returns x with its bytes in reverse order.
func ReverseBytes16(x uint16) uint16 { return x>>8 | x<<8 }

// ReverseBytes32 returns x with its bytes in reverse order.
func ReverseBytes32(x uint32) uint32 {
	return x>>24 | x>>8&0xFF00 | x<<8&0xFF0000 | x<<24
}

// ReverseBytes64 returns x with its bytes in reverse order.
func ReverseBytes64(x uint64) uint64 {
	x = x>>8&0x00FF00FF00FF00FF | x&0x00FF00FF00FF00FF<<8
	x = x>>16&0x0000FFFF0000FFFF | x&0x0000FFFF0000FFFF<<16
	return x>>32 | x<<32
}
