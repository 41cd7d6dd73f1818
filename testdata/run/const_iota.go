// Tests constants and iota: skipped values, expressions, typed enums with String methods, bit flags.
package main

import "fmt"

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
	Thursday
	Friday
	Saturday
)

var dayNames = [...]string{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"}

func (d Weekday) String() string { return dayNames[d] }

type Perm uint8

const (
	Read Perm = 1 << iota
	Write
	Exec
	_
	Sticky
)

func (p Perm) String() string {
	s := ""
	for i, c := range "rwx?s" {
		if p&(1<<uint(i)) != 0 {
			s += string(c)
		} else {
			s += "-"
		}
	}
	return s
}

const (
	_  = iota
	KB = 1 << (10 * iota)
	MB
	GB
	TB
)

const (
	a, b = iota, iota * 10
	c, d
	e, f = "e", iota + 100
	g, h
)

const (
	x0 = "const"
	x1
	x2 = iota
	x3
)

func main() {
	fmt.Println(Sunday, Wednesday, Saturday)
	fmt.Printf("%d %v %s\n", Friday, Friday, Friday+1)
	fmt.Println(Read, Write, Exec, Sticky)
	fmt.Println(Read|Exec, Read|Write|Exec|Sticky)
	fmt.Printf("%d %d %d\n", Read|Write, Exec, Sticky)
	fmt.Println(KB, MB, GB, TB)
	fmt.Println(a, b, c, d, e, f, g, h)
	fmt.Println(x0, x1, x2, x3)
	fmt.Printf("%T %T\n", Monday, KB)

	const local = iota
	fmt.Println("local iota", local)

	type Level int
	const (
		Debug Level = iota - 1
		Info
		Warn
		Error
	)
	fmt.Println(Debug, Info, Warn, Error)
}
