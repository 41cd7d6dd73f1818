// Tests struct embedding: promoted fields and methods, shadowing, pointer embedding, and embedded interfaces.
package main

import "fmt"

type Point struct{ X, Y int }

func (p Point) Dist() int     { return abs(p.X) + abs(p.Y) }
func (p *Point) Move(dx, dy int) { p.X += dx; p.Y += dy }
func (p Point) String() string { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

type Named struct {
	Name string
}

func (n Named) Describe() string { return "named " + n.Name }

type Circle struct {
	Point
	Named
	Radius int
}

type Labeled struct {
	*Point
	Name string
}

func (l Labeled) Describe() string { return "labeled " + l.Name } // no conflict: Labeled has no embedded Named

type Logger interface{ Log(string) string }
type prefixLogger struct{ prefix string }

func (p prefixLogger) Log(s string) string { return p.prefix + s }

type Service struct {
	Logger
	calls int
}

type Inner struct{ V int }
type Middle struct {
	Inner
	V int // shadows Inner.V
}
type Outer struct{ Middle }

func main() {
	c := Circle{Point{3, -4}, Named{"c1"}, 5}
	fmt.Println(c.X, c.Y, c.Dist(), c.Name, c.Describe())
	c.Move(1, 1)
	fmt.Println(c.Point, c.Radius)
	fmt.Printf("%v\n", c.Point)
	fmt.Printf("%+v\n", c)

	p := &Point{1, 2}
	l := Labeled{p, "L"}
	l.Move(10, 10)
	fmt.Println(p.X, p.Y, l.X, l.Dist(), l.Describe())

	s := Service{Logger: prefixLogger{"[svc] "}}
	fmt.Println(s.Log("started"))
	var lg Logger = s
	fmt.Println(lg.Log("via interface"))

	o := Outer{Middle{Inner{1}, 2}}
	fmt.Println(o.V, o.Middle.V, o.Inner.V, o.Middle.Inner.V)
	o.V = 20
	o.Inner.V = 10
	fmt.Printf("%+v\n", o)

	// Method value from promoted method.
	f := c.Dist
	c.X = 100
	fmt.Println(f(), c.Dist())

	// Promoted methods satisfy interfaces.
	var st fmt.Stringer = c
	fmt.Println(st.String())
	var dist interface{ Dist() int } = l
	fmt.Println(dist.Dist())
}
