//! Printing a value from memory by its kind (Go's `printValue`): structs, maps (sorted),
//! arrays and slices (byte sequences as strings under `%s %q %x %X`), interfaces, and
//! pointers, which print as `&` and their target only for an operand itself.

use crate::printer::Printer;
use crate::value::Value;
use gorun_bytecode::TypeKind;

/// Nesting beyond this depth prints `...` instead. Only a cyclic value (a slice or map
/// reaching itself through interfaces) gets there in practice, where Go itself would
/// exhaust its stack; the limit keeps the engine within about 1 MiB of Rust stack even in
/// debug builds.
const MAX_DEPTH: usize = 500;

impl Printer<'_> {
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
