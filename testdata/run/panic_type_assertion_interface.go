// Tests the uncaught failed type assertion to an interface type whose method is missing.
package main

import "fmt"

type Closer interface{ Close() error }

type File struct{ name string }

func (f File) Name() string { return f.name }

func main() {
	var v any = File{"data.txt"}
	if _, ok := v.(Closer); !ok {
		fmt.Println("File is not a Closer")
	}
	c := v.(Closer)
	fmt.Println(c.Close())
}
