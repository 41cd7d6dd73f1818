//! gorun's Go runtime. So far: the heap allocator ([`heap`]).
//!
//! Still to come: the concurrent mark-sweep collector and its write barrier, the G/M/P
//! scheduler, timers, channels, select, semaphores, GODEBUG and tracebacks. The runtime never
//! depends on `vm` or `compiler`: to the scheduler a goroutine will be an opaque continuation
//! stepped on a budget.
//!
//! # The heap API (what the VM calls)
//!
//! ```text
//! Heap::new() -> Arc<Heap>                        one per Runtime; Send + Sync
//! Heap::stats(&self) -> HeapStats                 heap_alloc, heap_objects, heap_inuse, heap_sys, spans_inuse, arenas
//! Heap::find_object(&self, addr: usize) -> Option<Object>   slot containing an interior address
//! Heap::is_pointer_word(&self, addr: usize) -> bool         the pointer bitmap
//! Heap::words(&self, addr: usize, n_words: usize) -> Option<&[AtomicU64]>   heap memory, atomically
//! Heap::zerobase() -> NonNull<u8>                 where zero-size allocations point
//! Mcache::new(heap: Arc<Heap>) -> Mcache           one per P; Send, not Sync
//! Mcache::alloc(&mut self, size: usize, layout: Layout<'_>) -> Result<NonNull<u8>, OutOfMemory>
//! Mcache::release_all(&mut self)                  cached spans back to their mcentrals
//! Layout::NoScan | Layout::Scan { mask: &[u64], elem_words: usize }
//! sizeclass::roundupsize(size: usize, noscan: bool) -> usize
//! growslice::grow_slice_cap(old_len: usize, old_cap: usize, new_len: usize, elem_size: usize, noscan: bool) -> usize
//! ```
//!
//! Memory from `alloc` is zeroed, 8-byte aligned at least (size classes give Go's natural
//! alignment, large objects are page-aligned) and stays valid while the `Heap` lives. Objects
//! are not freed yet: sweeping comes with the collector.
//!
//! # Safety
//!
//! `unsafe` appears in one place: `heap::arena` (`MappedWords::words`), which views an
//! anonymous mapping as `&[AtomicU64]`. Everything else, including handing out object pointers
//! (`ptr::with_exposed_provenance_mut` on addresses whose mapping exposed its provenance), is
//! safe code.

pub mod heap;
pub mod settings;

pub use heap::growslice::grow_slice_cap;
pub use heap::sizeclass::roundupsize;
pub use heap::{Heap, HeapStats, Layout, Mcache, Object, OutOfMemory, SpanInfo};
