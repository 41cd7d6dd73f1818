package rand

// rngSource is an additive lagged Fibonacci generator, x[n] = x[n-273] +
// x[n-607] (mod 2**64), seeded as Go seeds it.
type rngSource struct {
	tap  int
	feed int
	vec  [rngLen]int64
}

const (
	rngLen   = 607
	rngTap   = 273
	rngMax   = 1 << 63
	rngMask  = rngMax - 1
	int32max = (1 << 31) - 1
)

// parkMiller advances the Park-Miller "minimal standard" generator used
// to spread a seed over the state: x -> 48271*x mod (2**31-1), for x in
// [1, 2**31-2]. The product fits in an int64, so it is computed directly.
func parkMiller(x int32) int32 {
	return int32(int64(x) * 48271 % int32max)
}

// Seed fills the generator's state from seed.
func (rng *rngSource) Seed(seed int64) {
	// Bring the seed into [1, 2**31-2]; 0 (which would stay 0) is
	// replaced by a fixed value.
	seed %= int32max
	if seed < 0 {
		seed += int32max
	}
	if seed == 0 {
		seed = 89482311
	}
	x := int32(seed)
	draw := func() int64 {
		x = parkMiller(x)
		return int64(x)
	}
	for range 20 {
		draw() // warm up
	}
	// Each state word is three draws laid over each other at shifts of
	// 40, 20 and 0 bits, mixed with the precomputed word.
	for k := range rng.vec {
		high := draw() << 40
		middle := draw() << 20
		low := draw()
		rng.vec[k] = high ^ middle ^ low ^ cooked[k]
	}
	rng.tap, rng.feed = 0, rngLen-rngTap
}

// Int63 returns a non-negative pseudo-random 63-bit integer.
func (rng *rngSource) Int63() int64 {
	return int64(rng.Uint64() &^ (1 << 63))
}

// Uint64 returns a pseudo-random 64-bit value.
func (rng *rngSource) Uint64() uint64 {
	// Both positions step backwards around the ring; the new word is the
	// sum of the two and replaces the one at feed.
	rng.tap = ringBack(rng.tap)
	rng.feed = ringBack(rng.feed)
	sum := rng.vec[rng.feed] + rng.vec[rng.tap]
	rng.vec[rng.feed] = sum
	return uint64(sum)
}

// ringBack is the position before i in the state ring.
func ringBack(i int) int {
	if i == 0 {
		return rngLen - 1
	}
	return i - 1
}
