// Declares the same method twice in an interface.
package main

import "fmt"

type Store interface {
	Get(key string) string
	Put(key, val string)
	Get(key string) string
}

func main() {
	var s Store
	fmt.Println(s == nil)
}
