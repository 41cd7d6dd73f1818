package os

import "syscall"

// Getenv returns the value of the environment variable key, or "" if it
// is not set (use LookupEnv to tell the difference).
func Getenv(key string) string {
	v, _ := syscall.Getenv(key)
	return v
}

// LookupEnv returns the value of the environment variable key and whether
// it is set.
func LookupEnv(key string) (string, bool) {
	return syscall.Getenv(key)
}

// Setenv sets the environment variable key to value.
func Setenv(key, value string) error {
	// NewSyscallError passes a nil error through.
	return NewSyscallError("setenv", syscall.Setenv(key, value))
}

// Unsetenv removes the environment variable key.
func Unsetenv(key string) error {
	return syscall.Unsetenv(key)
}

// Clearenv removes all environment variables.
func Clearenv() {
	syscall.Clearenv()
}

// Environ returns a copy of the environment as "key=value" strings.
func Environ() []string {
	return syscall.Environ()
}

// ExpandEnv replaces ${var} and $var in s with the values of the
// environment variables (empty for unset ones).
func ExpandEnv(s string) string {
	return Expand(s, Getenv)
}

// Expand replaces ${var} and $var in s using mapping. A $ followed by
// something that is not a name is kept; "${}" and an unterminated "${"
// are dropped.
func Expand(s string, mapping func(string) string) string {
	var out []byte // nil until the first '$' that is not last
	done := 0      // s[:done] is already dealt with
	for k := 0; k+1 < len(s); k++ {
		if s[k] != '$' {
			continue
		}
		if out == nil {
			out = make([]byte, 0, 2*len(s))
		}
		out = append(out, s[done:k]...)
		name, size := shellName(s[k+1:])
		switch {
		case name != "":
			out = append(out, mapping(name)...)
		case size == 0:
			out = append(out, '$') // not a reference: the dollar stays
		}
		// (A malformed reference, with a size but no name, is dropped.)
		k += size
		done = k + 1
	}
	if out == nil {
		return s
	}
	return string(append(out, s[done:]...))
}

// isShellSpecial reports whether c is a one-character shell variable name
// ($*, $#, $1, ...).
func isShellSpecial(c uint8) bool {
	if c >= '0' && c <= '9' {
		return true
	}
	for _, special := range []byte("*#$@!?-") {
		if c == special {
			return true
		}
	}
	return false
}

func isAlphaNum(c uint8) bool {
	lower := c | 0x20 // folds ASCII upper case onto lower case
	return c == '_' || (c >= '0' && c <= '9') || (lower >= 'a' && lower <= 'z')
}

// shellName returns the variable name at the start of s (after a '$') and
// how many bytes it takes up.
func shellName(s string) (string, int) {
	if s[0] != '{' {
		if isShellSpecial(s[0]) {
			return s[:1], 1
		}
		n := 0
		for n < len(s) && isAlphaNum(s[n]) {
			n++
		}
		return s[:n], n
	}
	if len(s) > 2 && isShellSpecial(s[1]) && s[2] == '}' {
		return s[1:2], 3
	}
	end := 1
	for end < len(s) && s[end] != '}' {
		end++
	}
	switch {
	case end == len(s):
		return "", 1 // "${" never closed: only it is dropped
	case end == 1:
		return "", 2 // "${}"
	}
	return s[1:end], end + 1
}
