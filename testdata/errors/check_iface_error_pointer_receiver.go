// Returns a value whose Error method has a pointer receiver.
package main

import "fmt"

type NotFound struct {
	Key string
}

func (e *NotFound) Error() string {
	return e.Key + " not found"
}

func find(key string) error {
	return NotFound{Key: key}
}

func main() {
	fmt.Println(find("x"))
}
