// Tests when fmt calls String/Error: elements, map keys/values, exported vs unexported fields, pointer receivers.
package main

import (
	"errors"
	"fmt"
)

type Level int

func (l Level) String() string { return [...]string{"LOW", "MID", "HIGH"}[l] }

type PtrStr struct{ N int }

func (p *PtrStr) String() string { return fmt.Sprintf("P%d", p.N) }

type Both struct{}

func (Both) String() string { return "as-stringer" }
func (Both) Error() string  { return "as-error" }

type Holder struct {
	Pub  Level
	priv Level
	Ptr  *PtrStr
	Val  PtrStr
	Err  error
}

type Wrapper struct{ L Level }

func (w Wrapper) String() string { return "W(" + w.L.String() + ")" }

func main() {
	levels := []Level{0, 2, 1}
	fmt.Println(levels)
	fmt.Printf("%v %d %s %q %x\n", levels, levels, levels, levels, levels)
	fmt.Printf("%#v %T\n", levels, levels)

	m := map[Level]Level{2: 0, 0: 1, 1: 2}
	fmt.Println(m)
	fmt.Printf("%d\n", m)

	h := Holder{Pub: 2, priv: 1, Ptr: &PtrStr{7}, Val: PtrStr{8}, Err: errors.New("boom")}
	fmt.Printf("%v\n%+v\n", h, h)

	ps := PtrStr{3}
	fmt.Println(ps, &ps, []*PtrStr{&ps}, []PtrStr{ps})
	fmt.Printf("%v %s %d\n", &ps, &ps, &ps)

	var b Both
	fmt.Println(b, []Both{b})
	fmt.Printf("%v %s %q %x %d\n", b, b, b, b, b)

	w := Wrapper{1}
	fmt.Println(w, []Wrapper{{0}, {2}}, map[string]Wrapper{"k": w})
	fmt.Printf("%+v %#v\n", w, w)

	var nilW *PtrStr
	fmt.Println(nilW)
	arr := [2]Level{1, 0}
	fmt.Println(arr, struct{ A, b Level }{2, 2})
	var iface any = Level(1)
	fmt.Printf("%v %d %5s| %-5v|\n", iface, iface, iface, iface)
}
