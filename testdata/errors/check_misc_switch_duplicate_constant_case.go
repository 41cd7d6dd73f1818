// Type error: switch duplicate constant case.
package main

func main() {
	switch 1 { case 1, 1: }
}
