package syscall

// getenv returns the value of the environment variable key. (Native.)
func getenv(key string) (value string, found bool)

// setenv sets the environment variable key. (Native.)
func setenv(key, value string)

// unsetenv removes the environment variable key. (Native.)
func unsetenv(key string)

// Clearenv removes all environment variables. (Native.)
func Clearenv()

// Environ returns a copy of the environment as "key=value" strings.
// (Native.)
func Environ() []string

// Getenv returns the value of the environment variable key and whether it
// is set.
func Getenv(key string) (value string, found bool) {
	return getenv(key)
}

// Setenv sets the environment variable key to value. Keys must be
// non-empty and contain no '=' or NUL; values must contain no NUL.
func Setenv(key, value string) error {
	if len(key) == 0 {
		return EINVAL
	}
	for i := 0; i < len(key); i++ {
		if key[i] == '=' || key[i] == 0 {
			return EINVAL
		}
	}
	for i := 0; i < len(value); i++ {
		if value[i] == 0 {
			return EINVAL
		}
	}
	setenv(key, value)
	return nil
}

// Unsetenv removes the environment variable key.
func Unsetenv(key string) error {
	unsetenv(key)
	return nil
}
