// Every kind of statement.
package statements

import (
	"fmt"
	str "strings"
	. "math"
	_ "os"
)

func stmts(ch chan int, done <-chan struct{}) (n int, err error) {
	var a, b = 1, 2
	const c = iota
	type local struct{}
	x := a + b*c
	x++
	x -= 2
	a, b = b, a
	ch <- x
	v, ok := <-ch
	_, _ = v, ok
	go func() { ch <- 1 }()
	defer fmt.Println("done")
outer:
	for i := range 10 {
		for j := 0; j < i; j++ {
			if j == 3 {
				continue outer
			} else if j == 4 {
				break outer
			} else {
				goto end
			}
		}
	}
end:
	select {
	case v := <-ch:
		n = v
	case ch <- 2:
	case <-done:
		return 0, nil
	default:
	}
	{
		_ = str.ToUpper("x") + fmt.Sprint(Pi)
	}
	return n, err
}
