// Tests 2D arrays, modular indexing and nested loops by running Conway's Game of Life on a toroidal grid.
package main

import "fmt"

const W, H = 10, 8

type Board [H][W]bool

func (b *Board) neighbors(r, c int) int {
	n := 0
	for dr := -1; dr <= 1; dr++ {
		for dc := -1; dc <= 1; dc++ {
			if dr == 0 && dc == 0 {
				continue
			}
			if b[(r+dr+H)%H][(c+dc+W)%W] {
				n++
			}
		}
	}
	return n
}

func (b Board) Step() Board {
	var next Board
	for r := range H {
		for c := range W {
			n := b.neighbors(r, c)
			next[r][c] = n == 3 || (n == 2 && b[r][c])
		}
	}
	return next
}

func (b Board) String() string {
	s := ""
	for _, row := range b {
		for _, cell := range row {
			if cell {
				s += "#"
			} else {
				s += "."
			}
		}
		s += "\n"
	}
	return s
}

func (b Board) Alive() int {
	n := 0
	for _, row := range b {
		for _, cell := range row {
			if cell {
				n++
			}
		}
	}
	return n
}

func main() {
	var b Board
	// Glider.
	for _, p := range [][2]int{{0, 1}, {1, 2}, {2, 0}, {2, 1}, {2, 2}} {
		b[p[0]][p[1]] = true
	}
	start := b
	// Blinker on a separate board.
	var bl Board
	bl[5][6], bl[5][7], bl[5][8] = true, true, true
	fmt.Print(b, bl)
	bl = bl.Step()
	fmt.Print(bl)
	fmt.Println("blinker period 2:", bl.Step().Step() == bl, bl.Step() != bl)
	for gen := 1; gen <= 40; gen++ {
		b = b.Step()
		if gen%4 == 0 {
			fmt.Printf("gen %d alive %d\n", gen, b.Alive())
		}
		if gen == 6 {
			fmt.Print(b)
		}
	}
	fmt.Println("after 40 generations (moved 10 right, 10 down on a 10x8 torus):")
	fmt.Print(b)
	// Shift the start by (+2 rows, +0 cols) and compare.
	var want Board
	for r := range H {
		for c := range W {
			want[(r+2)%H][c] = start[r][c]
		}
	}
	fmt.Println("matches shifted start:", b == want)
}
