package atomic

// SwapInt32 stores new into *addr and returns the previous value.
func SwapInt32(addr *int32, new int32) (old int32) {
	for {
		old = LoadInt32(addr)
		if CompareAndSwapInt32(addr, old, new) {
			return old
		}
	}
}

// SwapInt64 stores new into *addr and returns the previous value.
func SwapInt64(addr *int64, new int64) (old int64) {
	for {
		old = LoadInt64(addr)
		if CompareAndSwapInt64(addr, old, new) {
			return old
		}
	}
}

// SwapUint32 stores new into *addr and returns the previous value.
func SwapUint32(addr *uint32, new uint32) (old uint32) {
	for {
		old = LoadUint32(addr)
		if CompareAndSwapUint32(addr, old, new) {
			return old
		}
	}
}

// SwapUint64 stores new into *addr and returns the previous value.
func SwapUint64(addr *uint64, new uint64) (old uint64) {
	for {
		old = LoadUint64(addr)
		if CompareAndSwapUint64(addr, old, new) {
			return old
		}
	}
}

// SwapUintptr stores new into *addr and returns the previous value.
func SwapUintptr(addr *uintptr, new uintptr) (old uintptr) {
	for {
		old = LoadUintptr(addr)
		if CompareAndSwapUintptr(addr, old, new) {
			return old
		}
	}
}

// CompareAndSwapInt32 stores new into *addr if *addr equals old, and
// reports whether it did. (Native.)
func CompareAndSwapInt32(addr *int32, old, new int32) (swapped bool)

// CompareAndSwapInt64 is CompareAndSwapInt32 for int64. (Native.)
func CompareAndSwapInt64(addr *int64, old, new int64) (swapped bool)

// CompareAndSwapUint32 is CompareAndSwapInt32 for uint32. (Native.)
func CompareAndSwapUint32(addr *uint32, old, new uint32) (swapped bool)

// CompareAndSwapUint64 is CompareAndSwapInt32 for uint64. (Native.)
func CompareAndSwapUint64(addr *uint64, old, new uint64) (swapped bool)

// CompareAndSwapUintptr is CompareAndSwapInt32 for uintptr. (Native.)
func CompareAndSwapUintptr(addr *uintptr, old, new uintptr) (swapped bool)

// AddInt32 adds delta to *addr and returns the new value. (Native.)
func AddInt32(addr *int32, delta int32) (new int32)

// AddUint32 adds delta to *addr and returns the new value; to subtract c,
// add ^uint32(c-1). (Native.)
func AddUint32(addr *uint32, delta uint32) (new uint32)

// AddInt64 adds delta to *addr and returns the new value. (Native.)
func AddInt64(addr *int64, delta int64) (new int64)

// AddUint64 adds delta to *addr and returns the new value. (Native.)
func AddUint64(addr *uint64, delta uint64) (new uint64)

// AddUintptr adds delta to *addr and returns the new value. (Native.)
func AddUintptr(addr *uintptr, delta uintptr) (new uintptr)

// AndInt32 clears in *addr the bits clear in mask and returns the old value.
func AndInt32(addr *int32, mask int32) (old int32) {
	for {
		old = LoadInt32(addr)
		if CompareAndSwapInt32(addr, old, old&mask) {
			return old
		}
	}
}

// AndUint32 clears in *addr the bits clear in mask and returns the old value.
func AndUint32(addr *uint32, mask uint32) (old uint32) {
	for {
		old = LoadUint32(addr)
		if CompareAndSwapUint32(addr, old, old&mask) {
			return old
		}
	}
}

// AndInt64 clears in *addr the bits clear in mask and returns the old value.
func AndInt64(addr *int64, mask int64) (old int64) {
	for {
		old = LoadInt64(addr)
		if CompareAndSwapInt64(addr, old, old&mask) {
			return old
		}
	}
}

// AndUint64 clears in *addr the bits clear in mask and returns the old value.
func AndUint64(addr *uint64, mask uint64) (old uint64) {
	for {
		old = LoadUint64(addr)
		if CompareAndSwapUint64(addr, old, old&mask) {
			return old
		}
	}
}

// AndUintptr clears in *addr the bits clear in mask and returns the old value.
func AndUintptr(addr *uintptr, mask uintptr) (old uintptr) {
	for {
		old = LoadUintptr(addr)
		if CompareAndSwapUintptr(addr, old, old&mask) {
			return old
		}
	}
}

// OrInt32 sets in *addr the bits set in mask and returns the old value.
func OrInt32(addr *int32, mask int32) (old int32) {
	for {
		old = LoadInt32(addr)
		if CompareAndSwapInt32(addr, old, old|mask) {
			return old
		}
	}
}

// OrUint32 sets in *addr the bits set in mask and returns the old value.
func OrUint32(addr *uint32, mask uint32) (old uint32) {
	for {
		old = LoadUint32(addr)
		if CompareAndSwapUint32(addr, old, old|mask) {
			return old
		}
	}
}

// OrInt64 sets in *addr the bits set in mask and returns the old value.
func OrInt64(addr *int64, mask int64) (old int64) {
	for {
		old = LoadInt64(addr)
		if CompareAndSwapInt64(addr, old, old|mask) {
			return old
		}
	}
}

// OrUint64 sets in *addr the bits set in mask and returns the old value.
func OrUint64(addr *uint64, mask uint64) (old uint64) {
	for {
		old = LoadUint64(addr)
		if CompareAndSwapUint64(addr, old, old|mask) {
			return old
		}
	}
}

// OrUintptr sets in *addr the bits set in mask and returns the old value.
func OrUintptr(addr *uintptr, mask uintptr) (old uintptr) {
	for {
		old = LoadUintptr(addr)
		if CompareAndSwapUintptr(addr, old, old|mask) {
			return old
		}
	}
}

// LoadInt32 returns *addr. (Native.)
func LoadInt32(addr *int32) (val int32)

// LoadInt64 returns *addr. (Native.)
func LoadInt64(addr *int64) (val int64)

// LoadUint32 returns *addr. (Native.)
func LoadUint32(addr *uint32) (val uint32)

// LoadUint64 returns *addr. (Native.)
func LoadUint64(addr *uint64) (val uint64)

// LoadUintptr returns *addr. (Native.)
func LoadUintptr(addr *uintptr) (val uintptr)

// StoreInt32 stores val into *addr. (Native.)
func StoreInt32(addr *int32, val int32)

// StoreInt64 stores val into *addr. (Native.)
func StoreInt64(addr *int64, val int64)

// StoreUint32 stores val into *addr. (Native.)
func StoreUint32(addr *uint32, val uint32)

// StoreUint64 stores val into *addr. (Native.)
func StoreUint64(addr *uint64, val uint64)

// StoreUintptr stores val into *addr. (Native.)
func StoreUintptr(addr *uintptr, val uintptr)

// loadAny returns *p. (Native.)
func loadAny(p *any) any

// storeAny stores v into *p. (Native.)
func storeAny(p *any, v any)

// swapAny stores v into *p and returns the previous value. (Native.)
func swapAny(p *any, v any) any

// casAny stores new into *p if *p == old (interface equality; it panics
// like == if the values are of the same incomparable type) and reports
// whether it did. (Native.)
func casAny(p *any, old, new any) bool

// sameType reports whether a and b have the same dynamic type. (Native.)
func sameType(a, b any) bool
