package time

// Sleep pauses the calling goroutine for at least d. A zero or negative d
// returns at once. (Native.)
func Sleep(d Duration)

// startTimer arranges for the runtime to fire a timer d from now, and then
// every period if period > 0. Firing sends the current time on c without
// blocking (if c is not nil) and starts f in a new goroutine (if f is not
// nil). It returns the timer's identifier. (Native.)
func startTimer(d, period Duration, c chan Time, f func()) int64

// stopTimer stops the timer and reports whether it was still pending.
// (Native.)
func stopTimer(id int64) bool

// resetTimer makes the timer fire d from now (then every period if
// period > 0) and reports whether it was still pending. (Native.)
func resetTimer(id int64, d, period Duration) bool

// Timer is a single event: when it fires, the current time is sent on C
// (unless the timer was made by AfterFunc). Make Timers with NewTimer or
// AfterFunc.
type Timer struct {
	C  <-chan Time
	c  chan Time
	id int64
}

// drain discards a value the timer sent but nobody received, so that a
// stopped or reset timer never delivers a stale time.
func (t *Timer) drain() {
	if t.c == nil {
		return
	}
	select {
	case <-t.c:
	default:
	}
}

// NewTimer returns a Timer that sends the current time on its channel
// after at least d.
func NewTimer(d Duration) *Timer {
	c := make(chan Time, 1)
	t := &Timer{C: c, c: c}
	t.id = startTimer(d, 0, c, nil)
	return t
}

// AfterFunc starts f in its own goroutine after at least d and returns a
// Timer whose Stop can cancel the call. The Timer's C is nil.
func AfterFunc(d Duration, f func()) *Timer {
	t := &Timer{}
	t.id = startTimer(d, 0, nil, f)
	return t
}

// After waits for d and then sends the current time on the returned
// channel: NewTimer(d).C.
func After(d Duration) <-chan Time {
	return NewTimer(d).C
}

// Stop prevents the timer from firing. It reports whether the call stopped
// it (false if it had already fired or been stopped). After Stop, no stale
// value is received from C.
func (t *Timer) Stop() bool {
	if t.id == 0 {
		panic("time: Stop called on uninitialized Timer")
	}
	active := stopTimer(t.id)
	t.drain()
	return active
}

// Reset makes the timer fire after d instead, and reports whether it was
// still pending.
func (t *Timer) Reset(d Duration) bool {
	if t.id == 0 {
		panic("time: Reset called on uninitialized Timer")
	}
	active := stopTimer(t.id)
	t.drain()
	resetTimer(t.id, d, 0)
	return active
}

// Ticker delivers the time on C at regular intervals. A slow receiver
// misses ticks rather than queueing them.
type Ticker struct {
	C  <-chan Time
	c  chan Time
	id int64
}

// NewTicker returns a Ticker sending the time every d. It panics if d is
// not positive.
func NewTicker(d Duration) *Ticker {
	if d <= 0 {
		panic("non-positive interval for NewTicker")
	}
	c := make(chan Time, 1)
	t := &Ticker{C: c, c: c}
	t.id = startTimer(d, d, c, nil)
	return t
}

// Stop turns the ticker off; no more ticks are sent (C is not closed).
func (t *Ticker) Stop() {
	if t.id == 0 {
		// The zero Ticker is not running.
		return
	}
	stopTimer(t.id)
	select {
	case <-t.c:
	default:
	}
}

// Reset stops the ticker and restarts it with period d. It panics if d is
// not positive.
func (t *Ticker) Reset(d Duration) {
	if d <= 0 {
		panic("non-positive interval for Ticker.Reset")
	}
	if t.id == 0 {
		panic("time: Reset called on uninitialized Ticker")
	}
	stopTimer(t.id)
	select {
	case <-t.c:
	default:
	}
	resetTimer(t.id, d, d)
}

// Tick returns NewTicker(d).C, or nil if d is not positive.
func Tick(d Duration) <-chan Time {
	if d <= 0 {
		return nil
	}
	return NewTicker(d).C
}
