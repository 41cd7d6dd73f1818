// Tests an uncaught slice-bounds panic whose high bound is a huge unsigned value (reported unsigned against capacity).
package main

import "fmt"

func window(buf []byte, lo, hi uint) []byte {
	return buf[lo:hi]
}

func main() {
	buf := make([]byte, 4, 8)
	for i := range buf {
		buf[i] = byte('a' + i)
	}
	var hi uint = 6
	fmt.Println(len(buf[:hi]), cap(buf[:hi]))
	hi = 8
	fmt.Println(len(buf[2:hi]), cap(buf[2:hi]))
	fmt.Printf("%q %q\n", window(buf, 1, 3), window(buf, 0, 4))
	var lo8 uint8 = 3
	fmt.Printf("%q\n", buf[lo8:])
	hi = 0
	hi -= 2
	fmt.Println("hi =", hi)
	defer fmt.Println("deferred before the panic message")
	t := window(buf, 0, hi)
	fmt.Println("unreachable", len(t))
}
