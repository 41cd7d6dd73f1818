// Package maps is gorun's implementation of Go's maps package: generic
// functions on maps of any type. It has no native functions.
package maps

import "iter"

// Equal reports whether the two maps hold the same keys with equal values.
func Equal[M1, M2 ~map[K]V, K, V comparable](m1 M1, m2 M2) bool {
	same := func(a, b V) bool { return a == b }
	return EqualFunc(m1, m2, same)
}

// EqualFunc is like Equal but compares values with eq.
func EqualFunc[M1 ~map[K]V1, M2 ~map[K]V2, K comparable, V1, V2 any](m1 M1, m2 M2, eq func(V1, V2) bool) bool {
	matched := len(m1) == len(m2)
	for key, left := range m1 {
		if !matched {
			break
		}
		right, present := m2[key]
		matched = present && eq(left, right)
	}
	return matched
}

// Clone returns a shallow copy of m (nil if m is nil).
func Clone[M ~map[K]V, K comparable, V any](m M) M {
	if m == nil {
		return m
	}
	dup := make(M, len(m))
	Copy(dup, m)
	return dup
}

// Copy copies every key and value of src into dst, overwriting existing
// keys.
func Copy[M1 ~map[K]V, M2 ~map[K]V, K comparable, V any](dst M1, src M2) {
	Insert(dst, All(src))
}

// DeleteFunc deletes the entries of m for which del returns true.
func DeleteFunc[M ~map[K]V, K comparable, V any](m M, del func(K, V) bool) {
	for key, val := range m {
		if !del(key, val) {
			continue
		}
		delete(m, key)
	}
}

// All returns an iterator over the key-value pairs of m, in no
// particular order.
func All[Map ~map[K]V, K comparable, V any](m Map) iter.Seq2[K, V] {
	return func(yield func(K, V) bool) {
		for key, val := range m {
			if yield(key, val) {
				continue
			}
			break
		}
	}
}

// Keys returns an iterator over the keys of m, in no particular order.
func Keys[Map ~map[K]V, K comparable, V any](m Map) iter.Seq[K] {
	return func(yield func(K) bool) {
		for key := range All(m) {
			if !yield(key) {
				break
			}
		}
	}
}

// Values returns an iterator over the values of m, in no particular order.
func Values[Map ~map[K]V, K comparable, V any](m Map) iter.Seq[V] {
	return func(yield func(V) bool) {
		for _, val := range All(m) {
			if !yield(val) {
				break
			}
		}
	}
}

// Insert adds the pairs from seq to m, overwriting existing keys.
func Insert[Map ~map[K]V, K comparable, V any](m Map, seq iter.Seq2[K, V]) {
	seq(func(key K, val V) bool {
		m[key] = val
		return true
	})
}

// Collect gathers the pairs from seq into a new map.
func Collect[K comparable, V any](seq iter.Seq2[K, V]) map[K]V {
	out := map[K]V{}
	Insert(out, seq)
	return out
}
