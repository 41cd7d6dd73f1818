package strconv

import (
	"unicode"
	"unicode/utf8"
)

const lowerhex = "0123456789abcdef"

// appendQuoted appends s quoted with quote, escaping as Go would: with
// asciiOnly every non-ASCII rune is escaped, with graphicOnly non-ASCII
// spaces are kept as they are.
func appendQuoted(buf []byte, s string, quote byte, asciiOnly, graphicOnly bool) []byte {
	buf = append(buf, quote)
	for len(s) > 0 {
		r, width := rune(s[0]), 1
		if r >= utf8.RuneSelf {
			r, width = utf8.DecodeRuneInString(s)
		}
		if width == 1 && r == utf8.RuneError {
			buf = append(buf, '\\', 'x', lowerhex[s[0]>>4], lowerhex[s[0]&0xF])
		} else {
			buf = appendEscapedRune(buf, r, quote, asciiOnly, graphicOnly)
		}
		s = s[width:]
	}
	return append(buf, quote)
}

func appendQuotedRune(buf []byte, r rune, asciiOnly, graphicOnly bool) []byte {
	buf = append(buf, '\'')
	if !utf8.ValidRune(r) {
		r = utf8.RuneError
	}
	buf = appendEscapedRune(buf, r, '\'', asciiOnly, graphicOnly)
	return append(buf, '\'')
}

func appendEscapedRune(buf []byte, r rune, quote byte, asciiOnly, graphicOnly bool) []byte {
	if r == rune(quote) || r == '\\' {
		return append(buf, '\\', byte(r))
	}
	if asciiOnly {
		if r < utf8.RuneSelf && IsPrint(r) {
			return append(buf, byte(r))
		}
	} else if IsPrint(r) || graphicOnly && IsGraphic(r) {
		return utf8.AppendRune(buf, r)
	}
	switch r {
	case '\a':
		return append(buf, '\\', 'a')
	case '\b':
		return append(buf, '\\', 'b')
	case '\f':
		return append(buf, '\\', 'f')
	case '\n':
		return append(buf, '\\', 'n')
	case '\r':
		return append(buf, '\\', 'r')
	case '\t':
		return append(buf, '\\', 't')
	case '\v':
		return append(buf, '\\', 'v')
	}
	switch {
	case r < ' ' || r == 0x7F:
		return append(buf, '\\', 'x', lowerhex[byte(r)>>4], lowerhex[byte(r)&0xF])
	case !utf8.ValidRune(r):
		r = 0xFFFD
		fallthrough
	case r < 0x10000:
		buf = append(buf, '\\', 'u')
		for shift := 12; shift >= 0; shift -= 4 {
			buf = append(buf, lowerhex[r>>uint(shift)&0xF])
		}
		return buf
	default:
		buf = append(buf, '\\', 'U')
		for shift := 28; shift >= 0; shift -= 4 {
			buf = append(buf, lowerhex[r>>uint(shift)&0xF])
		}
		return buf
	}
}

// Quote returns s as a double-quoted Go string literal, using escapes
// (\t, \n, \xFF, \u0100) for control characters, non-printable runes (as
// IsPrint defines them) and invalid UTF-8 bytes.
func Quote(s string) string {
	return string(appendQuoted(nil, s, '"', false, false))
}

// AppendQuote appends Quote(s) to dst.
func AppendQuote(dst []byte, s string) []byte {
	return appendQuoted(dst, s, '"', false, false)
}

// QuoteToASCII is Quote, but escapes every non-ASCII rune too.
func QuoteToASCII(s string) string {
	return string(appendQuoted(nil, s, '"', true, false))
}

// AppendQuoteToASCII appends QuoteToASCII(s) to dst.
func AppendQuoteToASCII(dst []byte, s string) []byte {
	return appendQuoted(dst, s, '"', true, false)
}

// QuoteToGraphic is Quote, but leaves graphic runes (IsGraphic, which
// includes Unicode spaces) unescaped.
func QuoteToGraphic(s string) string {
	return string(appendQuoted(nil, s, '"', false, true))
}

// AppendQuoteToGraphic appends QuoteToGraphic(s) to dst.
func AppendQuoteToGraphic(dst []byte, s string) []byte {
	return appendQuoted(dst, s, '"', false, true)
}

