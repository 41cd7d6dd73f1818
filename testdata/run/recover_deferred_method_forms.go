// Tests recover in deferred method values, method expressions, func variables and pointer-receiver methods.
package main

import "fmt"

type Guard struct {
	name string
	log  *[]string
}

func (g Guard) Catch() {
	if r := recover(); r != nil {
		*g.log = append(*g.log, fmt.Sprintf("%s caught %v", g.name, r))
	}
}

type Counter struct{ n int }

func (c *Counter) Catch() {
	if r := recover(); r != nil {
		c.n++
	}
}

func run(label string, f func()) {
	f()
	fmt.Println(label, "returned normally")
}

func main() {
	var log []string
	g := Guard{"value", &log}
	run("method value", func() {
		defer g.Catch()
		panic("one")
	})
	run("method expression", func() {
		defer Guard.Catch(Guard{"expr", &log})
		panic("two")
	})
	catch := g.Catch
	g.name = "changed"
	run("method value bound earlier", func() {
		defer catch()
		panic("three")
	})
	var c Counter
	for i := 0; i < 3; i++ {
		run(fmt.Sprint("pointer method ", i), func() {
			defer c.Catch()
			if i%2 == 0 {
				panic(i)
			}
		})
	}
	fv := func() { fmt.Println("func var recovered:", recover()) }
	run("func variable", func() {
		defer fv()
		panic("four")
	})
	for _, l := range log {
		fmt.Println(l)
	}
	fmt.Println("counter:", c.n)
}
