// Converts nil and empty byte and rune slices to strings and back: a conversion of nil is a typed, non-constant value (string([]rune(nil)) == "" compares strings; []byte(nil) == nil compares with nil).
package main

import (
	"bytes"
	"fmt"
	"strings"
)

type Bytes []byte
type Name string

func takeBytes(b []byte) int { return len(b) }
func takeRunes(r []rune) int { return len(r) }
func isNil(v any) bool       { return v == nil }

func main() {
	fmt.Println(string([]rune(nil)) == "", string([]byte(nil)) == "")
	var rs []rune
	fmt.Println(string(rs) == "")
	fmt.Println(takeBytes([]byte(nil)), takeRunes([]rune(nil)), isNil([]byte(nil)), isNil(nil))
	fmt.Println(string([]byte{}) == "", string([]rune{}) == "", len(string([]byte(nil))), len(string([]rune(nil))))
	fmt.Println(bytes.Equal([]byte(nil), []byte{}), strings.Compare(string([]byte(nil)), ""))
	fmt.Println(Name([]byte(nil)) == "", string(Bytes(nil)) == "", Bytes(nil) == nil, []byte(nil) == nil)
	s := string([]byte(nil))
	n := Name([]rune(nil))
	b := []byte(nil)
	fmt.Printf("%q %q %d %v %T %T\n", s+"x", n+"y", len(b), b == nil, s, n)
	var p = (*int)(nil)
	var f = (func())(nil)
	var m = map[string]int(nil)
	var c = (chan int)(nil)
	var e = error(nil)
	fmt.Println(p == nil, f == nil, m == nil, c == nil, e == nil, len(m), len(c))
	fmt.Println(append([]byte(nil), "ab"...), copy([]byte(nil), "x"), string(append([]rune(nil), 'z')))
	switch string([]byte(nil)) {
	case "":
		fmt.Println("empty")
	default:
		fmt.Println("not empty")
	}
	var x any = []int(nil)
	v, ok := x.([]int)
	fmt.Println(ok, x != nil, v == nil, len(v))
}
