// A 200-million-iteration integer loop: dispatch and arithmetic.
package main

func main() {
	sum := 0
	for i := 0; i < 200000000; i++ {
		sum += i ^ (i >> 3)
	}
	println(sum)
}
