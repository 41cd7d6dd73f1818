// Ranges over a function whose yield does not return bool.
package main

import "fmt"

func count(yield func(int)) {
	for i := 0; i < 3; i++ {
		yield(i)
	}
}

func main() {
	for n := range count {
		fmt.Println(n)
	}
}
