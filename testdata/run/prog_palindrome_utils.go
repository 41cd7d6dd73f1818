// Tests string utilities: rune-aware reverse, normalized palindrome check, longest palindromic substring, and anagrams.
package main

import (
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"
)

func reverse(s string) string {
	rs := []rune(s)
	slices.Reverse(rs)
	return string(rs)
}

func normalize(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r > utf8.RuneSelf {
			b.WriteRune(r)
		}
	}
	return b.String()
}

func isPalindrome(s string) bool {
	n := normalize(s)
	return n == reverse(n)
}

func longestPalindrome(s string) string {
	best := ""
	for c := 0; c < len(s); c++ {
		for _, w := range [2]int{0, 1} {
			l, r := c, c+w
			for l >= 0 && r < len(s) && s[l] == s[r] {
				l--
				r++
			}
			if r-l-1 > len(best) {
				best = s[l+1 : r]
			}
		}
	}
	return best
}

func isAnagram(a, b string) bool {
	ra, rb := []rune(normalize(a)), []rune(normalize(b))
	slices.Sort(ra)
	slices.Sort(rb)
	return slices.Equal(ra, rb)
}

func main() {
	for _, s := range []string{"racecar", "A man, a plan, a canal: Panama!", "hello", "", "été", "No 'x' in Nixon"} {
		fmt.Printf("%-34q rev=%q palindrome=%t\n", s, reverse(s), isPalindrome(s))
	}
	for _, s := range []string{"babad", "forgeeksskeegfor", "abacdfgdcaba", "x"} {
		fmt.Println(s, "->", longestPalindrome(s))
	}
	fmt.Println(isAnagram("Dormitory", "dirty room"), isAnagram("listen", "silence"), isAnagram("Ça", "aç"))
}
