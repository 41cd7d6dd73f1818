// Tests embedded structs whose methods are shadowed by the outer type, explicit calls to embedded methods, and depth rules.
package main

import "fmt"

type Logger struct{ Prefix string }

func (l Logger) Log(msg string) string { return l.Prefix + msg }
func (l Logger) Name() string          { return "Logger" }

type Base struct {
	Logger
	ID int
}

func (b Base) Name() string { return fmt.Sprint("Base#", b.ID) }
func (b Base) Describe() string { return "describe " + b.Name() }

type Service struct {
	Base
	Prefix string
}

func (s Service) Name() string { return "Service/" + s.Base.Name() }

type Namer interface{ Name() string }

func main() {
	s := Service{Base: Base{Logger: Logger{Prefix: "[log] "}, ID: 7}, Prefix: "outer"}
	fmt.Println(s.Name())
	fmt.Println(s.Base.Name())
	fmt.Println(s.Base.Logger.Name())
	fmt.Println(s.Describe())
	fmt.Println(s.Log("hi"))
	fmt.Println(s.Prefix, "|", s.Logger.Prefix)

	names := []Namer{s, s.Base, s.Logger}
	for _, n := range names {
		fmt.Printf("%T: %s\n", n, n.Name())
	}
	s.Logger.Prefix = "[new] "
	fmt.Println(s.Log("again"))
}
