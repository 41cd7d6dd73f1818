//! Values in Go memory and printing them by kind (Go's `printValue`).

use crate::printer::Printer;
use gorun_bytecode::TypeKind;

/// Nesting beyond this depth prints `...` instead. Only a cyclic value (a slice or map
/// reaching itself through interfaces) gets there in practice, where Go itself would
/// exhaust its stack; the limit keeps the engine within about 1 MiB of Rust stack even in
/// debug builds.
const MAX_DEPTH: usize = 500;

/// Where a value is: in memory, or (for pointer-shaped kinds taken out of an interface)
/// held directly as one word.
#[derive(Clone, Copy, Debug)]
pub(crate) enum Place {
    Mem(u64),
    Word(u64),
}

/// A typed value. `ro` marks a value reached through an unexported struct field: Go
/// calls no method on such values (reflect cannot turn them back into interfaces).
#[derive(Clone, Copy, Debug)]
pub(crate) struct Value {
    pub typ: u32,
    pub place: Place,
    pub ro: bool,
}

impl Value {
    fn addr(&self) -> u64 {
        match self.place {
            Place::Mem(a) | Place::Word(a) => a,
        }
    }

    fn at(&self, typ: u32, addr: u64) -> Value {
        Value { typ, place: Place::Mem(addr), ro: self.ro }
    }
}

