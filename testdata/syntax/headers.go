// Statement headers and the composite-literal ambiguity.
package headers

type T struct{ a, b int }

func f(x T, xs []int, m map[string]int) bool {
	if x == (T{}) {
		return true
	}
	for _, v := range []int{1, 2, 3} {
		_ = v
	}
	for k := range map[string][]int{"a": {1}} {
		_ = k
	}
	if s := []struct{ a int }{{1}}; len(s) > 0 {
	}
	if f := func() bool { return true }; f() {
	}
	switch y := x.a; {
	case y > 0, y < -1:
		fallthrough
	default:
	}
	switch v := any(x).(type) {
	case T, *T:
		_ = v
	case nil:
	case func() int, chan<- int, <-chan int, map[string]T:
	}
	for i := 0; i < 10; i++ {
		if i%2 == 0 {
			continue
		}
	}
	for range 3 {
	}
	for {
		break
	}
	return xs[0] < m["x"]
}
