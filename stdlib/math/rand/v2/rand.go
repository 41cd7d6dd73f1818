// Package rand is gorun's implementation of Go's math/rand/v2 package:
// pseudo-random numbers with the PCG and ChaCha8 generators. Generators
// made with NewPCG and NewChaCha8 produce exactly Go's sequences; the
// top-level functions use the runtime's random generator.
//
// Native functions: runtime_rand.
package rand

import (
	"math"
	"math/bits"
	"sync"
)

// Source is a source of uniformly distributed random uint64 values.
type Source interface {
	Uint64() uint64
}

// Rand is a source of random numbers.
type Rand struct {
	src Source
}

// New returns a Rand that uses src.
func New(src Source) *Rand {
	return &Rand{src: src}
}

// Int64 returns a non-negative pseudo-random 63-bit integer as an int64.
func (r *Rand) Int64() int64 { return int64(r.src.Uint64() &^ (1 << 63)) }

// Uint32 returns a pseudo-random 32-bit value.
func (r *Rand) Uint32() uint32 { return uint32(r.src.Uint64() >> 32) }

// Uint64 returns a pseudo-random 64-bit value.
func (r *Rand) Uint64() uint64 { return r.src.Uint64() }

// Int32 returns a non-negative pseudo-random 31-bit integer as an int32.
func (r *Rand) Int32() int32 { return int32(r.src.Uint64() >> 33) }

// Int returns a non-negative pseudo-random int.
func (r *Rand) Int() int { return int(uint(r.src.Uint64()) << 1 >> 1) }

// Uint returns a pseudo-random uint.
func (r *Rand) Uint() uint { return uint(r.src.Uint64()) }

// Int64N returns a pseudo-random number in [0, n). It panics if n <= 0.
func (r *Rand) Int64N(n int64) int64 {
	if n <= 0 {
		panic("invalid argument to Int64N")
	}
	return int64(r.uint64n(uint64(n)))
}

// Uint64N returns a pseudo-random number in [0, n). It panics if n == 0.
func (r *Rand) Uint64N(n uint64) uint64 {
	if n == 0 {
		panic("invalid argument to Uint64N")
	}
	return r.uint64n(n)
}

// uint64n returns a value in [0, n) without bias (Lemire's
// multiplication method).
func (r *Rand) uint64n(n uint64) uint64 {
	if n&(n-1) == 0 {
		return r.Uint64() & (n - 1)
	}
	hi, lo := bits.Mul64(r.Uint64(), n)
	if lo < n {
		thresh := -n % n
		for lo < thresh {
			hi, lo = bits.Mul64(r.Uint64(), n)
		}
	}
	return hi
}

// Int32N returns a pseudo-random number in [0, n). It panics if n <= 0.
func (r *Rand) Int32N(n int32) int32 {
	if n <= 0 {
		panic("invalid argument to Int32N")
	}
	return int32(r.uint64n(uint64(n)))
}

// Uint32N returns a pseudo-random number in [0, n). It panics if n == 0.
func (r *Rand) Uint32N(n uint32) uint32 {
	if n == 0 {
		panic("invalid argument to Uint32N")
	}
	return uint32(r.uint64n(uint64(n)))
}

// IntN returns a pseudo-random number in [0, n). It panics if n <= 0.
func (r *Rand) IntN(n int) int {
	if n <= 0 {
		panic("invalid argument to IntN")
	}
	return int(r.uint64n(uint64(n)))
}

// UintN returns a pseudo-random number in [0, n). It panics if n == 0.
func (r *Rand) UintN(n uint) uint {
	if n == 0 {
		panic("invalid argument to UintN")
	}
	return uint(r.uint64n(uint64(n)))
}

// N returns a pseudo-random number in [0, n) of any integer type. It
// panics if n <= 0.
func (r *Rand) N[Int intType](n Int) Int {
	if n <= 0 {
		panic("invalid argument to N")
	}
	return Int(r.uint64n(uint64(n)))
}

// Float64 returns a pseudo-random number in [0.0, 1.0).
func (r *Rand) Float64() float64 {
	return float64(r.Uint64()<<11>>11) / (1 << 53)
}

// Float32 returns a pseudo-random number in [0.0, 1.0).
func (r *Rand) Float32() float32 {
	return float32(r.Uint32()<<8>>8) / (1 << 24)
}

// Perm returns a pseudo-random permutation of [0, n).
func (r *Rand) Perm(n int) []int {
	p := make([]int, n)
	for i := range p {
		p[i] = i
	}
	r.Shuffle(len(p), func(i, j int) { p[i], p[j] = p[j], p[i] })
	return p
}

// Shuffle pseudo-randomizes the order of n elements using swap (a
// Fisher-Yates shuffle). It panics if n < 0.
func (r *Rand) Shuffle(n int, swap func(i, j int)) {
	if n < 0 {
		panic("invalid argument to Shuffle")
	}
	for i := n - 1; i > 0; i-- {
		j := int(r.uint64n(uint64(i + 1)))
		swap(i, j)
	}
}

// NormFloat64 returns a normally distributed number with mean 0 and
// standard deviation 1 (Marsaglia and Tsang's ziggurat method).
func (r *Rand) NormFloat64() float64 {
	zigOnce.Do(initZiggurat)
	for {
		u := r.Uint64()
		j := int32(u)
		i := u >> 32 & 0x7F
		x := float64(j) * float64(wn[i])
		aj := uint32(j)
		if j < 0 {
			aj = uint32(-j)
		}
		if aj < kn[i] {
			return x
		}
		if i == 0 {
			for {
				x = -math.Log(r.Float64()) * (1.0 / rn)
				y := -math.Log(r.Float64())
				if y+y >= x*x {
					break
				}
			}
			if j > 0 {
				return rn + x
			}
			return -rn - x
		}
		if fn[i]+float32(r.Float64())*(fn[i-1]-fn[i]) < float32(math.Exp(-.5*x*x)) {
			return x
		}
	}
}

