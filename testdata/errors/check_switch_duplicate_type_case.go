// Lists the same type twice in a type switch.
package main

import "fmt"

func kind(v any) string {
	switch v.(type) {
	case int:
		return "int"
	case string:
		return "string"
	case int:
		return "number"
	}
	return "other"
}

func main() {
	fmt.Println(kind(1))
}