// QuoteRune returns r as a single-quoted Go character literal; an invalid
// rune becomes '\ufffd' (U+FFFD).
func QuoteRune(r rune) string {
	return string(appendQuotedRune(nil, r, false, false))
}

// AppendQuoteRune appends QuoteRune(r) to dst.
func AppendQuoteRune(dst []byte, r rune) []byte {
	return appendQuotedRune(dst, r, false, false)
}

// QuoteRuneToASCII is QuoteRune, but escapes a non-ASCII rune too.
func QuoteRuneToASCII(r rune) string {
	return string(appendQuotedRune(nil, r, true, false))
}

// AppendQuoteRuneToASCII appends QuoteRuneToASCII(r) to dst.
func AppendQuoteRuneToASCII(dst []byte, r rune) []byte {
	return appendQuotedRune(dst, r, true, false)
}

// QuoteRuneToGraphic is QuoteRune, but leaves a graphic rune unescaped.
func QuoteRuneToGraphic(r rune) string {
	return string(appendQuotedRune(nil, r, false, true))
}

// AppendQuoteRuneToGraphic appends QuoteRuneToGraphic(r) to dst.
func AppendQuoteRuneToGraphic(dst []byte, r rune) []byte {
	return appendQuotedRune(dst, r, false, true)
}

// CanBackquote reports whether s can be written as a raw (backquoted)
// string literal: valid UTF-8 with no control characters other than tab,
// no backquote and no byte order mark.
func CanBackquote(s string) bool {
	for len(s) > 0 {
		r, width := utf8.DecodeRuneInString(s)
		s = s[width:]
		if width > 1 {
			if r == '\ufeff' {
				return false
			}
			continue
		}
		if r == utf8.RuneError {
			return false
		}
		if (r < ' ' && r != '\t') || r == '`' || r == 0x7F {
			return false
		}
	}
	return true
}

func unhex(b byte) (v rune, ok bool) {
	if b >= '0' && b <= '9' {
		return rune(b - '0'), true
	}
	if lower := b | 0x20; lower >= 'a' && lower <= 'f' {
		return rune(lower-'a') + 10, true
	}
	return 0, false
}

// hexRune reads n hex digits from the start of s.
func hexRune(s string, n int) (v rune, rest string, ok bool) {
	if len(s) < n {
		return 0, "", false
	}
	for _, b := range []byte(s[:n]) {
		d, isHex := unhex(b)
		if !isHex {
			return 0, "", false
		}
		v = v*16 + d
	}
	return v, s[n:], true
}

// simpleEscapes maps the letter of each one-letter escape to its value.
var simpleEscapes = map[byte]rune{
	'a': '\a', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t', 'v': '\v', '\\': '\\',
}

// UnquoteChar decodes the first character or escape sequence of the body
// of a quoted literal s (quote is the literal's quote character, or 0)
// and returns it, whether it must be encoded as UTF-8 (multibyte), and the
// rest of s. An unescaped quote character is an error.
func UnquoteChar(s string, quote byte) (value rune, multibyte bool, tail string, err error) {
	if s == "" {
		return 0, false, "", ErrSyntax
	}
	switch first := s[0]; {
	case first == quote && (quote == '\'' || quote == '"'):
		return 0, false, "", ErrSyntax // an unescaped closing quote
	case first >= utf8.RuneSelf:
		r, size := utf8.DecodeRuneInString(s)
		return r, true, s[size:], nil
	case first != '\\':
		return rune(first), false, s[1:], nil
	}
	if len(s) < 2 {
		return 0, false, "", ErrSyntax
	}
	kind, rest := s[1], s[2:]
	if r, ok := simpleEscapes[kind]; ok {
		return r, false, rest, nil
	}
	switch kind {
	case 'x':
		// A byte value, which need not be a rune by itself.
		if v, after, ok := hexRune(rest, 2); ok {
			return v, false, after, nil
		}
	case 'u', 'U':
		width := 4
		if kind == 'U' {
			width = 8
		}
		if v, after, ok := hexRune(rest, width); ok && utf8.ValidRune(v) {
			return v, true, after, nil
		}
	case '0', '1', '2', '3', '4', '5', '6', '7':
		// Three octal digits in all, at most 0377.
		if len(rest) < 2 {
			break
		}
		v := rune(kind - '0')
		for _, digit := range []byte(rest[:2]) {
			if digit < '0' || digit > '7' {
				return 0, false, "", ErrSyntax
			}
			v = v*8 + rune(digit-'0')
		}
		if v <= 255 {
			return v, false, rest[2:], nil
		}
	case '\'', '"':
		if kind == quote {
			return rune(kind), false, rest, nil
		}
	}
	return 0, false, "", ErrSyntax
}

