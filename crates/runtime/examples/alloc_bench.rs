//! A quick allocation throughput measurement (not a test):
//! `cargo run -p gorun-runtime --release --example alloc_bench`.
//!
//! Each case allocates many objects through one `Mcache` on one fresh heap and reports
//! nanoseconds per allocation and millions of allocations per second. Fresh heaps mean fresh
//! pages: page faults (the OS committing memory) are part of the cost, as in a young Go program.

use std::time::Instant;

use gorun_runtime::{Heap, Layout, Mcache};

fn run(name: &str, n: usize, size: usize, layout: Layout<'_>) {
    let heap = Heap::new();
    let mut cache = Mcache::new(heap.clone());
    let start = Instant::now();
    let mut checksum = 0usize;
    for _ in 0..n {
        checksum ^= cache.alloc(size, layout).expect("allocation").as_ptr().addr();
    }
    let elapsed = start.elapsed();
    let ns = elapsed.as_nanos() as f64 / n as f64;
    println!(
        "{name:<32} {n:>9} allocs  {ns:>7.2} ns/alloc  {:>7.1} M allocs/s  ({:.0} MiB in use; checksum {})",
        1e3 / ns,
        heap.stats().heap_inuse as f64 / (1 << 20) as f64,
        checksum & 1
    );
}

fn main() {
    let ptr_mask = [1u64];
    let struct_mask = [0b1010u64];
    run("8 B noscan", 10_000_000, 8, Layout::NoScan);
    run("16 B noscan", 10_000_000, 16, Layout::NoScan);
    run("32 B noscan", 5_000_000, 32, Layout::NoScan);
    run("16 B scan (string header)", 10_000_000, 16, Layout::Scan { mask: &ptr_mask, elem_words: 2 });
    run("48 B scan (struct, 2 ptrs)", 5_000_000, 48, Layout::Scan { mask: &struct_mask, elem_words: 6 });
    run("256 B scan ([]*T, 32 elems)", 1_000_000, 256, Layout::Scan { mask: &ptr_mask, elem_words: 1 });
    run("1 KiB noscan", 1_000_000, 1024, Layout::NoScan);
    run("64 KiB noscan (large)", 20_000, 64 << 10, Layout::NoScan);
}
