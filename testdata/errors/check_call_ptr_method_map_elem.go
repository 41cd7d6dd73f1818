// Calls a pointer-receiver method on a map element.
package main

import "fmt"

type Counter struct {
	n int
}

func (c *Counter) Inc() {
	c.n++
}

func main() {
	counters := map[string]Counter{"a": {}}
	counters["a"].Inc()
	fmt.Println(counters)
}