// QuotedPrefix returns the quoted string literal (with its quotes) at the
// start of s, or ErrSyntax if s does not begin with a valid one.
func QuotedPrefix(s string) (string, error) {
	out, _, err := unquote(s, false)
	return out, err
}

// Unquote interprets s as a single-quoted, double-quoted or backquoted Go
// literal and returns the value it denotes. A single-quoted literal yields
// the one character it holds.
func Unquote(s string) (string, error) {
	out, rest, err := unquote(s, true)
	if len(rest) > 0 {
		return "", ErrSyntax
	}
	return out, err
}

func hasByte(s string, c byte) bool {
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			return true
		}
	}
	return false
}

// unquote reads the quoted literal at the start of in. With decode it
// returns the literal's value, otherwise its source text. rest is what
// follows it.
func unquote(in string, decode bool) (out, rest string, err error) {
	if len(in) < 2 {
		return "", in, ErrSyntax
	}
	quote := in[0]
	end := -1
	for i := 1; i < len(in); i++ {
		if in[i] == quote {
			end = i + 1 // just past the first closing quote candidate
			break
		}
	}
	if end < 0 {
		return "", in, ErrSyntax
	}
	switch quote {
	case '`':
		if !decode {
			out = in[:end]
		} else if !hasByte(in[:end], '\r') {
			out = in[1 : end-1]
		} else {
			// Carriage returns are dropped from raw literals.
			b := make([]byte, 0, end-2)
			for i := 1; i < end-1; i++ {
				if in[i] != '\r' {
					b = append(b, in[i])
				}
			}
			out = string(b)
		}
		return out, in[end:], nil
	case '"', '\'':
		body := in[1 : end-1]
		if !hasByte(body, '\\') && !hasByte(body, '\n') {
			// No escapes: the first closing quote is the real one.
			ok := false
			if quote == '"' {
				ok = utf8.ValidString(body)
			} else {
				r, size := utf8.DecodeRuneInString(body)
				ok = size == len(body) && size > 0 && (r != utf8.RuneError || size != 1)
			}
			if ok {
				if decode {
					return body, in[end:], nil
				}
				return in[:end], in[end:], nil
			}
		}
		var b []byte
		start := in
		in = in[1:]
		for len(in) > 0 && in[0] != quote {
			r, multibyte, tail, err := UnquoteChar(in, quote)
			if in[0] == '\n' || err != nil {
				return "", start, ErrSyntax
			}
			in = tail
			if decode {
				if r < utf8.RuneSelf || !multibyte {
					b = append(b, byte(r))
				} else {
					b = utf8.AppendRune(b, r)
				}
			}
			if quote == '\'' {
				// A character literal holds exactly one character.
				break
			}
		}
		if len(in) == 0 || in[0] != quote {
			return "", start, ErrSyntax
		}
		in = in[1:]
		if decode {
			return string(b), in, nil
		}
		return start[:len(start)-len(in)], in, nil
	}
	return "", in, ErrSyntax
}

// IsPrint reports whether r is printable as Go defines it: a letter, mark,
// number, punctuation, symbol or the ASCII space (the same as
// unicode.IsPrint).
func IsPrint(r rune) bool {
	if r < utf8.RuneSelf {
		return 0x20 <= r && r < 0x7F
	}
	return unicode.IsPrint(r)
}

// IsGraphic reports whether r is a graphic character: as IsPrint, plus
// Unicode space separators such as U+3000 (the same as unicode.IsGraphic).
func IsGraphic(r rune) bool {
	if r < utf8.RuneSelf {
		return 0x20 <= r && r < 0x7F
	}
	return unicode.IsGraphic(r)
}
