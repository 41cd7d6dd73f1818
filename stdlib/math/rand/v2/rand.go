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
	r := new(Rand)
	r.src = src
	return r
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
	r.mustBePositive(n > 0, "Int64N")
	return int64(r.below(uint64(n)))
}

// Uint64N returns a pseudo-random number in [0, n). It panics if n == 0.
func (r *Rand) Uint64N(n uint64) uint64 {
	r.mustBePositive(n != 0, "Uint64N")
	return r.below(n)
}

// mustBePositive panics with Go's message for method name unless ok.
func (r *Rand) mustBePositive(ok bool, name string) {
	if !ok {
		panic("invalid argument to " + name)
	}
}

// below returns a uniform value in [0, n) for n > 0: a mask for powers of
// two, otherwise Lemire's method, the high word of a 64x64-bit product,
// drawing again in the rare case the low word shows a biased result.
func (r *Rand) below(n uint64) uint64 {
	if n&(n-1) == 0 {
		return r.Uint64() & (n - 1)
	}
	high, low := bits.Mul64(r.Uint64(), n)
	if low >= n {
		return high
	}
	reject := -n % n
	for low < reject {
		high, low = bits.Mul64(r.Uint64(), n)
	}
	return high
}

// Int32N returns a pseudo-random number in [0, n). It panics if n <= 0.
func (r *Rand) Int32N(n int32) int32 {
	r.mustBePositive(n > 0, "Int32N")
	return int32(r.below(uint64(n)))
}

// Uint32N returns a pseudo-random number in [0, n). It panics if n == 0.
func (r *Rand) Uint32N(n uint32) uint32 {
	r.mustBePositive(n != 0, "Uint32N")
	return uint32(r.below(uint64(n)))
}

// IntN returns a pseudo-random number in [0, n). It panics if n <= 0.
func (r *Rand) IntN(n int) int {
	r.mustBePositive(n > 0, "IntN")
	return int(r.below(uint64(n)))
}

// UintN returns a pseudo-random number in [0, n). It panics if n == 0.
func (r *Rand) UintN(n uint) uint {
	r.mustBePositive(n != 0, "UintN")
	return uint(r.below(uint64(n)))
}

// N returns a pseudo-random number in [0, n) of any integer type. It
// panics if n <= 0.
func (r *Rand) N[Int intType](n Int) Int {
	r.mustBePositive(n > 0, "N")
	return Int(r.below(uint64(n)))
}

// Float64 returns a pseudo-random number in [0.0, 1.0).
func (r *Rand) Float64() float64 {
	// 53 random bits: every value is a multiple of 2**-53.
	const mantissa = 1 << 53
	return float64(r.Uint64()&(mantissa-1)) / mantissa
}

// Float32 returns a pseudo-random number in [0.0, 1.0).
func (r *Rand) Float32() float32 {
	const mantissa = 1 << 24
	return float32(r.Uint32()&(mantissa-1)) / mantissa
}

// Perm returns a pseudo-random permutation of [0, n).
func (r *Rand) Perm(n int) []int {
	perm := make([]int, n)
	for k := range perm {
		perm[k] = k
	}
	r.Shuffle(n, func(i, j int) { perm[i], perm[j] = perm[j], perm[i] })
	return perm
}

// Shuffle pseudo-randomizes the order of n elements using swap (a
// Fisher-Yates shuffle). It panics if n < 0.
func (r *Rand) Shuffle(n int, swap func(i, j int)) {
	if n < 0 {
		panic("invalid argument to Shuffle")
	}
	for last := n - 1; last >= 1; last-- {
		swap(last, int(r.below(uint64(last)+1)))
	}
}

