// Type error: go func literal not called.
package main

func main() {
	go func(){}
}
