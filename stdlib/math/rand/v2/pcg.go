package rand

import (
	"errors"
	"math/bits"
)

// PCG is a PCG generator with 128 bits of state (O'Neill's permuted
// congruential generator, DXSM output). The zero value is valid.
type PCG struct {
	hi uint64
	lo uint64
}

// NewPCG returns a PCG seeded with seed1 and seed2.
func NewPCG(seed1, seed2 uint64) *PCG {
	p := new(PCG)
	p.Seed(seed1, seed2)
	return p
}

// Seed resets the state to seed1 and seed2.
func (p *PCG) Seed(seed1, seed2 uint64) {
	p.hi, p.lo = seed1, seed2
}

// putBigEndian appends the eight bytes of v, most significant first.
func putBigEndian(b []byte, v uint64) []byte {
	for shift := 56; shift >= 0; shift -= 8 {
		b = append(b, byte(v>>uint(shift)))
	}
	return b
}

// getBigEndian reads eight bytes, most significant first.
func getBigEndian(b []byte) uint64 {
	var v uint64
	for _, c := range b[:8] {
		v = v<<8 + uint64(c)
	}
	return v
}

// AppendBinary appends the state to b (as MarshalBinary).
func (p *PCG) AppendBinary(b []byte) ([]byte, error) {
	b = append(b, "pcg:"...)
	return putBigEndian(putBigEndian(b, p.hi), p.lo), nil
}

// MarshalBinary encodes the state: "pcg:" and the two halves, big-endian.
func (p *PCG) MarshalBinary() ([]byte, error) {
	var buf [20]byte
	return p.AppendBinary(buf[:0])
}

var errUnmarshalPCG = errors.New("invalid PCG encoding")

// UnmarshalBinary restores a state encoded by MarshalBinary.
func (p *PCG) UnmarshalBinary(data []byte) error {
	body, ok := bytesCutPrefix(data, "pcg:")
	if !ok || len(body) != 16 {
		return errUnmarshalPCG
	}
	p.Seed(getBigEndian(body), getBigEndian(body[8:]))
	return nil
}

// bytesCutPrefix is data without prefix, if it starts with it.
func bytesCutPrefix(data []byte, prefix string) ([]byte, bool) {
	if len(data) < len(prefix) || string(data[:len(prefix)]) != prefix {
		return nil, false
	}
	return data[len(prefix):], true
}

// advance steps the 128-bit LCG, state = state*mul + inc (mod 2**128),
// and returns the new state.
func (p *PCG) advance() (hi, lo uint64) {
	const (
		mulHi = 2549297995355413924
		mulLo = 4865540595714422341
		incHi = 6364136223846793005
		incLo = 1442695040888963407
	)
	// Only the low words' product needs its carry into the high word;
	// the cross products land in the high word and the high*high product
	// overflows out entirely.
	carry, low := bits.Mul64(p.lo, mulLo)
	high := carry + p.hi*mulLo + p.lo*mulHi
	low, c := bits.Add64(low, incLo, 0)
	high += incHi + c
	p.hi, p.lo = high, low
	return high, low
}

// Uint64 returns a uniformly distributed random uint64.
func (p *PCG) Uint64() uint64 {
	hi, lo := p.advance()
	// The DXSM output permutation ("double xorshift multiply") of the
	// new state.
	const cheapMul = 0xda942042e4dd58b5
	out := (hi ^ hi>>32) * cheapMul
	out ^= out >> 48
	return out * (lo | 1)
}
