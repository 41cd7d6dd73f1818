// Loops, labeled break and continue, switch with fallthrough and no tag, range over
// integers, and short-circuit evaluation.
package main

var trace = 0

func touch(v bool) bool {
	trace++
	return v
}

func classify(n int) string {
	switch {
	case n < 0:
		return "negative"
	case n == 0:
		return "zero"
	case n%2 == 0:
		return "even"
	default:
		return "odd"
	}
}

func main() {
	total := 0
outer:
	for i := 0; i < 10; i++ {
		for j := range 10 {
			if j > i {
				continue outer
			}
			if i*j > 30 {
				break outer
			}
			total += i * j
		}
	}
	println("total", total)

	for n := -1; n < 4; n++ {
		println(n, classify(n))
	}

	for i := range 5 {
		switch i {
		case 0, 1:
			println(i, "small")
			fallthrough
		case 2:
			println(i, "two-ish")
		case 3:
			println(i, "three")
			break
		default:
			println(i, "default")
		}
	}

	k := 0
	for {
		k++
		if k == 7 {
			break
		}
	}
	for k > 0 {
		k -= 3
	}
	println("k", k)

	println(touch(false) && touch(true), trace)
	println(touch(true) || touch(false), trace)
	println(!touch(false) && touch(true), trace)
	var count uint8
	for range 300 {
		count++
	}
	println(count)
}
