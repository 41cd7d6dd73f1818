// Type error: map literal duplicate key.
package main

func main() {
	_ = map[string]int{"a": 1, "a": 2}
}
