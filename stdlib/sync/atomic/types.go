package atomic

// Bool is an atomic boolean. The zero value is false.
type Bool struct {
	_ noCopy
	v uint32
}

func b32(b bool) uint32 {
	if b {
		return 1
	}
	return 0
}

// Load returns the value.
func (x *Bool) Load() bool { return LoadUint32(&x.v) != 0 }

// Store sets the value to val.
func (x *Bool) Store(val bool) { StoreUint32(&x.v, b32(val)) }

// Swap sets the value to new and returns the previous value.
func (x *Bool) Swap(new bool) (old bool) { return SwapUint32(&x.v, b32(new)) != 0 }

// CompareAndSwap sets the value to new if it is old, and reports whether
// it did.
func (x *Bool) CompareAndSwap(old, new bool) (swapped bool) {
	return CompareAndSwapUint32(&x.v, b32(old), b32(new))
}

// Int32 is an atomic int32. The zero value is 0.
type Int32 struct {
	_ noCopy
	v int32
}

// Load returns the value.
func (x *Int32) Load() int32 { return LoadInt32(&x.v) }

// Store sets the value to val.
func (x *Int32) Store(val int32) { StoreInt32(&x.v, val) }

// Swap sets the value to new and returns the previous value.
func (x *Int32) Swap(new int32) (old int32) { return SwapInt32(&x.v, new) }

// CompareAndSwap sets the value to new if it is old, and reports whether
// it did.
func (x *Int32) CompareAndSwap(old, new int32) (swapped bool) {
	return CompareAndSwapInt32(&x.v, old, new)
}

// Add adds delta and returns the new value.
func (x *Int32) Add(delta int32) (new int32) { return AddInt32(&x.v, delta) }

// And clears the bits clear in mask and returns the old value.
func (x *Int32) And(mask int32) (old int32) { return AndInt32(&x.v, mask) }

// Or sets the bits set in mask and returns the old value.
func (x *Int32) Or(mask int32) (old int32) { return OrInt32(&x.v, mask) }

// Int64 is an atomic int64. The zero value is 0.
type Int64 struct {
	_ noCopy
	v int64
}

// Load returns the value.
func (x *Int64) Load() int64 { return LoadInt64(&x.v) }

// Store sets the value to val.
func (x *Int64) Store(val int64) { StoreInt64(&x.v, val) }

// Swap sets the value to new and returns the previous value.
func (x *Int64) Swap(new int64) (old int64) { return SwapInt64(&x.v, new) }

// CompareAndSwap sets the value to new if it is old, and reports whether
// it did.
func (x *Int64) CompareAndSwap(old, new int64) (swapped bool) {
	return CompareAndSwapInt64(&x.v, old, new)
}

// Add adds delta and returns the new value.
func (x *Int64) Add(delta int64) (new int64) { return AddInt64(&x.v, delta) }

// And clears the bits clear in mask and returns the old value.
func (x *Int64) And(mask int64) (old int64) { return AndInt64(&x.v, mask) }

// Or sets the bits set in mask and returns the old value.
func (x *Int64) Or(mask int64) (old int64) { return OrInt64(&x.v, mask) }

// Uint32 is an atomic uint32. The zero value is 0.
type Uint32 struct {
	_ noCopy
	v uint32
}

// Load returns the value.
func (x *Uint32) Load() uint32 { return LoadUint32(&x.v) }

// Store sets the value to val.
func (x *Uint32) Store(val uint32) { StoreUint32(&x.v, val) }

// Swap sets the value to new and returns the previous value.
func (x *Uint32) Swap(new uint32) (old uint32) { return SwapUint32(&x.v, new) }

// CompareAndSwap sets the value to new if it is old, and reports whether
// it did.
func (x *Uint32) CompareAndSwap(old, new uint32) (swapped bool) {
	return CompareAndSwapUint32(&x.v, old, new)
}

// Add adds delta and returns the new value.
func (x *Uint32) Add(delta uint32) (new uint32) { return AddUint32(&x.v, delta) }

// And clears the bits clear in mask and returns the old value.
func (x *Uint32) And(mask uint32) (old uint32) { return AndUint32(&x.v, mask) }

// Or sets the bits set in mask and returns the old value.
func (x *Uint32) Or(mask uint32) (old uint32) { return OrUint32(&x.v, mask) }

// Uint64 is an atomic uint64. The zero value is 0.
type Uint64 struct {
	_ noCopy
	v uint64
}

// Load returns the value.
func (x *Uint64) Load() uint64 { return LoadUint64(&x.v) }

// Store sets the value to val.
func (x *Uint64) Store(val uint64) { StoreUint64(&x.v, val) }

// Swap sets the value to new and returns the previous value.
func (x *Uint64) Swap(new uint64) (old uint64) { return SwapUint64(&x.v, new) }

// CompareAndSwap sets the value to new if it is old, and reports whether
// it did.
func (x *Uint64) CompareAndSwap(old, new uint64) (swapped bool) {
	return CompareAndSwapUint64(&x.v, old, new)
}

// Add adds delta and returns the new value.
func (x *Uint64) Add(delta uint64) (new uint64) { return AddUint64(&x.v, delta) }

// And clears the bits clear in mask and returns the old value.
func (x *Uint64) And(mask uint64) (old uint64) { return AndUint64(&x.v, mask) }

// Or sets the bits set in mask and returns the old value.
func (x *Uint64) Or(mask uint64) (old uint64) { return OrUint64(&x.v, mask) }

// Uintptr is an atomic uintptr. The zero value is 0.
type Uintptr struct {
	_ noCopy
	v uintptr
}

// Load returns the value.
func (x *Uintptr) Load() uintptr { return LoadUintptr(&x.v) }

// Store sets the value to val.
func (x *Uintptr) Store(val uintptr) { StoreUintptr(&x.v, val) }

// Swap sets the value to new and returns the previous value.
func (x *Uintptr) Swap(new uintptr) (old uintptr) { return SwapUintptr(&x.v, new) }

// CompareAndSwap sets the value to new if it is old, and reports whether
// it did.
func (x *Uintptr) CompareAndSwap(old, new uintptr) (swapped bool) {
	return CompareAndSwapUintptr(&x.v, old, new)
}

// Add adds delta and returns the new value.
func (x *Uintptr) Add(delta uintptr) (new uintptr) { return AddUintptr(&x.v, delta) }

// And clears the bits clear in mask and returns the old value.
func (x *Uintptr) And(mask uintptr) (old uintptr) { return AndUintptr(&x.v, mask) }

// Or sets the bits set in mask and returns the old value.
func (x *Uintptr) Or(mask uintptr) (old uintptr) { return OrUintptr(&x.v, mask) }

// Pointer is an atomic pointer to a T. The zero value is a nil *T.
type Pointer[T any] struct {
	_ [0]*T
	_ noCopy
	v any // a *T once stored
}

// Load returns the pointer.
func (x *Pointer[T]) Load() *T {
	p, _ := loadAny(&x.v).(*T)
	return p
}

// Store sets the pointer to val.
func (x *Pointer[T]) Store(val *T) { storeAny(&x.v, val) }

// Swap sets the pointer to new and returns the previous pointer.
func (x *Pointer[T]) Swap(new *T) (old *T) {
	p, _ := swapAny(&x.v, new).(*T)
	return p
}

// CompareAndSwap sets the pointer to new if it is old, and reports whether
// it did.
func (x *Pointer[T]) CompareAndSwap(old, new *T) (swapped bool) {
	if old == nil && casAny(&x.v, nil, new) {
		// Never stored before.
		return true
	}
	return casAny(&x.v, old, new)
}
