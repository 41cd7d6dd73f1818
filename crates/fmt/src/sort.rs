//! The order in which maps print their entries (Go's `internal/fmtsort`): keys compare
//! numerically, strings bytewise, NaN below every other float, false before true,
//! pointers and channels by address, structs and arrays element by element, and
//! interfaces by dynamic type, then value (nil first).

use std::cmp::Ordering;

use crate::printer::Printer;
use crate::value::{Place, Value};
use gorun_bytecode::TypeKind;

/// Go's `cmp.Compare` on floats: NaN is below everything else and equal to NaN.
fn cmp_float(a: f64, b: f64) -> Ordering {
    match (a.is_nan(), b.is_nan()) {
        (true, true) => Ordering::Equal,
        (true, false) => Ordering::Less,
        (false, true) => Ordering::Greater,
        _ => a.partial_cmp(&b).unwrap_or(Ordering::Equal),
    }
}

impl Printer<'_> {
    /// The map entries (key address, value address) sorted by key, stably.
    pub(crate) fn sorted_entries(&self, key_typ: u32, mut entries: Vec<(u64, u64)>, ro: bool) -> Vec<(u64, u64)> {
        let key = |a: u64| Value { typ: key_typ, place: Place::Mem(a), ro };
        entries.sort_by(|x, y| self.compare(key(x.0), key(y.0)));
        entries
    }

    /// Compares two values of the same type.
    fn compare(&self, a: Value, b: Value) -> Ordering {
        match self.kind(a.typ) {
            TypeKind::Int | TypeKind::Int8 | TypeKind::Int16 | TypeKind::Int32 | TypeKind::Int64 => {
                self.int_of(a).cmp(&self.int_of(b))
            }
            TypeKind::Uint
            | TypeKind::Uint8
            | TypeKind::Uint16
            | TypeKind::Uint32
            | TypeKind::Uint64
            | TypeKind::Uintptr => self.uint_of(a).cmp(&self.uint_of(b)),
            TypeKind::String => self.string_of(a).cmp(&self.string_of(b)),
            TypeKind::Float32 | TypeKind::Float64 => cmp_float(self.float_of(a), self.float_of(b)),
            TypeKind::Complex64 | TypeKind::Complex128 => {
                let (ar, ai) = self.complex_of(a);
                let (br, bi) = self.complex_of(b);
                cmp_float(ar, br).then_with(|| cmp_float(ai, bi))
            }
            TypeKind::Bool => self.bool_of(a).cmp(&self.bool_of(b)),
            TypeKind::Pointer | TypeKind::UnsafePointer | TypeKind::Chan | TypeKind::Map | TypeKind::Func => {
                self.pointer_word(a).cmp(&self.pointer_word(b))
            }
            TypeKind::Struct => {
                let n = self.host.types()[a.typ as usize].fields.len();
                (0..n)
                    .map(|i| self.compare(self.field(a, i), self.field(b, i)))
                    .find(|o| o.is_ne())
                    .unwrap_or(Ordering::Equal)
            }
            TypeKind::Array => {
                let t = &self.host.types()[a.typ as usize];
                let (elem, len) = (t.elem.unwrap_or(0), t.len);
                let size = self.host.types()[elem as usize].size;
                let at = |v: Value, i: u64| match v.place {
                    Place::Mem(p) | Place::Word(p) => Value { typ: elem, place: Place::Mem(p + i * size), ro: v.ro },
                };
                (0..len).map(|i| self.compare(at(a, i), at(b, i))).find(|o| o.is_ne()).unwrap_or(Ordering::Equal)
            }
            TypeKind::Interface => match (self.iface_elem(a), self.iface_elem(b)) {
                (None, None) => Ordering::Equal,
                (None, Some(_)) => Ordering::Less,
                (Some(_), None) => Ordering::Greater,
                // Go orders differing dynamic types by their descriptors' addresses; the
                // type index is this program's stable equivalent.
                (Some(x), Some(y)) => x.typ.cmp(&y.typ).then_with(|| self.compare(x, y)),
            },
            TypeKind::Slice => Ordering::Equal,
        }
    }
}
