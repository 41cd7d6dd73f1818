//! Go maps, in the heap the runtime owns.
//!
//! # Design: an open-addressing Swiss table
//!
//! A map value is the address of a *header* object; `nil` is 0. The header owns one
//! *table*: an array of groups, each a control word followed by 8 slots of
//! `key, value` pairs (Go's layout: the control word shares cache lines with the slots a
//! probe then compares, so a lookup in a large map usually costs one cache miss). A
//! control word holds one byte per slot, so a probe tests 8 slots with a few word
//! operations (SWAR). The number of groups is a power of two.
//!
//! Control bytes: `0x00` empty, `0x01` deleted (a tombstone), `0x80 | h2` full, where
//! `h2` is the low 7 bits of the key's hash. Empty is zero so that fresh (zeroed) memory
//! is an empty table. A lookup starts at group `(hash >> 7) & mask`, compares keys only
//! in slots whose tag matches, and stops at the first group holding an empty slot;
//! groups are probed triangularly (`g, g+1, g+3, g+6, …`), which visits every group of
//! a power-of-two table.
//!
//! At most 7/8 of the slots are ever non-empty (`growth_left` counts what is left), so
//! every probe sequence ends. When an insertion would exceed that, the table is rebuilt
//! into a new one: twice as large if more than half of the allowed load is live entries,
//! else the same size (tombstones are dropped). A deletion makes its slot empty when its
//! group still has an empty slot (no probe ever went past such a group) and a tombstone
//! otherwise. Deleted and cleared slots are zeroed, so a free slot always holds zero
//! bytes and a new entry's value starts as its zero value.
//!
//! A table is never modified once it has been replaced. That is what makes iteration
//! across growth simple (Go's Swiss-table approach): an iterator keeps the table it
//! started on; while that table is still the map's, entries are read from it directly;
//! after the map moved to a new table, the iterator keeps walking its old table (so it
//! visits each key at most once) and looks every key up in the map as it is now,
//! producing the current entry, or nothing when the key was deleted. Keys that are not
//! equal to themselves (NaN) cannot be looked up but can only disappear through `clear`,
//! so they are produced from the old table unless a clear happened (the header counts
//! clears).
//!
//! # Memory
//!
//! Everything is a heap object allocated through the [`Machine`]: the header (pointer
//! word: the table), the table (an array of group elements whose mask gives, for each of
//! the 8 slots, the key's pointer words then the value's, so the collector can scan it
//! precisely; no pointers at all gives a noscan object) and iterators (pointer words: the
//! map and its table). Keys and values are stored inline in their slots
//! (Go moves keys and values larger than 128 bytes out of line; here they are inline
//! whatever their size). Rust keeps no Go address beyond a call.
//!
//! # Addresses handed out
//!
//! The value address from [`map_lookup`] or [`map_assign`], and the key and value
//! addresses from [`map_iter_next`] or [`map_entries`], point into the table and stay
//! valid (as memory) for the life of the table, but only mean the entry until the next
//! [`map_assign`], [`map_delete`] or [`map_clear`] on the map: callers copy values out
//! (or store into the assigned slot) before mutating the map again.
//!
//! Assigning to an existing key stores the new key over the old one when the key type
//! holds floats, strings or interfaces (Go's `needkeyupdate`): after `m[+0.0] = 1;
//! m[-0.0] = 2` the key is `-0`.
//!
//! # Hashing
//!
//! See `hash.rs`. Each map has a random seed (from the standard library's per-thread
//! random keys), re-drawn when the map becomes empty or is cleared, and a PRNG state
//! (wyrand) for
//! iteration start positions and NaN hashes. Keys of plain-memory types (integers,
//! booleans, pointers, and arrays and structs of those without padding) and strings take
//! fast paths; the others hash by their type descriptor and compare with
//! `values_equal` (Go's `==`).
//!
//! # Panics
//!
//! * assignment into a nil map: `assignment to entry in nil map` (Go's plainError);
//! * a key holding, in an interface, a value of a non-comparable dynamic type:
//!   `runtime error: hash of unhashable type T`, except that a lookup or delete in a nil or
//!   empty map checks the key without hashing it and panics, as Go does there, with
//!   `hash of unhashable type: T` (Go's `unhashableTypeError`).
//!
//! # Safety
//!
//! Like `values_equal`, the functions here take addresses as plain words and are
//! sound only for the arguments the VM passes: `map` is 0 or a header made by
//! [`map_new`] for the same map type `typ`, `key` addresses a live value of the key type
//! and `iter` is an iterator made by [`map_iter_new`]. Those objects are live while the
//! VM holds their addresses (nothing is freed yet; the collector will see them through
//! registers and the pointer words listed above), and a header's fields describe
//! objects of the sizes this module allocated for them.

