// Tests method values (bound receivers, copy semantics) and method expressions (T.M, (*T).M) as ordinary functions.
package main

import "fmt"

type Point struct{ X, Y int }

func (p Point) Add(q Point) Point { return Point{p.X + q.X, p.Y + q.Y} }
func (p *Point) Scale(k int)      { p.X *= k; p.Y *= k }
func (p Point) String() string    { return fmt.Sprintf("P(%d,%d)", p.X, p.Y) }

type Op interface{ Apply(int) int }
type Mul int

func (m Mul) Apply(x int) int { return x * int(m) }

func main() {
	p := Point{1, 2}

	// Method value with value receiver copies the receiver at evaluation time.
	addP := p.Add
	p.X = 100
	fmt.Println(addP(Point{10, 10}))

	// Method value with pointer receiver binds &p.
	scale := p.Scale
	scale(2)
	fmt.Println(p)

	// Method expressions.
	add := Point.Add
	fmt.Println(add(Point{1, 1}, Point{2, 3}))
	sc := (*Point).Scale
	q := Point{3, 4}
	sc(&q, 3)
	fmt.Println(q)
	str := Point.String
	fmt.Println(str(q))
	pstr := (*Point).String // value method via pointer type
	fmt.Println(pstr(&q))

	fmt.Printf("%T\n%T\n%T\n", add, sc, addP)

	// Method values from interfaces.
	var op Op = Mul(3)
	f := op.Apply
	op = Mul(10)
	fmt.Println(f(5), op.Apply(5))

	// Interface method expression.
	apply := Op.Apply
	fmt.Println(apply(Mul(7), 6))

	// Slice of method values.
	pts := []Point{{1, 0}, {0, 1}, {2, 2}}
	var fns []func(Point) Point
	for _, pt := range pts {
		fns = append(fns, pt.Add)
	}
	acc := Point{}
	for _, fn := range fns {
		acc = fn(acc)
	}
	fmt.Println(acc)

	// Method value passed as callback.
	apply2 := func(fn func(int) int, xs []int) []int {
		out := make([]int, len(xs))
		for i, x := range xs {
			out[i] = fn(x)
		}
		return out
	}
	fmt.Println(apply2(Mul(4).Apply, []int{1, 2, 3}))

	// Method value of embedded type's method.
	type Wrapper struct{ Point }
	wr := Wrapper{Point{5, 5}}
	g := wr.Add
	fmt.Println(g(Point{1, 2}), Wrapper.Add(wr, Point{0, 1}))
}
