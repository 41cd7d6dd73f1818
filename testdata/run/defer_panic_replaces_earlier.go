// Tests that a panic raised in a deferred call replaces the in-flight panic, and recover returns only the newest value.
package main

import "fmt"

func layered() (result string) {
	defer func() {
		result = fmt.Sprint("recovered: ", recover())
	}()
	defer func() {
		panic("from defer 2")
	}()
	defer func() {
		panic("from defer 1")
	}()
	panic("original")
}

func runtimeReplaced() (result string) {
	defer func() {
		r := recover()
		result = fmt.Sprintf("%v (%T)", r, r)
	}()
	defer func() {
		var m map[string]int
		m["x"] = 1
	}()
	panic(42)
}

func main() {
	fmt.Println(layered())
	fmt.Println(runtimeReplaced())
}
