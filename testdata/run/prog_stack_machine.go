// Tests a small stack-based virtual machine: instruction structs, a switch dispatch loop, jumps and error results.
package main

import (
	"errors"
	"fmt"
)

type Op int

const (
	Push Op = iota
	Add
	Mul
	Dup
	Swap
	JmpIfZero
	Jmp
	Dec
	Over
	Drop
	Print
	Halt
)

var names = [...]string{"push", "add", "mul", "dup", "swap", "jz", "jmp", "dec", "over", "drop", "print", "halt"}

func (o Op) String() string { return names[o] }

type Instr struct {
	Op  Op
	Arg int
}

var ErrUnderflow = errors.New("stack underflow")

func run(prog []Instr) (stack []int, steps int, err error) {
	pop := func() int {
		if len(stack) == 0 {
			panic(ErrUnderflow)
		}
		v := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		return v
	}
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("step %d: %w", steps, r.(error))
		}
	}()
	for pc := 0; pc < len(prog); steps++ {
		in := prog[pc]
		pc++
		switch in.Op {
		case Push:
			stack = append(stack, in.Arg)
		case Add:
			stack = append(stack, pop()+pop())
		case Mul:
			stack = append(stack, pop()*pop())
		case Dup:
			v := pop()
			stack = append(stack, v, v)
		case Swap:
			a, b := pop(), pop()
			stack = append(stack, a, b)
		case Over:
			a, b := pop(), pop()
			stack = append(stack, b, a, b)
		case Drop:
			pop()
		case Dec:
			stack = append(stack, pop()-1)
		case JmpIfZero:
			if v := pop(); v == 0 {
				pc = in.Arg
			}
		case Jmp:
			pc = in.Arg
		case Print:
			fmt.Println("  print:", stack[len(stack)-1])
		case Halt:
			return stack, steps, nil
		}
	}
	return stack, steps, nil
}

func main() {
	// factorial of 5: the stack holds [acc n]; the loop multiplies acc by n while n > 0
	fact := []Instr{{Push, 1}, {Push, 5}, {Dup, 0}, {JmpIfZero, 11}, {Swap, 0}, {Over, 0}, {Mul, 0},
		{Print, 0}, {Swap, 0}, {Dec, 0}, {Jmp, 2}, {Drop, 0}, {Halt, 0}, {Print, 0}}
	fmt.Println(fact[:3], Op(10), len(fact))
	st, steps, err := run(fact)
	fmt.Println(st, steps, err)
	st, steps, err = run([]Instr{{Push, 2}, {Push, 3}, {Add, 0}, {Push, 4}, {Mul, 0}, {Print, 0}})
	fmt.Println(st, steps, err)
	st, steps, err = run([]Instr{{Push, 1}, {Add, 0}})
	fmt.Println(st, steps, err, errors.Is(err, ErrUnderflow))
}
