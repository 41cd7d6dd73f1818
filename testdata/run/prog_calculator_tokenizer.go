// Tests a small tokenizer and recursive-descent calculator with precedence, parentheses, unary minus and errors.
package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

type Token struct {
	Kind string
	Text string
}

func tokenize(src string) ([]Token, error) {
	var toks []Token
	for i := 0; i < len(src); {
		c := src[i]
		switch {
		case c == ' ':
			i++
		case c >= '0' && c <= '9':
			j := i
			for j < len(src) && (src[j] >= '0' && src[j] <= '9' || src[j] == '.') {
				j++
			}
			toks = append(toks, Token{"num", src[i:j]})
			i = j
		case strings.ContainsRune("+-*/()", rune(c)):
			toks = append(toks, Token{"op", string(c)})
			i++
		default:
			return nil, fmt.Errorf("unexpected %q at %d", c, i)
		}
	}
	return toks, nil
}

type Parser struct {
	toks []Token
	pos  int
}

func (p *Parser) peek() string {
	if p.pos < len(p.toks) {
		return p.toks[p.pos].Text
	}
	return ""
}

func (p *Parser) expr() (float64, error) {
	v, err := p.term()
	for err == nil && (p.peek() == "+" || p.peek() == "-") {
		op := p.toks[p.pos].Text
		p.pos++
		var r float64
		r, err = p.term()
		if op == "+" {
			v += r
		} else {
			v -= r
		}
	}
	return v, err
}

func (p *Parser) term() (float64, error) {
	v, err := p.factor()
	for err == nil && (p.peek() == "*" || p.peek() == "/") {
		op := p.toks[p.pos].Text
		p.pos++
		var r float64
		r, err = p.factor()
		if op == "*" {
			v *= r
		} else if r == 0 {
			err = errors.New("division by zero")
		} else {
			v /= r
		}
	}
	return v, err
}

func (p *Parser) factor() (float64, error) {
	if p.pos >= len(p.toks) {
		return 0, errors.New("unexpected end")
	}
	t := p.toks[p.pos]
	p.pos++
	switch {
	case t.Text == "-":
		v, err := p.factor()
		return -v, err
	case t.Text == "(":
		v, err := p.expr()
		if err == nil && p.peek() != ")" {
			err = errors.New("missing )")
		}
		p.pos++
		return v, err
	case t.Kind == "num":
		return strconv.ParseFloat(t.Text, 64)
	}
	return 0, fmt.Errorf("unexpected token %q", t.Text)
}

func eval(src string) (float64, error) {
	toks, err := tokenize(src)
	if err != nil {
		return 0, err
	}
	p := &Parser{toks: toks}
	v, err := p.expr()
	if err == nil && p.pos < len(toks) {
		err = fmt.Errorf("trailing %q", p.peek())
	}
	return v, err
}

func main() {
	for _, src := range []string{"1 + 2 * 3", "(1 + 2) * 3", "-4 + 10 / 4", "2 * (3 + (4 - 1)) / 3",
		"1.5 * 4", "1 / 0", "2 +", "(1 + 2", "3 $ 4", "1 2"} {
		v, err := eval(src)
		if err != nil {
			fmt.Printf("%-22s error: %v\n", src, err)
			continue
		}
		fmt.Printf("%-22s = %g\n", src, v)
	}
}
