// Type declarations: structs with tags and embedding, interfaces, channels, functions.
package types

import "io"

type (
	Point struct {
		X, Y int `json:"x"`
		io.Reader
		*Point
		name string "tag"
	}
	Shape interface {
		Area() float64
		io.Writer
		comparable
	}
	Handler func(w io.Writer, r *Point) error
	Pipe    chan<- chan int
	Recv    <-chan <-chan int
	Both    chan (<-chan int)
	Matrix  [3][3]float64
	Table   map[string]map[int][]*Point
	Fn      func(int, ...string) (n int, err error)
	Empty   struct{}
)

type Celsius float64
type Alias = Celsius

var (
	zero Point
	ptr  = &zero
)

func extern(x int) int

func (p *Point) Area() float64 { return float64(p.X * p.Y) }
