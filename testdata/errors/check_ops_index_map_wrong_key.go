// Indexes a map with a key of the wrong type.
package main

import "fmt"

func main() {
	ages := map[string]int{"ann": 30}
	fmt.Println(ages[1])
}
