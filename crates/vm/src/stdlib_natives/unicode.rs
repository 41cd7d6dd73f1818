//! `unicode`'s natives over Go's own Unicode tables ([`unicode_tables`], generated from
//! the unicode package of the Go gorun follows): set membership by name (`inTable`),
//! simple case mappings (`toCase`) and case folding orbits (`simpleFold`).

use super::unicode_tables::{CASE_RANGES, FOLD_EXCEPTIONS, TABLES};
use crate::goroutine::Goroutine;
use crate::interp::{Machine, Trap};
use crate::natives::{Native, arg_str};

pub fn lookup(name: &str) -> Option<Native> {
    let f: Native = match name {
        "unicode.inTable" => in_table,
        "unicode.toCase" => to_case,
        "unicode.simpleFold" => simple_fold,
        _ => return None,
    };
    Some(f)
}

/// `UpperLower` as a case range delta: alternate upper (even) and lower (odd) case.
const UPPER_LOWER: i32 = 0x10FFFF + 1;

/// Whether `r` is in the set called `name` (unknown names hold nothing).
pub fn is_in(name: &[u8], r: i64) -> bool {
    let Ok(i) = TABLES.binary_search_by(|(n, _)| n.as_bytes().cmp(name)) else { return false };
    let Ok(r) = u32::try_from(r) else { return false };
    let ranges = TABLES[i].1;
    // The first range whose hi is at least r.
    let (mut lo, mut hi) = (0, ranges.len() / 3);
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        if ranges[mid * 3 + 1] < r {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    if lo == ranges.len() / 3 {
        return false;
    }
    let (first, stride) = (ranges[lo * 3], ranges[lo * 3 + 2]);
    r >= first && (r - first) % stride == 0
}

/// Unicode's simple mapping of `r` to upper (0), lower (1) or title (2) case.
pub fn to(case: usize, r: i64) -> i64 {
    let n = CASE_RANGES.len() / 5;
    let (mut lo, mut hi) = (0, n);
    while lo < hi {
        let m = lo + (hi - lo) / 2;
        let c = &CASE_RANGES[m * 5..m * 5 + 5];
        if r < i64::from(c[0]) {
            hi = m;
        } else if r > i64::from(c[1]) {
            lo = m + 1;
        } else {
            let delta = c[2 + case];
            if delta == UPPER_LOWER {
                // Pairs from lo: keep the pair, pick by case (upper and title even).
                let base = i64::from(c[0]);
                return base + (((r - base) & !1) | (case as i64 & 1));
            }
            return r + i64::from(delta);
        }
    }
    r
}

/// `inTable(name string, r rune) bool`.
fn in_table(_: &mut Machine<'_>, g: &mut Goroutine, base: usize) -> Result<(), Trap> {
    let name = arg_str(g, base);
    let r = g.stack[base + 2] as i32;
    g.stack[base] = u64::from(is_in(&name, i64::from(r)));
    Ok(())
}

/// `toCase(c int, r rune) rune`, for 0 <= c < MaxCase.
fn to_case(_: &mut Machine<'_>, g: &mut Goroutine, base: usize) -> Result<(), Trap> {
    let case = (g.stack[base] as usize).min(2);
    let r = i64::from(g.stack[base + 1] as i32);
    g.stack[base] = to(case, r) as i32 as i64 as u64;
    Ok(())
}

/// `simpleFold(r rune) rune`, for a valid r.
fn simple_fold(_: &mut Machine<'_>, g: &mut Goroutine, base: usize) -> Result<(), Trap> {
    let r = i64::from(g.stack[base] as i32);
    g.stack[base] = fold(r) as i32 as i64 as u64;
    Ok(())
}

/// The next rune of `r`'s case folding orbit, as `unicode.SimpleFold`.
pub fn fold(r: i64) -> i64 {
    if let Ok(r32) = u32::try_from(r) {
        let (mut lo, mut hi) = (0, FOLD_EXCEPTIONS.len() / 2);
        while lo < hi {
            let m = lo + (hi - lo) / 2;
            match FOLD_EXCEPTIONS[m * 2].cmp(&r32) {
                std::cmp::Ordering::Less => lo = m + 1,
                std::cmp::Ordering::Greater => hi = m,
                std::cmp::Ordering::Equal => return i64::from(FOLD_EXCEPTIONS[m * 2 + 1]),
            }
        }
    }
    let l = to(1, r);
    if l != r { l } else { to(0, r) }
}
