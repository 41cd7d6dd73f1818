// Tests mutual recursion (even/odd, expression parser), tree recursion, and Ackermann/Hanoi.
package main

import "fmt"

func isEven(n int) bool {
	if n == 0 {
		return true
	}
	return isOdd(n - 1)
}

func isOdd(n int) bool {
	if n == 0 {
		return false
	}
	return isEven(n - 1)
}

// Recursive-descent parser: expr := term (('+'|'-') term)*; term := factor (('*'|'/') factor)*; factor := num | '(' expr ')' | '-' factor
type parser struct {
	s   string
	pos int
}

func (p *parser) peek() byte {
	for p.pos < len(p.s) && p.s[p.pos] == ' ' {
		p.pos++
	}
	if p.pos < len(p.s) {
		return p.s[p.pos]
	}
	return 0
}

func (p *parser) expr() int {
	v := p.term()
	for {
		switch p.peek() {
		case '+':
			p.pos++
			v += p.term()
		case '-':
			p.pos++
			v -= p.term()
		default:
			return v
		}
	}
}

func (p *parser) term() int {
	v := p.factor()
	for {
		switch p.peek() {
		case '*':
			p.pos++
			v *= p.factor()
		case '/':
			p.pos++
			v /= p.factor()
		default:
			return v
		}
	}
}

func (p *parser) factor() int {
	c := p.peek()
	switch {
	case c == '(':
		p.pos++
		v := p.expr()
		p.peek()
		p.pos++ // ')'
		return v
	case c == '-':
		p.pos++
		return -p.factor()
	}
	n := 0
	for p.pos < len(p.s) && p.s[p.pos] >= '0' && p.s[p.pos] <= '9' {
		n = n*10 + int(p.s[p.pos]-'0')
		p.pos++
	}
	return n
}

func hanoi(n int, from, to, via string, moves *[]string) {
	if n == 0 {
		return
	}
	hanoi(n-1, from, via, to, moves)
	*moves = append(*moves, from+"->"+to)
	hanoi(n-1, via, to, from, moves)
}

func ackermann(m, n int) int {
	switch {
	case m == 0:
		return n + 1
	case n == 0:
		return ackermann(m-1, 1)
	}
	return ackermann(m-1, ackermann(m, n-1))
}

func main() {
	for _, n := range []int{0, 1, 10, 77, 1000} {
		fmt.Println(n, isEven(n), isOdd(n))
	}
	for _, e := range []string{"1 + 2 * 3", "(1 + 2) * 3", "100 / 7 / 2", "-(4 - 10) * -2", "2*(3+(4-1))*5"} {
		p := &parser{s: e}
		fmt.Printf("%-16s = %d\n", e, p.expr())
	}
	var moves []string
	hanoi(4, "A", "C", "B", &moves)
	fmt.Println(len(moves), moves[:5])
	fmt.Println(ackermann(2, 3), ackermann(3, 3))
}
