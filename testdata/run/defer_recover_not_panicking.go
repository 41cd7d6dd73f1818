// Tests that recover returns nil when not panicking, and returns nil again after a panic was already recovered.
package main

import "fmt"

func noPanic() {
	defer func() {
		fmt.Println("no panic, recover =", recover())
	}()
	fmt.Println("working")
}

func twice() {
	defer func() {
		fmt.Println("second recover =", recover())
	}()
	defer func() {
		fmt.Println("first recover =", recover())
	}()
	panic("once")
}

func topLevel() {
	fmt.Println("recover outside defer =", recover())
}

func main() {
	noPanic()
	twice()
	topLevel()
	fmt.Println("still running")
}
