// Package iter is gorun's implementation of Go's iter package: the Seq and
// Seq2 iterator function types and Pull, which turns a push iterator into a
// pair of next/stop functions. Pull runs the iterator on its own goroutine.
// It has no native functions.
package iter

// Seq is an iterator over single values: it calls yield with each value in
// turn, stopping early if yield returns false.
type Seq[V any] func(yield func(V) bool)

// Seq2 is an iterator over pairs of values: it calls yield with each pair in
// turn, stopping early if yield returns false.
type Seq2[K, V any] func(yield func(K, V) bool)

// pullMsg is what the iterator's goroutine sends to next and stop: a value,
// or the end of the iteration (with the panic that ended it, if any).
type pullMsg[K, V any] struct {
	k        K
	v        V
	ok       bool
	panicked bool
	pval     any
}

// puller runs a two-value iterator on its own goroutine, one step per
// request. Pull and Pull2 are built on it.
type puller[K, V any] struct {
	seq     func(yield func(K, V) bool)
	resume  chan bool
	out     chan pullMsg[K, V]
	started bool
	done    bool
}

func (p *puller[K, V]) run() {
	finished := false
	stopped := false
	defer func() {
		if !finished {
			p.out <- pullMsg[K, V]{panicked: true, pval: recover()}
		}
	}()
	p.seq(func(k K, v V) bool {
		if stopped {
			return false
		}
		p.out <- pullMsg[K, V]{k: k, v: v, ok: true}
		if !<-p.resume {
			stopped = true
			return false
		}
		return true
	})
	finished = true
	p.out <- pullMsg[K, V]{}
}

func (p *puller[K, V]) next() (K, V, bool) {
	var zk K
	var zv V
	if p.done {
		return zk, zv, false
	}
	if !p.started {
		p.started = true
		go p.run()
	} else {
		p.resume <- true
	}
	m := <-p.out
	if !m.ok {
		p.done = true
		if m.panicked {
			panic(m.pval)
		}
		return zk, zv, false
	}
	return m.k, m.v, true
}

func (p *puller[K, V]) stop() {
	if p.done {
		return
	}
	p.done = true
	if !p.started {
		return
	}
	p.resume <- false
	m := <-p.out
	if m.panicked {
		panic(m.pval)
	}
}

func newPuller[K, V any](seq func(yield func(K, V) bool)) *puller[K, V] {
	return &puller[K, V]{seq: seq, resume: make(chan bool), out: make(chan pullMsg[K, V])}
}

// Pull converts the push iterator seq into a pull iterator: each call of
// next returns the next value and true, or the zero value and false once
// the sequence is over. stop ends the iteration early (yield then returns
// false inside seq). Callers must call stop or exhaust next, or the
// goroutine running seq is never released. A panic in seq is raised again
// in the caller of next or stop.
func Pull[V any](seq Seq[V]) (next func() (V, bool), stop func()) {
	p := newPuller[struct{}, V](func(yield func(struct{}, V) bool) {
		seq(func(v V) bool { return yield(struct{}{}, v) })
	})
	next = func() (V, bool) {
		_, v, ok := p.next()
		return v, ok
	}
	return next, p.stop
}

// Pull2 converts the push iterator seq into a pull iterator over pairs, as
// Pull does for single values.
func Pull2[K, V any](seq Seq2[K, V]) (next func() (K, V, bool), stop func()) {
	p := newPuller[K, V](seq)
	return p.next, p.stop
}
