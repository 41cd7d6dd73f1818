// A raw string literal whose closing backquote is missing at end of file.
package main

import "fmt"

func main() {
	fmt.Println(`hello)
}
