// Tests an uncaught panic with an error value created by errors.New (message printed via Error()).
package main

import (
	"errors"
	"fmt"
)

var ErrCorrupt = errors.New("checksum mismatch: data corrupt")

func check(data []byte, want byte) {
	var sum byte
	for _, b := range data {
		sum += b
	}
	fmt.Println("checksum", sum, "want", want)
	if sum != want {
		panic(ErrCorrupt)
	}
}

func main() {
	check([]byte("abc"), 38)
	check([]byte("abd"), 38)
}
