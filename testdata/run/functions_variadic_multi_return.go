// Tests variadic functions, multiple return values, passing multi-returns directly, blank identifiers and function types.
package main

import (
	"fmt"
	"strings"
)

func sum(nums ...int) (total int, count int) {
	for _, n := range nums {
		total += n
	}
	return total, len(nums)
}

func join(sep string, parts ...string) string {
	return strings.Join(parts, sep)
}

func divmod(a, b int) (int, int) { return a / b, a % b }

func pair() (string, int) { return "answer", 42 }

func describe(name string, v int) string { return fmt.Sprintf("%s=%d", name, v) }

func variadicAny(prefix string, vals ...any) string {
	return prefix + fmt.Sprint(len(vals)) + fmt.Sprint(vals...)
}

func modify(xs ...int) {
	if len(xs) > 0 {
		xs[0] = 999
	}
}

type binop func(int, int) int

func fold(op binop, init int, xs ...int) int {
	for _, x := range xs {
		init = op(init, x)
	}
	return init
}

func minmax(xs ...int) (lo, hi int, ok bool) {
	if len(xs) == 0 {
		return
	}
	lo, hi = xs[0], xs[0]
	for _, x := range xs {
		lo = min(lo, x)
		hi = max(hi, x)
	}
	return lo, hi, true
}

func main() {
	fmt.Println(sum())
	fmt.Println(sum(1, 2, 3))
	nums := []int{10, 20, 30}
	t, c := sum(nums...)
	fmt.Println(t, c)
	fmt.Println(join("-"), join("-", "a"), join(", ", "a", "b", "c"))

	q, r := divmod(17, 5)
	fmt.Println(q, r)
	q, r = divmod(-17, 5)
	fmt.Println(q, r)
	_, r = divmod(9, 4)
	fmt.Println(r)

	// Multi-value call as arguments.
	fmt.Println(describe(pair()))
	fmt.Println(divmod(100, 7))

	fmt.Println(variadicAny("n", 1, "a", nil), variadicAny("none"))
	mixed := []any{1, 2}
	fmt.Println(variadicAny("s", mixed...))

	// Variadic slice aliasing.
	modify(nums...)
	fmt.Println(nums)
	a, b := 1, 2
	modify(a, b)
	fmt.Println(a, b)

	add := func(x, y int) int { return x + y }
	fmt.Println(fold(add, 0, 1, 2, 3, 4), fold(func(x, y int) int { return x * y }, 1, 1, 2, 3, 4))
	var op binop = add
	fmt.Printf("%T %v\n", op, op(2, 2))

	fmt.Println(minmax(4, -2, 9, 0))
	fmt.Println(minmax())

	// Swap via multiple assignment and evaluation order.
	x, y, z := 1, 2, 3
	x, y, z = z, x, y
	fmt.Println(x, y, z)
	arr := []int{0, 1, 2}
	i := 0
	i, arr[i] = 1, 9 // index evaluated before assignment
	fmt.Println(i, arr)
}
