//! Go maps in the VM heap (`gorun_vm::map`), against a Rust `HashMap` model.
//!
//! The program holds hand-made type descriptors; keys are built in heap memory as the
//! compiled code would lay them out.

use gorun_bytecode::typedesc::FieldDesc;
use gorun_bytecode::{Program, TypeDesc, TypeKind};
use gorun_vm::Machine;
use gorun_vm::map::{
    map_assign, map_clear, map_delete, map_entries, map_iter_new, map_iter_next, map_len, map_lookup, map_new,
    map_stats,
};
use gorun_vm::mem;
use std::collections::{HashMap, HashSet};
use std::fmt::Debug;
use std::hash::Hash;

// Type indices.
const INT: u32 = 0;
const STRING: u32 = 1;
const ANY: u32 = 2;
const INT8: u32 = 3;
/// struct{a int8; b string}
const PAIR: u32 = 4;
const MAP_INT_INT: u32 = 5;
const MAP_STRING_INT: u32 = 6;
const MAP_ANY_INT: u32 = 7;
const MAP_PAIR_INT: u32 = 8;
const FLOAT64: u32 = 9;
const SLICE_INT: u32 = 10;
const MAP_FLOAT_INT: u32 = 11;
/// struct{x float64; s []int} (not comparable)
const BAD_STRUCT: u32 = 12;
/// [1]any
const ARRAY_ANY: u32 = 13;
const MAP_INT_STRING: u32 = 14;
/// [2]int32 (plain memory, 4-aligned)
const ARRAY_I32: u32 = 15;
const INT32: u32 = 16;
const MAP_ARRAY_I32_INT: u32 = 17;
const BOOL: u32 = 18;
const MAP_BOOL_STRING: u32 = 19;
const PTR_INT: u32 = 20;
const EMPTY_STRUCT: u32 = 21;
const MAP_INT_EMPTY: u32 = 22;
const MAP_EMPTY_INT: u32 = 23;
/// [40]int: a large value
const BIG: u32 = 24;
const MAP_INT_BIG: u32 = 25;
/// struct{a int8; b int64}: integers only, with padding
const PADDED: u32 = 26;
const MAP_PADDED_INT: u32 = 27;

fn td(kind: TypeKind, name: &str, size: u64, align: u64, mask: &[u64]) -> TypeDesc {
    TypeDesc {
        kind,
        name: name.into(),
        named: false,
        size,
        align,
        pointer_mask: mask.to_vec(),
        elem: None,
        key: None,
        len: 0,
        fields: Vec::new(),
        methods: Vec::new(),
        iface_methods: Vec::new(),
        comparable: true,
    }
}

fn map_td(name: &str, key: u32, elem: u32) -> TypeDesc {
    TypeDesc { key: Some(key), elem: Some(elem), comparable: false, ..td(TypeKind::Map, name, 8, 8, &[1]) }
}

fn field(name: &str, typ: u32, offset: u64) -> FieldDesc {
    FieldDesc { name: name.into(), typ, offset, embedded: false, exported: false }
}

fn program() -> Program {
    let types = vec![
        td(TypeKind::Int, "int", 8, 8, &[]),
        td(TypeKind::String, "string", 16, 8, &[1]),
        td(TypeKind::Interface, "interface {}", 16, 8, &[0b10]),
        td(TypeKind::Int8, "int8", 1, 1, &[]),
        TypeDesc {
            fields: vec![field("a", INT8, 0), field("b", STRING, 8)],
            ..td(TypeKind::Struct, "struct { a int8; b string }", 24, 8, &[0b10])
        },
        map_td("map[int]int", INT, INT),
        map_td("map[string]int", STRING, INT),
        map_td("map[interface {}]int", ANY, INT),
        map_td("map[struct { a int8; b string }]int", PAIR, INT),
        td(TypeKind::Float64, "float64", 8, 8, &[]),
        TypeDesc { elem: Some(INT), comparable: false, ..td(TypeKind::Slice, "[]int", 24, 8, &[1]) },
        map_td("map[float64]int", FLOAT64, INT),
        TypeDesc {
            fields: vec![field("x", FLOAT64, 0), field("s", SLICE_INT, 8)],
            comparable: false,
            ..td(TypeKind::Struct, "struct { x float64; s []int }", 32, 8, &[0b10])
        },
        TypeDesc { elem: Some(ANY), len: 1, ..td(TypeKind::Array, "[1]interface {}", 16, 8, &[0b10]) },
        map_td("map[int]string", INT, STRING),
        TypeDesc { elem: Some(INT32), len: 2, ..td(TypeKind::Array, "[2]int32", 8, 4, &[]) },
        td(TypeKind::Int32, "int32", 4, 4, &[]),
        map_td("map[[2]int32]int", ARRAY_I32, INT),
        td(TypeKind::Bool, "bool", 1, 1, &[]),
        map_td("map[bool]string", BOOL, STRING),
        TypeDesc { elem: Some(INT), ..td(TypeKind::Pointer, "*int", 8, 8, &[1]) },
        td(TypeKind::Struct, "struct {}", 0, 1, &[]),
        map_td("map[int]struct {}", INT, EMPTY_STRUCT),
        map_td("map[struct {}]int", EMPTY_STRUCT, INT),
        TypeDesc { elem: Some(INT), len: 40, ..td(TypeKind::Array, "[40]int", 320, 8, &[]) },
        map_td("map[int][40]int", INT, BIG),
        TypeDesc {
            fields: vec![field("a", INT8, 0), field("b", INT, 8)],
            ..td(TypeKind::Struct, "struct { a int8; b int }", 16, 8, &[])
        },
        map_td("map[struct { a int8; b int }]int", PADDED, INT),
    ];
    Program { types, ..Default::default() }
}

