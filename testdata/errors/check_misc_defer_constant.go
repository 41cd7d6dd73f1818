// Type error: defer constant.
package main

func main() {
	defer 1
}
