// Package rand is gorun's implementation of Go's math/rand package:
// pseudo-random numbers. Sources made with NewSource produce exactly Go's
// sequences for the same seed; the top-level functions use the runtime's
// random generator and are seeded randomly (Seed has no effect, as in Go
// 1.24 and later).
//
// Native functions: runtime_rand.
package rand

import (
	"math"
	"sync"
)

// Source is a source of pseudo-random int64 values in [0, 1<<63).
type Source interface {
	Int63() int64
	Seed(seed int64)
}

// Source64 is a Source that can also produce uint64 values directly.
type Source64 interface {
	Source
	Uint64() uint64
}

// NewSource returns a new Source seeded with seed. Unlike the top-level
// functions, it is not safe for concurrent use.
func NewSource(seed int64) Source {
	var s rngSource
	s.Seed(seed)
	return &s
}

// Rand is a source of random numbers.
type Rand struct {
	src Source
	s64 Source64 // src as a Source64, if it is one

	// State of Read: the bytes of readVal not yet returned.
	readVal int64
	readPos int8
}

// New returns a Rand that uses src.
func New(src Source) *Rand {
	s64, _ := src.(Source64)
	return &Rand{src: src, s64: s64}
}

// Seed seeds the source. It must not be called concurrently with other
// methods.
func (r *Rand) Seed(seed int64) {
	r.src.Seed(seed)
	r.readPos = 0
}

// Int63 returns a non-negative pseudo-random 63-bit integer.
func (r *Rand) Int63() int64 { return r.src.Int63() }

// Uint32 returns a pseudo-random 32-bit value.
func (r *Rand) Uint32() uint32 { return uint32(r.Int63() >> 31) }

// Uint64 returns a pseudo-random 64-bit value.
func (r *Rand) Uint64() uint64 {
	if r.s64 != nil {
		return r.s64.Uint64()
	}
	return uint64(r.Int63())>>31 | uint64(r.Int63())<<32
}

// Int31 returns a non-negative pseudo-random 31-bit integer.
func (r *Rand) Int31() int32 { return int32(r.Int63() >> 32) }

// Int returns a non-negative pseudo-random int.
func (r *Rand) Int() int {
	u := uint(r.Int63())
	return int(u << 1 >> 1)
}

// Int63n returns a pseudo-random number in [0, n). It panics if n <= 0.
func (r *Rand) Int63n(n int64) int64 {
	if n <= 0 {
		panic("invalid argument to Int63n")
	}
	if n&(n-1) == 0 {
		return r.Int63() & (n - 1)
	}
	// Reject values from the incomplete last block of n.
	limit := int64((1 << 63) - 1 - (1<<63)%uint64(n))
	v := r.Int63()
	for v > limit {
		v = r.Int63()
	}
	return v % n
}

// Int31n returns a pseudo-random number in [0, n). It panics if n <= 0.
func (r *Rand) Int31n(n int32) int32 {
	if n <= 0 {
		panic("invalid argument to Int31n")
	}
	if n&(n-1) == 0 {
		return r.Int31() & (n - 1)
	}
	limit := int32((1 << 31) - 1 - (1<<31)%uint32(n))
	v := r.Int31()
	for v > limit {
		v = r.Int31()
	}
	return v % n
}

// int31n returns a pseudo-random number in [0, n) by multiplication
// (Lemire's method); Shuffle uses it. n must be positive.
func (r *Rand) int31n(n int32) int32 {
	v := r.Uint32()
	prod := uint64(v) * uint64(n)
	low := uint32(prod)
	if low < uint32(n) {
		thresh := uint32(-n) % uint32(n)
		for low < thresh {
			v = r.Uint32()
			prod = uint64(v) * uint64(n)
			low = uint32(prod)
		}
	}
	return int32(prod >> 32)
}

// Intn returns a pseudo-random number in [0, n). It panics if n <= 0.
func (r *Rand) Intn(n int) int {
	if n <= 0 {
		panic("invalid argument to Intn")
	}
	if n <= 1<<31-1 {
		return int(r.Int31n(int32(n)))
	}
	return int(r.Int63n(int64(n)))
}

// Float64 returns a pseudo-random number in [0.0, 1.0).
func (r *Rand) Float64() float64 {
	for {
		f := float64(r.Int63()) / (1 << 63)
		if f != 1 {
			return f
		}
	}
}

// Float32 returns a pseudo-random number in [0.0, 1.0).
func (r *Rand) Float32() float32 {
	for {
		f := float32(r.Float64())
		if f != 1 {
			return f
		}
	}
}

// Perm returns a pseudo-random permutation of [0, n).
func (r *Rand) Perm(n int) []int {
	m := make([]int, n)
	for i := 0; i < n; i++ {
		j := r.Intn(i + 1)
		m[i] = m[j]
		m[j] = i
	}
	return m
}

// Shuffle pseudo-randomizes the order of n elements using swap. It panics
// if n < 0.
func (r *Rand) Shuffle(n int, swap func(i, j int)) {
	if n < 0 {
		panic("invalid argument to Shuffle")
	}
	i := n - 1
	for ; i > 1<<31-1-1; i-- {
		j := int(r.Int63n(int64(i + 1)))
		swap(i, j)
	}
	for ; i > 0; i-- {
		j := int(r.int31n(int32(i + 1)))
		swap(i, j)
	}
}

// Read fills p with pseudo-random bytes. It always returns len(p) and a
// nil error.
//
// Deprecated: use crypto/rand.Read for random bytes.
func (r *Rand) Read(p []byte) (n int, err error) {
	pos := r.readPos
	val := r.readVal
	for n = 0; n < len(p); n++ {
		if pos == 0 {
			val = r.src.Int63()
			pos = 7
		}
		p[n] = byte(val)
		val >>= 8
		pos--
	}
	r.readPos = pos
	r.readVal = val
	return
}

// NormFloat64 returns a normally distributed number with mean 0 and
// standard deviation 1 (Marsaglia and Tsang's ziggurat method).
func (r *Rand) NormFloat64() float64 {
	zigOnce.Do(initZiggurat)
	for {
		j := int32(r.Uint32())
		i := j & 0x7F
		x := float64(j) * float64(wn[i])
		aj := uint32(j)
		if j < 0 {
			aj = uint32(-j)
		}
		if aj < kn[i] {
			return x
		}
		if i == 0 {
			// The tail beyond rn.
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
		j := r.Uint32()
		i := j & 0xFF
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
	// Normal distribution, 128 layers of area vn.
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

	// Exponential distribution, 256 layers of area ve.
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