fn machine(prog: &Program) -> Machine<'_> {
    Machine::new(prog, Box::new(std::io::sink()), Box::new(std::io::sink()))
}

fn ld<T: Copy>(addr: u64) -> T {
    // SAFETY: the tests only read addresses of objects they allocated or that the map
    // API returned, with the types they hold.
    unsafe { mem::load(addr) }
}

fn st<T: Copy>(addr: u64, v: T) {
    // SAFETY: as in `ld`, in heap objects.
    unsafe { mem::store(addr, v) }
}

/// A small deterministic PRNG (splitmix64).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

// Building keys in memory.

fn int_key(m: &mut Machine<'_>, v: i64) -> u64 {
    let a = m.alloc_bytes(8).unwrap();
    st(a, v);
    a
}

fn store_string(m: &mut Machine<'_>, at: u64, s: &str) {
    let (p, l) = m.new_string(s.as_bytes()).unwrap();
    st(at, p);
    st(at + 8, l);
}

fn string_key(m: &mut Machine<'_>, s: &str) -> u64 {
    let a = m.alloc_words(2, &[1], 2).unwrap();
    store_string(m, a, s);
    a
}

fn read_string(addr: u64) -> String {
    let (p, l) = (ld::<u64>(addr), ld::<u64>(addr + 8));
    // SAFETY: a string value written by `store_string` or copied by the map.
    String::from_utf8(unsafe { mem::bytes(p, l) }.to_vec()).unwrap()
}

/// A `struct{a int8; b string}` with random padding bytes (which equality and hashing
/// must ignore).
fn pair_at(m: &mut Machine<'_>, at: u64, a: i8, b: &str, rng: &mut Rng) {
    st(at, a);
    for i in 1..8 {
        st(at + i, rng.next() as u8);
    }
    store_string(m, at + 8, b);
}

fn pair_key(m: &mut Machine<'_>, a: i8, b: &str, rng: &mut Rng) -> u64 {
    let at = m.alloc_words(3, &[0b10], 3).unwrap();
    pair_at(m, at, a, b, rng);
    at
}

/// Dynamic values of `any` keys.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
enum AnyKey {
    Nil,
    Int(i64),
    Str(String),
    /// Float bits, never NaN, zeros normalized to +0 in the model.
    Float(u64),
    Pair(i8, String),
    /// A pointer (a direct interface value).
    Ptr(u64),
}

fn any_key_at(m: &mut Machine<'_>, at: u64, k: &AnyKey, rng: &mut Rng) {
    let (t, data) = match k {
        AnyKey::Nil => (0, 0),
        AnyKey::Int(v) => (INT, int_key(m, *v)),
        AnyKey::Str(s) => (STRING, string_key(m, s)),
        AnyKey::Float(bits) => {
            let b = m.alloc_bytes(8).unwrap();
            // Store -0 for +0 half of the time: they must be the same key.
            let bits = if *bits == 0 && rng.next() & 1 == 0 { (-0.0f64).to_bits() } else { *bits };
            st(b, bits);
            (FLOAT64, b)
        }
        AnyKey::Pair(a, s) => (PAIR, pair_key(m, *a, s, rng)),
        AnyKey::Ptr(p) => (PTR_INT, *p),
    };
    st(at, if matches!(k, AnyKey::Nil) { 0 } else { u64::from(t) + 1 });
    st(at + 8, data);
}

fn any_key(m: &mut Machine<'_>, k: &AnyKey, rng: &mut Rng) -> u64 {
    let at = m.alloc_words(2, &[0b10], 2).unwrap();
    any_key_at(m, at, k, rng);
    at
}

fn read_any(addr: u64) -> AnyKey {
    let (tw, data) = (ld::<u64>(addr), ld::<u64>(addr + 8));
    if tw == 0 {
        return AnyKey::Nil;
    }
    match (tw - 1) as u32 {
        INT => AnyKey::Int(ld(data)),
        STRING => AnyKey::Str(read_string(data)),
        FLOAT64 => {
            let f: f64 = ld(data);
            AnyKey::Float(if f == 0.0 { 0 } else { f.to_bits() })
        }
        PAIR => AnyKey::Pair(ld(data), read_string(data + 8)),
        PTR_INT => AnyKey::Ptr(data),
        t => panic!("unexpected dynamic type {t}"),
    }
}

fn unhashable_any(m: &mut Machine<'_>, dynamic: u32, data: u64) -> u64 {
    let at = m.alloc_words(2, &[0b10], 2).unwrap();
    st(at, u64::from(dynamic) + 1);
    st(at + 8, data);
    at
}