// ExpFloat64 returns an exponentially distributed number with rate 1
// (Marsaglia and Tsang's ziggurat method).
func (r *Rand) ExpFloat64() float64 {
	zigOnce.Do(initZiggurat)
	for {
		u := r.Uint64()
		j := uint32(u)
		i := uint8(u >> 32)
		x := float64(j) * float64(we[i])
		if j < ke[i] {
			return x
		}
		if i == 0 {
			return re - math.Log(r.Float64())
		}
		if fe[i]+float32(r.Float64())*(fe[i-1]-fe[i]) < float32(math.Exp(-x)) {
			return x
		}
	}
}

// The ziggurat tables, computed on first use.
const (
	rn = 3.442619855899
	re = 7.69711747013104972
)

var (
	zigOnce sync.Once
	kn      [128]uint32
	wn, fn  [128]float32
	ke      [256]uint32
	we, fe  [256]float32
)

func initZiggurat() {
	const m1 = 1 << 31
	dn := rn
	tn := dn
	const vn = 9.91256303526217e-3
	q := vn / math.Exp(-.5*dn*dn)
	kn[0] = uint32((dn / q) * m1)
	kn[1] = 0
	wn[0] = float32(q / m1)
	wn[127] = float32(dn / m1)
	fn[0] = 1.0
	fn[127] = float32(math.Exp(-.5 * dn * dn))
	for i := 126; i >= 1; i-- {
		dn = math.Sqrt(-2 * math.Log(vn/dn+math.Exp(-.5*dn*dn)))
		kn[i+1] = uint32((dn / tn) * m1)
		tn = dn
		fn[i] = float32(math.Exp(-.5 * dn * dn))
		wn[i] = float32(dn / m1)
	}
	const m2 = 1 << 32
	de := 7.697117470131487
	te := de
	const ve = 3.949659822581572e-3
	q = ve / math.Exp(-de)
	ke[0] = uint32((de / q) * m2)
	ke[1] = 0
	we[0] = float32(q / m2)
	we[255] = float32(de / m2)
	fe[0] = 1.0
	fe[255] = float32(math.Exp(-de))
	for i := 254; i >= 1; i-- {
		de = -math.Log(ve/de + math.Exp(-de))
		ke[i+1] = uint32((de / te) * m2)
		te = de
		fe[i] = float32(math.Exp(-de))
		we[i] = float32(de / m2)
	}
}

// runtime_rand returns a random 64-bit value from the runtime's
// generator, which is safe for concurrent use. (Native.)
func runtime_rand() uint64

type runtimeSource struct{}

func (runtimeSource) Uint64() uint64 { return runtime_rand() }

var globalRand = &Rand{src: runtimeSource{}}

type intType interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 |
		~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64 | ~uintptr
}

// Int64 returns a non-negative random 63-bit integer as an int64.
func Int64() int64 { return globalRand.Int64() }

// Uint32 returns a random 32-bit value.
func Uint32() uint32 { return globalRand.Uint32() }

// Uint64N returns a random number in [0, n). It panics if n == 0.
func Uint64N(n uint64) uint64 { return globalRand.Uint64N(n) }

// Uint32N returns a random number in [0, n). It panics if n == 0.
func Uint32N(n uint32) uint32 { return globalRand.Uint32N(n) }

// Uint64 returns a random 64-bit value.
func Uint64() uint64 { return globalRand.Uint64() }

// Int32 returns a non-negative random 31-bit integer as an int32.
func Int32() int32 { return globalRand.Int32() }

// Int returns a non-negative random int.
func Int() int { return globalRand.Int() }

// Uint returns a random uint.
func Uint() uint { return globalRand.Uint() }

// Int64N returns a random number in [0, n). It panics if n <= 0.
func Int64N(n int64) int64 { return globalRand.Int64N(n) }

// Int32N returns a random number in [0, n). It panics if n <= 0.
func Int32N(n int32) int32 { return globalRand.Int32N(n) }

// IntN returns a random number in [0, n). It panics if n <= 0.
func IntN(n int) int { return globalRand.IntN(n) }

// UintN returns a random number in [0, n). It panics if n == 0.
func UintN(n uint) uint { return globalRand.UintN(n) }

// N returns a random number in [0, n) of any integer type, such as a
// time.Duration. It panics if n <= 0.
func N[Int intType](n Int) Int {
	if n <= 0 {
		panic("invalid argument to N")
	}
	return Int(globalRand.uint64n(uint64(n)))
}

// Float64 returns a random number in [0.0, 1.0).
func Float64() float64 { return globalRand.Float64() }

// Float32 returns a random number in [0.0, 1.0).
func Float32() float32 { return globalRand.Float32() }

// Perm returns a random permutation of [0, n).
func Perm(n int) []int { return globalRand.Perm(n) }

// Shuffle randomizes the order of n elements using swap.
func Shuffle(n int, swap func(i, j int)) { globalRand.Shuffle(n, swap) }

// NormFloat64 returns a normally distributed number with mean 0 and
// standard deviation 1.
func NormFloat64() float64 { return globalRand.NormFloat64() }

// ExpFloat64 returns an exponentially distributed number with rate 1.
func ExpFloat64() float64 { return globalRand.ExpFloat64() }
