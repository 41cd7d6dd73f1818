// A select statement with its opening brace missing.
package main

import "fmt"

func main() {
	c := make(chan int, 1)
	c <- 1
	select
	case v := <-c:
		fmt.Println(v)
	}
}
