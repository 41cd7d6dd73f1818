// Tests that GOGC, GOMEMLIMIT and GOMAXPROCS from the environment are the initial settings runtime/debug reports.
package main

import (
	"fmt"
	"runtime"
	"runtime/debug"
)

func main() {
	fmt.Println("gc percent:", debug.SetGCPercent(50), debug.SetGCPercent(-5), debug.SetGCPercent(100))
	fmt.Println("mem limit:", debug.SetMemoryLimit(-1), debug.SetMemoryLimit(1<<30), debug.SetMemoryLimit(-1))
	fmt.Println("max stack:", debug.SetMaxStack(1<<20), debug.SetMaxStack(1<<30))
	fmt.Println("max threads:", debug.SetMaxThreads(500), debug.SetMaxThreads(10000))
	fmt.Println("gomaxprocs:", runtime.GOMAXPROCS(3), runtime.GOMAXPROCS(0), runtime.GOMAXPROCS(-1))
	fmt.Println("panic on fault:", debug.SetPanicOnFault(true), debug.SetPanicOnFault(false))
	debug.SetTraceback("none")
	panic("boom")
}
