package atomic

// Value holds a value of some type that can be loaded and stored
// atomically. The zero Value holds nothing (Load returns nil). Once Store
// has been called, every later value must have the same concrete type,
// and a Value must not be copied.
type Value struct {
	v any
}

// Load returns the value last stored, or nil if there was none.
func (v *Value) Load() (val any) {
	return loadAny(&v.v)
}

// checkStore panics if val cannot be stored in a Value holding cur.
func checkStore(op string, cur, val any) {
	if val == nil {
		panic("sync/atomic: " + op + " of nil value into Value")
	}
	if cur != nil && !sameType(cur, val) {
		panic("sync/atomic: " + op + " of inconsistently typed value into Value")
	}
}

// Store sets the value to val. It panics if val is nil or of a different
// concrete type than earlier values.
func (v *Value) Store(val any) {
	for {
		cur := loadAny(&v.v)
		checkStore("store", cur, val)
		if cur == nil {
			if casAny(&v.v, nil, val) {
				return
			}
			continue
		}
		storeAny(&v.v, val)
		return
	}
}

// Swap stores new and returns the previous value (nil if there was none).
// It panics like Store.
func (v *Value) Swap(new any) (old any) {
	for {
		cur := loadAny(&v.v)
		checkStore("swap", cur, new)
		if cur == nil {
			if casAny(&v.v, nil, new) {
				return nil
			}
			continue
		}
		return swapAny(&v.v, new)
	}
}

// CompareAndSwap stores new if the current value equals old, and reports
// whether it did. It panics like Store, and if old and new have different
// types or old is not comparable.
func (v *Value) CompareAndSwap(old, new any) (swapped bool) {
	if new == nil {
		panic("sync/atomic: compare and swap of nil value into Value")
	}
	if old != nil && !sameType(old, new) {
		panic("sync/atomic: compare and swap of inconsistently typed values")
	}
	cur := loadAny(&v.v)
	if cur == nil {
		if old != nil {
			return false
		}
		return casAny(&v.v, nil, new)
	}
	if !sameType(cur, new) {
		panic("sync/atomic: compare and swap of inconsistently typed value into Value")
	}
	return casAny(&v.v, old, new)
}
