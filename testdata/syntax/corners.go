// Corners found by the differential test against go/parser (tools/astdiff.sh); gc parses
// every line here the same way (a few are type errors, not syntax errors).
package corners

type S struct{}

func (S) m() {}

type G[T any] struct{}

var _ = struct{ S }.m
var _ = interface{ m() }.m
var _ = func().x

var f func() G[int]

type F func() G[int]

type (
	T struct {
		x int
		G[int, string]
		G[G[int]]
	}
)

type A [len([3]int{})]byte
type B[P ([]int) | int] int
type C[P (~int),] int
type D[P (int | ~string)] int
type E[P (*struct{})] int

const c int

var _ = [...]byte("foo")
