// Package context is gorun's implementation of Go's context package:
// deadlines, cancellation and request-scoped values carried across API
// boundaries and goroutines. It has no native functions.
package context

import (
	"errors"
	"fmt"
	"sync"
	"time"
)

// Context carries a deadline, a cancellation signal and values. Its
// methods may be called by several goroutines at once.
type Context interface {
	// Deadline returns when the context will be canceled, if ever.
	Deadline() (deadline time.Time, ok bool)

	// Done returns a channel closed when the context is canceled, or nil
	// if it can never be.
	Done() <-chan struct{}

	// Err returns nil while Done is open, then Canceled or
	// DeadlineExceeded.
	Err() error

	// Value returns the value associated with key, or nil.
	Value(key any) any
}

// Canceled is the error of a context canceled by its CancelFunc.
var Canceled = errors.New("context canceled")

// DeadlineExceeded is the error of a context whose deadline passed.
var DeadlineExceeded error = deadlineExceededError{}

type deadlineExceededError struct{}

func (deadlineExceededError) Error() string   { return "context deadline exceeded" }
func (deadlineExceededError) Timeout() bool   { return true }
func (deadlineExceededError) Temporary() bool { return true }

// emptyCtx is never canceled, has no values and no deadline.
type emptyCtx struct{}

func (emptyCtx) Deadline() (deadline time.Time, ok bool) { return }
func (emptyCtx) Done() <-chan struct{}                   { return nil }
func (emptyCtx) Err() error                              { return nil }
func (emptyCtx) Value(key any) any                       { return nil }

type backgroundCtx struct{ emptyCtx }

func (backgroundCtx) String() string { return "context.Background" }

type todoCtx struct{ emptyCtx }

func (todoCtx) String() string { return "context.TODO" }

// Background returns an empty Context: never canceled, without values or
// deadline. It is the root of context trees.
func Background() Context { return backgroundCtx{} }

// TODO returns an empty Context, for code that does not know yet which
// Context to use.
func TODO() Context { return todoCtx{} }

// CancelFunc cancels a context. After the first call, calls do nothing.
type CancelFunc func()

// CancelCauseFunc cancels a context and records the cause (Canceled if
// nil), which Cause returns.
type CancelCauseFunc func(cause error)

// canceler is a context that can be canceled directly.
type canceler interface {
	cancel(removeFromParent bool, err, cause error)
	Done() <-chan struct{}
}

// closedChan is a closed channel, the Done channel of contexts canceled
// before anyone asked for it.
var closedChan = make(chan struct{})

func init() {
	close(closedChan)
}

// cancelCtxKey is the key under which a cancelCtx returns itself from
// Value, so that code here can find the nearest one up a chain of
// wrappers.
var cancelCtxKey int

// mustParent panics, with Go's message, when a context would be derived
// from nil.
func mustParent(parent Context) {
	if parent == nil {
		panic("cannot create context from nil parent")
	}
}

// isClosed reports whether the channel is closed, without blocking.
func isClosed(ch <-chan struct{}) bool {
	select {
	case <-ch:
		return true
	default:
		return false
	}
}

// cancelCtx can be canceled; canceling it cancels its children.
type cancelCtx struct {
	Context // the parent

	mu       sync.Mutex
	done     chan struct{} // made lazily; closed by the first cancel
	children map[canceler]struct{}
	err      error
	cause    error
}

func (c *cancelCtx) Value(key any) any {
	if key != &cancelCtxKey {
		return c.Context.Value(key)
	}
	return c
}

func (c *cancelCtx) Done() <-chan struct{} {
	c.mu.Lock()
	if c.done == nil {
		c.done = make(chan struct{})
	}
	ch := c.done
	c.mu.Unlock()
	return ch
}

func (c *cancelCtx) Err() error {
	c.mu.Lock()
	err := c.err
	c.mu.Unlock()
	return err
}

func (c *cancelCtx) String() string {
	return contextName(c.Context) + ".WithCancel"
}

// cancel marks c canceled with err (and cause, err if nil), cancels its
// children the same way and, if removeFromParent is set, takes c off its
// parent's list. Only the first call has any effect.
func (c *cancelCtx) cancel(removeFromParent bool, err, cause error) {
	if err == nil {
		panic("context: internal error: missing cancel error")
	}
	if cause == nil {
		cause = err
	}
	children, first := c.settle(err, cause)
	if !first {
		return
	}
	for child := range children {
		child.cancel(false, err, cause)
	}
	if removeFromParent {
		removeChild(c.Context, c)
	}
}

// settle records err and cause, closes the Done channel and hands back the
// children to cancel; first is false (and nothing changes) if c was
// canceled already.
func (c *cancelCtx) settle(err, cause error) (children map[canceler]struct{}, first bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.err != nil {
		return nil, false
	}
	c.err, c.cause = err, cause
	if c.done != nil {
		close(c.done)
	} else {
		c.done = closedChan
	}
	children, c.children = c.children, nil
	return children, true
}

