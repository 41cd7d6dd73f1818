// Tests an uncaught index-out-of-range panic when indexing a string byte with a variable index.
package main

import "fmt"

func main() {
	word := "gopher"
	idx := 0
	for i := 0; i < 10; i++ {
		idx += 2
		fmt.Printf("word[%d] = %c\n", idx, word[idx])
	}
}
