// Tests the uncaught failed assertion from a non-empty interface to the wrong concrete (pointer) type.
package main

import "fmt"

type Animal interface{ Sound() string }

type Dog struct{ Name string }
type Cat struct{ Name string }

func (d Dog) Sound() string  { return d.Name + " says woof" }
func (c *Cat) Sound() string { return c.Name + " says meow" }

func main() {
	zoo := []Animal{&Cat{"Tom"}, Dog{"Rex"}}
	for _, a := range zoo {
		fmt.Println(a.Sound())
		if d, ok := a.(Dog); ok {
			fmt.Println("dog named", d.Name)
		}
	}
	for _, a := range zoo {
		c := a.(*Cat)
		fmt.Println("cat named", c.Name)
	}
}