/// How a test builds and reads the keys of one map type.
struct KeyCodec<K> {
    map_typ: u32,
    make: fn(&mut Rng) -> K,
    write: fn(&mut Machine<'_>, &K, &mut Rng) -> u64,
    read: fn(u64) -> K,
}

fn check_shape(map: u64) {
    let s = map_stats(map);
    assert_eq!(s.full, s.len, "{s:?}");
    if s.capacity > 0 {
        assert_eq!(s.growth_left + s.full + s.tombstones, s.capacity - s.capacity / 8, "{s:?}");
    }
}

/// The whole map, read through an iterator; fails on a key produced twice.
fn iterate<K: Eq + Hash + Debug>(m: &mut Machine<'_>, typ: u32, map: u64, read: fn(u64) -> K) -> HashMap<K, i64> {
    let it = map_iter_new(m, typ, map).unwrap();
    let mut seen = HashMap::new();
    while let Some((k, v)) = map_iter_next(m, it).unwrap() {
        let key = read(k);
        let val: i64 = ld(v);
        assert!(seen.insert(key, val).is_none(), "key produced twice");
    }
    assert!(map_iter_next(m, it).unwrap().is_none());
    seen
}

/// Random inserts, updates, lookups, deletes and clears, checked against a `HashMap`.
fn model_test<K: Clone + Eq + Hash + Debug>(codec: &KeyCodec<K>, ops: usize, seed: u64) {
    let prog = program();
    let mut m = machine(&prog);
    let mut rng = Rng(seed);
    let typ = codec.map_typ;
    let map = map_new(&mut m, typ, 0).unwrap();
    let mut model: HashMap<K, i64> = HashMap::new();
    for op in 0..ops {
        let k = (codec.make)(&mut rng);
        let key = (codec.write)(&mut m, &k, &mut rng);
        match rng.below(100) {
            0..40 => {
                let v = rng.next() as i64;
                let slot = map_assign(&mut m, typ, map, key).unwrap();
                let old: i64 = ld(slot);
                assert_eq!(old, model.get(&k).copied().unwrap_or(0), "op {op}: old value of {k:?}");
                st(slot, v);
                model.insert(k.clone(), v);
            }
            40..75 => {
                let got = map_lookup(&m, typ, map, key).unwrap().map(ld::<i64>);
                assert_eq!(got, model.get(&k).copied(), "op {op}: lookup {k:?}");
            }
            75..99 => {
                map_delete(&mut m, typ, map, key).unwrap();
                model.remove(&k);
                assert_eq!(map_lookup(&m, typ, map, key).unwrap(), None, "op {op}: after delete");
            }
            _ => {
                if rng.below(20) == 0 {
                    map_clear(&mut m, typ, map);
                    model.clear();
                }
            }
        }
        assert_eq!(map_len(map), model.len() as u64, "op {op}: len");
        if op % 4096 == 0 || op == ops - 1 {
            check_shape(map);
            assert_eq!(iterate(&mut m, typ, map, codec.read), model, "op {op}: iteration");
            let entries: HashMap<K, i64> =
                map_entries(&m, typ, map).into_iter().map(|(k, v)| ((codec.read)(k), ld(v))).collect();
            assert_eq!(entries, model, "op {op}: entries");
        }
    }
}

fn int_codec() -> KeyCodec<i64> {
    KeyCodec {
        map_typ: MAP_INT_INT,
        make: |r| {
            // Mostly a few thousand keys (many hits), sometimes anything.
            if r.below(10) == 0 { r.next() as i64 } else { r.below(3000) as i64 - 1000 }
        },
        write: |m, k, _| int_key(m, *k),
        read: ld::<i64>,
    }
}

#[test]
fn int_keys_against_model() {
    model_test(&int_codec(), 100_000, 1);
}

#[test]
fn string_keys_against_model() {
    model_test(
        &KeyCodec {
            map_typ: MAP_STRING_INT,
            make: |r| {
                let n = r.below(2500);
                // Lengths 0 to 40 cover every hashing path.
                let len = (n % 41) as usize;
                let base = format!("{n}-");
                base.repeat(len / base.len() + 1)[..len.max(1)].to_string() + &"x".repeat(len % 3)
            },
            write: |m, k, _| string_key(m, k),
            read: read_string,
        },
        100_000,
        2,
    );
}

#[test]
fn interface_keys_against_model() {
    model_test(
        &KeyCodec {
            map_typ: MAP_ANY_INT,
            make: |r| match r.below(6) {
                0 => AnyKey::Int(r.below(500) as i64),
                1 => AnyKey::Str(format!("s{}", r.below(500))),
                2 => AnyKey::Float(if r.below(10) == 0 { 0 } else { (r.below(500) as f64 + 0.5).to_bits() }),
                3 => AnyKey::Pair(r.below(4) as i8, format!("p{}", r.below(100))),
                4 => AnyKey::Ptr(0x1000 + 8 * r.below(300)),
                _ => {
                    if r.below(20) == 0 {
                        AnyKey::Nil
                    } else {
                        AnyKey::Int(r.below(500) as i64)
                    }
                }
            },
            write: any_key,
            read: read_any,
        },
        100_000,
        3,
    );
}

#[test]
fn struct_keys_with_padding_against_model() {
    model_test(
        &KeyCodec {
            map_typ: MAP_PAIR_INT,
            make: |r| (r.below(256) as u8 as i8, format!("k{}", r.below(40))),
            write: |m, k, r| pair_key(m, k.0, &k.1, r),
            read: |a| (ld::<i8>(a), read_string(a + 8)),
        },
        100_000,
        4,
    );
}

#[test]
fn padded_integer_struct_keys_against_model() {
    model_test(
        &KeyCodec {
            map_typ: MAP_PADDED_INT,
            make: |r| (r.below(8) as i8, r.below(200) as i64),
            write: |m, k, r| {
                let a = m.alloc_bytes(16).unwrap();
                st(a, k.0);
                for i in 1..8 {
                    st(a + i, r.next() as u8);
                }
                st(a + 8, k.1);
                a
            },
            read: |a| (ld::<i8>(a), ld::<i64>(a + 8)),
        },
        30_000,
        6,
    );
}

#[test]
fn plain_memory_array_keys_against_model() {
    model_test(
        &KeyCodec {
            map_typ: MAP_ARRAY_I32_INT,
            make: |r| [r.below(60) as i32 - 30, r.below(60) as i32],
            write: |m, k, _| {
                let a = m.alloc_bytes(8).unwrap();
                st(a, k[0]);
                st(a + 4, k[1]);
                a
            },
            read: |a| [ld::<i32>(a), ld::<i32>(a + 4)],
        },
        30_000,
        5,
    );
}

#[test]
fn float_keys_nan_and_signed_zero() {
    let prog = program();
    let mut m = machine(&prog);
    let map = map_new(&mut m, MAP_FLOAT_INT, 0).unwrap();
    let key = |m: &mut Machine<'_>, f: f64| {
        let a = m.alloc_bytes(8).unwrap();
        st(a, f);
        a
    };
    // Each NaN insertion is a new entry, and no NaN is ever found.
    for i in 0..1000 {
        let k = key(&mut m, f64::NAN);
        st(map_assign(&mut m, MAP_FLOAT_INT, map, k).unwrap(), i as i64);
        assert_eq!(map_lookup(&m, MAP_FLOAT_INT, map, k).unwrap(), None);
    }
    assert_eq!(map_len(map), 1000);
    let k = key(&mut m, f64::NAN);
    map_delete(&mut m, MAP_FLOAT_INT, map, k).unwrap();
    assert_eq!(map_len(map), 1000);
    // +0 and -0 are one key; assigning through -0 stores -0 as the key (as Go does).
    let pz = key(&mut m, 0.0);
    let nz = key(&mut m, -0.0);
    st(map_assign(&mut m, MAP_FLOAT_INT, map, pz).unwrap(), 7i64);
    assert_eq!(map_lookup(&m, MAP_FLOAT_INT, map, nz).unwrap().map(ld::<i64>), Some(7));
    st(map_assign(&mut m, MAP_FLOAT_INT, map, nz).unwrap(), 8i64);
    assert_eq!(map_len(map), 1001);
    let one = key(&mut m, 1.5);
    st(map_assign(&mut m, MAP_FLOAT_INT, map, one).unwrap(), 9i64);
    let entries = map_entries(&m, MAP_FLOAT_INT, map);
    assert_eq!(entries.len(), 1002);
    let nans: Vec<i64> = entries.iter().filter(|e| ld::<f64>(e.0).is_nan()).map(|e| ld::<i64>(e.1)).collect();
    let mut sorted = nans.clone();
    sorted.sort();
    assert_eq!(sorted, (0..1000).collect::<Vec<i64>>());
    let zero = entries.iter().find(|e| ld::<f64>(e.0) == 0.0).unwrap();
    assert!(ld::<f64>(zero.0).is_sign_negative());
    assert_eq!(ld::<i64>(zero.1), 8);
    // Iteration produces NaN entries, also across growth (they can't be looked up).
    let it = map_iter_new(&mut m, MAP_FLOAT_INT, map).unwrap();
    let mut produced = 0;
    let mut nan_produced = 0;
    let mut next_key = 10.0;
    while let Some((k, _)) = map_iter_next(&mut m, it).unwrap() {
        produced += 1;
        nan_produced += usize::from(ld::<f64>(k).is_nan());
        if produced == 3 {
            // Force two growths in the middle of the iteration.
            for _ in 0..3000 {
                let k = key(&mut m, next_key);
                next_key += 1.0;
                map_assign(&mut m, MAP_FLOAT_INT, map, k).unwrap();
            }
        }
    }
    assert_eq!(nan_produced, 1000);
    assert!(produced >= 1002);
    // After a clear, nothing of the old table is produced, NaNs included.
    let it = map_iter_new(&mut m, MAP_FLOAT_INT, map).unwrap();
    assert!(map_iter_next(&mut m, it).unwrap().is_some());
    for _ in 0..10_000 {
        let k = key(&mut m, next_key);
        next_key += 1.0;
        map_assign(&mut m, MAP_FLOAT_INT, map, k).unwrap();
    }
    map_clear(&mut m, MAP_FLOAT_INT, map);
    assert_eq!(map_len(map), 0);
    assert!(map_iter_next(&mut m, it).unwrap().is_none());
    check_shape(map);
}

