package sync

// Pool is a set of temporary objects that may be reused, safe for use by
// several goroutines. Get returns any stored object (or a new one from
// New); Put returns one to the pool. A Pool must not be copied after first
// use.
type Pool struct {
	_     noCopy
	mu    Mutex
	items []any

	// New, if set, makes a value for Get when the pool is empty. It must
	// not be changed concurrently with calls to Get.
	New func() any
}

// Put adds x to the pool. Putting nil does nothing.
func (p *Pool) Put(x any) {
	if x == nil {
		return
	}
	p.mu.Lock()
	p.items = append(p.items, x)
	p.mu.Unlock()
}

// Get removes an item from the pool and returns it. If the pool is empty,
// it returns p.New() if New is set, and nil otherwise.
func (p *Pool) Get() any {
	p.mu.Lock()
	if n := len(p.items); n > 0 {
		x := p.items[n-1]
		p.items[n-1] = nil
		p.items = p.items[:n-1]
		p.mu.Unlock()
		return x
	}
	p.mu.Unlock()
	if p.New != nil {
		return p.New()
	}
	return nil
}
