package sync

import "sync/atomic"

// Once runs a function exactly once. A Once must not be copied after first
// use.
type Once struct {
	_    noCopy
	done atomic.Bool
	m    Mutex
}

// Do calls f if and only if Do is being called for the first time on o.
// Other callers block until that first f returns. If f panics, Do treats it
// as having returned: later calls do not call f again.
func (o *Once) Do(f func()) {
	if o.done.Load() {
		return
	}
	o.m.Lock()
	defer o.m.Unlock()
	if !o.done.Load() {
		defer o.done.Store(true)
		f()
	}
}

// OnceFunc returns a function that calls f only the first time it is
// called. If f panics, every call of the returned function panics with the
// same value.
func OnceFunc(f func()) func() {
	var once Once
	var ok bool
	var p any
	run := func() {
		defer func() {
			if !ok {
				p = recover()
				panic(p)
			}
		}()
		f()
		f = nil
		ok = true
	}
	return func() {
		once.Do(run)
		if !ok {
			panic(p)
		}
	}
}

// OnceValue returns a function that calls f only the first time and
// returns its result on every call. If f panics, every call panics with
// the same value.
func OnceValue[T any](f func() T) func() T {
	var once Once
	var ok bool
	var p any
	var result T
	run := func() {
		defer func() {
			if !ok {
				p = recover()
				panic(p)
			}
		}()
		result = f()
		f = nil
		ok = true
	}
	return func() T {
		once.Do(run)
		if !ok {
			panic(p)
		}
		return result
	}
}

// OnceValues returns a function that calls f only the first time and
// returns its results on every call. If f panics, every call panics with
// the same value.
func OnceValues[T1, T2 any](f func() (T1, T2)) func() (T1, T2) {
	var once Once
	var ok bool
	var p any
	var r1 T1
	var r2 T2
	run := func() {
		defer func() {
			if !ok {
				p = recover()
				panic(p)
			}
		}()
		r1, r2 = f()
		f = nil
		ok = true
	}
	return func() (T1, T2) {
		once.Do(run)
		if !ok {
			panic(p)
		}
		return r1, r2
	}
}