#[test]
fn unhashable_interface_keys_panic() {
    let prog = program();
    let mut m = machine(&prog);
    let mut rng = Rng(9);
    let slice = m.alloc_words(3, &[1], 3).unwrap();
    let bad = unhashable_any(&mut m, SLICE_INT, slice);
    let runtime_msg = "runtime error: hash of unhashable type []int";
    let checked_msg = "hash of unhashable type: []int";

    // Nil map: assignment fails first for being nil; lookups and deletes check the key.
    let e = map_assign(&mut m, MAP_ANY_INT, 0, bad).unwrap_err();
    assert_eq!(e.message, "assignment to entry in nil map");
    assert!(!e.fatal && e.preamble.is_empty() && e.trace.is_empty());
    assert_eq!(map_lookup(&m, MAP_ANY_INT, 0, bad).unwrap_err().message, checked_msg);
    assert_eq!(map_delete(&mut m, MAP_ANY_INT, 0, bad).unwrap_err().message, checked_msg);

    // Empty map: the same check (Go's mapKeyError); assignment hashes.
    let map = map_new(&mut m, MAP_ANY_INT, 0).unwrap();
    assert_eq!(map_lookup(&m, MAP_ANY_INT, map, bad).unwrap_err().message, checked_msg);
    assert_eq!(map_delete(&mut m, MAP_ANY_INT, map, bad).unwrap_err().message, checked_msg);
    let e = map_assign(&mut m, MAP_ANY_INT, map, bad).unwrap_err();
    assert_eq!(e.message, runtime_msg);
    assert!(!e.fatal);
    assert_eq!(map_len(map), 0);

    // Non-empty map: hashing panics.
    let k = any_key(&mut m, &AnyKey::Int(1), &mut rng);
    st(map_assign(&mut m, MAP_ANY_INT, map, k).unwrap(), 1i64);
    assert_eq!(map_lookup(&m, MAP_ANY_INT, map, bad).unwrap_err().message, runtime_msg);
    assert_eq!(map_delete(&mut m, MAP_ANY_INT, map, bad).unwrap_err().message, runtime_msg);
    assert_eq!(map_assign(&mut m, MAP_ANY_INT, map, bad).unwrap_err().message, runtime_msg);
    assert_eq!(map_len(map), 1);

    // The topmost non-comparable type is named...
    let bs = m.alloc_words(4, &[0b10], 4).unwrap();
    let bad_struct = unhashable_any(&mut m, BAD_STRUCT, bs);
    assert_eq!(
        map_assign(&mut m, MAP_ANY_INT, map, bad_struct).unwrap_err().message,
        "runtime error: hash of unhashable type struct { x float64; s []int }"
    );
    // ...and a comparable array holding a slice in an interface names the slice type.
    let arr = m.alloc_words(2, &[0b10], 2).unwrap();
    st(arr, u64::from(SLICE_INT) + 1);
    st(arr + 8, slice);
    let bad_array = unhashable_any(&mut m, ARRAY_ANY, arr);
    assert_eq!(map_lookup(&m, MAP_ANY_INT, map, bad_array).unwrap_err().message, runtime_msg);
    // A nil interface key is fine.
    let nil_key = any_key(&mut m, &AnyKey::Nil, &mut rng);
    assert_eq!(map_lookup(&m, MAP_ANY_INT, map, nil_key).unwrap(), None);
    st(map_assign(&mut m, MAP_ANY_INT, map, nil_key).unwrap(), 5i64);
    assert_eq!(map_lookup(&m, MAP_ANY_INT, map, nil_key).unwrap().map(ld::<i64>), Some(5));
    assert_eq!(map_len(map), 2);
}

