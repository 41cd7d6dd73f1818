// Uses .(type) outside a type switch.
package main

import "fmt"

func main() {
	var v any = 1
	t := v.(type)
	fmt.Println(t)
}
