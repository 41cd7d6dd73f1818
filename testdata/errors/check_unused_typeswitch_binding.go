// Binds a variable in a type switch but never uses it in any clause.
package main

import "fmt"

func describe(x any) {
	switch v := x.(type) {
	case int:
		fmt.Println("int")
	case string:
		fmt.Println("string")
	}
}

func main() {
	describe(1)
}
