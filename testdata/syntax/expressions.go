// Precedence, unary operators, conversions, method values, literals of every form.
package expressions

import "unsafe"

type S struct{ f []int }

func (s S) M(x int) int { return x }

func exprs(p *S, xs []int) {
	_ = 1 + 2*3 - 4/5%6<<1>>2&7&^8
	_ = a || b && c == d || !e
	_ = -x * ^y + <-ch
	_ = *p
	_ = &S{f: xs[1:2]}
	_ = xs[:]
	_ = xs[1:2:3]
	_ = []byte("str")
	_ = (*S)(p)
	_ = (func())(nil)
	_ = S.M
	_ = (*S).M
	_ = p.M
	_ = map[string]int{"a": 1, "b": 2}
	_ = [...]string{0: "a", 5: "b"}
	_ = [][]int{{1}, {2, 3}}
	_ = struct{ x, y int }{1, 2}
	_ = interface{ M(int) int }(nil)
	_ = chan int(nil)
	_ = <-chan int(nil)
	_ = func(a, b int, c ...string) (int, error) { return 0, nil }
	_ = 0x1F + 0o17 + 017 + 0b101 + 1_000
	_ = 1.5e3 + .5 + 1. + 0x1p-2 + 2i
	_ = 'a' + '\n' + '\x00' + '\u00e9'
	_ = "s\t" + `raw
string`
	_ = unsafe.Sizeof(p)
	_ = any(nil).(interface{ M(int) int })
	_ = make(map[string][]int, 10)
	_ = new(*[]int)
	f(xs...)
}
