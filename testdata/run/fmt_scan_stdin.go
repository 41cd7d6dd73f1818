// Tests fmt.Scan, Scanln and Scanf reading standard input (fmt_scan_stdin.stdin): they
// read it one byte at a time without reading ahead, so what they leave (less the one
// rune each call looks ahead) is still there for os.Stdin; then EOF at the end.
package main

import (
	"fmt"
	"io"
	"os"
)

func main() {
	var name string
	var age int
	var score float64
	fmt.Print("name and age? ")
	n, err := fmt.Scan(&name, &age)
	fmt.Println()
	fmt.Println("Scan:", n, err, name, age)
	n, err = fmt.Scanln(&score)
	fmt.Println("Scanln:", n, err, score)
	var x, y int
	n, err = fmt.Scanf("%d,%d\n", &x, &y)
	fmt.Println("Scanf:", n, err, x, y)
	n, err = fmt.Scanln(&x, &y)
	fmt.Println("Scanln short line:", n, err, x)
	var w string
	n, err = fmt.Scan(&w)
	fmt.Println("Scan word:", n, err, w)
	buf := make([]byte, 10)
	k, err := os.Stdin.Read(buf)
	fmt.Printf("os.Stdin.Read: %d %v %q\n", k, err, buf[:k])
	rest, err := io.ReadAll(os.Stdin)
	fmt.Printf("rest: %q %v\n", rest, err)
	n, err = fmt.Scan(&w)
	fmt.Println("at end:", n, err, err == io.EOF)
	n, err = fmt.Scanln(&w)
	fmt.Println("Scanln at end:", n, err, err == io.EOF)
}
