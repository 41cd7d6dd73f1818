// A main package without a main function.
package main

import "fmt"

func Main() {
	fmt.Println("hi")
}
