//! A mock host for the formatting engine: a byte-array memory with addresses assigned
//! from 0x10000 up, a type table built with helpers that lay types out as Go does, maps
//! as lists of entries, and methods implemented by Rust closures.

#![allow(dead_code)]

use std::collections::HashMap;

use gorun_bytecode::typedesc::{FieldDesc, MethodDesc};
use gorun_fmt::{Arg, FormatState, Host, TypeDesc, TypeKind};

const BASE: u64 = 0x10000;

/// A method's behaviour: receives the host (to read memory) and the receiver word.
pub type Method = Box<dyn Fn(&Mock, u64) -> Result<Vec<u8>, String> + Send>;

/// A `Format` method's behaviour: also receives the state it is called with.
pub type FormatMethod = Box<dyn Fn(&Mock, u64, &FormatState) -> Result<Vec<u8>, String> + Send>;

/// Format methods are numbered from here, apart from the string methods.
const FORMAT_FUNCS: u32 = 1000;

/// A value to store, described independently of its type.
#[derive(Clone, Debug)]
pub enum V {
    I(i64),
    U(u64),
    F(f64),
    C(f64, f64),
    B(bool),
    S(Vec<u8>),
    /// A nil pointer, slice, map, chan, func or interface.
    Nil,
    /// A pointer-shaped word given literally (a fake address).
    Addr(u64),
    /// A pointer to a new object holding the value.
    Ptr(Box<V>),
    /// Slice or array elements.
    List(Vec<V>),
    /// Struct fields in order.
    Fields(Vec<V>),
    /// Map entries.
    Map(Vec<(V, V)>),
    /// An interface holding a value of the given type.
    Iface(u32, Box<V>),
}

pub fn s(text: &str) -> V {
    V::S(text.as_bytes().to_vec())
}

pub fn iface(t: u32, v: V) -> V {
    V::Iface(t, Box::new(v))
}

pub fn ptr(v: V) -> V {
    V::Ptr(Box::new(v))
}

#[derive(Default)]
pub struct Mock {
    pub types: Vec<TypeDesc>,
    pub mem: Vec<u8>,
    pub maps: HashMap<u64, Vec<(u64, u64)>>,
    pub methods: Vec<Method>,
    pub format_methods: Vec<FormatMethod>,
}

impl Host for Mock {
    fn types(&self) -> &[TypeDesc] {
        &self.types
    }

    fn read(&self, addr: u64, out: &mut [u8]) {
        let start = (addr - BASE) as usize;
        out.copy_from_slice(&self.mem[start..start + out.len()]);
    }

    fn call_string_method(&mut self, func: u32, data: u64) -> Result<Vec<u8>, String> {
        (self.methods[func as usize])(self, data)
    }

    fn call_format_method(&mut self, func: u32, data: u64, state: &FormatState) -> Option<Result<Vec<u8>, String>> {
        let f = self.format_methods.get(func.checked_sub(FORMAT_FUNCS)? as usize)?;
        Some(f(self, data, state))
    }

    fn map_entries(&mut self, _typ: u32, m: u64) -> Vec<(u64, u64)> {
        self.maps.get(&m).cloned().unwrap_or_default()
    }
}

fn desc(kind: TypeKind, name: &str, size: u64, align: u64) -> TypeDesc {
    TypeDesc {
        kind,
        name: name.to_string(),
        named: false,
        size,
        align,
        pointer_mask: Vec::new(),
        elem: None,
        key: None,
        len: 0,
        fields: Vec::new(),
        methods: Vec::new(),
        iface_methods: Vec::new(),
        comparable: true,
    }
}

impl Mock {
    // ---- Types. ----

    pub fn add_type(&mut self, d: TypeDesc) -> u32 {
        self.types.push(d);
        (self.types.len() - 1) as u32
    }

    pub fn name(&self, t: u32) -> String {
        self.types[t as usize].name.clone()
    }

    /// A predeclared type, `unsafe.Pointer`, or a named basic type.
    pub fn basic(&mut self, kind: TypeKind, name: &str) -> u32 {
        use TypeKind::*;
        let size = match kind {
            Bool | Int8 | Uint8 => 1,
            Int16 | Uint16 => 2,
            Int32 | Uint32 | Float32 => 4,
            String | Complex128 | Interface => 16,
            Slice => 24,
            _ => 8,
        };
        self.add_type(desc(kind, name, size, size.clamp(1, 8)))
    }

    pub fn slice(&mut self, elem: u32) -> u32 {
        let name = format!("[]{}", self.name(elem));
        let mut d = desc(TypeKind::Slice, &name, 24, 8);
        d.elem = Some(elem);
        self.add_type(d)
    }

