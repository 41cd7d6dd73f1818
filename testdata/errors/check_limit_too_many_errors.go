// Many misspelled names: gc stops after ten errors and prints "too many errors".
package main

import (
	"fmt"
	"os"
)

func area(w, h int) int {
	unused := 0
	return w * h
}

func main() {
	width, height := 3, 4
	fmt.Println(widht, heigth)
	fmt.Println(are(width, height))
	fmt.Println(Area(widht, height))
	fmt.Printn(width)
	fmt.Println(lenght, colour)
	fmt.Println(totl)
	fmt.Println(cnt)
	fmt.Println(done)
}
