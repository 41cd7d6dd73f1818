// Passes an int64 to strconv.Itoa, which takes int.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	var size int64 = 1024
	fmt.Println(strconv.Itoa(size))
}
