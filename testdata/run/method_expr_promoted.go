package main

import "fmt"

type Inner struct{ n int }

func (i Inner) Get() int      { return i.n }
func (i *Inner) Inc(d int)    { i.n += d }
func (i Inner) Mod(d int) int { i.n += d; return i.n }

type Stringer interface{ String() string }

type name string

func (n name) String() string { return "name:" + string(n) }

type Outer struct {
	Inner
	tag string
}

type PtrOuter struct {
	*Inner
	Stringer
}

func main() {
	o := Outer{Inner{3}, "x"}
	get := Outer.Get
	fmt.Println(get(o))
	inc := (*Outer).Inc
	inc(&o, 4)
	fmt.Println(o.n, (*Outer).Get(&o))
	mod := Outer.Mod
	fmt.Println(mod(o, 10), o.n)
	p := PtrOuter{&Inner{1}, name("z")}
	PtrOuter.Inc(p, 5)
	fmt.Println(PtrOuter.Get(p), p.n, PtrOuter.String(p), (*PtrOuter).String(&p))
	fmt.Printf("%T %T\n", Outer.Get, (*PtrOuter).Inc)
}
