// A case clause in a plain function body, outside any switch.
package main

import "fmt"

func main() {
	x := 1
	case 1:
	fmt.Println(x)
}
