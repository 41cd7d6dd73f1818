// Type error: return value in main.
package main

func main() {
	return 1
}