// NormFloat64 returns a normally distributed number with mean 0 and
// standard deviation 1 (Marsaglia and Tsang's ziggurat method).
func (r *Rand) NormFloat64() float64 {
	zigOnce.Do(initZiggurat)
	for {
		// The low 32 bits of a draw are the signed magnitude; the 7 bits
		// above them pick the layer.
		u := r.Uint64()
		j := int32(u)
		layer := (u >> 32) % 128
		x := float64(j) * float64(wn[layer])
		if absU32(j) < kn[layer] {
			return x
		}
		if layer == 0 {
			return r.normTail(j > 0)
		}
		if fn[layer]+float32(r.Float64())*(fn[layer-1]-fn[layer]) < float32(math.Exp(-.5*x*x)) {
			return x
		}
	}
}

// absU32 is |j| as an unsigned number (so the most negative int32 works).
func absU32(j int32) uint32 {
	if j < 0 {
		return uint32(-j)
	}
	return uint32(j)
}

// normTail draws from the normal distribution's tail beyond rn
// (Marsaglia's method), on the positive side if positive.
func (r *Rand) normTail(positive bool) float64 {
	var x float64
	for {
		x = -math.Log(r.Float64()) * (1.0 / rn)
		y := -math.Log(r.Float64())
		if y+y >= x*x {
			break
		}
	}
	if positive {
		return rn + x
	}
	return -rn - x
}

// ExpFloat64 returns an exponentially distributed number with rate 1
// (Marsaglia and Tsang's ziggurat method).
func (r *Rand) ExpFloat64() float64 {
	zigOnce.Do(initZiggurat)
	for {
		u := r.Uint64()
		mag := uint32(u)
		layer := byte(u >> 32)
		x := float64(mag) * float64(we[layer])
		switch {
		case mag < ke[layer]:
			return x
		case layer == 0:
			return re - math.Log(r.Float64())
		case fe[layer]+float32(r.Float64())*(fe[layer-1]-fe[layer]) < float32(math.Exp(-x)):
			return x
		}
	}
}

const (
	rn = 3.442619855899
	re = 7.69711747013104972
)

// The ziggurat tables, computed on first use: for each layer, the
// acceptance threshold k, the scale w from a draw to x, and the density f
// at the layer's edge.
var (
	zigOnce sync.Once
	kn      [128]uint32
	wn, fn  [128]float32
	ke      [256]uint32
	we, fe  [256]float32
)

func initZiggurat() {
	buildNormalLayers()
	buildExpLayers()
}

// buildNormalLayers fills kn, wn and fn: 128 layers of equal area vn under
// the normal density exp(-x²/2), the base layer reaching out to rn.
func buildNormalLayers() {
	const (
		scale = 1 << 31
		vn    = 9.91256303526217e-3
	)
	edge := rn
	q := vn / math.Exp(-.5*edge*edge)
	kn[0], kn[1] = uint32((edge/q)*scale), 0
	wn[0], wn[127] = float32(q/scale), float32(edge/scale)
	fn[0], fn[127] = 1.0, float32(math.Exp(-.5*edge*edge))
	outer := edge
	for k := 126; k > 0; k-- {
		edge = math.Sqrt(-2 * math.Log(vn/edge+math.Exp(-.5*edge*edge)))
		kn[k+1] = uint32((edge / outer) * scale)
		outer = edge
		fn[k] = float32(math.Exp(-.5 * edge * edge))
		wn[k] = float32(edge / scale)
	}
}

// buildExpLayers fills ke, we and fe: 256 layers of equal area ve under
// the density exp(-x), the base layer reaching out to re.
func buildExpLayers() {
	const (
		scale = 1 << 32
		ve    = 3.949659822581572e-3
	)
	edge := 7.697117470131487
	q := ve / math.Exp(-edge)
	ke[0], ke[1] = uint32((edge/q)*scale), 0
	we[0], we[255] = float32(q/scale), float32(edge/scale)
	fe[0], fe[255] = 1.0, float32(math.Exp(-edge))
	outer := edge
	for k := 254; k > 0; k-- {
		edge = -math.Log(ve/edge + math.Exp(-edge))
		ke[k+1] = uint32((edge / outer) * scale)
		outer = edge
		fe[k] = float32(math.Exp(-edge))
		we[k] = float32(edge / scale)
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
	return Int(globalRand.below(uint64(n)))
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
