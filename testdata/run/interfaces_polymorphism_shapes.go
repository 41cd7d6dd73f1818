// Tests interface-based polymorphism: a slice of shapes, sorting by area, embedded interfaces and visitor dispatch.
package main

import (
	"fmt"
	"math"
	"sort"
)

type Shape interface {
	Area() float64
	Perimeter() float64
	fmt.Stringer
}

type Rect struct{ W, H float64 }
type Circle struct{ R float64 }
type Triangle struct{ A, B, C float64 }

func (r Rect) Area() float64      { return r.W * r.H }
func (r Rect) Perimeter() float64 { return 2 * (r.W + r.H) }
func (r Rect) String() string     { return fmt.Sprintf("Rect(%gx%g)", r.W, r.H) }

func (c Circle) Area() float64      { return math.Pi * c.R * c.R }
func (c Circle) Perimeter() float64 { return 2 * math.Pi * c.R }
func (c Circle) String() string     { return fmt.Sprintf("Circle(r=%g)", c.R) }

func (t Triangle) Perimeter() float64 { return t.A + t.B + t.C }
func (t Triangle) Area() float64 {
	s := t.Perimeter() / 2
	return math.Sqrt(s * (s - t.A) * (s - t.B) * (s - t.C))
}
func (t Triangle) String() string { return fmt.Sprintf("Tri(%g,%g,%g)", t.A, t.B, t.C) }

type Visitor interface {
	VisitRect(Rect)
	VisitCircle(Circle)
	VisitOther(Shape)
}

type counter struct{ rects, circles, others int }

func (c *counter) VisitRect(Rect)     { c.rects++ }
func (c *counter) VisitCircle(Circle) { c.circles++ }
func (c *counter) VisitOther(Shape)   { c.others++ }

func accept(s Shape, v Visitor) {
	switch s := s.(type) {
	case Rect:
		v.VisitRect(s)
	case Circle:
		v.VisitCircle(s)
	default:
		v.VisitOther(s)
	}
}

func main() {
	shapes := []Shape{
		Rect{3, 4}, Circle{1}, Triangle{3, 4, 5}, Rect{1, 1}, Circle{2.5}, Triangle{5, 5, 5},
	}
	sort.Slice(shapes, func(i, j int) bool { return shapes[i].Area() < shapes[j].Area() })
	total := 0.0
	for _, s := range shapes {
		fmt.Printf("%-16v area=%8.3f perim=%7.3f\n", s, s.Area(), s.Perimeter())
		total += s.Area()
	}
	fmt.Printf("total area %.4f\n", total)

	c := &counter{}
	for _, s := range shapes {
		accept(s, c)
	}
	fmt.Printf("%+v\n", *c)

	largest := shapes[len(shapes)-1]
	fmt.Println("largest:", largest)
	fmt.Println(shapes)
}
