package os

import (
	"errors"
	"syscall"
)

// Args holds the command-line arguments, starting with the program name.
var Args []string

// runtime_args returns the command line of the program. (Native.)
func runtime_args() []string

// runtime_rand returns a random number. (Native.)
func runtime_rand() uint64

func init() {
	Args = runtime_args()
}

// Exit ends the program at once with the given status (0 for success);
// deferred functions are not run.
func Exit(code int) {
	syscall.Exit(code)
}

// Signal is an operating system signal.
type Signal interface {
	String() string
	Signal() // distinguishes signals from other Stringers
}

// Signals that exist on all systems.
var (
	Interrupt Signal = syscall.SIGINT
	Kill      Signal = syscall.SIGKILL
)

// Getpid returns the process id.
func Getpid() int { return syscall.Getpid() }

// Getppid returns the parent's process id.
func Getppid() int { return syscall.Getppid() }

// Getuid returns the user id.
func Getuid() int { return syscall.Getuid() }

// Geteuid returns the effective user id.
func Geteuid() int { return syscall.Geteuid() }

// Getgid returns the group id.
func Getgid() int { return syscall.Getgid() }

// Getegid returns the effective group id.
func Getegid() int { return syscall.Getegid() }

// Getgroups returns the supplementary group ids. gorun reports none.
func Getgroups() ([]int, error) {
	return []int{}, nil
}

// Getpagesize returns the memory page size.
func Getpagesize() int { return syscall.Getpagesize() }

// Getwd returns the current directory as an absolute path.
func Getwd() (dir string, err error) {
	dir, err = syscall.Getwd()
	if err != nil {
		return "", NewSyscallError("getwd", err)
	}
	return dir, nil
}

// Chdir changes the current directory.
func Chdir(dir string) error {
	if err := syscall.Chdir(dir); err != nil {
		return &PathError{Op: "chdir", Path: dir, Err: err}
	}
	return nil
}

// Hostname returns the host name of the machine.
func Hostname() (name string, err error) {
	b, err := ReadFile("/proc/sys/kernel/hostname")
	if err != nil {
		return "", err
	}
	for len(b) > 0 && (b[len(b)-1] == '\n' || b[len(b)-1] == 0) {
		b = b[:len(b)-1]
	}
	return string(b), nil
}

// Executable returns the path of the running executable.
func Executable() (string, error) {
	return Readlink("/proc/self/exe")
}

// TempDir returns the directory for temporary files: $TMPDIR, or /tmp.
func TempDir() string {
	if dir := Getenv("TMPDIR"); dir != "" {
		return dir
	}
	return "/tmp"
}

// UserHomeDir returns the user's home directory ($HOME).
func UserHomeDir() (string, error) {
	v := Getenv("HOME")
	if v == "" {
		return "", errors.New("$HOME is not defined")
	}
	return v, nil
}

// UserCacheDir returns the directory for user cache data:
// $XDG_CACHE_HOME, or $HOME/.cache.
func UserCacheDir() (string, error) {
	return xdgDir("XDG_CACHE_HOME", ".cache")
}

// xdgDir returns the directory named by the environment variable key,
// which must be absolute, or if it is unset $HOME/fallback.
func xdgDir(key, fallback string) (string, error) {
	if dir := Getenv(key); dir != "" {
		if dir[0] != '/' {
			return "", errors.New("path in $" + key + " is relative")
		}
		return dir, nil
	}
	home := Getenv("HOME")
	if home == "" {
		return "", errors.New("neither $" + key + " nor $HOME are defined")
	}
	return home + "/" + fallback, nil
}

// UserConfigDir returns the directory for user configuration data:
// $XDG_CONFIG_HOME, or $HOME/.config.
func UserConfigDir() (string, error) {
	return xdgDir("XDG_CONFIG_HOME", ".config")
}
