// Tests interface embedding, method sets (value vs pointer), interface-to-interface assignment and dynamic dispatch.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Reader interface{ Read() string }
type Writer interface{ Write(s string) int }
type ReadWriter interface {
	Reader
	Writer
}
type Closer interface{ Close() error }
type ReadWriteCloser interface {
	ReadWriter
	Closer
}

type Buffer struct {
	data   []string
	closed bool
}

func (b *Buffer) Write(s string) int { b.data = append(b.data, s); return len(s) }
func (b *Buffer) Read() string {
	if len(b.data) == 0 {
		return ""
	}
	s := b.data[0]
	b.data = b.data[1:]
	return s
}
func (b *Buffer) Close() error { b.closed = true; return nil }

type Upper struct{ r Reader }

func (u Upper) Read() string { return strings.ToUpper(u.r.Read()) }

type Animal interface {
	Sound() string
	Name() string
}
type Dog struct{}
type Cat struct{ name string }

func (Dog) Sound() string   { return "woof" }
func (Dog) Name() string    { return "dog" }
func (c Cat) Sound() string { return "meow" }
func (c Cat) Name() string  { return c.name }

type byName []Animal

func (a byName) Len() int           { return len(a) }
func (a byName) Less(i, j int) bool { return a[i].Name() < a[j].Name() }
func (a byName) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }

func main() {
	b := &Buffer{}
	var rwc ReadWriteCloser = b
	rwc.Write("hello")
	rwc.Write("world")
	var r Reader = rwc // interface to smaller interface
	fmt.Println(r.Read())
	var w Writer = rwc
	fmt.Println(w.Write("again"))
	up := Upper{r}
	fmt.Println(up.Read(), up.Read(), up.Read() == "")
	fmt.Println(rwc.Close(), b.closed)

	// Type assertions between interfaces.
	if c, ok := r.(Closer); ok {
		fmt.Println("reader is also closer:", c.Close() == nil)
	}
	if _, ok := any(up).(Writer); !ok {
		fmt.Println("Upper is not a Writer")
	}

	// Buffer (non-pointer) does not implement Writer.
	var x any = Buffer{}
	_, ok := x.(Writer)
	fmt.Println("Buffer value implements Writer:", ok)

	animals := []Animal{Cat{"tom"}, Dog{}, Cat{"felix"}, Cat{"alice"}}
	sort.Sort(byName(animals))
	for _, a := range animals {
		fmt.Printf("%s says %s (%T)\n", a.Name(), a.Sound(), a)
	}

	// Interface values compare by dynamic type and value.
	var a1, a2 Animal = Cat{"x"}, Cat{"x"}
	var a3 Animal = Dog{}
	fmt.Println(a1 == a2, a1 == a3, a3 == Dog{})
	// Interface holding pointers compares identity.
	var rw1, rw2 ReadWriter = b, b
	fmt.Println(rw1 == rw2, rw1 == ReadWriter(&Buffer{}))

	// Empty interface holds anything.
	var things []any
	things = append(things, 1, "two", 3.0, []int{4}, nil, Dog{})
	fmt.Println(things...)
	fmt.Println(len(things))
}
