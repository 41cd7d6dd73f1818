// Type error: type switch duplicate case.
package main

func main() {
	var x interface{}
	switch x.(type) { case int, int: }
}
