// Declares the same field twice in a struct.
package main

import "fmt"

type Config struct {
	Host string
	Port int
	Host string
}

func main() {
	fmt.Println(Config{})
}