    pub fn array(&mut self, elem: u32, len: u64) -> u32 {
        let e = &self.types[elem as usize];
        let mut d = desc(TypeKind::Array, &format!("[{len}]{}", e.name), e.size * len, e.align);
        d.elem = Some(elem);
        d.len = len;
        self.add_type(d)
    }

    pub fn pointer(&mut self, elem: u32) -> u32 {
        let mut d = desc(TypeKind::Pointer, &format!("*{}", self.name(elem)), 8, 8);
        d.elem = Some(elem);
        self.add_type(d)
    }

    pub fn map(&mut self, key: u32, val: u32) -> u32 {
        let name = format!("map[{}]{}", self.name(key), self.name(val));
        let mut d = desc(TypeKind::Map, &name, 8, 8);
        d.key = Some(key);
        d.elem = Some(val);
        self.add_type(d)
    }

    pub fn chan(&mut self, elem: u32) -> u32 {
        let mut d = desc(TypeKind::Chan, &format!("chan {}", self.name(elem)), 8, 8);
        d.elem = Some(elem);
        self.add_type(d)
    }

    pub fn func(&mut self, name: &str) -> u32 {
        self.add_type(desc(TypeKind::Func, name, 8, 8))
    }

    pub fn interface(&mut self, name: &str) -> u32 {
        self.add_type(desc(TypeKind::Interface, name, 16, 8))
    }

    /// A struct type; `name` None makes the literal type's name. Fields are (name, type);
    /// a name starting with '*' marks an embedded field (named after its type).
    pub fn strukt(&mut self, name: Option<&str>, fields: &[(&str, u32)]) -> u32 {
        let mut off = 0u64;
        let mut align = 1u64;
        let mut fds = Vec::new();
        for &(fname, t) in fields {
            let (embedded, fname) = match fname.strip_prefix('*') {
                Some(n) => (true, n),
                None => (false, fname),
            };
            let ft = &self.types[t as usize];
            off = off.next_multiple_of(ft.align);
            align = align.max(ft.align);
            fds.push(FieldDesc {
                name: fname.to_string(),
                typ: t,
                offset: off,
                embedded,
                exported: fname.starts_with(|c: char| c.is_ascii_uppercase()),
            });
            off += ft.size;
        }
        let size = off.next_multiple_of(align);
        let lit = if fds.is_empty() {
            "struct {}".to_string()
        } else {
            let parts: Vec<String> = fds
                .iter()
                .map(|f| if f.embedded { self.name(f.typ) } else { format!("{} {}", f.name, self.name(f.typ)) })
                .collect();
            format!("struct {{ {} }}", parts.join("; "))
        };
        let mut d = desc(TypeKind::Struct, name.unwrap_or(&lit), size, align);
        d.named = name.is_some();
        d.fields = fds;
        self.add_type(d)
    }

    /// A defined type `name` with the underlying type of `under`.
    pub fn named(&mut self, name: &str, under: u32) -> u32 {
        let mut d = self.types[under as usize].clone();
        d.name = name.to_string();
        d.named = true;
        d.methods.clear();
        self.add_type(d)
    }

    /// Adds a `func() string` method implemented by `f` to each of the types `ts`.
    pub fn method(&mut self, ts: &[u32], name: &str, f: Method) {
        self.methods.push(f);
        let func = (self.methods.len() - 1) as u32;
        for &t in ts {
            let ms = &mut self.types[t as usize].methods;
            ms.push(MethodDesc { name: name.to_string(), sig: "func() string".to_string(), func });
            ms.sort_by(|a, b| a.name.cmp(&b.name));
        }
    }

    /// Adds a `Format(fmt.State, rune)` method implemented by `f` to each of the types `ts`.
    pub fn format_method(&mut self, ts: &[u32], f: FormatMethod) {
        self.format_methods.push(f);
        let func = FORMAT_FUNCS + (self.format_methods.len() - 1) as u32;
        for &t in ts {
            let ms = &mut self.types[t as usize].methods;
            ms.push(MethodDesc { name: "Format".to_string(), sig: "func(fmt.State, int32)".to_string(), func });
            ms.sort_by(|a, b| a.name.cmp(&b.name));
        }
    }

    // ---- Memory. ----

    pub fn alloc(&mut self, size: u64) -> u64 {
        let start = self.mem.len().next_multiple_of(8);
        self.mem.resize(start + (size.max(1) as usize), 0);
        BASE + start as u64
    }

    pub fn write(&mut self, addr: u64, bytes: &[u8]) {
        let start = (addr - BASE) as usize;
        self.mem[start..start + bytes.len()].copy_from_slice(bytes);
    }

    pub fn read_u64(&self, addr: u64) -> u64 {
        let mut b = [0u8; 8];
        self.read(addr, &mut b);
        u64::from_le_bytes(b)
    }

