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
	return &PCG{seed1, seed2}
}

// Seed resets the state to seed1 and seed2.
func (p *PCG) Seed(seed1, seed2 uint64) {
	p.hi = seed1
	p.lo = seed2
}

func appendUint64BE(b []byte, v uint64) []byte {
	return append(b, byte(v>>56), byte(v>>48), byte(v>>40), byte(v>>32),
		byte(v>>24), byte(v>>16), byte(v>>8), byte(v))
}

func uint64BE(b []byte) uint64 {
	var v uint64
	for i := 0; i < 8; i++ {
		v = v<<8 | uint64(b[i])
	}
	return v
}

// AppendBinary appends the state to b (as MarshalBinary).
func (p *PCG) AppendBinary(b []byte) ([]byte, error) {
	b = append(b, "pcg:"...)
	b = appendUint64BE(b, p.hi)
	b = appendUint64BE(b, p.lo)
	return b, nil
}

// MarshalBinary encodes the state: "pcg:" and the two halves, big-endian.
func (p *PCG) MarshalBinary() ([]byte, error) {
	return p.AppendBinary(make([]byte, 0, 20))
}

var errUnmarshalPCG = errors.New("invalid PCG encoding")

// UnmarshalBinary restores a state encoded by MarshalBinary.
func (p *PCG) UnmarshalBinary(data []byte) error {
	if len(data) != 20 || string(data[:4]) != "pcg:" {
		return errUnmarshalPCG
	}
	p.hi = uint64BE(data[4:])
	p.lo = uint64BE(data[12:])
	return nil
}

// next advances the 128-bit LCG state and returns it.
func (p *PCG) next() (hi, lo uint64) {
	const (
		mulHi = 2549297995355413924
		mulLo = 4865540595714422341
		incHi = 6364136223846793005
		incLo = 1442695040888963407
	)
	// state = state * mul + inc, modulo 2**128.
	hi, lo = bits.Mul64(p.lo, mulLo)
	hi += p.hi*mulLo + p.lo*mulHi
	lo, c := bits.Add64(lo, incLo, 0)
	hi, _ = bits.Add64(hi, incHi, c)
	p.lo = lo
	p.hi = hi
	return hi, lo
}

// Uint64 returns a uniformly distributed random uint64.
func (p *PCG) Uint64() uint64 {
	hi, lo := p.next()
	// DXSM permutation of the new state.
	const cheapMul = 0xda942042e4dd58b5
	hi ^= hi >> 32
	hi *= cheapMul
	hi ^= hi >> 48
	hi *= (lo | 1)
	return hi
}
