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
	if err := syscall.Setenv(key, value); err != nil {
		return NewSyscallError("setenv", err)
	}
	return nil
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
	var buf []byte
	i := 0
	for j := 0; j < len(s); j++ {
		if s[j] == '$' && j+1 < len(s) {
			if buf == nil {
				buf = make([]byte, 0, 2*len(s))
			}
			buf = append(buf, s[i:j]...)
			name, w := shellName(s[j+1:])
			if name == "" && w > 0 {
				// Bad syntax: drop it.
			} else if name == "" {
				buf = append(buf, s[j])
			} else {
				buf = append(buf, mapping(name)...)
			}
			j += w
			i = j + 1
		}
	}
	if buf == nil {
		return s
	}
	return string(buf) + s[i:]
}

// isShellSpecial reports whether c is a one-character shell variable name
// ($*, $#, $1, ...).
func isShellSpecial(c uint8) bool {
	switch c {
	case '*', '#', '$', '@', '!', '?', '-', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9':
		return true
	}
	return false
}

func isAlphaNum(c uint8) bool {
	return c == '_' || '0' <= c && c <= '9' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
}

// shellName returns the variable name at the start of s (after a '$') and
// how many bytes it takes up.
func shellName(s string) (string, int) {
	switch {
	case s[0] == '{':
		if len(s) > 2 && isShellSpecial(s[1]) && s[2] == '}' {
			return s[1:2], 3
		}
		for i := 1; i < len(s); i++ {
			if s[i] == '}' {
				if i == 1 {
					return "", 2 // "${}"
				}
				return s[1:i], i + 1
			}
		}
		return "", 1 // unterminated "${"
	case isShellSpecial(s[0]):
		return s[0:1], 1
	}
	i := 0
	for i < len(s) && isAlphaNum(s[i]) {
		i++
	}
	return s[:i], i
}