#[test]
fn nil_map() {
    let prog = program();
    let mut m = machine(&prog);
    let k = int_key(&mut m, 3);
    assert_eq!(map_len(0), 0);
    assert_eq!(map_lookup(&m, MAP_INT_INT, 0, k).unwrap(), None);
    map_delete(&mut m, MAP_INT_INT, 0, k).unwrap();
    map_clear(&mut m, MAP_INT_INT, 0);
    assert!(map_entries(&m, MAP_INT_INT, 0).is_empty());
    let it = map_iter_new(&mut m, MAP_INT_INT, 0).unwrap();
    assert!(map_iter_next(&mut m, it).unwrap().is_none());
    let e = map_assign(&mut m, MAP_INT_INT, 0, k).unwrap_err();
    assert_eq!(e.message, "assignment to entry in nil map");
    assert_eq!(gorun_vm::report(&e, 1), "panic: assignment to entry in nil map\n\ngoroutine 1 [running]:\n");
    // An empty (non-nil) map.
    let map = map_new(&mut m, MAP_INT_INT, 0).unwrap();
    assert_eq!(map_stats(map).capacity, 0, "no table before the first insertion");
    assert_eq!(map_lookup(&m, MAP_INT_INT, map, k).unwrap(), None);
    let it = map_iter_new(&mut m, MAP_INT_INT, map).unwrap();
    assert!(map_iter_next(&mut m, it).unwrap().is_none());
    map_clear(&mut m, MAP_INT_INT, map);
    assert_eq!(map_len(map), 0);
}

#[test]
fn iteration_while_deleting() {
    let prog = program();
    let mut m = machine(&prog);
    let mut rng = Rng(11);
    for round in 0..20 {
        let n = [1, 7, 8, 50, 1000, 5000][round % 6];
        let map = map_new(&mut m, MAP_INT_INT, 0).unwrap();
        let keys: Vec<u64> = (0..n).map(|i| int_key(&mut m, i)).collect();
        for (i, &k) in keys.iter().enumerate() {
            st(map_assign(&mut m, MAP_INT_INT, map, k).unwrap(), i as i64 * 10);
        }
        let mut deleted = HashSet::new();
        let mut produced = HashSet::new();
        let it = map_iter_new(&mut m, MAP_INT_INT, map).unwrap();
        while let Some((k, v)) = map_iter_next(&mut m, it).unwrap() {
            let key: i64 = ld(k);
            assert_eq!(ld::<i64>(v), key * 10);
            assert!(!deleted.contains(&key), "deleted key {key} produced");
            assert!(produced.insert(key), "key {key} produced twice");
            // Delete the current key and a few random ones.
            map_delete(&mut m, MAP_INT_INT, map, k).unwrap();
            deleted.insert(key);
            for _ in 0..rng.below(3) {
                let d = rng.below(n as u64) as usize;
                map_delete(&mut m, MAP_INT_INT, map, keys[d]).unwrap();
                deleted.insert(d as i64);
            }
        }
        // Every key never deleted before being reached was produced.
        for i in 0..n {
            assert!(produced.contains(&i) || deleted.contains(&i), "key {i} missed");
        }
        assert_eq!(map_len(map), n as u64 - deleted.len() as u64);
        check_shape(map);
    }
}

