// Tests strconv's natives (parseFloatPrefix behind ParseFloat, and FormatFloat) with the
// rest of the package's common functions.
package main

import (
	"fmt"
	"math"
	"strconv"
)

func main() {
	inputs := []string{"0", "-0", "3.14159", "1e10", "1E-7", ".5", "5.", "-.25e+2", "1_000.5", "0x1p-2", "0X1.8P3", "0x_ffp0",
		"Inf", "-infinity", "+INF", "nan", "NaN", "1e308", "1e309", "-1e400", "1e-400", "4.9e-324", "2.5e-324", "0.1", "0.30000000000000004",
		"3.4028235e38", "3.4028236e38", "1.401298464324817e-45", "123456789012345678901234567890", "", ".", "1e", "1e+", "abc", "1.5x", "0x1", "1__0", "_1", "++1", "- 1"}
	for _, s := range inputs {
		f64, err64 := strconv.ParseFloat(s, 64)
		f32, err32 := strconv.ParseFloat(s, 32)
		fmt.Printf("%-32q %-24v %016x %v | %v %v\n", s, f64, math.Float64bits(f64), err64, f32, err32)
	}

	values := []float64{0, math.Copysign(0, -1), 1, -1, 0.1, 1.0 / 3, 2.0 / 3, 123456.789, 1e21, 1e-7, 5e-324, math.MaxFloat64,
		float64(math.MaxFloat32), math.Inf(1), math.Inf(-1), math.NaN(), 100, 1e6, 12345678, 0.000012345, 9.999999, 0.5, 1.5, 2.5}
	fmts := []byte{'e', 'E', 'f', 'g', 'G', 'b', 'x', 'X'}
	for _, v := range values {
		for _, f := range fmts {
			fmt.Printf("%s|%s|%s|%s  ", strconv.FormatFloat(v, f, -1, 64), strconv.FormatFloat(v, f, 3, 64),
				strconv.FormatFloat(v, f, -1, 32), strconv.FormatFloat(v, f, 0, 32))
		}
		fmt.Println()
	}
	fmt.Println(strconv.FormatFloat(0.1, 'f', 30, 64), strconv.FormatFloat(1.0/3, 'e', 25, 32), strconv.FormatFloat(2, 'z', -1, 64))
	fmt.Println(string(strconv.AppendFloat([]byte("x="), 1.25, 'g', -1, 64)))

	// Integers, booleans, quoting.
	fmt.Println(strconv.Itoa(0), strconv.Itoa(-9876543210), strconv.FormatInt(-255, 16), strconv.FormatUint(1<<63, 2), strconv.FormatInt(35, 36))
	for _, s := range []string{"42", "-42", "+7", "0x1f", "9223372036854775808", "12a", "", " 1"} {
		n, err := strconv.Atoi(s)
		fmt.Println(n, err)
	}
	i64, err := strconv.ParseInt("-0b1010_1010", 0, 64)
	fmt.Println(i64, err)
	u, err := strconv.ParseUint("300", 10, 8)
	fmt.Println(u, err)
	b, err := strconv.ParseBool("TRUE")
	fmt.Println(b, err, strconv.FormatBool(false))
	fmt.Println(strconv.Quote("héllo\n\t\"world\"\x00\u2028"), strconv.QuoteToASCII("日本\a"), strconv.QuoteRune('☺'), strconv.QuoteRuneToASCII('\n'))
	uq, err := strconv.Unquote(`"a\tb\u00e9"`)
	fmt.Println(uq, err)
	_, err = strconv.Unquote(`"unterminated`)
	fmt.Println(err)
}
