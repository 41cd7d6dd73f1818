// Command floats prints strconv.FormatFloat for random float64 and float32 values in every
// format and many precisions, one case a line: the value's float64 bits in hex, the bit
// size, the format, the precision, the result. tests/floats.rs must produce the same.
// Run by regen.sh.
package main

import (
	"bufio"
	"fmt"
	"math"
	"math/rand"
	"os"
	"strconv"
)

func main() {
	r := rand.New(rand.NewSource(27))
	w := bufio.NewWriter(os.Stdout)
	defer w.Flush()
	fmts := []byte("eEfgGxXb")
	for i := 0; i < 4000; i++ {
		var bits uint64
		switch r.Intn(7) {
		case 0:
			bits = r.Uint64()
		case 1:
			bits = math.Float64bits(float64(r.Intn(100000)) / math.Pow(10, float64(r.Intn(8))))
		case 2:
			bits = math.Float64bits(r.NormFloat64() * math.Pow(10, float64(r.Intn(40)-20)))
		case 3:
			bits = uint64(math.Float32bits(float32(r.NormFloat64() * math.Pow(10, float64(r.Intn(20)-10)))))
		case 4:
			bits = math.Float64bits(math.Ldexp(1, r.Intn(2098)-1074)) + uint64(r.Intn(3)) - 1
		case 5:
			bits = math.Float64bits(float64(r.Int63n(1<<53)) / float64(int64(1)<<r.Intn(12)))
		case 6:
			bits = uint64(math.Float32bits(float32(r.Int63n(1<<24)) / float32(int64(1)<<r.Intn(12))))
		}
		size := 64
		if r.Intn(3) == 0 {
			size = 32
			bits = uint64(math.Float32bits(float32(math.Float64frombits(bits))))
		}
		var v float64
		if size == 32 {
			v = float64(math.Float32frombits(uint32(bits)))
		} else {
			v = math.Float64frombits(bits)
		}
		f := fmts[r.Intn(len(fmts))]
		prec := r.Intn(25) - 1
		if r.Intn(3) == 0 {
			prec = -1
		}
		fmt.Fprintf(w, "%x %d %c %d %s\n", math.Float64bits(v), size, f, prec, strconv.FormatFloat(v, f, prec, size))
	}
}