    pub fn read_string(&self, addr: u64) -> Vec<u8> {
        let (data, len) = (self.read_u64(addr), self.read_u64(addr + 8));
        let mut out = vec![0; len as usize];
        if len > 0 {
            self.read(data, &mut out);
        }
        out
    }

    /// Stores `v` as a value of type `t` at `addr`.
    pub fn store(&mut self, t: u32, v: &V, addr: u64) {
        use TypeKind::*;
        let d = self.types[t as usize].clone();
        match (d.kind, v) {
            (_, V::Nil) => {}
            (Float32, V::F(f)) => self.write(addr, &(*f as f32).to_le_bytes()),
            (Float64, V::F(f)) => self.write(addr, &f.to_le_bytes()),
            (Complex64, V::C(r, i)) => {
                self.write(addr, &(*r as f32).to_le_bytes());
                self.write(addr + 4, &(*i as f32).to_le_bytes());
            }
            (Complex128, V::C(r, i)) => {
                self.write(addr, &r.to_le_bytes());
                self.write(addr + 8, &i.to_le_bytes());
            }
            (Bool, V::B(b)) => self.write(addr, &[u8::from(*b)]),
            (_, V::I(n)) => self.write(addr, &n.to_le_bytes()[..d.size as usize]),
            (_, V::U(n)) => self.write(addr, &n.to_le_bytes()[..d.size as usize]),
            (String, V::S(bytes)) => {
                let data = if bytes.is_empty() { 0 } else { self.alloc(bytes.len() as u64) };
                if !bytes.is_empty() {
                    self.write(data, bytes);
                }
                self.write(addr, &data.to_le_bytes());
                self.write(addr + 8, &(bytes.len() as u64).to_le_bytes());
            }
            (_, V::Addr(w)) => self.write(addr, &w.to_le_bytes()),
            (Pointer, V::Ptr(inner)) => {
                let elem = d.elem.unwrap();
                let p = self.alloc(self.types[elem as usize].size);
                self.store(elem, inner, p);
                self.write(addr, &p.to_le_bytes());
            }
            (Slice, V::List(items)) => {
                let elem = d.elem.unwrap();
                let esize = self.types[elem as usize].size;
                let data = self.alloc(esize * items.len() as u64);
                for (i, it) in items.iter().enumerate() {
                    self.store(elem, it, data + i as u64 * esize);
                }
                self.write(addr, &data.to_le_bytes());
                self.write(addr + 8, &(items.len() as u64).to_le_bytes());
                self.write(addr + 16, &(items.len() as u64).to_le_bytes());
            }
            (Slice, V::S(bytes)) => {
                let data = self.alloc(bytes.len() as u64);
                self.write(data, bytes);
                self.write(addr, &data.to_le_bytes());
                self.write(addr + 8, &(bytes.len() as u64).to_le_bytes());
                self.write(addr + 16, &(bytes.len() as u64).to_le_bytes());
            }
            (Array, V::List(items)) => {
                let elem = d.elem.unwrap();
                let esize = self.types[elem as usize].size;
                for (i, it) in items.iter().enumerate() {
                    self.store(elem, it, addr + i as u64 * esize);
                }
            }
            (Struct, V::Fields(vals)) => {
                for (f, fv) in d.fields.iter().zip(vals) {
                    self.store(f.typ, fv, addr + f.offset);
                }
            }
            (Map, V::Map(entries)) => {
                let (kt, vt) = (d.key.unwrap(), d.elem.unwrap());
                let header = self.alloc(8);
                let mut list = Vec::new();
                for (k, e) in entries {
                    let ka = self.alloc(self.types[kt as usize].size);
                    self.store(kt, k, ka);
                    let va = self.alloc(self.types[vt as usize].size);
                    self.store(vt, e, va);
                    list.push((ka, va));
                }
                // Hand entries out in reverse so the engine must sort them.
                list.reverse();
                self.maps.insert(header, list);
                self.write(addr, &header.to_le_bytes());
            }
            (Interface, V::Iface(dt, inner)) => {
                let a = self.arg(*dt, inner);
                self.write(addr, &a.typ.to_le_bytes());
                self.write(addr + 8, &a.data.to_le_bytes());
            }
            (k, v) => panic!("cannot store {v:?} as {k:?} ({})", d.name),
        }
    }

    /// Boxes `v` as an operand of dynamic type `t`.
    pub fn arg(&mut self, t: u32, v: &V) -> Arg {
        let d = &self.types[t as usize];
        let size = d.size;
        if d.kind.is_direct_iface() {
            let tmp = self.alloc(8);
            self.store(t, v, tmp);
            return Arg { typ: u64::from(t) + 1, data: self.read_u64(tmp) };
        }
        let b = self.alloc(size);
        self.store(t, v, b);
        Arg { typ: u64::from(t) + 1, data: b }
    }
}
