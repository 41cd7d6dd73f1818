// A map literal written with => between key and value, as in PHP or Perl.
package main

import "fmt"

func main() {
	m := map[string]int{"a" => 1}
	fmt.Println(m)
}