#[test]
fn iteration_while_inserting_and_growing() {
    let prog = program();
    let mut m = machine(&prog);
    let mut rng = Rng(12);
    for round in 0..12 {
        let n = [1, 5, 30, 200, 1000, 3000][round % 6];
        let map = map_new(&mut m, MAP_STRING_INT, 0).unwrap();
        let mut model: HashMap<String, i64> = HashMap::new();
        for i in 0..n {
            let s = format!("orig{i}");
            let k = string_key(&mut m, &s);
            st(map_assign(&mut m, MAP_STRING_INT, map, k).unwrap(), i);
            model.insert(s, i);
        }
        let originals: HashSet<String> = model.keys().cloned().collect();
        let mut deleted = HashSet::new();
        let mut produced = HashSet::new();
        let mut added = 0;
        let cap0 = map_stats(map).capacity;
        let it = map_iter_new(&mut m, MAP_STRING_INT, map).unwrap();
        while let Some((k, v)) = map_iter_next(&mut m, it).unwrap() {
            let key = read_string(k);
            let val: i64 = ld(v);
            assert!(produced.insert(key.clone()), "{key} produced twice");
            assert!(!deleted.contains(&key), "deleted {key} produced");
            assert_eq!(Some(&val), model.get(&key), "{key}: stale value");
            // Insert new keys (the map grows several times), update and delete others.
            for _ in 0..rng.below(8) {
                let s = format!("new{round}-{added}");
                added += 1;
                let k = string_key(&mut m, &s);
                st(map_assign(&mut m, MAP_STRING_INT, map, k).unwrap(), -added);
                model.insert(s, -added);
            }
            let i = rng.below(n as u64);
            let s = format!("orig{i}");
            let k = string_key(&mut m, &s);
            if rng.below(4) == 0 {
                map_delete(&mut m, MAP_STRING_INT, map, k).unwrap();
                model.remove(&s);
                if !produced.contains(&s) {
                    deleted.insert(s);
                }
            } else if model.contains_key(&s) {
                let v = rng.next() as i64;
                st(map_assign(&mut m, MAP_STRING_INT, map, k).unwrap(), v);
                model.insert(s, v);
            }
        }
        for s in &originals {
            assert!(produced.contains(s) || deleted.contains(s), "round {round}: {s} missed");
        }
        if n >= 200 {
            assert!(map_stats(map).capacity > cap0, "round {round}: the map grew during iteration");
        }
        assert_eq!(map_len(map), model.len() as u64);
        check_shape(map);
        assert_eq!(iterate(&mut m, MAP_STRING_INT, map, read_string), model);
    }
}

#[test]
fn iteration_order_is_random() {
    let prog = program();
    let mut m = machine(&prog);
    let map = map_new(&mut m, MAP_INT_INT, 0).unwrap();
    for i in 0..5 {
        let k = int_key(&mut m, i);
        map_assign(&mut m, MAP_INT_INT, map, k).unwrap();
    }
    let mut firsts = HashSet::new();
    let mut orders = HashSet::new();
    for _ in 0..200 {
        let it = map_iter_new(&mut m, MAP_INT_INT, map).unwrap();
        let mut order = Vec::new();
        while let Some((k, _)) = map_iter_next(&mut m, it).unwrap() {
            order.push(ld::<i64>(k));
        }
        firsts.insert(order[0]);
        orders.insert(order);
    }
    assert_eq!(firsts.len(), 5, "every key comes first sometimes");
    assert!(orders.len() >= 5);
}

#[test]
fn hint_preallocates_and_tombstones_do_not_grow_the_table() {
    let prog = program();
    let mut m = machine(&prog);
    let map = map_new(&mut m, MAP_INT_INT, 1000).unwrap();
    let cap = map_stats(map).capacity;
    assert!(cap >= 1000 * 8 / 7, "capacity {cap}");
    for i in 0..1000 {
        let k = int_key(&mut m, i);
        map_assign(&mut m, MAP_INT_INT, map, k).unwrap();
    }
    assert_eq!(map_stats(map).capacity, cap);
    // Negative and absurd hints make empty maps.
    for hint in [-1, i64::MAX, 1 << 60] {
        let map = map_new(&mut m, MAP_INT_INT, hint).unwrap();
        assert_eq!(map_stats(map).capacity, 0);
    }
    // A sliding window of 20 live keys over 100k insertions keeps a small table.
    let map = map_new(&mut m, MAP_INT_INT, 0).unwrap();
    let key = m.alloc_bytes(8).unwrap();
    for i in 0..100_000i64 {
        st(key, i);
        map_assign(&mut m, MAP_INT_INT, map, key).unwrap();
        if i >= 20 {
            st(key, i - 20);
            map_delete(&mut m, MAP_INT_INT, map, key).unwrap();
        }
    }
    assert_eq!(map_len(map), 20);
    assert!(map_stats(map).capacity <= 64, "{:?}", map_stats(map));
    check_shape(map);
}