impl Printer<'_> {
    pub(crate) fn read_bytes(&self, addr: u64, len: usize) -> Vec<u8> {
        let mut out = vec![0; len];
        if len > 0 {
            self.host.read(addr, &mut out);
        }
        out
    }

    /// A little-endian unsigned integer of `size` bytes.
    fn read_uint(&self, addr: u64, size: usize) -> u64 {
        let mut b = [0u8; 8];
        self.host.read(addr, &mut b[..size]);
        u64::from_le_bytes(b)
    }

    pub(crate) fn read_u64(&self, addr: u64) -> u64 {
        self.read_uint(addr, 8)
    }

    fn size_of(&self, typ: u32) -> u64 {
        self.host.types()[typ as usize].size
    }

    /// The word of a pointer-shaped value (pointer, map, chan, func, unsafe.Pointer).
    pub(crate) fn pointer_word(&self, v: Value) -> u64 {
        match v.place {
            Place::Word(w) => w,
            Place::Mem(a) => self.read_u64(a),
        }
    }

    /// A slice's (data pointer, length).
    pub(crate) fn slice_header(&self, v: Value) -> (u64, u64) {
        let a = v.addr();
        (self.read_u64(a), self.read_u64(a + 8))
    }

    /// A signed integer of any size, sign-extended.
    pub(crate) fn int_of(&self, v: Value) -> i64 {
        let size = self.size_of(v.typ).clamp(1, 8) as usize;
        let u = self.read_uint(v.addr(), size);
        let shift = 64 - 8 * size as u32;
        ((u << shift) as i64) >> shift
    }

    /// An unsigned integer of any size.
    pub(crate) fn uint_of(&self, v: Value) -> u64 {
        let size = self.size_of(v.typ).clamp(1, 8) as usize;
        self.read_uint(v.addr(), size)
    }

    pub(crate) fn float_of(&self, v: Value) -> f64 {
        match self.kind(v.typ) {
            TypeKind::Float32 => f64::from(f32::from_bits(self.read_uint(v.addr(), 4) as u32)),
            _ => f64::from_bits(self.read_u64(v.addr())),
        }
    }

    pub(crate) fn complex_of(&self, v: Value) -> (f64, f64) {
        let a = v.addr();
        match self.kind(v.typ) {
            TypeKind::Complex64 => (
                f64::from(f32::from_bits(self.read_uint(a, 4) as u32)),
                f64::from(f32::from_bits(self.read_uint(a + 4, 4) as u32)),
            ),
            _ => (f64::from_bits(self.read_u64(a)), f64::from_bits(self.read_u64(a + 8))),
        }
    }

    pub(crate) fn bool_of(&self, v: Value) -> bool {
        self.read_uint(v.addr(), 1) != 0
    }

    pub(crate) fn string_of(&self, v: Value) -> Vec<u8> {
        let a = v.addr();
        let (data, len) = (self.read_u64(a), self.read_u64(a + 8));
        self.read_bytes(data, len as usize)
    }

    /// The dynamic value of an interface value, `None` when it is nil.
    pub(crate) fn iface_elem(&self, v: Value) -> Option<Value> {
        let a = v.addr();
        let t = self.read_u64(a);
        if t == 0 {
            return None;
        }
        let typ = (t - 1) as u32;
        let data = self.read_u64(a + 8);
        let place = if self.kind(typ).is_direct_iface() { Place::Word(data) } else { Place::Mem(data) };
        Some(Value { typ, place, ro: v.ro })
    }

    /// Field `i` of a struct value.
    pub(crate) fn field(&self, v: Value, i: usize) -> Value {
        let f = &self.host.types()[v.typ as usize].fields[i];
        Value { typ: f.typ, place: Place::Mem(v.addr() + f.offset), ro: v.ro || !f.exported }
    }

    /// The element type, length and first element's address of an array or slice.
    fn seq(&self, v: Value) -> (u32, u64, u64) {
        let t = &self.host.types()[v.typ as usize];
        let elem = t.elem.unwrap_or(0);
        if t.kind == TypeKind::Array {
            (elem, t.len, v.addr())
        } else {
            let (data, len) = self.slice_header(v);
            (elem, len, data)
        }
    }

    /// Element `i` of a sequence described by `seq`.
    fn elem_at(&self, v: Value, (elem, _, base): (u32, u64, u64), i: u64) -> Value {
        v.at(elem, base + i * self.size_of(elem))
    }

    /// Formats `v` by its kind; `depth` is 0 for an operand itself.
    pub(crate) fn print_value(&mut self, v: Value, verb: u32, depth: usize) {
        if depth > 0 && !v.ro {
            let target = if self.kind(v.typ) == TypeKind::Interface { self.iface_elem(v) } else { Some(v) };
            if let Some(t) = target
                && self.handle_methods(t, verb)
            {
                return;
            }
        }
        if depth > MAX_DEPTH {
            self.write(b"...");
            return;
        }
        let sharp_v = self.fmt.f.sharp_v;
        match self.kind(v.typ) {
            TypeKind::Bool => {
                let b = self.bool_of(v);
                self.fmt_bool(v, b, verb);
            }
            TypeKind::Int | TypeKind::Int8 | TypeKind::Int16 | TypeKind::Int32 | TypeKind::Int64 => {
                let n = self.int_of(v);
                self.fmt_integer(v, n as u64, true, verb);
            }
            TypeKind::Uint
            | TypeKind::Uint8
            | TypeKind::Uint16
            | TypeKind::Uint32
            | TypeKind::Uint64
            | TypeKind::Uintptr => {
                let n = self.uint_of(v);
                self.fmt_integer(v, n, false, verb);
            }
            TypeKind::Float32 => {
                let f = self.float_of(v);
                self.fmt_float(v, f, 32, verb);
            }
            TypeKind::Float64 => {
                let f = self.float_of(v);
                self.fmt_float(v, f, 64, verb);
            }
            TypeKind::Complex64 => {
                let (re, im) = self.complex_of(v);
                self.fmt_complex(v, re, im, 64, verb);
            }
            TypeKind::Complex128 => {
                let (re, im) = self.complex_of(v);
                self.fmt_complex(v, re, im, 128, verb);
            }
            TypeKind::String => {
                let s = self.string_of(v);
                self.fmt_string(Some(v), &s, verb);
            }
            TypeKind::Map => self.print_map(v, verb, depth),
            TypeKind::Struct => {
                if sharp_v {
                    self.write_type_name(v.typ);
                }
                self.fmt.buf.push(b'{');
                let n = self.host.types()[v.typ as usize].fields.len();
                for i in 0..n {
                    if i > 0 {
                        self.write(if sharp_v { b", " } else { b" " });
                    }
                    if self.fmt.f.plus_v || sharp_v {
                        let types = self.host.types();
                        let name = &types[v.typ as usize].fields[i].name;
                        if !name.is_empty() {
                            self.fmt.buf.extend_from_slice(name.as_bytes());
                            self.fmt.buf.push(b':');
                        }
                    }
                    let mut f = self.field(v, i);
                    if self.kind(f.typ) == TypeKind::Interface
                        && let Some(e) = self.iface_elem(f)
                    {
                        f = e;
                    }
                    self.print_value(f, verb, depth + 1);
                }
                self.fmt.buf.push(b'}');
            }
            TypeKind::Interface => match self.iface_elem(v) {
                Some(e) => self.print_value(e, verb, depth + 1),
                None if sharp_v => {
                    self.write_type_name(v.typ);
                    self.write(b"(nil)");
                }
                None => self.write(b"<nil>"),
            },
            TypeKind::Array | TypeKind::Slice => self.print_seq(v, verb, depth),
            TypeKind::Pointer => {
                if depth == 0 {
                    let p = self.pointer_word(v);
                    let elem = self.host.types()[v.typ as usize].elem;
                    if p != 0
                        && let Some(e) = elem
                        && matches!(self.kind(e), TypeKind::Array | TypeKind::Slice | TypeKind::Struct | TypeKind::Map)
                    {
                        self.fmt.buf.push(b'&');
                        self.print_value(v.at(e, p), verb, depth + 1);
                        return;
                    }
                }
                self.fmt_pointer(v, verb);
            }
            TypeKind::Chan | TypeKind::Func | TypeKind::UnsafePointer => self.fmt_pointer(v, verb),
        }
    }

    fn print_seq(&mut self, v: Value, verb: u32, depth: usize) {
        let seq = self.seq(v);
        let (elem, len, base) = seq;
        if matches!(char::from_u32(verb), Some('s' | 'q' | 'x' | 'X')) && self.kind(elem) == TypeKind::Uint8 {
            let bytes = self.read_bytes(base, len as usize);
            self.fmt_bytes(&bytes, verb);
            return;
        }
        let sharp_v = self.fmt.f.sharp_v;
        if sharp_v {
            self.write_type_name(v.typ);
            if self.kind(v.typ) == TypeKind::Slice && base == 0 {
                self.write(b"(nil)");
                return;
            }
            self.fmt.buf.push(b'{');
        } else {
            self.fmt.buf.push(b'[');
        }
        for i in 0..len {
            if i > 0 {
                self.write(if sharp_v { b", " } else { b" " });
            }
            let e = self.elem_at(v, seq, i);
            self.print_value(e, verb, depth + 1);
        }
        self.fmt.buf.push(if sharp_v { b'}' } else { b']' });
    }

    fn print_map(&mut self, v: Value, verb: u32, depth: usize) {
        let sharp_v = self.fmt.f.sharp_v;
        let m = self.pointer_word(v);
        if sharp_v {
            self.write_type_name(v.typ);
            if m == 0 {
                self.write(b"(nil)");
                return;
            }
            self.fmt.buf.push(b'{');
        } else {
            self.write(b"map[");
        }
        let t = &self.host.types()[v.typ as usize];
        let (kt, vt) = (t.key.unwrap_or(0), t.elem.unwrap_or(0));
        let entries = if m == 0 { Vec::new() } else { self.host.map_entries(v.typ, m) };
        let entries = self.sorted_entries(kt, entries, v.ro);
        for (i, (k, e)) in entries.into_iter().enumerate() {
            if i > 0 {
                self.write(if sharp_v { b", " } else { b" " });
            }
            self.print_value(v.at(kt, k), verb, depth + 1);
            self.fmt.buf.push(b':');
            self.print_value(v.at(vt, e), verb, depth + 1);
        }
        self.fmt.buf.push(if sharp_v { b'}' } else { b']' });
    }
}
