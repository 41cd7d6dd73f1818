// A selector expression with nothing after the dot.
package main

import "fmt"

func main() {
	fmt.
}
