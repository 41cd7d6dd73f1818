// The same undefined name twice on one line is reported only once.
package main

import "fmt"

func main() {
	fmt.Println(total, total*2)
	fmt.Println(total)
}
