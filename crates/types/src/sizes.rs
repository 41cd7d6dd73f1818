//! Sizes, alignments and field offsets of types, as gc lays them out on 64-bit targets
//! (`unsafe.Sizeof` and friends are constants computed from them, and the compiler's value
//! layout follows the same rules).
//!
//! Basic types have their natural size (int, uint, uintptr and pointers 8 bytes, strings
//! two words, complex numbers two floats aligned like one); slices are three words and
//! interfaces two; an array is its element size times its length; a struct lays out its
//! fields in order, each at a multiple of its alignment, pads a final zero-size field to
//! one byte (so a pointer to it cannot point past the struct) and rounds its size up to
//! its own alignment, the largest of its fields'. A size of -1 means "too large".

use crate::types::*;

/// Bytes in a machine word.
pub const WORD: i64 = 8;
/// The largest alignment of any type.
const MAX_ALIGN: i64 = 8;

fn align(x: i64, a: i64) -> i64 {
    x.checked_add(a - 1).map_or(-1, |y| y / a * a)
}

impl Types {
    /// The size of a value of type `t` in bytes (-1 if it does not fit in an int64, or if
    /// the type contains itself, an error reported elsewhere).
    pub fn sizeof(&self, t: TypeId) -> i64 {
        self.sizeof_in(t, &mut Vec::new())
    }

    fn sizeof_in(&self, t: TypeId, open: &mut Vec<TypeId>) -> i64 {
        let u = self.underlying(t);
        if open.contains(&u) {
            return -1;
        }
        match self.get(u) {
            Type::Basic(k) => match k.canonical() {
                BasicKind::Bool | BasicKind::Int8 | BasicKind::Uint8 => 1,
                BasicKind::Int16 | BasicKind::Uint16 => 2,
                BasicKind::Int32 | BasicKind::Uint32 | BasicKind::Float32 => 4,
                BasicKind::Int64 | BasicKind::Uint64 | BasicKind::Float64 | BasicKind::Complex64 => 8,
                BasicKind::Complex128 => 16,
                BasicKind::String => 2 * WORD,
                _ => WORD,
            },
            Type::Array(n, elem) => {
                let n = n.unwrap_or(0) as i64;
                if n <= 0 {
                    return 0;
                }
                open.push(u);
                let size = self.sizeof_in(*elem, open);
                open.pop();
                match size {
                    e if e < 0 => -1,
                    0 => 0,
                    e => e.checked_mul(n).unwrap_or(-1),
                }
            }
            Type::Slice(_) => 3 * WORD,
            Type::Interface(_) => 2 * WORD,
            Type::Struct(s) => {
                let Some(last) = s.fields.last() else { return 0 };
                open.push(u);
                let offsets = self.offsets_in(u, open);
                let offs = *offsets.last().expect("a field");
                let mut size = self.sizeof_in(last.typ, open);
                let align_of = self.alignof_in(u, open);
                open.pop();
                if offs < 0 || size < 0 {
                    return -1;
                }
                if offs > 0 && size == 0 {
                    size = 1;
                }
                offs.checked_add(size).map_or(-1, |end| align(end, align_of))
            }
            _ => WORD,
        }
    }

    /// The alignment of a value of type `t` in bytes.
    pub fn alignof(&self, t: TypeId) -> i64 {
        self.alignof_in(t, &mut Vec::new())
    }

    fn alignof_in(&self, t: TypeId, open: &mut Vec<TypeId>) -> i64 {
        let u = self.underlying(t);
        if open.contains(&u) && matches!(self.get(u), Type::Array(..)) {
            return 1;
        }
        match self.get(u) {
            Type::Array(_, elem) => {
                open.push(u);
                let a = self.alignof_in(*elem, open);
                open.pop();
                a
            }
            Type::Struct(s) => {
                // A struct being laid out is open already; its fields are not.
                let outer = open.contains(&u);
                if !outer {
                    open.push(u);
                }
                let a = s
                    .fields
                    .iter()
                    .map(|f| if open.contains(&self.underlying(f.typ)) { 1 } else { self.alignof_in(f.typ, open) })
                    .max()
                    .unwrap_or(1)
                    .max(1);
                if !outer {
                    open.pop();
                }
                a
            }
            Type::Slice(_) | Type::Interface(_) => WORD,
            Type::Basic(k) if k.is_string() => WORD,
            _ => {
                let mut a = self.sizeof_in(u, open);
                if a < 1 {
                    return 1;
                }
                if self.basic(u).is_some_and(|k| k.is_complex()) {
                    a /= 2;
                }
                a.min(MAX_ALIGN)
            }
        }
    }

    /// The offsets of the fields of struct type `t` (-1 for a field past int64 range).
    pub fn offsets(&self, t: TypeId) -> Vec<i64> {
        let u = self.underlying(t);
        self.offsets_in(u, &mut vec![u])
    }

    fn offsets_in(&self, t: TypeId, open: &mut Vec<TypeId>) -> Vec<i64> {
        let Some(s) = self.struct_type(self.underlying(t)) else { return Vec::new() };
        let mut out = Vec::with_capacity(s.fields.len());
        let mut offs: i64 = 0;
        for f in &s.fields {
            if offs < 0 {
                out.push(-1);
                continue;
            }
            let a = if open.contains(&self.underlying(f.typ)) { 1 } else { self.alignof_in(f.typ, open) };
            offs = align(offs, a);
            out.push(offs);
            match self.sizeof_in(f.typ, open) {
                d if d >= 0 && offs >= 0 => offs = offs.checked_add(d).unwrap_or(-1),
                _ => offs = -1,
            }
        }
        out
    }

    /// Whether `t` contains itself by value (an invalid recursive type, reported where it
    /// is declared): it has no size.
    pub fn contains_itself(&self, t: TypeId) -> bool {
        self.self_in(t, &mut Vec::new())
    }

    fn self_in(&self, t: TypeId, open: &mut Vec<TypeId>) -> bool {
        let u = self.underlying(t);
        if u == INVALID || open.contains(&u) {
            return true;
        }
        open.push(u);
        let found = match self.get(u) {
            Type::Array(_, e) => self.self_in(*e, open),
            Type::Struct(s) => s.fields.iter().any(|f| self.self_in(f.typ, open)),
            _ => false,
        };
        open.pop();
        found
    }

    /// Whether the size of `t` depends on a type parameter (then `unsafe.Sizeof` is not a
    /// constant).
    pub fn has_var_size(&self, t: TypeId) -> bool {
        self.var_size_in(t, &mut Vec::new())
    }

    fn var_size_in(&self, t: TypeId, seen: &mut Vec<TypeId>) -> bool {
        let t = self.unalias(t);
        if seen.contains(&t) {
            return false;
        }
        seen.push(t);
        match self.get(t) {
            Type::TypeParam(_) => true,
            Type::Named(n) => n.underlying != INVALID && self.var_size_in(n.underlying, seen),
            Type::Array(_, e) => self.var_size_in(*e, seen),
            Type::Struct(s) => s.fields.iter().any(|f| self.var_size_in(f.typ, seen)),
            _ => false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gc_layout() {
        let mut t = Types::new();
        assert_eq!((t.sizeof(INT), t.sizeof(STRING), t.sizeof(COMPLEX128), t.alignof(COMPLEX128)), (8, 16, 16, 8));
        let s = t.slice(BYTE);
        assert_eq!(t.sizeof(s), 24);
        let a = t.array(Some(3), INT16);
        assert_eq!((t.sizeof(a), t.alignof(a)), (6, 2));
        let empty = t.add(Type::Struct(Box::default()));
        assert_eq!(t.sizeof(empty), 0);
    }
}
