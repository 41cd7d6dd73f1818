// Package sync is gorun's implementation of Go's sync package: mutual
// exclusion locks, wait groups, once-only initialization, condition
// variables, a concurrent map and a pool of reusable values.
//
// Native functions: the methods Lock, Unlock and TryLock of Mutex, and
// Lock, Unlock, RLock, RUnlock, TryLock and TryRLock of RWMutex (9).
// Everything else is built on them and on channels.
package sync

// Locker is anything that can be locked and unlocked.
type Locker interface {
	Lock()
	Unlock()
}

// noCopy marks a struct that must not be copied after first use (go vet's
// copylocks check looks for the Lock method).
type noCopy struct{}

func (*noCopy) Lock()   {}
func (*noCopy) Unlock() {}

// Mutex is a mutual exclusion lock. The zero Mutex is unlocked. A Mutex
// must not be copied after first use. It is not tied to a goroutine: one
// goroutine may lock it and another unlock it.
type Mutex struct {
	_     noCopy
	state int32 // owned by the runtime
	sema  uint32
}

// Lock locks m, blocking until it is available. (Native.)
func (m *Mutex) Lock()

// TryLock locks m if it is free and reports whether it did. (Native.)
func (m *Mutex) TryLock() bool

// Unlock unlocks m. Unlocking an unlocked Mutex is a fatal error.
// (Native.)
func (m *Mutex) Unlock()

// RWMutex is a reader/writer lock: any number of readers or one writer.
// The zero RWMutex is unlocked. Once a writer is waiting, new readers wait
// for it, so writers are not starved. An RWMutex must not be copied after
// first use.
type RWMutex struct {
	_       noCopy
	w       Mutex // owned by the runtime
	readers int32
	waiting int32
	sema    uint32
}

// Lock locks rw for writing, blocking until no reader or writer holds it.
// (Native.)
func (rw *RWMutex) Lock()

// TryLock locks rw for writing if it is free and reports whether it did.
// (Native.)
func (rw *RWMutex) TryLock() bool

// Unlock unlocks rw for writing. (Native.)
func (rw *RWMutex) Unlock()

// RLock locks rw for reading. A goroutine must not take a read lock it
// already holds again while a writer may be waiting. (Native.)
func (rw *RWMutex) RLock()

// TryRLock locks rw for reading if it can without waiting and reports
// whether it did. (Native.)
func (rw *RWMutex) TryRLock() bool

// RUnlock undoes one RLock. (Native.)
func (rw *RWMutex) RUnlock()

// RLocker returns a Locker whose Lock and Unlock call rw.RLock and
// rw.RUnlock.
func (rw *RWMutex) RLocker() Locker {
	return (*rlocker)(rw)
}

type rlocker RWMutex

func (r *rlocker) Lock()   { (*RWMutex)(r).RLock() }
func (r *rlocker) Unlock() { (*RWMutex)(r).RUnlock() }