#[test]
fn pointer_masks_of_map_memory() {
    let prog = program();
    let mut m = machine(&prog);
    let heap = m.heap.clone();
    let is_ptr = |a: u64| heap.is_pointer_word(a as usize);
    // map[int]string: slots are (int, string); the string's data word is a pointer.
    let map = map_new(&mut m, MAP_INT_STRING, 0).unwrap();
    // The header's one pointer word is its table.
    assert!(!is_ptr(map) && is_ptr(map + 8) && !is_ptr(map + 16) && !is_ptr(map + 24));
    for i in 0..100 {
        let k = int_key(&mut m, i);
        let v = map_assign(&mut m, MAP_INT_STRING, map, k).unwrap();
        store_string(&mut m, v, &format!("v{i}"));
    }
    for (k, v) in map_entries(&m, MAP_INT_STRING, map) {
        assert!(!is_ptr(k), "int key word");
        assert!(is_ptr(v) && !is_ptr(v + 8), "string value words");
        assert_eq!(read_string(v), format!("v{}", ld::<i64>(k)));
        // Groups start with their control word, which is not a pointer.
        let table = heap.find_object(k as usize).unwrap();
        assert!(!table.span.noscan);
        let group_size = 8 + 8 * 24;
        let g = table.base as u64 + (k - table.base as u64) / group_size * group_size;
        assert!(!is_ptr(g));
    }
    // map[int]int holds no pointers: its slots are noscan.
    let map = map_new(&mut m, MAP_INT_INT, 0).unwrap();
    let k = int_key(&mut m, 1);
    let v = map_assign(&mut m, MAP_INT_INT, map, k).unwrap();
    assert!(!is_ptr(v) && !is_ptr(v - 8));
    let obj = heap.find_object(v as usize).unwrap();
    assert!(obj.span.noscan);
    // map[string]int: the key's data word.
    let map = map_new(&mut m, MAP_STRING_INT, 0).unwrap();
    let k = string_key(&mut m, "hello");
    let v = map_assign(&mut m, MAP_STRING_INT, map, k).unwrap();
    let (key, _) = map_entries(&m, MAP_STRING_INT, map)[0];
    assert_eq!(key + 16, v);
    assert!(is_ptr(key) && !is_ptr(key + 8) && !is_ptr(v));
    // Iterators point at the map and its table.
    let it = map_iter_new(&mut m, MAP_STRING_INT, map).unwrap();
    assert!(is_ptr(it) && is_ptr(it + 8) && !is_ptr(it + 16) && !is_ptr(it + 24));
}

#[test]
fn small_and_odd_shapes() {
    let prog = program();
    let mut m = machine(&prog);
    // map[bool]string
    let map = map_new(&mut m, MAP_BOOL_STRING, 0).unwrap();
    for (b, s) in [(true, "yes"), (false, "no"), (true, "YES")] {
        let k = m.alloc_bytes(1).unwrap();
        st(k, b);
        let v = map_assign(&mut m, MAP_BOOL_STRING, map, k).unwrap();
        store_string(&mut m, v, s);
    }
    assert_eq!(map_len(map), 2);
    let k = m.alloc_bytes(1).unwrap();
    st(k, true);
    assert_eq!(read_string(map_lookup(&m, MAP_BOOL_STRING, map, k).unwrap().unwrap()), "YES");
    // map[int]struct{}: a set.
    let map = map_new(&mut m, MAP_INT_EMPTY, 0).unwrap();
    for i in 0..1000 {
        let k = int_key(&mut m, i % 300);
        map_assign(&mut m, MAP_INT_EMPTY, map, k).unwrap();
    }
    assert_eq!(map_len(map), 300);
    let k = int_key(&mut m, 299);
    assert!(map_lookup(&m, MAP_INT_EMPTY, map, k).unwrap().is_some());
    // map[struct{}]int: one key.
    let map = map_new(&mut m, MAP_EMPTY_INT, 0).unwrap();
    let k = m.alloc_bytes(0).unwrap();
    for i in 1..=3i64 {
        let v = map_assign(&mut m, MAP_EMPTY_INT, map, k).unwrap();
        st(v, ld::<i64>(v) + i);
    }
    assert_eq!(map_len(map), 1);
    assert_eq!(map_lookup(&m, MAP_EMPTY_INT, map, k).unwrap().map(ld::<i64>), Some(6));
    map_delete(&mut m, MAP_EMPTY_INT, map, k).unwrap();
    assert_eq!(map_len(map), 0);
    // map[int][40]int: large values, zero when new (also in slots reused after delete).
    let map = map_new(&mut m, MAP_INT_BIG, 0).unwrap();
    for round in 0..3 {
        for i in 0..200 {
            let k = int_key(&mut m, i);
            let v = map_assign(&mut m, MAP_INT_BIG, map, k).unwrap();
            for w in 0..40 {
                assert_eq!(ld::<i64>(v + 8 * w), 0, "round {round} key {i} word {w}");
                st(v + 8 * w, i * 100 + w as i64);
            }
        }
        for (k, v) in map_entries(&m, MAP_INT_BIG, map) {
            assert_eq!(ld::<i64>(v + 8 * 39), ld::<i64>(k) * 100 + 39);
        }
        if round == 0 {
            map_clear(&mut m, MAP_INT_BIG, map);
        } else {
            for i in 0..200 {
                let k = int_key(&mut m, i);
                map_delete(&mut m, MAP_INT_BIG, map, k).unwrap();
            }
        }
        assert_eq!(map_len(map), 0);
    }
}

