// Lists the same constant twice in an expression switch.
package main

import "fmt"

func name(code int) string {
	switch code {
	case 200:
		return "OK"
	case 404:
		return "Not Found"
	case 200:
		return "Success"
	}
	return "?"
}

func main() {
	fmt.Println(name(200))
}
