// Tests builtins make, new, len, cap, append, copy, delete on slices, maps, channels, strings, arrays and pointers.
package main

import "fmt"

type Config struct {
	Name  string
	Size  int
	Flags []string
}

func main() {
	s := make([]int, 3)
	fmt.Println(len(s), cap(s), s)
	s2 := make([]string, 2, 5)
	fmt.Printf("%d %d %q\n", len(s2), cap(s2), s2)
	s2 = s2[:4]
	fmt.Printf("%q\n", s2)

	m := make(map[string][]int)
	m["a"] = append(m["a"], 1, 2)
	fmt.Println(len(m), m)
	delete(m, "a")
	fmt.Println(len(m))

	ch := make(chan bool, 4)
	ch <- true
	fmt.Println(len(ch), cap(ch))
	unb := make(chan int)
	fmt.Println(len(unb), cap(unb))

	p := new(Config)
	fmt.Printf("%+v\n", *p)
	p.Name = "cfg"
	p.Flags = append(p.Flags, "-v")
	fmt.Printf("%+v\n", *p)
	pi := new(int)
	*pi = len("héllo")
	fmt.Println(*pi)
	ps := new([]int)
	*ps = append(*ps, 5)
	fmt.Println(*ps, len(*ps))
	pa := new([4]int)
	fmt.Println(len(pa), cap(pa), *pa)

	// len of strings counts bytes; len of constants is constant.
	const greeting = "héllo"
	var arr [len(greeting)]byte
	copy(arr[:], greeting)
	fmt.Println(len(arr), arr)

	// len and cap of nil things.
	var ns []int
	var nm map[int]int
	var nc chan int
	var np *[3]int
	fmt.Println(len(ns), cap(ns), len(nm), len(nc), cap(nc), len(np))

	// append variants.
	b := []byte("ab")
	b = append(b, 'c')
	b = append(b, "de"...)
	b = append(b, []byte{'f', 'g'}...)
	fmt.Println(string(b), len(b))
	var nested [][]int
	nested = append(nested, []int{1}, nil, []int{2, 3})
	fmt.Println(nested, len(nested[1]))

	// copy returns min(len(dst), len(src)).
	dst := make([]int, 2)
	fmt.Println(copy(dst, []int{7, 8, 9}), dst)

	// make with computed sizes.
	n := 4
	grid := make([][]rune, n)
	for i := range grid {
		grid[i] = make([]rune, n)
		for j := range grid[i] {
			grid[i][j] = '.'
			if i == j {
				grid[i][j] = '\\'
			}
		}
	}
	for _, row := range grid {
		fmt.Println(string(row))
	}
}
