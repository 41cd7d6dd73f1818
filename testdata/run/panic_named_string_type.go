// Tests the uncaught panic output for a value of a named string type, printed as main.T("...").
package main

import "fmt"

type State string

const (
	Idle    State = "idle"
	Running State = "running"
)

func transition(from State) State {
	switch from {
	case Idle:
		return Running
	}
	panic(from)
}

func main() {
	s := transition(Idle)
	fmt.Println("now", s)
	transition(s)
}
