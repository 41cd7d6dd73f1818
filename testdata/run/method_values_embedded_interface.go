// Tests method values of methods promoted from embedded interfaces (through embedded pointers too): bound at evaluation, a nil embedded interface panics when the value is made.
package main

import (
	"fmt"
	"strings"
)

type Named interface{ Name() string }

type person struct{ n string }

func (p person) Name() string { return "person " + p.n }

type Employee struct {
	Named
	id int
}

type Manager struct {
	*Employee
	reports int
}

func main() {
	e := Employee{person{"ann"}, 7}
	f := e.Name
	e.Named = person{"bob"}
	fmt.Println(f(), e.Name())
	m := Manager{&e, 2}
	g := m.Name
	fmt.Println(g(), m.id)
	var sb strings.Builder
	w := sb.WriteString
	w("abc")
	fmt.Println(sb.String())
	defer func() { fmt.Println("recovered:", recover()) }()
	var empty Employee
	h := empty.Name
	fmt.Println("not reached", h)
}