// adopt arranges for child to be canceled along with c, or cancels it at
// once if c already is.
func (c *cancelCtx) adopt(child canceler) {
	c.mu.Lock()
	err, cause := c.err, c.cause
	if err == nil {
		if c.children == nil {
			c.children = map[canceler]struct{}{}
		}
		c.children[child] = struct{}{}
	}
	c.mu.Unlock()
	if err != nil {
		child.cancel(false, err, cause)
	}
}

// parentCancelCtx finds the cancelCtx nearest to parent, but only when
// parent's Done channel is that context's own: a wrapper with a channel of
// its own must be watched separately.
func parentCancelCtx(parent Context) (*cancelCtx, bool) {
	done := parent.Done()
	if done == nil || done == closedChan {
		return nil, false
	}
	owner, _ := parent.Value(&cancelCtxKey).(*cancelCtx)
	if owner == nil || owner.Done() != done {
		return nil, false
	}
	return owner, true
}

// removeChild undoes whatever linked child to parent.
func removeChild(parent Context, child canceler) {
	if link, ok := parent.(stopCtx); ok {
		link.stop()
		return
	}
	owner, ok := parentCancelCtx(parent)
	if !ok {
		return
	}
	owner.mu.Lock()
	delete(owner.children, child)
	owner.mu.Unlock()
}

// afterFuncer is implemented by contexts that can run a function when
// they are canceled.
type afterFuncer interface {
	AfterFunc(func()) func() bool
}

// stopCtx is a parent whose cancellation reaches the child through an
// AfterFunc registration, which stop undoes.
type stopCtx struct {
	Context
	stop func() bool
}

// propagateCancel sets parent as c's parent and links child (c itself or
// the context embedding it) so that it is canceled when parent is: through
// the parent's own cancelCtx when there is one, through the parent's
// AfterFunc when it has one, and otherwise by a goroutine watching both.
func (c *cancelCtx) propagateCancel(parent Context, child canceler) {
	c.Context = parent
	done := parent.Done()
	if done == nil {
		return // parent can never be canceled
	}
	follow := func() { child.cancel(false, parent.Err(), Cause(parent)) }
	if isClosed(done) {
		follow()
		return
	}
	if owner, ok := parentCancelCtx(parent); ok {
		owner.adopt(child)
		return
	}
	if af, ok := parent.(afterFuncer); ok {
		c.mu.Lock()
		c.Context = stopCtx{Context: parent, stop: af.AfterFunc(follow)}
		c.mu.Unlock()
		return
	}
	go func() {
		select {
		case <-parent.Done():
			follow()
		case <-child.Done():
		}
	}()
}

// WithCancel returns a copy of parent with a new Done channel, closed when
// cancel is called or parent is canceled. Call cancel as soon as the
// context is no longer needed.
func WithCancel(parent Context) (ctx Context, cancel CancelFunc) {
	c := newCancelCtx(parent)
	return c, func() { c.cancel(true, Canceled, nil) }
}

// WithCancelCause is like WithCancel but its cancel function records a
// cause, returned by Cause.
func WithCancelCause(parent Context) (ctx Context, cancel CancelCauseFunc) {
	c := newCancelCtx(parent)
	return c, func(cause error) { c.cancel(true, Canceled, cause) }
}

// newCancelCtx makes a cancelCtx linked to parent.
func newCancelCtx(parent Context) *cancelCtx {
	mustParent(parent)
	c := new(cancelCtx)
	c.propagateCancel(parent, c)
	return c
}

// Cause returns why c was canceled: the cause given to a
// CancelCauseFunc or deadline, or c.Err(). It is nil while c is not
// canceled.
func Cause(c Context) error {
	// The nearest cancelCtx knows the cause, if one was recorded; a
	// context canceled some other way only has its Err.
	if owner, ok := c.Value(&cancelCtxKey).(*cancelCtx); ok {
		owner.mu.Lock()
		cause := owner.cause
		owner.mu.Unlock()
		if cause != nil {
			return cause
		}
	}
	return c.Err()
}

// AfterFunc arranges for f to run in its own goroutine after ctx is
// canceled (at once if it already is). stop cancels the arrangement and
// reports whether it did so before f was started.
func AfterFunc(ctx Context, f func()) (stop func() bool) {
	a := &afterFuncCtx{f: f}
	a.cancelCtx.propagateCancel(ctx, a)
	return a.halt
}

type afterFuncCtx struct {
	cancelCtx
	once sync.Once // either starts f or records that it was stopped
	f    func()
}

// halt is AfterFunc's stop function: whichever of halt and cancel uses the
// once first decides whether f runs.
func (a *afterFuncCtx) halt() bool {
	won := false
	a.once.Do(func() { won = true })
	if won {
		a.cancel(true, Canceled, nil)
	}
	return won
}

func (a *afterFuncCtx) cancel(removeFromParent bool, err, cause error) {
	a.cancelCtx.cancel(false, err, cause)
	if removeFromParent {
		removeChild(a.Context, a)
	}
	a.once.Do(a.start)
}

