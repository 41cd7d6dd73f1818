//! The bytecode interpreter (not yet written).
//!
//! It will own the dispatch loop, frames and calls without host recursion, and the
//! native-function interface; it runs a goroutine for a budget and reports
//! `Done | Parked | Yielded | Panicked` to the runtime's scheduler.