mod hash;
mod iter;

pub(crate) use hash::rand_next;
pub use iter::{map_iter_new, map_iter_next};

use crate::equal::values_equal;
use crate::interp::{ErrorKind, GoPanic, MAX_ALLOC, Machine};
use crate::mem;
use gorun_bytecode::{TypeDesc, TypeKind};
use hash::{hash_bytes, hash_value, hash_word};

/// Slots per group.
const GROUP: u64 = 8;

/// Control bytes.
const EMPTY: u8 = 0x00;
const DELETED: u8 = 0x01;
const FULL: u8 = 0x80;

const LSB: u64 = 0x0101_0101_0101_0101;
const MSB: u64 = 0x8080_8080_8080_8080;

// The header: byte offsets of its words.
/// Live entries (`len`): the first word, so `len` is one load.
const H_COUNT: u64 = 0;
/// The table (0 until the map first needs one).
const H_TABLE: u64 = 8;
/// Groups minus one.
const H_MASK: u64 = 16;
/// Insertions into empty slots left before the table must be rebuilt.
const H_GROWTH: u64 = 24;
const H_SEED: u64 = 32;
/// PRNG state.
const H_RNG: u64 = 40;
/// How many times the map was cleared.
const H_CLEARS: u64 = 48;
/// Bytes per slot (a multiple of 8).
const H_SLOT_SIZE: u64 = 56;
/// Offset of the value in a slot (the key is at 0).
const H_VAL_OFF: u64 = 64;
const H_KEY_SIZE: u64 = 72;
/// Key type index (low half) and [`KeyKind`] (high half).
const H_KEY_INFO: u64 = 80;
const HEADER_WORDS: u64 = 11;
/// Pointer words of the header: the table.
const HEADER_PTRS: [u64; 1] = [1 << (H_TABLE / 8)];

/// How keys are hashed and compared.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum KeyKind {
    /// By type descriptor: [`hash_value`] and [`values_equal`].
    Generic = 0,
    /// Plain memory of 1, 2, 4 or 8 bytes (naturally aligned).
    W8 = 1,
    W16 = 2,
    W32 = 3,
    W64 = 4,
    /// A string, by content.
    Str = 5,
    /// Plain memory of any other size.
    Mem = 6,
}

impl KeyKind {
    fn of(types: &[TypeDesc], key: u32) -> KeyKind {
        let t = &types[key as usize];
        if t.kind == TypeKind::String {
            return KeyKind::Str;
        }
        if !hash::is_plain_memory(types, key) {
            return KeyKind::Generic;
        }
        match (t.size, t.align) {
            (1, _) => KeyKind::W8,
            (2, 2..) => KeyKind::W16,
            (4, 4..) => KeyKind::W32,
            (8, 8..) => KeyKind::W64,
            _ => KeyKind::Mem,
        }
    }

    fn from_word(w: u64) -> KeyKind {
        match w {
            1 => KeyKind::W8,
            2 => KeyKind::W16,
            3 => KeyKind::W32,
            4 => KeyKind::W64,
            5 => KeyKind::Str,
            6 => KeyKind::Mem,
            _ => KeyKind::Generic,
        }
    }
}

/// Reads header word `off` of map `h`.
#[inline(always)]
fn hget(h: u64, off: u64) -> u64 {
    // SAFETY: `h` is a header made by `map_new` (module contract), HEADER_WORDS words
    // long, and `off` is one of the H_ offsets inside it.
    unsafe { mem::load::<u64>(h + off) }
}

/// Writes header word `off` of map `h`.
#[inline(always)]
fn hset(h: u64, off: u64, v: u64) {
    // SAFETY: as in `hget`; headers are heap objects.
    unsafe { mem::store::<u64>(h + off, v) }
}

/// Zeroes `len` bytes at `addr`.
///
/// # Safety
/// `addr..addr+len` lies in a live heap object (for `len > 0`).
#[inline(always)]
unsafe fn zero(addr: u64, len: u64) {
    if len > 0 {
        // SAFETY: guaranteed by the caller.
        unsafe { std::ptr::write_bytes(addr as *mut u8, 0, len as usize) }
    }
}

/// A map's key type, as its header records it.
#[derive(Clone, Copy)]
struct KeyInfo {
    kind: KeyKind,
    typ: u32,
    size: u64,
}

impl KeyInfo {
    fn load(h: u64) -> KeyInfo {
        let info = hget(h, H_KEY_INFO);
        KeyInfo { kind: KeyKind::from_word(info >> 32), typ: info as u32, size: hget(h, H_KEY_SIZE) }
    }
}

