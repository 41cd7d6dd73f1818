// Tests the uncaught failed type assertion on a nil interface value.
package main

import "fmt"

func main() {
	var e error
	fmt.Println("err is nil:", e == nil)
	var v any = e
	n := v.(int)
	fmt.Println(n)
}
