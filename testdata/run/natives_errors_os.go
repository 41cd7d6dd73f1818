// Tests errors.As (its natives check the target and assign the error), and the
// environment natives behind os.Getenv, Setenv, Unsetenv, LookupEnv and Environ.
package main

import (
	"errors"
	"fmt"
	"os"
	"strings"
)

type codeErr struct{ code int }

func (e codeErr) Error() string { return fmt.Sprintf("code %d", e.code) }

type ptrErr struct{ msg string }

func (e *ptrErr) Error() string { return "ptr: " + e.msg }

type wrapped struct {
	msg string
	err error
}

func (w wrapped) Error() string { return w.msg + ": " + w.err.Error() }
func (w wrapped) Unwrap() error { return w.err }

type timeout interface{ Timeout() bool }

type netErr struct{}

func (netErr) Error() string { return "net" }
func (netErr) Timeout() bool { return true }

func main() {
	base := codeErr{404}
	err := wrapped{"outer", wrapped{"inner", base}}
	var ce codeErr
	fmt.Println(errors.As(err, &ce), ce.code)

	var pe *ptrErr
	fmt.Println(errors.As(err, &pe), pe == nil)
	err2 := wrapped{"w", &ptrErr{"boom"}}
	fmt.Println(errors.As(err2, &pe), pe.msg)

	var te timeout
	fmt.Println(errors.As(wrapped{"x", netErr{}}, &te), te != nil && te.Timeout())

	var anyErr error
	fmt.Println(errors.As(err, &anyErr), anyErr.Error())
	fmt.Println(errors.As(nil, &ce))

	joined := errors.Join(errors.New("a"), codeErr{7})
	var c2 codeErr
	fmt.Println(errors.As(joined, &c2), c2.code)
	fmt.Println(errors.Is(err, base), errors.Unwrap(err) != nil)

	// Environment.
	os.Setenv("GORUN_NATIVES_TEST", "value=1")
	v, ok := os.LookupEnv("GORUN_NATIVES_TEST")
	fmt.Println(v, ok, os.Getenv("GORUN_NATIVES_TEST"))
	os.Setenv("GORUN_NATIVES_TEST", "two")
	fmt.Println(os.Getenv("GORUN_NATIVES_TEST"))
	found := 0
	for _, kv := range os.Environ() {
		if strings.HasPrefix(kv, "GORUN_NATIVES_TEST=") {
			found++
			fmt.Println(kv)
		}
	}
	fmt.Println(found)
	os.Unsetenv("GORUN_NATIVES_TEST")
	v, ok = os.LookupEnv("GORUN_NATIVES_TEST")
	fmt.Printf("%q %v\n", v, ok)
	_, ok = os.LookupEnv("GORUN_SURELY_UNSET_VARIABLE")
	fmt.Println(ok, os.Getenv("GORUN_SURELY_UNSET_VARIABLE") == "")
	fmt.Println(os.Setenv("", "x") != nil, os.Setenv("A=B", "x") != nil)
	fmt.Println(os.ExpandEnv("[$GORUN_SURELY_UNSET_VARIABLE]"), os.Getpid() > 0, os.Getuid() >= 0)

	// A bad target panics.
	fmt.Println("before")
	var notPtr codeErr
	errors.As(err, notPtr)
}