/// A view of a map's current table (only valid during one call).
#[derive(Clone, Copy)]
struct Table {
    /// Address of group 0 (0: no table).
    groups: u64,
    mask: u64,
    slot_size: u64,
    val_off: u64,
}

/// Bytes per group: the control word and 8 slots.
#[inline(always)]
fn group_size(slot_size: u64) -> u64 {
    8 + GROUP * slot_size
}

impl Table {
    #[inline(always)]
    fn load(h: u64) -> Table {
        Table {
            groups: hget(h, H_TABLE),
            mask: hget(h, H_MASK),
            slot_size: hget(h, H_SLOT_SIZE),
            val_off: hget(h, H_VAL_OFF),
        }
    }

    fn capacity(&self) -> u64 {
        if self.groups == 0 { 0 } else { (self.mask + 1) * GROUP }
    }

    /// Address of group `g` (its control word).
    #[inline(always)]
    fn group(&self, g: u64) -> u64 {
        self.groups + g * group_size(self.slot_size)
    }

    /// The control word of group `g`.
    #[inline(always)]
    fn ctrl_word(&self, g: u64) -> u64 {
        // SAFETY: `g <= mask`: group `g` lies in the table, a live object of
        // `(mask + 1)` groups.
        unsafe { mem::load::<u64>(self.group(g)) }
    }

    #[inline(always)]
    fn set_ctrl_word(&self, g: u64, w: u64) {
        // SAFETY: as in `ctrl_word`; tables are heap objects.
        unsafe { mem::store::<u64>(self.group(g), w) }
    }

    /// The control byte of slot `i` (group `i / 8`, slot `i % 8`).
    #[inline(always)]
    fn ctrl_byte(&self, i: u64) -> u8 {
        // SAFETY: slot index `i` is below the capacity, so its group lies in the table.
        unsafe { mem::load::<u8>(self.group(i / GROUP) + i % GROUP) }
    }

    #[inline(always)]
    fn set_ctrl(&self, i: u64, b: u8) {
        // SAFETY: as in `ctrl_byte`; tables are heap objects.
        unsafe { mem::store::<u8>(self.group(i / GROUP) + i % GROUP, b) }
    }

    /// Address of slot `i`.
    #[inline(always)]
    fn slot(&self, i: u64) -> u64 {
        self.group(i / GROUP) + 8 + (i % GROUP) * self.slot_size
    }
}

/// Most insertions a table of `cap` slots takes (7/8 of it).
fn max_load(cap: u64) -> u64 {
    cap - cap / 8
}

/// The control byte of a hash.
#[inline(always)]
fn tag(hash: u64) -> u8 {
    FULL | (hash & 0x7f) as u8
}

/// Bytes of `c` equal to `b` (a full tag), as their top bits. May report, besides the
/// true matches, a full byte just above a true match: callers compare keys anyway.
#[inline(always)]
fn match_tag(c: u64, b: u8) -> u64 {
    let x = c ^ (LSB * u64::from(b));
    x.wrapping_sub(LSB) & !x & MSB
}

/// Empty bytes of `c` (exact).
#[inline(always)]
fn match_empty(c: u64) -> u64 {
    !c & !(c << 7) & MSB
}

/// Empty or deleted bytes of `c` (exact).
#[inline(always)]
fn match_free(c: u64) -> u64 {
    !c & MSB
}

/// Full bytes of `c` (exact).
#[inline(always)]
fn match_full(c: u64) -> u64 {
    c & MSB
}

/// Index in its group of the first byte a match mask reports.
#[inline(always)]
fn first(m: u64) -> u64 {
    u64::from(m.trailing_zeros() / 8)
}

