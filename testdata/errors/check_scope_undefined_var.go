// Uses a variable that was never declared (typo in the name).
package main

import "fmt"

func main() {
	count := 3
	for i := 0; i < count; i++ {
		fmt.Println(i)
	}
	fmt.Println("total:", cout)
}
