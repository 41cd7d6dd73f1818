// Uses an int case in a switch on a string.
package main

import "fmt"

func main() {
	cmd := "start"
	switch cmd {
	case "start":
		fmt.Println("starting")
	case 1:
		fmt.Println("one")
	}
}
