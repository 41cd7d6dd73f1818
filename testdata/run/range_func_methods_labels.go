// Tests range over method values and function iterators: named results set before a bare return in the body, defers changing results, continue/break through switches and labels, goto inside the body, per-iteration capture.
package main

import "fmt"

type list struct {
	v    int
	next *list
}

func (l *list) All(yield func(int, int) bool) {
	i := 0
	for n := l; n != nil; n = n.next {
		if !yield(i, n.v) {
			return
		}
		i++
	}
}

func pairs(yield func(string, int) bool) {
	for _, s := range []string{"x", "yy", "zzz"} {
		if !yield(s, len(s)) {
			return
		}
	}
}

func find(l *list, want int) (idx int, found bool) {
	for i, v := range l.All {
		if v == want {
			idx, found = i, true
			return
		}
	}
	return -1, false
}

func sum(seq func(func(int, int) bool)) (total int) {
	defer func() { total *= 10 }()
	for _, v := range seq {
		switch {
		case v < 0:
			continue
		case v > 100:
			return -1
		}
		total += v
	}
	return total
}

func labeled() []string {
	var out []string
outer:
	for s, n := range pairs {
		for i := range n {
			switch {
			case s == "yy" && i == 1:
				continue outer
			case s == "zzz" && i == 2:
				break outer
			}
			out = append(out, fmt.Sprint(s, i))
		}
	}
	return out
}

func gotoInside() int {
	n := 0
	for range pairs {
		i := 0
	again:
		i++
		if i < 3 {
			goto again
		}
		n += i
	}
	return n
}

func main() {
	l := &list{1, &list{2, &list{3, nil}}}
	fmt.Println(find(l, 3))
	fmt.Println(find(l, 7))
	fmt.Println(sum(l.All))
	big := &list{5, &list{500, nil}}
	fmt.Println(sum(big.All))
	fmt.Println(labeled())
	fmt.Println(gotoInside())
	var fs []func() int
	for i, v := range l.All {
		fs = append(fs, func() int { return i*10 + v })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	m := map[string]int{}
	for k, v := range pairs {
		m[k] = v
	}
	fmt.Println(m)
}
