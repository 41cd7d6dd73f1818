// Deletes a map entry with a key of the wrong type.
package main

import "fmt"

func main() {
	ages := map[string]int{"ann": 3}
	delete(ages, 0)
	fmt.Println(ages)
}
