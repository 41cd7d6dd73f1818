//! The Go runtime (not yet written).
//!
//! It will own the heap (arenas, spans, size classes, mcache/mcentral/mheap), the concurrent
//! mark-sweep collector and its write barrier, the G/M/P scheduler, timers, channels, select,
//! semaphores, GODEBUG and tracebacks. It never depends on `vm` or `compiler`: to the
//! scheduler a goroutine is an opaque continuation stepped on a budget.
