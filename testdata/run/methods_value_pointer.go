// Tests value vs pointer receivers: mutation visibility, automatic address-taking, methods on non-struct types.
package main

import (
	"fmt"
	"strings"
)

type Counter struct {
	name string
	n    int
}

func (c Counter) Get() int     { return c.n }
func (c Counter) IncValue()    { c.n++ }
func (c *Counter) IncPointer() { c.n++ }
func (c *Counter) Add(k int) *Counter {
	c.n += k
	return c
}

type Celsius float64

func (c Celsius) Fahrenheit() float64 { return float64(c)*9/5 + 32 }
func (c *Celsius) Warm(d float64)     { *c += Celsius(d) }

type Stack []int

func (s *Stack) Push(v int) { *s = append(*s, v) }
func (s *Stack) Pop() int {
	old := *s
	v := old[len(old)-1]
	*s = old[:len(old)-1]
	return v
}
func (s Stack) Peek() int { return s[len(s)-1] }
func (s Stack) Len() int  { return len(s) }

type Words map[string]int

func (w Words) Add(s string) {
	for _, f := range strings.Fields(s) {
		w[f]++
	}
}

func main() {
	c := Counter{name: "c"}
	c.IncValue()
	fmt.Println("after IncValue:", c.Get())
	c.IncPointer() // (&c).IncPointer()
	fmt.Println("after IncPointer:", c.Get())
	c.Add(10).Add(5).IncPointer()
	fmt.Println("chained:", c.n)

	p := &c
	p.IncValue() // (*p).IncValue()
	p.IncPointer()
	fmt.Println(p.Get(), c.n)

	// Values in a slice are addressable; map values are not (so copy out).
	cs := []Counter{{"a", 0}, {"b", 0}}
	for i := range cs {
		cs[i].IncPointer()
	}
	for _, cc := range cs {
		cc.IncPointer() // modifies copy
	}
	fmt.Println(cs)
	m := map[string]Counter{"x": {"x", 1}}
	tmp := m["x"]
	tmp.IncPointer()
	m["x"] = tmp
	fmt.Println(m["x"].Get())

	t := Celsius(20)
	t.Warm(5.5)
	fmt.Printf("%.1f %.2f\n", float64(t), t.Fahrenheit())

	var s Stack
	for i := range 5 {
		s.Push(i * i)
	}
	fmt.Println(s.Len(), s.Peek(), s.Pop(), s.Pop(), s.Len(), s)

	w := Words{}
	w.Add("a b a c b a")
	fmt.Println(w)

	// Pointer receiver on a nil pointer is allowed if it doesn't dereference.
	var np *Counter
	fmt.Println(np.SafeName())
}

func (c *Counter) SafeName() string {
	if c == nil {
		return "<nil counter>"
	}
	return c.name
}
