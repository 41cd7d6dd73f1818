// The method exists but has a different signature.
package main

import "fmt"

type Sizer interface {
	Size() int64
}

type File struct {
	n int
}

func (f File) Size() int {
	return f.n
}

func main() {
	var s Sizer = File{n: 3}
	fmt.Println(s.Size())
}
