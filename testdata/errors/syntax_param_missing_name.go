// A parameter list mixing named parameters and a bare type.
package main

import "fmt"

func f(a int, []string) {}

func main() {
	fmt.Println(f)
}
