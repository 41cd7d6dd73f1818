// Tests the uncaught panic output for a non-error value implementing fmt.Stringer (its String method is used).
package main

import "fmt"

type Point struct{ X, Y int }

func (p Point) String() string { return fmt.Sprintf("Point(%d,%d)", p.X, p.Y) }

func move(p Point, dx int) Point {
	p.X += dx
	if p.X > 10 {
		panic(p)
	}
	return p
}

func main() {
	p := Point{1, 2}
	p = move(p, 5)
	fmt.Println("at", p)
	move(p, 7)
}
