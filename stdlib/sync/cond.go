package sync

// Cond is a condition variable: a place for goroutines to wait for an
// event. L is held while the condition is checked or changed. A Cond must
// not be copied after first use.
type Cond struct {
	_ noCopy

	// L is held while observing or changing the condition.
	L Locker

	mu      Mutex
	waiters []chan struct{}
}

// NewCond returns a new Cond using l.
func NewCond(l Locker) *Cond {
	return &Cond{L: l}
}

// Wait unlocks c.L, waits for a Signal or Broadcast, and locks c.L again
// before returning. Since the condition may have changed again by then,
// callers check it in a loop.
func (c *Cond) Wait() {
	ch := make(chan struct{})
	c.mu.Lock()
	c.waiters = append(c.waiters, ch)
	c.mu.Unlock()
	c.L.Unlock()
	<-ch
	c.L.Lock()
}

// Signal wakes one goroutine waiting on c, if there is one.
func (c *Cond) Signal() {
	c.mu.Lock()
	if len(c.waiters) > 0 {
		close(c.waiters[0])
		c.waiters[0] = nil
		c.waiters = c.waiters[1:]
	}
	c.mu.Unlock()
}

// Broadcast wakes all goroutines waiting on c.
func (c *Cond) Broadcast() {
	c.mu.Lock()
	for _, ch := range c.waiters {
		close(ch)
	}
	c.waiters = nil
	c.mu.Unlock()
}
