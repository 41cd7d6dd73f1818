package rand

import "math"

// runtime_rand returns a random 64-bit value from the runtime's
// generator, which is safe for concurrent use. (Native.)
func runtime_rand() uint64

// runtimeSource is the Source of the top-level functions.
type runtimeSource struct{}

func (*runtimeSource) Int63() int64 { return int64(runtime_rand() & rngMask) }

func (*runtimeSource) Seed(int64) {
	panic("internal error: call to runtimeSource.Seed")
}

func (*runtimeSource) Uint64() uint64 { return runtime_rand() }

var globalRand = &Rand{src: &runtimeSource{}, s64: &runtimeSource{}}

// Seed has no effect: the top-level functions are always randomly
// seeded. Use New(NewSource(seed)) for a reproducible sequence.
//
// Deprecated: as of Go 1.24, Seed is a no-op.
func Seed(seed int64) {}

// Int63 returns a non-negative pseudo-random 63-bit integer.
func Int63() int64 { return globalRand.Int63() }

// Uint32 returns a pseudo-random 32-bit value.
func Uint32() uint32 { return globalRand.Uint32() }

// Uint64 returns a pseudo-random 64-bit value.
func Uint64() uint64 { return globalRand.Uint64() }

// Int31 returns a non-negative pseudo-random 31-bit integer.
func Int31() int32 { return globalRand.Int31() }

// Int returns a non-negative pseudo-random int.
func Int() int { return globalRand.Int() }

// Int63n returns a pseudo-random number in [0, n). It panics if n <= 0.
func Int63n(n int64) int64 { return globalRand.Int63n(n) }

// Int31n returns a pseudo-random number in [0, n). It panics if n <= 0.
func Int31n(n int32) int32 { return globalRand.Int31n(n) }

// Intn returns a pseudo-random number in [0, n). It panics if n <= 0.
func Intn(n int) int { return globalRand.Intn(n) }

// Float64 returns a pseudo-random number in [0.0, 1.0).
func Float64() float64 { return globalRand.Float64() }

// Float32 returns a pseudo-random number in [0.0, 1.0).
func Float32() float32 { return globalRand.Float32() }

// Perm returns a pseudo-random permutation of [0, n).
func Perm(n int) []int { return globalRand.Perm(n) }

// Shuffle pseudo-randomizes the order of n elements using swap.
func Shuffle(n int, swap func(i, j int)) { globalRand.Shuffle(n, swap) }

// Read fills p with random bytes and returns len(p) and nil.
//
// Deprecated: use crypto/rand.Read for random bytes.
func Read(p []byte) (n int, err error) {
	for n = 0; n < len(p); {
		v := runtime_rand()
		for i := 0; i < 8 && n < len(p); i++ {
			p[n] = byte(v)
			v >>= 8
			n++
		}
	}
	return n, nil
}

// NormFloat64 returns a normally distributed number with mean 0 and
// standard deviation 1.
func NormFloat64() float64 { return globalRand.NormFloat64() }

// ExpFloat64 returns an exponentially distributed number with rate 1.
func ExpFloat64() float64 { return globalRand.ExpFloat64() }

// Zipf generates Zipf-distributed variates.
type Zipf struct {
	r            *Rand
	imax         float64
	v            float64
	q            float64
	s            float64
	oneminusQ    float64
	oneminusQinv float64
	hxm          float64
	hx0minusHxm  float64
}

func (z *Zipf) h(x float64) float64 {
	return math.Exp(z.oneminusQ*math.Log(z.v+x)) * z.oneminusQinv
}

func (z *Zipf) hinv(x float64) float64 {
	return math.Exp(z.oneminusQinv*math.Log(z.oneminusQ*x)) - z.v
}

// NewZipf returns a Zipf generator of values k in [0, imax] with
// P(k) proportional to (v + k) ** (-s). It needs s > 1 and v >= 1 and
// returns nil otherwise.
func NewZipf(r *Rand, s float64, v float64, imax uint64) *Zipf {
	if s <= 1.0 || v < 1 {
		return nil
	}
	z := &Zipf{r: r, imax: float64(imax), v: v, q: s}
	// H(x) = exp((1-q)*log(v+x)) / (1-q) integrates the hat function;
	// precompute its pieces for Uint64.
	z.oneminusQ = 1.0 - s
	z.oneminusQinv = 1.0 / z.oneminusQ
	z.hxm = z.h(z.imax + 0.5)
	z.hx0minusHxm = z.h(0.5) - math.Exp(math.Log(v)*(-s)) - z.hxm
	z.s = 1 - z.hinv(z.h(1.5)-math.Exp(-s*math.Log(v+1.0)))
	return z
}

// Uint64 returns a value drawn from the Zipf distribution (rejection
// inversion, Hörmann and Derflinger).
func (z *Zipf) Uint64() uint64 {
	if z == nil {
		panic("rand: nil Zipf")
	}
	// Rejection-inversion: invert H at a uniform point, round to the
	// nearest integer k and accept k if it is close enough or lies under
	// the hat.
	for {
		u := z.hxm + z.r.Float64()*z.hx0minusHxm
		x := z.hinv(u)
		k := math.Floor(x + 0.5)
		if k-x <= z.s || u >= z.h(k+0.5)-math.Exp(-math.Log(k+z.v)*z.q) {
			return uint64(k)
		}
	}
}
