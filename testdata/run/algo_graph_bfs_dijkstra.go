// Tests maps of slices, queues and a hand-written binary heap via BFS on a grid maze and Dijkstra on a weighted graph.
package main

import (
	"fmt"
	"sort"
)

var maze = []string{
	"S.#.......",
	".##.####..",
	"....#..#.#",
	"#.#...#...",
	"..####.##.",
	".......#.E",
}

type pos struct{ r, c int }

func bfs() (int, []pos) {
	var start, end pos
	for r, row := range maze {
		for c, ch := range row {
			switch ch {
			case 'S':
				start = pos{r, c}
			case 'E':
				end = pos{r, c}
			}
		}
	}
	prev := map[pos]pos{}
	dist := map[pos]int{start: 0}
	queue := []pos{start}
	for len(queue) > 0 {
		cur := queue[0]
		queue = queue[1:]
		if cur == end {
			break
		}
		for _, d := range []pos{{0, 1}, {1, 0}, {0, -1}, {-1, 0}} {
			n := pos{cur.r + d.r, cur.c + d.c}
			if n.r < 0 || n.r >= len(maze) || n.c < 0 || n.c >= len(maze[0]) || maze[n.r][n.c] == '#' {
				continue
			}
			if _, seen := dist[n]; seen {
				continue
			}
			dist[n] = dist[cur] + 1
			prev[n] = cur
			queue = append(queue, n)
		}
	}
	var path []pos
	for p := end; p != start; p = prev[p] {
		path = append(path, p)
	}
	return dist[end], path
}

type item struct {
	node string
	dist int
}

type heap []item

func (h *heap) push(it item) {
	*h = append(*h, it)
	i := len(*h) - 1
	for i > 0 {
		p := (i - 1) / 2
		if (*h)[p].dist <= (*h)[i].dist {
			break
		}
		(*h)[p], (*h)[i] = (*h)[i], (*h)[p]
		i = p
	}
}

func (h *heap) pop() item {
	old := *h
	top := old[0]
	last := len(old) - 1
	old[0] = old[last]
	*h = old[:last]
	i := 0
	for {
		l, r, m := 2*i+1, 2*i+2, i
		if l < last && (*h)[l].dist < (*h)[m].dist {
			m = l
		}
		if r < last && (*h)[r].dist < (*h)[m].dist {
			m = r
		}
		if m == i {
			break
		}
		(*h)[i], (*h)[m] = (*h)[m], (*h)[i]
		i = m
	}
	return top
}

func dijkstra(g map[string]map[string]int, src string) map[string]int {
	dist := map[string]int{src: 0}
	h := &heap{}
	h.push(item{src, 0})
	for len(*h) > 0 {
		it := h.pop()
		if it.dist > dist[it.node] {
			continue
		}
		for nb, w := range g[it.node] {
			nd := it.dist + w
			if d, ok := dist[nb]; !ok || nd < d {
				dist[nb] = nd
				h.push(item{nb, nd})
			}
		}
	}
	return dist
}

func main() {
	d, path := bfs()
	fmt.Println("maze shortest path:", d, "steps, path len", len(path))

	g := map[string]map[string]int{
		"A": {"B": 7, "C": 9, "F": 14},
		"B": {"A": 7, "C": 10, "D": 15},
		"C": {"A": 9, "B": 10, "D": 11, "F": 2},
		"D": {"B": 15, "C": 11, "E": 6},
		"E": {"D": 6, "F": 9},
		"F": {"A": 14, "C": 2, "E": 9},
	}
	dist := dijkstra(g, "A")
	fmt.Println(dist)
	nodes := make([]string, 0, len(dist))
	for n := range dist {
		nodes = append(nodes, n)
	}
	// Ties (equal distances) are broken by name: map order is random.
	sort.Slice(nodes, func(i, j int) bool {
		if dist[nodes[i]] != dist[nodes[j]] {
			return dist[nodes[i]] < dist[nodes[j]]
		}
		return nodes[i] < nodes[j]
	})
	fmt.Println(nodes)

	h := &heap{}
	for _, v := range []int{5, 3, 8, 1, 9, 2, 7} {
		h.push(item{fmt.Sprint(v), v})
	}
	for len(*h) > 0 {
		fmt.Print(h.pop().dist, " ")
	}
	fmt.Println()
}