/// Throughput in release mode:
/// `cargo test --release -p gorun-vm --test map -- --ignored --nocapture`.
#[test]
#[ignore]
fn timing() {
    use std::time::Instant;
    let prog = program();
    let mut m = machine(&prog);
    const N: i64 = 1_000_000;
    let key = m.alloc_bytes(8).unwrap();
    // Keys scrambled so that they are not inserted in order.
    let scramble = |i: i64| i.wrapping_mul(0x9e37_79b9_7f4a_7c15u64 as i64);
    let ns = |t: Instant, n: i64| t.elapsed().as_nanos() as f64 / n as f64;

    let map = map_new(&mut m, MAP_INT_INT, 0).unwrap();
    let t = Instant::now();
    for i in 0..N {
        st(key, scramble(i));
        st(map_assign(&mut m, MAP_INT_INT, map, key).unwrap(), i);
    }
    println!("map[int]int: insert {:.1} ns/op (growing from empty)", ns(t, N));
    let t = Instant::now();
    let mut sum = 0i64;
    for i in 0..N {
        st(key, scramble(i));
        sum = sum.wrapping_add(ld::<i64>(map_lookup(&m, MAP_INT_INT, map, key).unwrap().unwrap()));
    }
    println!("map[int]int: lookup hit {:.1} ns/op", ns(t, N));
    let t = Instant::now();
    for i in N..2 * N {
        st(key, scramble(i));
        assert!(map_lookup(&m, MAP_INT_INT, map, key).unwrap().is_none());
    }
    println!("map[int]int: lookup miss {:.1} ns/op", ns(t, N));
    let t = Instant::now();
    let it = map_iter_new(&mut m, MAP_INT_INT, map).unwrap();
    while let Some((_, v)) = map_iter_next(&mut m, it).unwrap() {
        sum = sum.wrapping_add(ld::<i64>(v));
    }
    println!("map[int]int: iterate {:.1} ns/entry", ns(t, N));
    let t = Instant::now();
    for i in 0..N {
        st(key, scramble(i));
        map_delete(&mut m, MAP_INT_INT, map, key).unwrap();
    }
    println!("map[int]int: delete {:.1} ns/op", ns(t, N));
    let map = map_new(&mut m, MAP_INT_INT, N).unwrap();
    let t = Instant::now();
    for i in 0..N {
        st(key, scramble(i));
        st(map_assign(&mut m, MAP_INT_INT, map, key).unwrap(), i);
    }
    println!("map[int]int: insert {:.1} ns/op (with hint)", ns(t, N));

    let mut std_map = HashMap::new();
    let t = Instant::now();
    for i in 0..N {
        std_map.insert(scramble(i), i);
    }
    println!("std HashMap<i64, i64> (SipHash): insert {:.1} ns/op", ns(t, N));
    let t = Instant::now();
    for i in 0..N {
        sum = sum.wrapping_add(std_map[&scramble(i)]);
    }
    println!("std HashMap<i64, i64> (SipHash): lookup hit {:.1} ns/op", ns(t, N));

    let strings: Vec<u64> = (0..N).map(|i| string_key(&mut m, &format!("key-{}", scramble(i)))).collect();
    let map = map_new(&mut m, MAP_STRING_INT, 0).unwrap();
    let t = Instant::now();
    for (i, &k) in strings.iter().enumerate() {
        st(map_assign(&mut m, MAP_STRING_INT, map, k).unwrap(), i as i64);
    }
    println!("map[string]int (~23-byte keys): insert {:.1} ns/op", ns(t, N));
    let t = Instant::now();
    for &k in &strings {
        sum = sum.wrapping_add(ld::<i64>(map_lookup(&m, MAP_STRING_INT, map, k).unwrap().unwrap()));
    }
    println!("map[string]int: lookup hit {:.1} ns/op", ns(t, N));

    let mut rng = Rng(5);
    let anys: Vec<u64> = (0..N).map(|i| any_key(&mut m, &AnyKey::Int(scramble(i)), &mut rng)).collect();
    let map = map_new(&mut m, MAP_ANY_INT, 0).unwrap();
    let t = Instant::now();
    for (i, &k) in anys.iter().enumerate() {
        st(map_assign(&mut m, MAP_ANY_INT, map, k).unwrap(), i as i64);
    }
    println!("map[any]int (int keys): insert {:.1} ns/op", ns(t, N));
    let t = Instant::now();
    for &k in &anys {
        sum = sum.wrapping_add(ld::<i64>(map_lookup(&m, MAP_ANY_INT, map, k).unwrap().unwrap()));
    }
    println!("map[any]int: lookup hit {:.1} ns/op", ns(t, N));
    println!("(checksum {sum})");
}

/// Lookups and updates by map size (cache effects), with `FxHashMap` as a baseline.
#[test]
#[ignore]
fn timing_by_size() {
    use std::time::Instant;
    let prog = program();
    let mut m = machine(&prog);
    let key = m.alloc_bytes(8).unwrap();
    let scramble = |i: i64| i.wrapping_mul(0x9e37_79b9_7f4a_7c15u64 as i64);
    for n in [1_000i64, 10_000, 100_000, 1_000_000, 4_000_000] {
        let reps = (4_000_000 / n).max(1);
        let map = map_new(&mut m, MAP_INT_INT, 0).unwrap();
        for i in 0..n {
            st(key, scramble(i));
            st(map_assign(&mut m, MAP_INT_INT, map, key).unwrap(), i);
        }
        let t = Instant::now();
        let mut sum = 0i64;
        for _ in 0..reps {
            for i in 0..n {
                st(key, scramble(i));
                sum = sum.wrapping_add(ld::<i64>(map_lookup(&m, MAP_INT_INT, map, key).unwrap().unwrap()));
            }
        }
        let ours = t.elapsed().as_nanos() as f64 / (n * reps) as f64;
        let t = Instant::now();
        for _ in 0..reps {
            for i in 0..n {
                st(key, scramble(i));
                st(map_assign(&mut m, MAP_INT_INT, map, key).unwrap(), i);
            }
        }
        let assign = t.elapsed().as_nanos() as f64 / (n * reps) as f64;
        let mut fx = rustc_hash::FxHashMap::default();
        for i in 0..n {
            fx.insert(scramble(i), i);
        }
        let t = Instant::now();
        for _ in 0..reps {
            for i in 0..n {
                sum = sum.wrapping_add(fx[&scramble(i)]);
            }
        }
        let fxns = t.elapsed().as_nanos() as f64 / (n * reps) as f64;
        println!(
            "n={n:>8}: lookup hit {ours:6.1} ns, assign existing {assign:6.1} ns; FxHashMap lookup {fxns:6.1} ns ({sum})"
        );
    }
}
