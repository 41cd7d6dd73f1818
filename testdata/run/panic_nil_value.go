// Tests an uncaught panic(nil), which Go 1.21+ turns into a *runtime.PanicNilError.
package main

import "fmt"

func main() {
	fmt.Println("before panic(nil)")
	panic(nil)
}
