// A function type (not declaration) with type parameters.
package main

import "fmt"

var f func[T any](T)

func main() {
	fmt.Println(f)
}
