// Tests strings.Builder: WriteString, WriteByte, WriteRune, Fprintf into a builder, Len, Reset and Grow.
package main

import (
	"fmt"
	"strings"
)

func table(rows [][]string) string {
	var b strings.Builder
	for i, row := range rows {
		for j, cell := range row {
			if j > 0 {
				b.WriteString(" | ")
			}
			fmt.Fprintf(&b, "%-6s", cell)
		}
		b.WriteByte('\n')
		if i == 0 {
			b.WriteString(strings.Repeat("=", 6*len(row)+3*(len(row)-1)))
			b.WriteRune('\n')
		}
	}
	return b.String()
}

func main() {
	var b strings.Builder
	fmt.Println(b.Len(), b.String() == "")
	b.Grow(64)
	n, err := b.WriteString("héllo")
	fmt.Println(n, err, b.Len())
	b.WriteRune('→')
	b.WriteByte(' ')
	b.Write([]byte{'o', 'k'})
	fmt.Println(b.String(), b.Len())
	s1 := b.String()
	b.WriteString("!")
	fmt.Println(s1, b.String())
	b.Reset()
	fmt.Println(b.Len(), b.String() == "")
	fmt.Print(table([][]string{{"name", "qty"}, {"apple", "3"}, {"kiwi", "12"}}))
}