/// Hashing and equality of one kind of key. `hash` gives `Err(t)` when the key holds an
/// unhashable value of type `t`.
trait KeyOps: Copy {
    /// Whether every key equals itself (no floats inside), so a failed lookup of a key
    /// read from a table means it is gone.
    const REFLEXIVE: bool;
    /// Whether assigning to an existing key stores the new key over the old (Go's
    /// `needkeyupdate`: equal keys may differ, as `+0` and `-0`, or hold other memory).
    const UPDATE: bool;
    fn hash(self, m: &Machine<'_>, key: u64, seed: u64, rng: &mut u64) -> Result<u64, u32>;
    fn eq(self, m: &Machine<'_>, a: u64, b: u64) -> Result<bool, GoPanic>;
}

macro_rules! word_key {
    ($name:ident, $t:ty) => {
        #[derive(Clone, Copy)]
        struct $name;
        impl KeyOps for $name {
            const REFLEXIVE: bool = true;
            const UPDATE: bool = false;
            #[inline(always)]
            fn hash(self, _: &Machine<'_>, key: u64, seed: u64, _: &mut u64) -> Result<u64, u32> {
                // SAFETY: `key` addresses a key, which this kind says is a naturally
                // aligned `$t`.
                Ok(hash_word(u64::from(unsafe { mem::load::<$t>(key) }), seed))
            }
            #[inline(always)]
            fn eq(self, _: &Machine<'_>, a: u64, b: u64) -> Result<bool, GoPanic> {
                // SAFETY: as in `hash`; slots are 8-byte aligned.
                Ok(unsafe { mem::load::<$t>(a) == mem::load::<$t>(b) })
            }
        }
    };
}

word_key!(W8, u8);
word_key!(W16, u16);
word_key!(W32, u32);
word_key!(W64, u64);

#[derive(Clone, Copy)]
struct Str;

impl Str {
    /// # Safety
    /// `addr` addresses a string value.
    #[inline(always)]
    unsafe fn get<'a>(addr: u64) -> &'a [u8] {
        // SAFETY: a string value is (data, length) with `length` readable bytes at `data`
        // (guaranteed by the caller).
        unsafe { mem::bytes(mem::load::<u64>(addr), mem::load::<u64>(addr + 8)) }
    }
}

impl KeyOps for Str {
    const REFLEXIVE: bool = true;
    const UPDATE: bool = true;
    #[inline(always)]
    fn hash(self, _: &Machine<'_>, key: u64, seed: u64, _: &mut u64) -> Result<u64, u32> {
        // SAFETY: `key` addresses a string key.
        Ok(hash_bytes(seed, unsafe { Str::get(key) }))
    }
    #[inline(always)]
    fn eq(self, _: &Machine<'_>, a: u64, b: u64) -> Result<bool, GoPanic> {
        // SAFETY: `a` and `b` address string keys.
        Ok(unsafe { Str::get(a) == Str::get(b) })
    }
}

/// Plain memory of `.0` bytes.
#[derive(Clone, Copy)]
struct Mem(u64);

impl KeyOps for Mem {
    const REFLEXIVE: bool = true;
    const UPDATE: bool = false;
    #[inline(always)]
    fn hash(self, _: &Machine<'_>, key: u64, seed: u64, _: &mut u64) -> Result<u64, u32> {
        // SAFETY: `key` addresses a key of `.0` bytes.
        Ok(hash_bytes(seed, unsafe { mem::bytes(key, self.0) }))
    }
    #[inline(always)]
    fn eq(self, _: &Machine<'_>, a: u64, b: u64) -> Result<bool, GoPanic> {
        // SAFETY: `a` and `b` address keys of `.0` bytes.
        Ok(unsafe { mem::bytes(a, self.0) == mem::bytes(b, self.0) })
    }
}

/// Keys of type `.0` (an index), by descriptor.
#[derive(Clone, Copy)]
struct Generic(u32);

impl KeyOps for Generic {
    const REFLEXIVE: bool = false;
    const UPDATE: bool = true;
    fn hash(self, m: &Machine<'_>, key: u64, seed: u64, rng: &mut u64) -> Result<u64, u32> {
        hash_value(&m.prog.types, self.0, key, seed, rng)
    }
    fn eq(self, m: &Machine<'_>, a: u64, b: u64) -> Result<bool, GoPanic> {
        values_equal(m, self.0, a, b)
    }
}

/// Runs `$body` with `$ops` bound to the [`KeyOps`] of `$info` (monomorphized per kind).
macro_rules! with_ops {
    ($info:expr, |$ops:ident| $body:expr) => {{
        let info: KeyInfo = $info;
        match info.kind {
            KeyKind::W8 => {
                let $ops = W8;
                $body
            }
            KeyKind::W16 => {
                let $ops = W16;
                $body
            }
            KeyKind::W32 => {
                let $ops = W32;
                $body
            }
            KeyKind::W64 => {
                let $ops = W64;
                $body
            }
            KeyKind::Str => {
                let $ops = Str;
                $body
            }
            KeyKind::Mem => {
                let $ops = Mem(info.size);
                $body
            }
            KeyKind::Generic => {
                let $ops = Generic(info.typ);
                $body
            }
        }
    }};
}
use with_ops;

/// The panic for hashing a value of the unhashable type `t` (an index); `checked`: Go's
/// text for a key checked (not hashed) in a nil or empty map.
fn unhashable(m: &Machine<'_>, t: u32, checked: bool) -> GoPanic {
    let name = &m.prog.types[t as usize].name;
    if checked {
        GoPanic::error(ErrorKind::Plain, format!("hash of unhashable type: {name}"))
    } else {
        GoPanic::error(ErrorKind::ErrorString, format!("runtime error: hash of unhashable type {name}"))
    }
}

fn out_of_memory() -> GoPanic {
    GoPanic::fatal("runtime: out of memory")
}

/// What Go checks of a key looked up or deleted in a nil or empty map: that it holds no
/// unhashable value.
fn check_key(m: &Machine<'_>, key_typ: u32, key: u64) -> Result<(), GoPanic> {
    if !hash::hash_might_fail(&m.prog.types, key_typ) {
        return Ok(());
    }
    let mut rng = 0;
    hash_value(&m.prog.types, key_typ, key, 0, &mut rng).map(drop).map_err(|t| unhashable(m, t, true))
}

/// The key and value types of map type `typ`.
fn map_types(m: &Machine<'_>, typ: u32) -> (u32, u32) {
    let t = &m.prog.types[typ as usize];
    debug_assert_eq!(t.kind, TypeKind::Map, "{} is not a map type", t.name);
    (t.key.expect("map type without key type"), t.elem.expect("map type without element type"))
}

/// Slot geometry of a map type: (slot size, value offset).
fn slot_shape(key: &TypeDesc, val: &TypeDesc) -> (u64, u64) {
    let val_off = key.size.next_multiple_of(val.align.max(1));
    let slot_size = (val_off + val.size).next_multiple_of(8).max(8);
    (slot_size, val_off)
}

/// The pointer mask of one group (empty if neither key nor value holds pointers): for
/// each slot, the key's pointer words then the value's.
fn group_mask(key: &TypeDesc, val: &TypeDesc, slot_size: u64, val_off: u64) -> Vec<u64> {
    let mut mask = Vec::new();
    let mut set_from = |src: &[u64], first_word: u64| {
        for (i, w) in src.iter().enumerate() {
            for b in 0..64 {
                if w >> b & 1 != 0 {
                    let word = first_word + i as u64 * 64 + b;
                    let (wi, bi) = ((word / 64) as usize, word % 64);
                    if mask.len() <= wi {
                        mask.resize(wi + 1, 0);
                    }
                    mask[wi] |= 1 << bi;
                }
            }
        }
    };
    for j in 0..GROUP {
        // Word 0 is the control word.
        let slot_word = 1 + j * slot_size / 8;
        set_from(&key.pointer_mask, slot_word);
        // A value with pointers is 8-byte aligned, so `val_off` is a whole number of words.
        set_from(&val.pointer_mask, slot_word + val_off / 8);
    }
    mask
}

/// Allocates a table of `groups` groups for map type `typ`.
fn alloc_table(m: &mut Machine<'_>, typ: u32, groups: u64) -> Result<u64, GoPanic> {
    let (kt, vt) = map_types(m, typ);
    let types = &m.prog.types;
    let (key, val) = (&types[kt as usize], &types[vt as usize]);
    let (slot_size, val_off) = slot_shape(key, val);
    let gsize = group_size(slot_size);
    let bytes = groups.checked_mul(gsize).filter(|&b| b <= MAX_ALLOC).ok_or_else(out_of_memory)?;
    let mask = group_mask(key, val, slot_size, val_off);
    if mask.iter().all(|&w| w == 0) {
        m.alloc_bytes(bytes)
    } else {
        m.alloc_words(bytes / 8, &mask, (gsize / 8) as usize)
    }
}

/// Groups for a table that takes `hint` entries without growing, if that is reasonable.
fn groups_for(hint: u64) -> Option<u64> {
    let slots = hint.checked_mul(8)?.div_ceil(7);
    let groups = slots.div_ceil(GROUP).checked_next_power_of_two()?;
    // A group is at least 72 bytes.
    (groups.checked_mul(72)? <= MAX_ALLOC).then_some(groups)
}

/// A fresh random word: the standard library's per-thread random keys (advanced for
/// each `RandomState`) hashing `salt`.
fn fresh_seed(salt: u64) -> u64 {
    use std::hash::BuildHasher;
    std::collections::hash_map::RandomState::new().hash_one(salt)
}

/// A new map of map type `typ` (index into `prog.types`) with room for `hint` entries;
/// returns its header address. A negative or unreasonably large hint makes an empty map,
/// as in Go.
pub fn map_new(m: &mut Machine<'_>, typ: u32, hint: i64) -> Result<u64, GoPanic> {
    let (kt, vt) = map_types(m, typ);
    let types = &m.prog.types;
    let (key, val) = (&types[kt as usize], &types[vt as usize]);
    let (slot_size, val_off) = slot_shape(key, val);
    let kind = KeyKind::of(types, kt);
    let key_size = key.size;
    let h = m.alloc_words(HEADER_WORDS, &HEADER_PTRS, HEADER_WORDS as usize)?;
    let seed = fresh_seed(h);
    hset(h, H_SEED, seed);
    hset(h, H_RNG, seed ^ hash::M2);
    hset(h, H_SLOT_SIZE, slot_size);
    hset(h, H_VAL_OFF, val_off);
    hset(h, H_KEY_SIZE, key_size);
    hset(h, H_KEY_INFO, u64::from(kt) | (kind as u64) << 32);
    // Up to 7 entries fit the one group the first insertion allocates.
    if hint >= GROUP as i64
        && let Some(groups) = groups_for(hint as u64)
    {
        install_table(m, typ, h, groups)?;
    }
    Ok(h)
}

/// Gives map `h` a new empty table of `groups` groups.
fn install_table(m: &mut Machine<'_>, typ: u32, h: u64, groups: u64) -> Result<(), GoPanic> {
    let table = alloc_table(m, typ, groups)?;
    hset(h, H_TABLE, table);
    hset(h, H_MASK, groups - 1);
    hset(h, H_GROWTH, max_load(groups * GROUP) - hget(h, H_COUNT));
    Ok(())
}

/// Index of the slot holding the key `eq` accepts among those tagged like `hash`.
#[inline(always)]
fn find(t: &Table, hash: u64, mut eq: impl FnMut(u64) -> Result<bool, GoPanic>) -> Result<Option<u64>, GoPanic> {
    let tag = tag(hash);
    let mut g = (hash >> 7) & t.mask;
    let mut stride = 0;
    loop {
        let c = t.ctrl_word(g);
        let mut hits = match_tag(c, tag);
        while hits != 0 {
            let i = g * GROUP + first(hits);
            if eq(t.slot(i))? {
                return Ok(Some(i));
            }
            hits &= hits - 1;
        }
        if match_empty(c) != 0 {
            return Ok(None);
        }
        stride += 1;
        g = (g + stride) & t.mask;
    }
}

/// Where an insertion of a key with `hash` goes: the first free slot on its probe
/// sequence.
#[inline(always)]
fn find_free(t: &Table, hash: u64) -> u64 {
    let mut g = (hash >> 7) & t.mask;
    let mut stride = 0;
    loop {
        let free = match_free(t.ctrl_word(g));
        if free != 0 {
            return g * GROUP + first(free);
        }
        stride += 1;
        g = (g + stride) & t.mask;
    }
}

/// The result of probing for an insertion.
enum Probe {
    Found(u64),
    /// Not present; the slot index it would take.
    Vacant(u64),
}

/// Finds the key `eq` accepts, or where it would be inserted.
#[inline(always)]
fn probe(t: &Table, hash: u64, mut eq: impl FnMut(u64) -> Result<bool, GoPanic>) -> Result<Probe, GoPanic> {
    let tag = tag(hash);
    let mut g = (hash >> 7) & t.mask;
    let mut stride = 0;
    let mut free = None;
    loop {
        let c = t.ctrl_word(g);
        let mut hits = match_tag(c, tag);
        while hits != 0 {
            let i = g * GROUP + first(hits);
            if eq(t.slot(i))? {
                return Ok(Probe::Found(i));
            }
            hits &= hits - 1;
        }
        if free.is_none() {
            let f = match_free(c);
            if f != 0 {
                free = Some(g * GROUP + first(f));
            }
        }
        if match_empty(c) != 0 {
            // A group with an empty slot has a free slot: `free` is set.
            return Ok(Probe::Vacant(free.unwrap_or(g * GROUP + first(match_empty(c)))));
        }
        stride += 1;
        g = (g + stride) & t.mask;
    }
}

/// The value slot of `key` in map `h` (with a table), if present.
#[inline(always)]
fn lookup_in<K: KeyOps>(m: &Machine<'_>, h: u64, key: u64, ops: K) -> Result<Option<u64>, GoPanic> {
    let t = Table::load(h);
    let mut rng = hget(h, H_RNG);
    let hash = ops.hash(m, key, hget(h, H_SEED), &mut rng).map_err(|ty| unhashable(m, ty, false))?;
    Ok(find(&t, hash, |s| ops.eq(m, key, s))?.map(|i| t.slot(i)))
}

/// Address of the value for the key stored at address `key`, or `None` if absent (a nil
/// map, `map == 0`, has no entries). Errors: hashing an unhashable interface key panics.
pub fn map_lookup(m: &Machine<'_>, typ: u32, map: u64, key: u64) -> Result<Option<u64>, GoPanic> {
    if map == 0 || hget(map, H_COUNT) == 0 {
        let kt = if map == 0 { map_types(m, typ).0 } else { KeyInfo::load(map).typ };
        check_key(m, kt, key)?;
        return Ok(None);
    }
    let info = KeyInfo::load(map);
    let val_off = hget(map, H_VAL_OFF);
    with_ops!(info, |ops| Ok(lookup_in(m, map, key, ops)?.map(|s| s + val_off)))
}

/// Rebuilds the table of map `h` (which may have none yet) for at least one more
/// insertion: twice as large when more than half of its allowed load is live entries,
/// else the same size without tombstones.
#[inline(never)]
fn grow<K: KeyOps>(m: &mut Machine<'_>, typ: u32, h: u64, ops: K) -> Result<(), GoPanic> {
    let old = Table::load(h);
    let count = hget(h, H_COUNT);
    let cap = old.capacity();
    let groups = if cap == 0 {
        1
    } else if count > max_load(cap) / 2 {
        (old.mask + 1).checked_mul(2).ok_or_else(out_of_memory)?
    } else {
        old.mask + 1
    };
    let table = alloc_table(m, typ, groups)?;
    let new = Table { groups: table, mask: groups - 1, ..old };
    let seed = hget(h, H_SEED);
    let mut rng = hget(h, H_RNG);
    let m = &*m;
    for g in 0..cap / GROUP {
        let mut full = match_full(old.ctrl_word(g));
        while full != 0 {
            let src = old.slot(g * GROUP + first(full));
            full &= full - 1;
            // Keys in the table hashed before: hashing them cannot fail.
            let hash = ops.hash(m, src, seed, &mut rng).unwrap_or(0);
            let i = find_free(&new, hash);
            new.set_ctrl(i, tag(hash));
            // SAFETY: both slots are `slot_size` bytes inside their tables, and the new
            // table is a fresh heap object.
            unsafe { mem::copy(new.slot(i), src, new.slot_size) };
        }
    }
    hset(h, H_RNG, rng);
    hset(h, H_TABLE, table);
    hset(h, H_MASK, groups - 1);
    hset(h, H_GROWTH, max_load(groups * GROUP) - count);
    Ok(())
}

#[inline(always)]
fn assign_in<K: KeyOps>(
    m: &mut Machine<'_>,
    typ: u32,
    h: u64,
    key: u64,
    info: KeyInfo,
    ops: K,
) -> Result<u64, GoPanic> {
    let mut rng = hget(h, H_RNG);
    let hash = ops.hash(m, key, hget(h, H_SEED), &mut rng).map_err(|ty| unhashable(m, ty, false))?;
    if !K::REFLEXIVE {
        // NaNs drew random hashes.
        hset(h, H_RNG, rng);
    }
    if hget(h, H_TABLE) == 0 {
        grow(m, typ, h, ops)?;
    }
    let mut t = Table::load(h);
    let mut i = match probe(&t, hash, |s| ops.eq(m, key, s))? {
        Probe::Found(i) => {
            if K::UPDATE {
                // SAFETY: the slot starts with `info.size` bytes of key; `key` addresses a
                // key (the ranges may overlap).
                unsafe { mem::copy(t.slot(i), key, info.size) };
            }
            return Ok(t.slot(i) + t.val_off);
        }
        Probe::Vacant(i) => i,
    };
    if t.ctrl_byte(i) == EMPTY {
        if hget(h, H_GROWTH) == 0 {
            grow(m, typ, h, ops)?;
            t = Table::load(h);
            i = find_free(&t, hash);
        }
        hset(h, H_GROWTH, hget(h, H_GROWTH) - 1);
    }
    t.set_ctrl(i, tag(hash));
    let slot = t.slot(i);
    // SAFETY: the slot holds `key.size` bytes of key at its start; `key` addresses a key
    // (possibly in an older table of this map, which is never modified again). A free
    // slot is zeroed, so the value is already its zero value.
    unsafe { mem::copy(slot, key, info.size) };
    hset(h, H_COUNT, hget(h, H_COUNT) + 1);
    Ok(slot + t.val_off)
}

/// Address of the value slot for `key`, inserting an entry with a copy of the key and a
/// zero value if absent. A nil map panics `assignment to entry in nil map`.
pub fn map_assign(m: &mut Machine<'_>, typ: u32, map: u64, key: u64) -> Result<u64, GoPanic> {
    if map == 0 {
        return Err(GoPanic::error(ErrorKind::Plain, "assignment to entry in nil map"));
    }
    let info = KeyInfo::load(map);
    with_ops!(info, |ops| assign_in(m, typ, map, key, info, ops))
}

/// Removes the entry for `key`, if any. Errors: hashing an unhashable interface key panics.
pub fn map_delete(m: &mut Machine<'_>, typ: u32, map: u64, key: u64) -> Result<(), GoPanic> {
    if map == 0 || hget(map, H_COUNT) == 0 {
        let kt = if map == 0 { map_types(m, typ).0 } else { KeyInfo::load(map).typ };
        return check_key(m, kt, key);
    }
    let info = KeyInfo::load(map);
    let t = Table::load(map);
    let found = with_ops!(info, |ops| {
        let mut rng = hget(map, H_RNG);
        let hash = ops.hash(m, key, hget(map, H_SEED), &mut rng).map_err(|ty| unhashable(m, ty, false))?;
        find(&t, hash, |s| ops.eq(m, key, s))?
    });
    let Some(i) = found else { return Ok(()) };
    if match_empty(t.ctrl_word(i / GROUP)) != 0 {
        // No probe sequence ever went past this group: the slot can be empty again.
        t.set_ctrl(i, EMPTY);
        hset(map, H_GROWTH, hget(map, H_GROWTH) + 1);
    } else {
        t.set_ctrl(i, DELETED);
    }
    // SAFETY: slot `i` is `slot_size` bytes of the table, a heap object.
    unsafe { zero(t.slot(i), t.slot_size) };
    let count = hget(map, H_COUNT) - 1;
    hset(map, H_COUNT, count);
    if count == 0 {
        // As Go: a new seed once empty, so colliding keys found by probing do not last.
        let mut rng = hget(map, H_RNG);
        hset(map, H_SEED, rand_next(&mut rng));
        hset(map, H_RNG, rng);
    }
    Ok(())
}

/// `len(map)`: the number of entries (0 for a nil map). O(1).
pub fn map_len(map: u64) -> u64 {
    if map == 0 { 0 } else { hget(map, H_COUNT) }
}

/// `clear(map)`: removes every entry, keeping the table's capacity.
pub fn map_clear(_m: &mut Machine<'_>, _typ: u32, map: u64) {
    if map == 0 {
        return;
    }
    let t = Table::load(map);
    for g in 0..t.capacity() / GROUP {
        let c = t.ctrl_word(g);
        if c == 0 {
            continue;
        }
        if match_full(c) != 0 {
            // SAFETY: group `g`'s slots lie in the table, a heap object.
            unsafe { zero(t.slot(g * GROUP), GROUP * t.slot_size) };
        }
        t.set_ctrl_word(g, 0);
    }
    hset(map, H_COUNT, 0);
    hset(map, H_GROWTH, max_load(t.capacity()));
    hset(map, H_CLEARS, hget(map, H_CLEARS) + 1);
    let mut rng = hget(map, H_RNG);
    hset(map, H_SEED, rand_next(&mut rng));
    hset(map, H_RNG, rng);
}

/// All (key address, value address) pairs of `map` (which may be nil), in table order.
pub fn map_entries(_m: &Machine<'_>, _typ: u32, map: u64) -> Vec<(u64, u64)> {
    if map == 0 {
        return Vec::new();
    }
    let t = Table::load(map);
    let mut out = Vec::with_capacity(hget(map, H_COUNT) as usize);
    for g in 0..t.capacity() / GROUP {
        let mut full = match_full(t.ctrl_word(g));
        while full != 0 {
            let s = t.slot(g * GROUP + first(full));
            full &= full - 1;
            out.push((s, s + t.val_off));
        }
    }
    out
}

/// The shape of a map's table, for tests and diagnostics.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Default)]
pub struct MapStats {
    pub len: u64,
    /// Slots in the table (0 before the first insertion of a map made without a hint).
    pub capacity: u64,
    /// Full slots (equals `len`).
    pub full: u64,
    /// Deleted slots not reusable as empty.
    pub tombstones: u64,
    /// Insertions into empty slots left before the table is rebuilt; always
    /// `capacity * 7/8 - full - tombstones`.
    pub growth_left: u64,
}

/// Counts the slots of `map`'s table (walks the whole table).
pub fn map_stats(map: u64) -> MapStats {
    if map == 0 {
        return MapStats::default();
    }
    let t = Table::load(map);
    let (mut full, mut tombstones) = (0, 0);
    for i in 0..t.capacity() {
        match t.ctrl_byte(i) {
            EMPTY => {}
            DELETED => tombstones += 1,
            _ => full += 1,
        }
    }
    MapStats {
        len: hget(map, H_COUNT),
        capacity: t.capacity(),
        full,
        tombstones,
        growth_left: if t.groups == 0 { 0 } else { hget(map, H_GROWTH) },
    }
}
