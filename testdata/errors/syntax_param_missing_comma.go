// Two parameters without a comma between them.
package main

import "fmt"

func f(a int b int) {}

func main() {
	fmt.Println(f)
}
