// Package atomic is gorun's implementation of Go's sync/atomic package:
// atomic operations on integers and values, as functions and as the types
// Bool, Int32, Int64, Uint32, Uint64, Uintptr, Pointer and Value.
//
// Native functions: Load*, Store*, CompareAndSwap* and Add* for int32,
// int64, uint32, uint64 and uintptr (20), and loadAny, storeAny, swapAny,
// casAny and sameType. Swap, And and Or are built in Go from
// CompareAndSwap. The unsafe.Pointer functions (LoadPointer and so on) are
// not provided, as gorun has no package unsafe.
package atomic

// noCopy marks a struct that must not be copied after first use (go vet's
// copylocks check looks for the Lock method).
type noCopy struct{}

func (*noCopy) Lock()   {}
func (*noCopy) Unlock() {}
