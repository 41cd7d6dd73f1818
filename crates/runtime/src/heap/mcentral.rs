//! The mcentral: one per span class, the pool of spans that no mcache holds.
//!
//! - `partial`: spans with at least one free slot; an mcache that ran out takes one from here.
//! - `full`: spans without free slots. Nothing allocates from them; the sweeper (collector
//!   issue) will walk them, and move those where objects died back to `partial`.
//!
//! Each set has its own lock so that an mcache returning a full span does not wait for one
//! fetching a partial span. When `partial` is empty the mcentral gets a fresh span from the
//! mheap; no mcentral lock is held while the mheap lock is taken (lock order: mcentral set
//! locks and the mheap lock are both leaves).
//!
//! Rejected: Go's lock-free span sets with swept/unswept halves; a mutex per set is simpler and
//! is taken once per span (hundreds of objects), not per object. The swept/unswept split comes
//! with the sweeper.

use std::sync::Mutex;

use super::sizeclass::SpanClass;
use super::{Heap, OutOfMemory, SpanIdx};

#[derive(Default)]
pub(crate) struct Mcentral {
    partial: Mutex<Vec<SpanIdx>>,
    full: Mutex<Vec<SpanIdx>>,
}

impl Mcentral {
    /// A span of `span_class` with a free slot, for an mcache to allocate from.
    pub(crate) fn cache_span(&self, heap: &Heap, span_class: SpanClass) -> Result<SpanIdx, OutOfMemory> {
        if let Some(idx) = self.partial.lock().expect("mcentral lock poisoned").pop() {
            return Ok(idx);
        }
        heap.mheap.alloc_span(span_class.size_class().pages(), span_class)
    }

    /// Takes back a span from an mcache, which has recorded its allocation state in it.
    pub(crate) fn uncache_span(&self, idx: SpanIdx, has_free_slots: bool) {
        let set = if has_free_slots { &self.partial } else { &self.full };
        set.lock().expect("mcentral lock poisoned").push(idx);
    }

    /// Spans held here (partial, full), for tests and consistency checks.
    #[cfg(test)]
    pub(crate) fn span_counts(&self) -> (usize, usize) {
        (
            self.partial.lock().expect("mcentral lock poisoned").len(),
            self.full.lock().expect("mcentral lock poisoned").len(),
        )
    }
}
