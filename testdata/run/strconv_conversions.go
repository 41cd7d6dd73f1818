// Tests strconv: Itoa, Atoi errors, ParseInt with bases and bit sizes, ParseFloat, FormatInt, Quote, ParseBool.
package main

import (
	"errors"
	"fmt"
	"strconv"
)

func main() {
	fmt.Println(strconv.Itoa(-1234), strconv.Itoa(0))
	for _, s := range []string{"42", "-7", "+3", "abc", "", "99999999999999999999", "1_000", " 5"} {
		n, err := strconv.Atoi(s)
		if err != nil {
			fmt.Printf("Atoi(%q): %v\n", s, err)
			var ne *strconv.NumError
			if errors.As(err, &ne) {
				fmt.Println("  func", ne.Func, "num", strconv.Quote(ne.Num), "err", ne.Err, errors.Is(err, strconv.ErrRange))
			}
			continue
		}
		fmt.Printf("Atoi(%q) = %d\n", s, n)
	}

	for _, c := range []struct {
		s    string
		base int
		bits int
	}{{"ff", 16, 64}, {"-101", 2, 8}, {"0x1F", 0, 64}, {"0o17", 0, 64}, {"0b11", 0, 64}, {"200", 10, 8}, {"z", 36, 64}, {"1_000", 0, 64}} {
		v, err := strconv.ParseInt(c.s, c.base, c.bits)
		fmt.Println(c.s, c.base, c.bits, "->", v, err)
	}
	u, err := strconv.ParseUint("18446744073709551615", 10, 64)
	fmt.Println(u, err)
	_, err = strconv.ParseUint("-1", 10, 64)
	fmt.Println(err)

	for _, s := range []string{"3.14", "1e10", "-0", "inf", "NaN", "1e400", "0x1p-2", ".5", "abc"} {
		f, err := strconv.ParseFloat(s, 64)
		fmt.Println(s, f, err)
	}

	fmt.Println(strconv.FormatInt(-255, 16), strconv.FormatInt(255, 2), strconv.FormatUint(1<<63, 36))
	fmt.Println(strconv.FormatFloat(3.14159, 'f', 2, 64), strconv.FormatFloat(1e21, 'g', -1, 64), strconv.FormatFloat(0.000001234, 'e', 3, 64))
	fmt.Println(strconv.FormatFloat(2.5, 'f', -1, 32), strconv.FormatFloat(1.0/3, 'g', 5, 64))
	fmt.Println(strconv.Quote("hi\n\"there\"\t☺"), strconv.QuoteToASCII("☺ é"), strconv.QuoteRune('☺'))
	uq, err := strconv.Unquote(`"a\tb\u00e9"`)
	fmt.Printf("%q %v\n", uq, err)
	_, err = strconv.Unquote(`"unterminated`)
	fmt.Println(err)
	for _, s := range []string{"true", "T", "0", "yes"} {
		b, err := strconv.ParseBool(s)
		fmt.Println(s, b, err)
	}
	fmt.Println(strconv.FormatBool(false), strconv.AppendInt([]byte("n="), 42, 10), string(strconv.AppendQuote(nil, "q")))
}
