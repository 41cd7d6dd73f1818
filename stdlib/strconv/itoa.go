package strconv

const digits = "0123456789abcdefghijklmnopqrstuvwxyz"

// FormatUint returns i in the given base (2 to 36), with lower case
// letters for digits above 9.
func FormatUint(i uint64, base int) string {
	return string(appendBits(nil, i, base, false))
}

// FormatInt returns i in the given base (2 to 36), with lower case letters
// for digits above 9.
func FormatInt(i int64, base int) string {
	if i < 0 {
		return string(appendBits(nil, uint64(-i), base, true))
	}
	return string(appendBits(nil, uint64(i), base, false))
}

// Itoa is FormatInt(int64(i), 10).
func Itoa(i int) string {
	return FormatInt(int64(i), 10)
}

// AppendInt appends FormatInt(i, base) to dst.
func AppendInt(dst []byte, i int64, base int) []byte {
	if i < 0 {
		return appendBits(dst, uint64(-i), base, true)
	}
	return appendBits(dst, uint64(i), base, false)
}

// AppendUint appends FormatUint(i, base) to dst.
func AppendUint(dst []byte, i uint64, base int) []byte {
	return appendBits(dst, i, base, false)
}

// appendBits appends u in base, preceded by '-' if neg.
func appendBits(dst []byte, u uint64, base int, neg bool) []byte {
	if base < 2 || base > len(digits) {
		panic("strconv: illegal AppendInt/FormatInt base")
	}
	var buf [64 + 1]byte // enough for base 2 and a sign
	i := len(buf)
	b := uint64(base)
	for u >= b {
		i--
		q := u / b
		buf[i] = digits[u-q*b]
		u = q
	}
	i--
	buf[i] = digits[u]
	if neg {
		i--
		buf[i] = '-'
	}
	return append(dst, buf[i:]...)
}