// start runs f in a goroutine of its own.
func (a *afterFuncCtx) start() {
	go a.f()
}

// WithoutCancel returns a copy of parent that keeps its values but is not
// canceled when parent is, and has no deadline.
func WithoutCancel(parent Context) Context {
	mustParent(parent)
	return withoutCancelCtx{c: parent}
}

type withoutCancelCtx struct {
	c Context
}

func (withoutCancelCtx) Deadline() (deadline time.Time, ok bool) { return }
func (withoutCancelCtx) Done() <-chan struct{}                   { return nil }
func (withoutCancelCtx) Err() error                              { return nil }

func (c withoutCancelCtx) Value(key any) any {
	// Hide the parent's cancelCtx: nothing below here follows it.
	if key != &cancelCtxKey {
		return c.c.Value(key)
	}
	return nil
}

func (c withoutCancelCtx) String() string {
	return contextName(c.c) + ".WithoutCancel"
}

// timerCtx is a cancelCtx with a deadline.
type timerCtx struct {
	cancelCtx
	timer    *time.Timer // guarded by cancelCtx.mu
	deadline time.Time
}

func (c *timerCtx) Deadline() (deadline time.Time, ok bool) {
	return c.deadline, true
}

func (c *timerCtx) String() string {
	left := time.Until(c.deadline)
	return contextName(c.cancelCtx.Context) + ".WithDeadline(" + c.deadline.String() + " [" + left.String() + "])"
}

func (c *timerCtx) cancel(removeFromParent bool, err, cause error) {
	c.cancelCtx.cancel(false, err, cause)
	if removeFromParent {
		removeChild(c.cancelCtx.Context, c)
	}
	c.mu.Lock()
	t := c.timer
	c.timer = nil
	c.mu.Unlock()
	if t != nil {
		t.Stop()
	}
}

// WithDeadline returns a copy of parent canceled at d at the latest.
func WithDeadline(parent Context, d time.Time) (Context, CancelFunc) {
	return WithDeadlineCause(parent, d, nil)
}

// WithDeadlineCause is like WithDeadline but records cause when the
// deadline passes.
func WithDeadlineCause(parent Context, d time.Time, cause error) (Context, CancelFunc) {
	mustParent(parent)
	if earlier, ok := parent.Deadline(); ok && earlier.Before(d) {
		// The parent gives up sooner, so a plain cancelable copy does.
		return WithCancel(parent)
	}
	c := &timerCtx{deadline: d}
	c.cancelCtx.propagateCancel(parent, c)
	expire := func() { c.cancel(true, DeadlineExceeded, cause) }
	wait := time.Until(d)
	if wait > 0 {
		c.mu.Lock()
		if c.err == nil {
			c.timer = time.AfterFunc(wait, expire)
		}
		c.mu.Unlock()
		return c, func() { c.cancel(true, Canceled, nil) }
	}
	// Already past: expire now (which also unlinks c from its parent).
	expire()
	return c, func() { c.cancel(false, Canceled, nil) }
}

// WithTimeout returns WithDeadline(parent, time.Now().Add(timeout)).
func WithTimeout(parent Context, timeout time.Duration) (Context, CancelFunc) {
	return WithDeadlineCause(parent, time.Now().Add(timeout), nil)
}

// WithTimeoutCause is like WithTimeout but records cause when the timeout
// expires.
func WithTimeoutCause(parent Context, timeout time.Duration, cause error) (Context, CancelFunc) {
	deadline := time.Now().Add(timeout)
	return WithDeadlineCause(parent, deadline, cause)
}

// WithValue returns a copy of parent in which key is associated with val.
// Keys should be of unexported, user-defined types, to avoid collisions.
func WithValue(parent Context, key, val any) Context {
	mustParent(parent)
	switch {
	case key == nil:
		panic("nil key")
	case !canCompare(key):
		panic("key is not comparable")
	}
	return &valueCtx{Context: parent, key: key, val: val}
}

// canCompare reports whether comparing k with == works, by trying it.
func canCompare(k any) (ok bool) {
	defer func() {
		if recover() != nil {
			ok = false
		}
	}()
	_ = k == k
	return true
}

type valueCtx struct {
	Context
	key, val any
}

func (c *valueCtx) Value(key any) any {
	if key != c.key {
		return c.Context.Value(key)
	}
	return c.val
}

func (c *valueCtx) String() string {
	return contextName(c.Context) + ".WithValue(" + describe(c.key) + ", " + describe(c.val) + ")"
}

type stringer interface {
	String() string
}

// describe writes v for a context's String: its own String method, the
// string itself, "<nil>", or else the name of its type.
func describe(v any) string {
	if v == nil {
		return "<nil>"
	}
	if s, ok := v.(stringer); ok {
		return s.String()
	}
	if s, ok := v.(string); ok {
		return s
	}
	return fmt.Sprintf("%T", v)
}

// contextName is c's String, or "<not Stringer>".
func contextName(c Context) string {
	s, ok := c.(stringer)
	if !ok {
		return "<not Stringer>"
	}
	return s.String()
}
