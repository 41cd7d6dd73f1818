// Tests slice-based arbitrary-precision arithmetic: factorials, powers of two and Fibonacci with base-10^9 limbs.
package main

import (
	"fmt"
	"strings"
)

type Big []uint32 // little-endian base 1e9

const base = 1_000_000_000

func fromInt(n uint64) Big {
	if n == 0 {
		return Big{0}
	}
	var b Big
	for n > 0 {
		b = append(b, uint32(n%base))
		n /= base
	}
	return b
}

func (a Big) MulSmall(k uint32) Big {
	out := make(Big, 0, len(a)+1)
	var carry uint64
	for _, d := range a {
		v := uint64(d)*uint64(k) + carry
		out = append(out, uint32(v%base))
		carry = v / base
	}
	for carry > 0 {
		out = append(out, uint32(carry%base))
		carry /= base
	}
	return out
}

func (a Big) Add(b Big) Big {
	if len(a) < len(b) {
		a, b = b, a
	}
	out := make(Big, 0, len(a)+1)
	var carry uint32
	for i := range a {
		v := a[i] + carry
		if i < len(b) {
			v += b[i]
		}
		carry = 0
		if v >= base {
			v -= base
			carry = 1
		}
		out = append(out, v)
	}
	if carry > 0 {
		out = append(out, carry)
	}
	return out
}

func (a Big) String() string {
	var sb strings.Builder
	sb.WriteString(fmt.Sprint(a[len(a)-1]))
	for i := len(a) - 2; i >= 0; i-- {
		sb.WriteString(fmt.Sprintf("%09d", a[i]))
	}
	return sb.String()
}

func digitSum(s string) int {
	t := 0
	for _, c := range s {
		t += int(c - '0')
	}
	return t
}

func main() {
	f := fromInt(1)
	for i := uint32(1); i <= 50; i++ {
		f = f.MulSmall(i)
		if i%10 == 0 {
			fmt.Printf("%d! = %v\n", i, f)
		}
	}
	f = fromInt(1)
	for i := uint32(1); i <= 100; i++ {
		f = f.MulSmall(i)
	}
	s := f.String()
	fmt.Println("100! has", len(s), "digits, digit sum", digitSum(s))

	p := fromInt(1)
	for range 128 {
		p = p.MulSmall(2)
	}
	fmt.Println("2^128 =", p)

	a, b := fromInt(0), fromInt(1)
	for range 200 {
		a, b = b, a.Add(b)
	}
	fmt.Println("fib(200) =", a)
	fmt.Println(fromInt(18446744073709551615).MulSmall(3))
}
