// Tests goto jumping forward over statements and backward to retry, plus goto to a label at the end of a function.
package main

import "fmt"

func retry(limit int) int {
	attempts := 0
again:
	attempts++
	if attempts < limit {
		fmt.Println("attempt", attempts, "failed")
		goto again
	}
	return attempts
}

func validate(xs []int) (msg string) {
	i := 0
	if len(xs) == 0 {
		msg = "empty"
		goto done
	}
loop:
	if i < len(xs) {
		if xs[i] < 0 {
			msg = fmt.Sprint("negative at ", i)
			goto done
		}
		i++
		goto loop
	}
	msg = "ok"
done:
	return msg
}

func main() {
	fmt.Println("succeeded after", retry(3))
	fmt.Println(validate(nil), validate([]int{1, 2}), validate([]int{3, -1, 2}))
	n := 0
	goto skip
skip:
	n++
	if n < 3 {
		goto skip
	}
	fmt.Println("n =", n)
}
