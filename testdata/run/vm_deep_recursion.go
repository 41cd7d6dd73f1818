// Ten million nested calls: Go's stacks grow to hold them (up to 1 GB), and so must
// gorun's, without ever overflowing the host's stack.
package main

func depth(n int) int {
	if n == 0 {
		return 0
	}
	return depth(n-1) + 1
}

func main() {
	println(depth(10000000))
}
