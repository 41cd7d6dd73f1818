// Tests error wrapping with %w, errors.Is/As/Unwrap/Join, sentinel errors and custom Is/Unwrap methods.
package main

import (
	"errors"
	"fmt"
	"os"
)

var ErrNotFound = errors.New("not found")
var ErrPermission = errors.New("permission denied")

type QueryError struct {
	Query string
	Err   error
}

func (e *QueryError) Error() string { return "query " + e.Query + ": " + e.Err.Error() }
func (e *QueryError) Unwrap() error { return e.Err }

type TempErr struct{ code int }

func (t TempErr) Error() string        { return fmt.Sprintf("temporary (%d)", t.code) }
func (t TempErr) Is(target error) bool { return target == ErrRetry }

var ErrRetry = errors.New("retry")

func lookup(key string) error {
	switch key {
	case "missing":
		return &QueryError{key, ErrNotFound}
	case "secret":
		return fmt.Errorf("lookup %q: %w", key, &QueryError{key, ErrPermission})
	case "flaky":
		return fmt.Errorf("layer2: %w", fmt.Errorf("layer1: %w", TempErr{503}))
	}
	return nil
}

func main() {
	for _, k := range []string{"ok", "missing", "secret", "flaky"} {
		err := lookup(k)
		fmt.Printf("%s: %v\n", k, err)
		fmt.Println("  is NotFound:", errors.Is(err, ErrNotFound),
			"is Permission:", errors.Is(err, ErrPermission),
			"is Retry:", errors.Is(err, ErrRetry))
		var qe *QueryError
		if errors.As(err, &qe) {
			fmt.Println("  QueryError for", qe.Query)
		}
		var te TempErr
		if errors.As(err, &te) {
			fmt.Println("  TempErr code", te.code)
		}
	}

	e1 := fmt.Errorf("outer: %w", ErrNotFound)
	fmt.Println(errors.Unwrap(e1) == ErrNotFound, errors.Unwrap(ErrNotFound) == nil)

	// %v does not wrap.
	e2 := fmt.Errorf("no wrap: %v", ErrNotFound)
	fmt.Println(e2, errors.Is(e2, ErrNotFound))

	// Multiple %w.
	e3 := fmt.Errorf("both: %w and %w", ErrNotFound, ErrPermission)
	fmt.Println(e3, errors.Is(e3, ErrNotFound), errors.Is(e3, ErrPermission), errors.Unwrap(e3) == nil)

	// errors.Join.
	j := errors.Join(ErrNotFound, nil, TempErr{1})
	fmt.Println(j)
	fmt.Println(errors.Is(j, ErrRetry), errors.Join(nil, nil) == nil)

	// Errors from the os package.
	_, err := os.Open("/definitely/not/a/real/file")
	fmt.Println(err, errors.Is(err, os.ErrNotExist))

	// Comparing errors.New values: distinct even with the same text.
	fmt.Println(errors.New("x") == errors.New("x"), ErrNotFound == ErrNotFound)
}
