package main

import "fmt"

var saved func(int) bool

func keep(yield func(int) bool) {
	saved = yield
	yield(1)
}

func main() {
	for x := range keep {
		fmt.Println("x", x)
	}
	defer fmt.Println("deferred in main")
	saved(2)
}
