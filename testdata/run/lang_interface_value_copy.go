// Tests interfaces holding struct values (copied at conversion) versus pointers (shared), and method-set rules.
package main

import "fmt"

type Counter struct{ N int }

func (c Counter) Get() int { return c.N }
func (c *Counter) Inc()    { c.N++ }

type Getter interface{ Get() int }
type Incer interface {
	Getter
	Inc()
}

func main() {
	c := Counter{N: 1}
	var g Getter = c // copies c
	c.N = 50
	fmt.Println(c.Get(), g.Get())

	var gi Incer = &c // shares c
	gi.Inc()
	gi.Inc()
	fmt.Println(c.N, gi.Get())

	var gp Getter = &c // pointer has value methods too
	c.N = 7
	fmt.Println(gp.Get())

	// Extracting the struct gives a copy; the interface value is unchanged.
	v := g.(Counter)
	v.N = 1000
	fmt.Println(v.N, g.Get())

	// Assigning an interface to another copies the interface, not re-copying a pointer's target.
	g2 := g
	g = Counter{N: 2}
	fmt.Println(g.Get(), g2.Get())

	// Slice of interfaces of structs vs pointers.
	cs := []Counter{{1}, {2}}
	var vals []Getter
	var ptrs []Incer
	for i := range cs {
		vals = append(vals, cs[i])
		ptrs = append(ptrs, &cs[i])
	}
	for _, p := range ptrs {
		p.Inc()
	}
	fmt.Println(cs, vals[0].Get(), vals[1].Get(), ptrs[0].Get())

	// Comparing interfaces: struct values compare by content, pointers by identity.
	var a1, a2 any = Counter{3}, Counter{3}
	p1, p2 := &Counter{3}, &Counter{3}
	var b1, b2 any = p1, p2
	var b3 any = p1
	fmt.Println(a1 == a2, b1 == b2, b1 == b3, a1 == any(*p1))

	// Type switch distinguishes value and pointer.
	for _, x := range []any{c, &c, Counter{}, (*Counter)(nil)} {
		switch t := x.(type) {
		case Counter:
			fmt.Println("value", t.N)
		case *Counter:
			if t == nil {
				fmt.Println("nil pointer")
			} else {
				fmt.Println("pointer", t.N)
			}
		}
	}
}
