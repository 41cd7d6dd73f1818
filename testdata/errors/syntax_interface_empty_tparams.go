// An interface method with an empty type parameter list.
package main

import "fmt"

type Getter interface {
	Get[]() int
}

func main() {
	var g Getter
	fmt.Println(g)
}
