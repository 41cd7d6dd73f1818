// Tests GODEBUG=panicnil=1 from the environment (later entries win; unknown names and malformed entries are ignored).
package main

import (
	"errors"
	"fmt"
	"runtime"
)

func main() {
	defer func() {
		r := recover()
		var pne *runtime.PanicNilError
		err, _ := r.(error)
		fmt.Println(r == nil, errors.As(err, &pne))
	}()
	panic(nil)
}
