// Starts a goroutine with a conversion instead of a call.
package main

import "fmt"

type Job func()

func main() {
	f := func() { fmt.Println("job") }
	go Job(f)
}
