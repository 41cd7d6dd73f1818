// Tests conversions between named types sharing an underlying type: structs (tags ignored), slices, pointers, funcs.
package main

import (
	"fmt"
	"strings"
)

type Celsius struct {
	Deg float64 `unit:"C"`
	Tag string
}

type Raw struct {
	Deg float64
	Tag string
}

type IDs []int
type Names []string

type Pred func(string) bool

func (p Pred) Not() Pred { return func(s string) bool { return !p(s) } }

type Meters float64
type Feet float64

func (m Meters) String() string { return fmt.Sprintf("%.1fm", float64(m)) }

func main() {
	c := Celsius{21.5, "room"}
	r := Raw(c)
	r.Tag = "raw"
	fmt.Println(c, r)
	anon := struct {
		Deg float64
		Tag string
	}(r)
	c2 := Celsius(anon)
	fmt.Printf("%+v %T\n", c2, c2)

	// Pointer conversion shares the target.
	pc := &c
	pr := (*Raw)(pc)
	pr.Deg = -3
	fmt.Println(c.Deg)

	ids := IDs{3, 1, 2}
	plain := []int(ids)
	plain[0] = 30
	fmt.Println(ids, plain)
	fmt.Printf("%T %T\n", ids, plain)

	var ns Names = strings.Fields("b a")
	fmt.Println(len(ns), ns[0])

	hasA := Pred(func(s string) bool { return strings.Contains(s, "a") })
	noA := hasA.Not()
	for _, w := range []string{"cat", "dog"} {
		fmt.Println(w, hasA(w), noA(w))
	}
	f := (func(string) bool)(noA)
	fmt.Println(f("xyz"))

	m := Meters(3.25)
	ft := Feet(m * 3.28084)
	fmt.Println(m, ft, Meters(ft/3.28084))
	fmt.Printf("%v %.2f %T\n", m, float64(ft), ft)

	// Converting between named integer types and the sign bit.
	type Small int8
	type Word uint16
	s := Small(-2)
	fmt.Println(Word(s), uint8(s), int32(Word(s)))
	b := []byte("hi")
	type Bytes []byte
	bb := Bytes(b)
	bb[0] = 'H'
	fmt.Println(string(b), string(bb))
}
