package sync

// WaitGroup waits for a collection of tasks to finish: Add (or Go) counts
// tasks in, Done counts them out, and Wait blocks until the count is zero.
// A WaitGroup must not be copied after first use.
type WaitGroup struct {
	_       noCopy
	mu      Mutex
	n       int
	release chan struct{} // closed when n drops to zero; nil if no waiter
}

// Add adds delta, which may be negative, to the counter. When the counter
// reaches zero, every goroutine blocked in Wait is released. It panics if
// the counter goes negative.
func (wg *WaitGroup) Add(delta int) {
	wg.mu.Lock()
	wg.n += delta
	if wg.n < 0 {
		wg.mu.Unlock()
		panic("sync: negative WaitGroup counter")
	}
	if wg.n == 0 && wg.release != nil {
		close(wg.release)
		wg.release = nil
	}
	wg.mu.Unlock()
}

// Done decrements the counter by one.
func (wg *WaitGroup) Done() {
	wg.Add(-1)
}

// Wait blocks until the counter is zero.
func (wg *WaitGroup) Wait() {
	wg.mu.Lock()
	if wg.n == 0 {
		wg.mu.Unlock()
		return
	}
	if wg.release == nil {
		wg.release = make(chan struct{})
	}
	ch := wg.release
	wg.mu.Unlock()
	<-ch
}

// Go runs f in a new goroutine, counted in the group until f returns.
// f should not panic.
func (wg *WaitGroup) Go(f func()) {
	wg.Add(1)
	go func() {
		defer wg.Done()
		f()
	}()
}
