// Type error: field on pointer to int.
package main

func main() {
	var p *int
	p.x = 1
}
