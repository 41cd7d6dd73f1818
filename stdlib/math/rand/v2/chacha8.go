package rand

import "errors"

// ChaCha8 is a generator based on the ChaCha8 stream cipher, with Go's
// layout of blocks and reseeding, so that it produces Go's sequences.
type ChaCha8 struct {
	seed    [4]uint64
	buf     [32]uint64 // output of the last block call
	i       uint32     // next word of buf
	n       uint32     // words of buf to use
	c       uint32     // counter of the last block call
	readBuf [8]byte
	readLen int // 0 <= readLen <= 8
}

const (
	ctrInc = 4  // block counter increment per call (four blocks at once)
	ctrMax = 16 // reseed when the counter reaches this
	chunk  = 32 // words per block call
	reseed = 4  // words used as the next seed
)

// NewChaCha8 returns a ChaCha8 seeded with seed.
func NewChaCha8(seed [32]byte) *ChaCha8 {
	c := new(ChaCha8)
	c.init(seed)
	return c
}

func uint64LE(b []byte) uint64 {
	var v uint64
	for i := 7; i >= 0; i-- {
		v = v<<8 | uint64(b[i])
	}
	return v
}

func putUint64LE(b []byte, v uint64) {
	for i := 0; i < 8; i++ {
		b[i] = byte(v >> (8 * i))
	}
}

func (c *ChaCha8) init(seed [32]byte) {
	c.seed = [4]uint64{uint64LE(seed[0:]), uint64LE(seed[8:]), uint64LE(seed[16:]), uint64LE(seed[24:])}
	chachaBlock(&c.seed, &c.buf, 0)
	c.c = 0
	c.i = 0
	c.n = chunk
}

// Seed resets the generator as NewChaCha8(seed) would make it.
func (c *ChaCha8) Seed(seed [32]byte) {
	c.init(seed)
	c.readLen = 0
	c.readBuf = [8]byte{}
}

// refill computes the next block of output, reseeding from the previous
// output every ctrMax/ctrInc calls.
func (c *ChaCha8) refill() {
	c.c += ctrInc
	if c.c == ctrMax {
		copy(c.seed[:], c.buf[len(c.buf)-reseed:])
		c.c = 0
	}
	chachaBlock(&c.seed, &c.buf, c.c)
	c.i = 0
	c.n = uint32(len(c.buf))
	if c.c == ctrMax-ctrInc {
		// The last words become the next seed: do not hand them out.
		c.n = uint32(len(c.buf)) - reseed
	}
}

// Uint64 returns a uniformly distributed random uint64.
func (c *ChaCha8) Uint64() uint64 {
	for c.i >= c.n {
		c.refill()
	}
	x := c.buf[c.i]
	c.i++
	return x
}

// Read fills p with random bytes; it always returns len(p) and nil.
func (c *ChaCha8) Read(p []byte) (n int, err error) {
	if c.readLen > 0 {
		n = copy(p, c.readBuf[len(c.readBuf)-c.readLen:])
		c.readLen -= n
		p = p[n:]
	}
	for len(p) >= 8 {
		putUint64LE(p, c.Uint64())
		p = p[8:]
		n += 8
	}
	if len(p) > 0 {
		putUint64LE(c.readBuf[:], c.Uint64())
		n += copy(p, c.readBuf[:])
		c.readLen = 8 - len(p)
	}
	return
}

// AppendBinary appends the state to b (as MarshalBinary).
func (c *ChaCha8) AppendBinary(b []byte) ([]byte, error) {
	if c.readLen > 0 {
		b = append(b, "readbuf:"...)
		b = append(b, uint8(c.readLen))
		b = append(b, c.readBuf[len(c.readBuf)-c.readLen:]...)
	}
	b = append(b, "chacha8:"...)
	used := uint64((c.c/ctrInc)*chunk + c.i)
	b = putBigEndian(b, used)
	for _, s := range c.seed {
		var w [8]byte
		putUint64LE(w[:], s)
		b = append(b, w[:]...)
	}
	return b, nil
}

