// Calls a pointer-receiver method on a function result.
package main

import "fmt"

type Buffer struct {
	data []byte
}

func (b *Buffer) Write(s string) {
	b.data = append(b.data, s...)
}

func newBuffer() Buffer {
	return Buffer{}
}

func main() {
	newBuffer().Write("x")
	fmt.Println("done")
}
