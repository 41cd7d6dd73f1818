//! Map iteration (`for k, v := range m`).
//!
//! An iterator is a heap object recording the map, the table current when iteration
//! began, a random start (a group and an offset within groups, as Go randomizes), how
//! many slots it has visited and the map's clear count at the start. It visits every slot
//! of its table once, in the order `group (start + n) & mask`, slot `(j + offset) & 7`.
//! See the module comment of [`map`](super) for why producing entries from that table,
//! directly while it is current and through lookups after the map grew, gives Go's
//! semantics: every entry present throughout is produced exactly once, an entry deleted
//! before it is reached is not produced, and an entry added during iteration may or may
//! not be.

use super::{
    FULL, GROUP, Generic, H_CLEARS, H_COUNT, H_RNG, H_SLOT_SIZE, H_TABLE, H_VAL_OFF, KeyInfo, KeyKind, KeyOps, Mem,
    Str, Table, W8, W16, W32, W64, hget, hset, lookup_in, match_full, rand_next, with_ops,
};
use crate::interp::{GoPanic, Machine};
use crate::mem;

// Byte offsets of the iterator's words.
/// The map header (0: nothing (left) to produce).
const I_MAP: u64 = 0;
/// The table iterated and its groups minus one.
const I_TABLE: u64 = 8;
const I_MASK: u64 = 16;
/// Random start: group in the low half, offset within groups in the high half.
const I_START: u64 = 24;
/// Slots visited.
const I_POS: u64 = 32;
/// The map's clear count when iteration began.
const I_CLEARS: u64 = 40;
const ITER_WORDS: u64 = 6;
/// Pointer words: the map and the table.
const ITER_PTRS: [u64; 1] = [1 << (I_MAP / 8) | 1 << (I_TABLE / 8)];

#[inline(always)]
fn iget(it: u64, off: u64) -> u64 {
    // SAFETY: `it` is an iterator made by `map_iter_new` (ITER_WORDS words; module
    // contract) and `off` one of the I_ offsets.
    unsafe { mem::load::<u64>(it + off) }
}

#[inline(always)]
fn iset(it: u64, off: u64, v: u64) {
    // SAFETY: as in `iget`; iterators are heap objects.
    unsafe { mem::store::<u64>(it + off, v) }
}

/// A new iterator over `map` (which may be nil), starting at a random position.
pub fn map_iter_new(m: &mut Machine<'_>, _typ: u32, map: u64) -> Result<u64, GoPanic> {
    let it = m.alloc_words(ITER_WORDS, &ITER_PTRS, ITER_WORDS as usize)?;
    // An empty map has nothing to produce (entries added during iteration may be skipped).
    if map == 0 || hget(map, H_COUNT) == 0 {
        return Ok(it);
    }
    let t = Table::load(map);
    let mut rng = hget(map, H_RNG);
    let start = rand_next(&mut rng);
    hset(map, H_RNG, rng);
    iset(it, I_MAP, map);
    iset(it, I_TABLE, t.groups);
    iset(it, I_MASK, t.mask);
    iset(it, I_START, start);
    iset(it, I_CLEARS, hget(map, H_CLEARS));
    Ok(it)
}

/// The next entry of the iteration, as (key address, value address), or `None` at the end.
pub fn map_iter_next(m: &mut Machine<'_>, it: u64) -> Result<Option<(u64, u64)>, GoPanic> {
    let h = iget(it, I_MAP);
    if h == 0 {
        return Ok(None);
    }
    let t = Table {
        groups: iget(it, I_TABLE),
        mask: iget(it, I_MASK),
        slot_size: hget(h, H_SLOT_SIZE),
        val_off: hget(h, H_VAL_OFF),
    };
    let current = hget(h, H_TABLE) == t.groups;
    let cap = (t.mask + 1) * GROUP;
    let start = iget(it, I_START);
    let offset = start >> 32;
    let mut pos = iget(it, I_POS);
    while pos < cap {
        let g = start.wrapping_add(pos / GROUP) & t.mask;
        if pos.is_multiple_of(GROUP) && match_full(t.ctrl_word(g)) == 0 {
            pos += GROUP;
            continue;
        }
        let i = g * GROUP + (pos + offset) % GROUP;
        pos += 1;
        if t.ctrl_byte(i) & FULL == 0 {
            continue;
        }
        let slot = t.slot(i);
        let entry =
            if current { Some(slot) } else { with_ops!(KeyInfo::load(h), |ops| grown_entry(m, h, it, slot, ops)?) };
        if let Some(s) = entry {
            iset(it, I_POS, pos);
            return Ok(Some((s, s + t.val_off)));
        }
    }
    // Done: drop the references (the table can be collected before the iterator is).
    for off in [I_MAP, I_TABLE] {
        iset(it, off, 0);
    }
    Ok(None)
}

/// The entry to produce for the key in `slot` of an iterator's table after the map moved
/// to another table: the map's current entry for the key; or, for a key not equal to
/// itself (which no lookup finds, and only `clear` removes), the old slot unless the map
/// was cleared; else nothing (the key was deleted).
fn grown_entry<K: KeyOps>(m: &Machine<'_>, h: u64, it: u64, slot: u64, ops: K) -> Result<Option<u64>, GoPanic> {
    if let Some(s) = lookup_in(m, h, slot, ops)? {
        return Ok(Some(s));
    }
    if !K::REFLEXIVE && iget(it, I_CLEARS) == hget(h, H_CLEARS) && !ops.eq(m, slot, slot)? {
        return Ok(Some(slot));
    }
    Ok(None)
}
