// Tests an uncaught panic with a formatted string message, with deferred prints running during unwinding.
package main

import "fmt"

func validate(age int) {
	if age < 0 || age > 150 {
		panic(fmt.Sprintf("invalid age %d (must be in [0, 150])", age))
	}
	fmt.Println("age ok:", age)
}

func main() {
	defer fmt.Println("main deferred")
	func() {
		defer fmt.Println("inner deferred")
		validate(30)
		validate(200)
	}()
}
