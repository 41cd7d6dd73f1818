package main

import (
	"errors"
	"fmt"
)

func Count(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func Pairs(words []string) func(func(int, string) bool) {
	return func(yield func(int, string) bool) {
		defer fmt.Println("pairs: cleanup")
		for i, w := range words {
			if !yield(i, w) {
				fmt.Println("pairs: stopped at", i)
				return
			}
		}
	}
}

type point struct{ x, y int }

func Points(n int) func(func(point) bool) {
	return func(yield func(point) bool) {
		for i := range n {
			if !yield(point{i, i * i}) {
				return
			}
		}
	}
}

func find(words []string, want string) (int, error) {
	for i, w := range Pairs(words) {
		if w == want {
			return i, nil
		}
	}
	return -1, errors.New("not found: " + want)
}

func named() (total int, last string) {
	for i, w := range Pairs([]string{"a", "b", "c"}) {
		total += i
		last = w
		if w == "b" {
			return
		}
	}
	return 99, "never"
}

func firstBig(limit int) point {
	for p := range Points(10) {
		if p.y > limit {
			return p
		}
	}
	return point{-1, -1}
}

func nested() string {
outer:
	for i := range Count(4) {
		for j := range Count(4) {
			if j > i {
				continue outer
			}
			if i == 3 {
				break outer
			}
			if i == 2 && j == 1 {
				return fmt.Sprint("returned at ", i, j)
			}
			fmt.Print(i, j, " ")
		}
	}
	return "finished"
}

func deferInBody() (out []int) {
	defer func() { fmt.Println("deferred results:", out) }()
	for i := range Count(3) {
		defer func() { out = append(out, i) }()
	}
	fmt.Println("loop done")
	return nil
}

func mixedLoops() {
	total := 0
	for _, k := range []int{1, 2, 3} {
		for i := range Count(10) {
			if i == k {
				break
			}
			if i%2 == 1 {
				continue
			}
			total += i * k
		}
		switch {
		case k == 2:
			for range Count(5) {
				total++
			}
		}
	}
	fmt.Println("total", total)
}

func assignForm() {
	var i int
	var w string
	for i, w = range Pairs([]string{"x", "y"}) {
	}
	fmt.Println("after assign form:", i, w)
}

func sumTo(n int) (s int) {
	for v := range Count(n) {
		func() {
			s += v
		}()
	}
	return s
}

func badIterator(yield func(int) bool) {
	yield(1)
	yield(2)
}

func swallowing(yield func(int) bool) {
	defer func() { recover() }()
	yield(1)
}

func try(name string, f func()) {
	defer func() {
		r := recover()
		if err, ok := r.(error); ok {
			fmt.Println(name, "->", err)
			return
		}
		fmt.Println(name, "->", r)
	}()
	f()
}

func main() {
	fmt.Println(find([]string{"go", "rust", "lua"}, "rust"))
	fmt.Println(find([]string{"go"}, "zig"))
	fmt.Println(named())
	fmt.Println(firstBig(20))
	fmt.Println(nested())
	deferInBody()
	mixedLoops()
	assignForm()
	fmt.Println(sumTo(5))
	try("continue after false", func() {
		for x := range badIterator {
			fmt.Println("got", x)
			break
		}
	})
	try("swallowed panic", func() {
		for x := range swallowing {
			panic(fmt.Sprint("body panic ", x))
		}
	})
	try("body panic", func() {
		for x, w := range Pairs([]string{"p", "q"}) {
			if x == 1 {
				panic("bad " + w)
			}
		}
	})
	var nilSeq func(func(int) bool)
	try("nil iterator", func() {
		for x := range nilSeq {
			fmt.Println(x)
		}
	})
	for range Count(2) {
		fmt.Println("no vars")
	}
}
