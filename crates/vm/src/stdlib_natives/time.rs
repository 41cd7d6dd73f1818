//! `time`'s natives that need no scheduler: the clock.

use crate::goroutine::Goroutine;
use crate::interp::{Machine, Trap};
use crate::natives::Native;
use std::sync::OnceLock;
use std::time::{Instant, SystemTime, UNIX_EPOCH};

pub fn lookup(name: &str) -> Option<Native> {
    let f: Native = match name {
        "time.now" => now,
        _ => return None,
    };
    Some(f)
}

/// The monotonic clock's origin: the first reading (near the program's start).
fn mono_origin() -> Instant {
    static ORIGIN: OnceLock<Instant> = OnceLock::new();
    *ORIGIN.get_or_init(Instant::now)
}

/// `now() (sec int64, nsec int32, mono int64)`: the wall clock as Unix time, and the
/// monotonic clock in nanoseconds since the program started (at least 1, as in Go).
fn now(_: &mut Machine<'_>, g: &mut Goroutine, base: usize) -> Result<(), Trap> {
    let origin = mono_origin();
    let (sec, nsec) = match SystemTime::now().duration_since(UNIX_EPOCH) {
        Ok(d) => (d.as_secs() as i64, i64::from(d.subsec_nanos())),
        Err(e) => {
            // Before 1970: a negative time with a non-negative nanosecond part.
            let d = e.duration();
            let (s, n) = (-(d.as_secs() as i64), i64::from(d.subsec_nanos()));
            if n == 0 { (s, 0) } else { (s - 1, 1_000_000_000 - n) }
        }
    };
    let mono = origin.elapsed().as_nanos() as i64 + 1;
    g.stack[base] = sec as u64;
    g.stack[base + 1] = nsec as u64;
    g.stack[base + 2] = mono as u64;
    Ok(())
}
