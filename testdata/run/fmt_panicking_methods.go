// Tests fmt recovering panics raised by String/Error methods, and nil receivers turning into <nil>.
package main

import (
	"errors"
	"fmt"
)

type Boom struct{ msg string }

func (b Boom) String() string { panic(b.msg) }

type BadErr struct{}

func (BadErr) Error() string { panic(errors.New("error method failed")) }

type Node struct {
	Name string
	Next *Node
}

func (n *Node) String() string { return "node:" + n.Name }

type Val struct{ X int }

func (v Val) String() string { return fmt.Sprint("val=", v.X) }

type Idx []int

func (s Idx) String() string { return fmt.Sprint("first=", s[0]) }

func main() {
	fmt.Println(Boom{"bang"})
	fmt.Printf("[%v] [%s] [%d]\n", Boom{"x"}, Boom{"y"}, Boom{"z"})
	fmt.Println(BadErr{})
	s := fmt.Sprintf("%v|%+v", BadErr{}, []any{Boom{"in slice"}})
	fmt.Println(s)

	var np *Node
	fmt.Println(np)
	fmt.Printf("%v %s\n", np, np)
	fmt.Println(&Node{Name: "a"})

	var vp *Val
	fmt.Println(vp)
	fmt.Printf("[%v] [%+v] [%s]\n", vp, vp, vp)

	fmt.Println(Idx{5, 6})
	fmt.Println(Idx{})
	fmt.Println(Idx(nil))

	err := fmt.Errorf("wrap: %v", Boom{"in errorf"})
	fmt.Println(err)
	fmt.Println("still running")
}
