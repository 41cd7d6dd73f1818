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
	src := new(rngSource)
	src.Seed(seed)
	return src
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
	r := &Rand{src: src}
	r.s64, _ = src.(Source64)
	return r
}

// Seed seeds the source. It must not be called concurrently with other
// methods.
func (r *Rand) Seed(seed int64) {
	r.readPos = 0 // bytes left over from Read belong to the old sequence
	r.src.Seed(seed)
}

// Int63 returns a non-negative pseudo-random 63-bit integer.
func (r *Rand) Int63() int64 { return r.src.Int63() }

// Uint32 returns a pseudo-random 32-bit value.
func (r *Rand) Uint32() uint32 { return uint32(r.Int63() >> 31) }

// Uint64 returns a pseudo-random 64-bit value.
func (r *Rand) Uint64() uint64 {
	if r.s64 == nil {
		// Two 63-bit draws: the first gives the low 32 bits, the second
		// the high 32 (the low one of those overlaps and is or-ed in).
		low := uint64(r.Int63()) >> 31
		high := uint64(r.Int63()) << 32
		return high | low
	}
	return r.s64.Uint64()
}

// Int31 returns a non-negative pseudo-random 31-bit integer.
func (r *Rand) Int31() int32 { return int32(r.Int63() >> 32) }

// Int returns a non-negative pseudo-random int.
func (r *Rand) Int() int {
	const maxInt = int(^uint(0) >> 1)
	return int(r.Int63()) & maxInt
}

// Int63n returns a pseudo-random number in [0, n). It panics if n <= 0.
func (r *Rand) Int63n(n int64) int64 {
	if n <= 0 {
		panic("invalid argument to Int63n")
	}
	if isPowerOfTwo(uint64(n)) {
		return r.Int63() & (n - 1)
	}
	// Draws above the last whole multiple of n (less one) would favour
	// small results; draw again.
	ceiling := int64(1<<63 - 1 - (1<<63)%uint64(n))
	for {
		if v := r.Int63(); v <= ceiling {
			return v % n
		}
	}
}

// Int31n returns a pseudo-random number in [0, n). It panics if n <= 0.
func (r *Rand) Int31n(n int32) int32 {
	if n <= 0 {
		panic("invalid argument to Int31n")
	}
	if isPowerOfTwo(uint64(n)) {
		return r.Int31() & (n - 1)
	}
	ceiling := int32(1<<31 - 1 - (1<<31)%uint32(n))
	for {
		if v := r.Int31(); v <= ceiling {
			return v % n
		}
	}
}

// isPowerOfTwo reports whether the positive v has a single bit set.
func isPowerOfTwo(v uint64) bool { return v&(v-1) == 0 }

// int31n returns a number in [0, n) for n > 0 by Lemire's multiply-and-shift
// method: the high half of a 32x32-bit product, redrawing in the rare case
// where the low half shows the result would be biased. Shuffle uses it.
func (r *Rand) int31n(n int32) int32 {
	bound := uint64(n)
	product := uint64(r.Uint32()) * bound
	if uint32(product) < uint32(n) {
		reject := uint32(-n) % uint32(n)
		for uint32(product) < reject {
			product = uint64(r.Uint32()) * bound
		}
	}
	return int32(product >> 32)
}

// Intn returns a pseudo-random number in [0, n). It panics if n <= 0.
func (r *Rand) Intn(n int) int {
	switch {
	case n <= 0:
		panic("invalid argument to Intn")
	case n < 1<<31:
		return int(r.Int31n(int32(n)))
	}
	return int(r.Int63n(int64(n)))
}

// Float64 returns a pseudo-random number in [0.0, 1.0).
func (r *Rand) Float64() float64 {
	// A 63-bit draw scaled down can round up to exactly 1; those are
	// redrawn.
	f := float64(r.Int63()) / (1 << 63)
	for f == 1 {
		f = float64(r.Int63()) / (1 << 63)
	}
	return f
}

// Float32 returns a pseudo-random number in [0.0, 1.0).
func (r *Rand) Float32() float32 {
	f := float32(r.Float64())
	for f == 1 {
		f = float32(r.Float64())
	}
	return f
}

// Perm returns a pseudo-random permutation of [0, n).
func (r *Rand) Perm(n int) []int {
	// Build the permutation "inside out": each new value k lands at a
	// random place among the first k+1, and whatever was there moves to
	// the end.
	perm := make([]int, n)
	for k := range perm {
		at := r.Intn(k + 1)
		perm[k] = perm[at]
		perm[at] = k
	}
	return perm
}

// Shuffle pseudo-randomizes the order of n elements using swap. It panics
// if n < 0.
func (r *Rand) Shuffle(n int, swap func(i, j int)) {
	if n < 0 {
		panic("invalid argument to Shuffle")
	}
	// Fisher-Yates from the end. Positions too large for int31n (which
	// only Go's 64-bit ints allow) draw with Int63n.
	k := n - 1
	for ; k >= 1<<31-1; k-- {
		swap(k, int(r.Int63n(int64(k+1))))
	}
	for ; k > 0; k-- {
		swap(k, int(r.int31n(int32(k+1))))
	}
}

// Read fills p with pseudo-random bytes. It always returns len(p) and a
// nil error.
//
// Deprecated: use crypto/rand.Read for random bytes.
func (r *Rand) Read(p []byte) (n int, err error) {
	// Each 63-bit draw supplies 7 bytes, lowest first; bytes not used yet
	// are kept for the next call.
	for k := range p {
		if r.readPos == 0 {
			r.readVal = r.src.Int63()
			r.readPos = 7
		}
		p[k] = byte(r.readVal)
		r.readVal >>= 8
		r.readPos--
	}
	return len(p), nil
}

// NormFloat64 returns a normally distributed number with mean 0 and
// standard deviation 1 (Marsaglia and Tsang's ziggurat method).
func (r *Rand) NormFloat64() float64 {
	zigOnce.Do(initZiggurat)
	for {
		// One 32-bit draw gives the sign and magnitude (as a signed
		// number) and, in its low 7 bits, the layer.
		j := int32(r.Uint32())
		layer := j & 0x7F
		x := float64(j) * float64(wn[layer])
		if absU32(j) < kn[layer] {
			return x // inside the layer's rectangle
		}
		if layer == 0 {
			return r.normTail(j > 0)
		}
		// In the wedge: accept x with the density's probability.
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
		u := r.Uint32()
		layer := u & 0xFF
		x := float64(u) * float64(we[layer])
		switch {
		case u < ke[layer]:
			return x
		case layer == 0:
			// The tail is the distribution itself, shifted by re.
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