// MarshalBinary encodes the generator's state.
func (c *ChaCha8) MarshalBinary() ([]byte, error) {
	return c.AppendBinary(make([]byte, 0, 64))
}

// UnmarshalBinary restores a state encoded by MarshalBinary.
func (c *ChaCha8) UnmarshalBinary(data []byte) error {
	if len(data) >= 8 && string(data[:8]) == "readbuf:" {
		data = data[8:]
		if len(data) == 0 || len(data) < int(1+data[0]) {
			return errors.New("invalid ChaCha8 Read buffer encoding")
		}
		buf := data[1 : 1+data[0]]
		data = data[1+data[0]:]
		c.readLen = copy(c.readBuf[len(c.readBuf)-len(buf):], buf)
	}
	if len(data) != 6*8 || string(data[:8]) != "chacha8:" {
		return errChaCha8
	}
	used := getBigEndian(data[8:])
	if used > (ctrMax/ctrInc)*chunk-reseed {
		return errChaCha8
	}
	for i := range c.seed {
		c.seed[i] = uint64LE(data[(2+i)*8:])
	}
	c.c = ctrInc * (uint32(used) / chunk)
	chachaBlock(&c.seed, &c.buf, c.c)
	c.i = uint32(used) % chunk
	c.n = chunk
	if c.c == ctrMax-ctrInc {
		c.n = chunk - reseed
	}
	return nil
}

type chacha8Error struct{}

func (*chacha8Error) Error() string { return "invalid ChaCha8 encoding" }

var errChaCha8 error = new(chacha8Error)

// chachaBlock computes four ChaCha8 blocks with counters counter to
// counter+3 from seed and interleaves them into buf: word 2k holds row k
// of blocks 0 and 1, word 2k+1 row k of blocks 2 and 3. Rows 4 to 11 get
// the key added back; the others are left as the rounds produce them.
func chachaBlock(seed *[4]uint64, buf *[32]uint64, counter uint32) {
	var key [8]uint32
	for k := 0; k < 4; k++ {
		key[2*k] = uint32(seed[k])
		key[2*k+1] = uint32(seed[k] >> 32)
	}
	var out [16][4]uint32
	for lane := 0; lane < 4; lane++ {
		var x [16]uint32
		x[0], x[1], x[2], x[3] = 0x61707865, 0x3320646e, 0x79622d32, 0x6b206574
		copy(x[4:12], key[:])
		x[12] = counter + uint32(lane)
		for round := 0; round < 4; round++ {
			x[0], x[4], x[8], x[12] = quarterRound(x[0], x[4], x[8], x[12])
			x[1], x[5], x[9], x[13] = quarterRound(x[1], x[5], x[9], x[13])
			x[2], x[6], x[10], x[14] = quarterRound(x[2], x[6], x[10], x[14])
			x[3], x[7], x[11], x[15] = quarterRound(x[3], x[7], x[11], x[15])
			x[0], x[5], x[10], x[15] = quarterRound(x[0], x[5], x[10], x[15])
			x[1], x[6], x[11], x[12] = quarterRound(x[1], x[6], x[11], x[12])
			x[2], x[7], x[8], x[13] = quarterRound(x[2], x[7], x[8], x[13])
			x[3], x[4], x[9], x[14] = quarterRound(x[3], x[4], x[9], x[14])
		}
		for r := 0; r < 16; r++ {
			v := x[r]
			if 4 <= r && r < 12 {
				v += key[r-4]
			}
			out[r][lane] = v
		}
	}
	for k := 0; k < 16; k++ {
		buf[2*k] = uint64(out[k][0]) | uint64(out[k][1])<<32
		buf[2*k+1] = uint64(out[k][2]) | uint64(out[k][3])<<32
	}
}

func quarterRound(a, b, c, d uint32) (uint32, uint32, uint32, uint32) {
	a += b
	d ^= a
	d = d<<16 | d>>16
	c += d
	b ^= c
	b = b<<12 | b>>20
	a += b
	d ^= a
	d = d<<8 | d>>24
	c += d
	b ^= c
	b = b<<7 | b>>25
	return a, b, c, d
}
