// Tests defer of interface method calls: the method value is evaluated (and a nil interface panics) at the defer statement, arguments too.
package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strings"
)

type closer struct{ name string }

func (c *closer) Close() error {
	fmt.Println("closing", c.name)
	return nil
}

type greeter interface{ Greet(string) string }

type en struct{}

func (en) Greet(n string) string { fmt.Println("hello", n); return "hi " + n }

func use(c io.Closer) {
	defer c.Close()
	fmt.Println("using")
}

func main() {
	use(&closer{"a"})
	var g greeter = en{}
	name := "x"
	func() {
		defer g.Greet(name)
		name = "y"
		g = nil
		fmt.Println("body done")
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var c io.Closer
		defer c.Close()
		fmt.Println("not reached")
	}()
	var err error = errors.New("e")
	defer fmt.Println(err.Error())
	defer err.Error()
	fsys := os.DirFS("/proc/self")
	_, err = fs.Stat(fsys, "status")
	fmt.Println(err == nil)
	r := io.NopCloser(strings.NewReader("data"))
	defer r.Close()
	b, _ := io.ReadAll(r)
	fmt.Println(string(b))
}
