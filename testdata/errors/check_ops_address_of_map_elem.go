// Takes the address of a map element.
package main

import "fmt"

func main() {
	scores := map[string]int{"ann": 1}
	p := &scores["ann"]
	*p = 2
	fmt.Println(scores)
}
