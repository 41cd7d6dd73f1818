//! Typed values in Go memory, and reading them through the host: scalars, strings,
//! slice headers, interface words, struct fields and sequence elements.

use crate::printer::Printer;
use gorun_bytecode::TypeKind;

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
    pub(crate) fn addr(&self) -> u64 {
        match self.place {
            Place::Mem(a) | Place::Word(a) => a,
        }
    }

    /// A value of type `typ` at `addr`, reached from `self` (so as read-only as it).
    pub(crate) fn at(&self, typ: u32, addr: u64) -> Value {
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

    pub(crate) fn size_of(&self, typ: u32) -> u64 {
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
    pub(crate) fn seq(&self, v: Value) -> (u32, u64, u64) {
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
    pub(crate) fn elem_at(&self, v: Value, (elem, _, base): (u32, u64, u64), i: u64) -> Value {
        v.at(elem, base + i * self.size_of(elem))
    }
}
