// Two embedded structs provide the same field.
package main

import "fmt"

type Base struct {
	ID int
}

type Meta struct {
	ID int
}

type Record struct {
	Base
	Meta
}

func main() {
	var r Record
	fmt.Println(r.ID)
}
