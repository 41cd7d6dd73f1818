// A leading-zero literal (octal) containing the digit 9.
package main

import "fmt"

func main() {
	fmt.Println(0129)
}
