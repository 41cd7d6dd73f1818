// Tests run-length encoding and decoding with counts, round-trip checks on rune strings and malformed input errors.
package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"
)

func encode(s string) string {
	var b strings.Builder
	rs := []rune(s)
	for i := 0; i < len(rs); {
		j := i
		for j < len(rs) && rs[j] == rs[i] {
			j++
		}
		b.WriteString(strconv.Itoa(j - i))
		b.WriteRune(rs[i])
		i = j
	}
	return b.String()
}

func decode(s string) (string, error) {
	var b strings.Builder
	n := 0
	haveDigits := false
	for _, r := range s {
		if r >= '0' && r <= '9' {
			n = n*10 + int(r-'0')
			haveDigits = true
			continue
		}
		if !haveDigits {
			return "", fmt.Errorf("missing count before %q", r)
		}
		b.WriteString(strings.Repeat(string(r), n))
		n, haveDigits = 0, false
	}
	if haveDigits {
		return "", errors.New("dangling count at end")
	}
	return b.String(), nil
}

func main() {
	inputs := []string{"aaabccddddde", "", "abc", "zzzzzzzzzzzz", "ééé日日x", "  __"}
	for _, in := range inputs {
		enc := encode(in)
		dec, err := decode(enc)
		fmt.Printf("%-14q -> %-16q roundtrip=%t err=%v runes=%d\n", in, enc, dec == in, err, utf8.RuneCountInString(in))
	}
	for _, bad := range []string{"3a2", "a3", "10x2y", "0a"} {
		out, err := decode(bad)
		fmt.Printf("decode(%q) = %q, %v\n", bad, out, err)
	}
}
