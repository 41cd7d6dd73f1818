// Uses a variable as a case in a type switch.
package main

import "fmt"

func main() {
	var v any = 3
	want := 3
	switch v.(type) {
	case want:
		fmt.Println("match")
	}
}
