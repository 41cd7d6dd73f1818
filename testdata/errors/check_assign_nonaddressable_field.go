// Assigns to a field of a struct returned by a function.
package main

import "fmt"

type Config struct {
	Debug bool
}

func defaults() Config {
	return Config{}
}

func main() {
	defaults().Debug = true
	fmt.Println(defaults())
}
