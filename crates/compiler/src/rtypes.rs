//! Run-time type descriptors: one per distinct type a program boxes in an interface,
//! allocates, copies or compares in memory, with its `%T` name, memory layout, pointer
//! mask, fields and method table.
//!
//! Method tables use the interface calling convention: the first argument is the
//! interface's data word. A pointer receiver's method takes exactly that; a value
//! receiver's method gets a small wrapper that loads (or, for a struct, copies) the value
//! the data word points to and calls the method.

use crate::Compiler;
use crate::func::FnBuilder;
use crate::layout::Shape;
use gorun_bytecode::typedesc::{FieldDesc, MethodDesc};
use gorun_bytecode::{Instr, Reg, TypeDesc, TypeKind};
use gorun_types::object::ObjKind;
use gorun_types::types::{BasicKind, ChanDir, Type, TypeId};

impl<'a> Compiler<'a> {
    /// The name of `t` as reflection (and so `%T`) prints it.
    pub fn rt_name(&self, t: TypeId) -> String {
        let prog = &self.checked.program;
        let types = &prog.types;
        let t = types.unalias(t);
        match types.get(t) {
            Type::Basic(k) => k.canonical().name().to_string(),
            Type::Named(n) => {
                let o = prog.objects.get(n.obj);
                let name = self.interner.get(o.name);
                let mut s = match o.pkg {
                    Some(p) => format!("{}.{name}", self.interner.get(prog.packages[p.0 as usize].name)),
                    None => name.to_string(),
                };
                if !n.targs.is_empty() {
                    let args: Vec<String> = n.targs.iter().map(|&a| self.rt_name(a)).collect();
                    s = format!("{s}[{}]", args.join(","));
                }
                s
            }
            Type::Pointer(e) => format!("*{}", self.rt_name(*e)),
            Type::Slice(e) => format!("[]{}", self.rt_name(*e)),
            Type::Array(n, e) => format!("[{}]{}", n.unwrap_or(0), self.rt_name(*e)),
            Type::Map(k, v) => format!("map[{}]{}", self.rt_name(*k), self.rt_name(*v)),
            Type::Chan(d, e) => match d {
                ChanDir::Both => format!("chan {}", self.rt_name(*e)),
                ChanDir::Send => format!("chan<- {}", self.rt_name(*e)),
                ChanDir::Recv => format!("<-chan {}", self.rt_name(*e)),
            },
            Type::Struct(st) => {
                if st.fields.is_empty() {
                    return "struct {}".into();
                }
                let fields: Vec<String> = st
                    .fields
                    .iter()
                    .map(|f| {
                        let mut s = if f.embedded {
                            self.rt_name(f.typ)
                        } else {
                            format!("{} {}", self.interner.get(f.name), self.rt_name(f.typ))
                        };
                        if let Some(tag) = f.tag.as_deref().filter(|t| !t.is_empty()) {
                            s.push(' ');
                            s.push_str(&go_quote(tag));
                        }
                        s
                    })
                    .collect();
                format!("struct {{ {} }}", fields.join("; "))
            }
            Type::Signature(sig) => {
                let mut s = String::from("func(");
                for (i, p) in sig.params.iter().enumerate() {
                    if i > 0 {
                        s.push_str(", ");
                    }
                    if sig.variadic && i + 1 == sig.params.len() {
                        let elem = match types.get(types.underlying(p.typ)) {
                            Type::Slice(e) => *e,
                            _ => p.typ,
                        };
                        s.push_str("...");
                        s.push_str(&self.rt_name(elem));
                    } else {
                        s.push_str(&self.rt_name(p.typ));
                    }
                }
                s.push(')');
                match sig.results.len() {
                    0 => {}
                    1 => {
                        s.push(' ');
                        s.push_str(&self.rt_name(sig.results[0].typ));
                    }
                    _ => {
                        let rs: Vec<String> = sig.results.iter().map(|p| self.rt_name(p.typ)).collect();
                        s.push_str(&format!(" ({})", rs.join(", ")));
                    }
                }
                s
            }
            Type::Interface(_) => {
                let (methods, _) = types.flat_interface(t);
                if methods.is_empty() {
                    return "interface {}".into();
                }
                let ms: Vec<String> = methods
                    .iter()
                    .map(|m| format!("{}{}", self.interner.get(m.name), &self.rt_name(m.sig)[4..]))
                    .collect();
                format!("interface {{ {} }}", ms.join("; "))
            }
            _ => "?".into(),
        }
    }

    /// The key identifying a method at run time: its name and signature.
    pub fn method_key(&self, name: &str, sig: TypeId) -> String {
        format!("{name} {}", self.rt_name(sig))
    }

    /// The index of the run-time descriptor of type `t`, made on first use.
    pub fn type_desc(&mut self, t: TypeId) -> u32 {
        let prog = &self.checked.program;
        let types = &prog.types;
        let t = types.unalias(t);
        let mut key = self.rt_name(t);
        if let Some(n) = types.named(t) {
            key.push_str(&format!("#{}", n.obj.0));
        }
        if let Some(&i) = self.desc_index.get(&key) {
            return i;
        }
        let idx = self.out.types.len() as u32;
        self.desc_index.insert(key, idx);
        let name = self.rt_name(t);
        let u = types.underlying(t);
        let size = types.sizeof(t).max(0) as u64;
        let align = types.alignof(t).max(1) as u64;
        let kind = kind_of(types.get(u));
        self.out.types.push(TypeDesc {
            kind,
            name,
            named: matches!(types.get(t), Type::Named(_)),
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
        });
        let mut mask = Vec::new();
        self.pointer_bits(t, 0, &mut mask);
        let (mut elem, mut keyt, mut len, mut fields) = (None, None, 0, Vec::new());
        let mut comparable = true;
        match types.get(u).clone() {
            Type::Pointer(e) | Type::Slice(e) | Type::Chan(_, e) => {
                elem = Some(self.type_desc(e));
                comparable = !matches!(types.get(u), Type::Slice(_));
            }
            Type::Array(n, e) => {
                elem = Some(self.type_desc(e));
                len = n.unwrap_or(0);
                comparable = self.out.types[elem.unwrap_or(0) as usize].comparable;
            }
            Type::Map(k, v) => {
                keyt = Some(self.type_desc(k));
                elem = Some(self.type_desc(v));
                comparable = false;
            }
            Type::Signature(_) => comparable = false,
            Type::Struct(st) => {
                let offsets = types.offsets(u);
                for (f, off) in st.fields.iter().zip(offsets) {
                    let ft = self.type_desc(f.typ);
                    comparable &= self.out.types[ft as usize].comparable;
                    let fname = self.interner.get(f.name).to_string();
                    fields.push(FieldDesc {
                        exported: fname.chars().next().is_some_and(char::is_uppercase),
                        name: fname,
                        typ: ft,
                        offset: off as u64,
                        embedded: f.embedded,
                    });
                }
            }
            _ => {}
        }
        let iface_methods = if kind == TypeKind::Interface {
            let (ms, _) = types.flat_interface(u);
            let mut v: Vec<(String, String)> =
                ms.iter().map(|m| (self.interner.get(m.name).to_string(), self.rt_name(m.sig))).collect();
            v.sort();
            v
        } else {
            Vec::new()
        };
        let methods = self.method_table(t);
        let d = &mut self.out.types[idx as usize];
        d.pointer_mask = mask;
        d.elem = elem;
        d.key = keyt;
        d.len = len;
        d.fields = fields;
        d.comparable = comparable;
        d.iface_methods = iface_methods;
        d.methods = methods;
        idx
    }

    /// Sets the bits of the pointer words of a value of type `t` at byte `off`.
    pub(crate) fn pointer_bits(&self, t: TypeId, off: u64, mask: &mut Vec<u64>) {
        let types = &self.checked.program.types;
        let u = types.underlying(t);
        let mut set = |word: u64| {
            let w = word as usize;
            if mask.len() <= w / 64 {
                mask.resize(w / 64 + 1, 0);
            }
            mask[w / 64] |= 1 << (w % 64);
        };
        match types.get(u) {
            Type::Basic(k) => {
                if matches!(k.canonical(), BasicKind::String | BasicKind::UnsafePointer) {
                    set(off / 8);
                }
            }
            Type::Pointer(_) | Type::Map(..) | Type::Chan(..) | Type::Signature(_) | Type::Slice(_) => set(off / 8),
            Type::Interface(_) => set(off / 8 + 1),
            Type::Array(n, e) => {
                let esize = types.sizeof(*e).max(0) as u64;
                if self.has_pointers(*e) {
                    for i in 0..n.unwrap_or(0) {
                        self.pointer_bits(*e, off + i * esize, mask);
                    }
                }
            }
            Type::Struct(st) => {
                for (f, o) in st.fields.iter().zip(types.offsets(u)) {
                    self.pointer_bits(f.typ, off + o as u64, mask);
                }
            }
            _ => {}
        }
    }

    fn has_pointers(&self, t: TypeId) -> bool {
        let mut m = Vec::new();
        self.pointer_bits(t, 0, &mut m);
        m.iter().any(|&w| w != 0)
    }

    /// The method table of type `t` (sorted by name), with wrappers where needed: its
    /// declared methods, then those promoted from embedded fields.
    fn method_table(&mut self, t: TypeId) -> Vec<MethodDesc> {
        let mut out = self.declared_methods(t);
        let types = &self.checked.program.types;
        let (base, is_ptr) = match types.get(types.unalias(t)) {
            Type::Pointer(e) => (types.unalias(*e), true),
            _ => (types.unalias(t), false),
        };
        if types.struct_type(types.underlying(base)).is_some() && !types.is_interface(base) {
            let promoted = self.promoted_methods(base, is_ptr, &out);
            out.extend(promoted);
            out.sort_by(|a, b| a.name.cmp(&b.name));
        }
        out
    }

    /// Methods promoted into struct type `st` (or `*st`) from its embedded fields, with
    /// wrappers that find the embedded value from a pointer to the struct.
    fn promoted_methods(&mut self, st: TypeId, is_ptr: bool, own: &[MethodDesc]) -> Vec<MethodDesc> {
        let types = &self.checked.program.types;
        let u = types.underlying(st);
        let Some(s) = types.struct_type(u).cloned() else { return Vec::new() };
        let offsets = types.offsets(u);
        // Candidates by name; a name two embedded fields provide is ambiguous.
        let mut found: Vec<(MethodDesc, i64, bool, TypeId)> = Vec::new();
        let mut ambiguous: Vec<String> = Vec::new();
        for (f, off) in s.fields.iter().zip(offsets) {
            if !f.embedded {
                continue;
            }
            let ft = types.unalias(f.typ);
            if types.is_interface(ft) {
                // An embedded interface: call through it.
                let d = self.type_desc(ft);
                for (mname, sig) in self.out.types[d as usize].iface_methods.clone() {
                    if own.iter().any(|o| o.name == mname) || found.iter().any(|c| c.0.name == mname) {
                        ambiguous.push(mname.clone());
                        continue;
                    }
                    let key = self.out.add_method_key(&format!("{mname} {sig}"));
                    let (pw, rw) = self.sig_words_of(&sig, ft, &mname);
                    let func = self.iface_promoted_wrapper(
                        &format!("{}.{mname}·promoted", self.rt_name(st)),
                        key,
                        off,
                        pw,
                        rw,
                    );
                    found.push((MethodDesc { name: mname, sig, func }, off, false, ft));
                }
                continue;
            }
            let field_is_ptr = matches!(types.get(ft), Type::Pointer(_));
            // The table to borrow from: an embedded pointer or an addressable outer value
            // offers every method of the embedded type, a value only its value methods.
            let table_t = if field_is_ptr || !is_ptr { Some(ft) } else { self.pointer_to(ft) };
            let Some(table_t) = table_t else { continue };
            let d = self.type_desc(table_t);
            for m in self.out.types[d as usize].methods.clone() {
                if own.iter().any(|o| o.name == m.name) {
                    continue;
                }
                if found.iter().any(|c| c.0.name == m.name) {
                    ambiguous.push(m.name.clone());
                    continue;
                }
                let direct = self.out.types[d as usize].kind.is_direct_iface();
                found.push((m, off, field_is_ptr || (direct && !is_ptr && table_t == ft), table_t));
            }
        }
        let mut out = Vec::new();
        for (m, off, load_word, table_t) in found {
            if ambiguous.contains(&m.name) {
                continue;
            }
            if self.checked.program.types.is_interface(table_t) {
                out.push(m);
                continue;
            }
            let name = format!("{}.{}·promoted", self.rt_name(st), m.name);
            let func = self.promoted_wrapper(&name, m.func, off, load_word);
            out.push(MethodDesc { name: m.name, sig: m.sig, func });
        }
        out
    }

    /// Parameter and result words of interface `iface`'s method `name` (plus one for the
    /// receiver's data word).
    fn sig_words_of(&self, _sig: &str, iface: TypeId, name: &str) -> (u16, u16) {
        let types = &self.checked.program.types;
        let (methods, _) = types.flat_interface(types.underlying(iface));
        let Some(m) = methods.iter().find(|m| self.interner.get(m.name) == name) else { return (1, 0) };
        let Some(sig) = types.signature(m.sig) else { return (1, 0) };
        (1 + crate::layout::words_of(types, &sig.params), crate::layout::words_of(types, &sig.results))
    }

    /// A method-table function for a method promoted from an embedded interface: loads
    /// the interface from the outer struct and calls the method through it.
    fn iface_promoted_wrapper(&mut self, name: &str, key: u32, off: i64, pw: u16, rw: u16) -> u32 {
        let args = pw - 1;
        let area = pw.max(rw);
        let base = area + 1;
        let mut code = vec![
            Instr::NilCheck { a: Reg(0) },
            Instr::Load64 { dst: Reg(area), addr: Reg(0), off: off as i16 },
            Instr::Load64 { dst: Reg(base), addr: Reg(0), off: off as i16 + 8 },
        ];
        if args > 0 {
            code.push(Instr::MoveN { dst: Reg(base + 1), src: Reg(1), n: args });
        }
        code.push(Instr::CallIface { base: Reg(base), key });
        if rw > 0 {
            code.push(Instr::MoveN { dst: Reg(0), src: Reg(base), n: rw });
        }
        code.push(Instr::Return {});
        self.add_generated(name.to_string(), code, (base + pw.max(rw), pw, rw), &[0, base])
    }

    /// The pointer type to `t`, if the program has it.
    pub(crate) fn pointer_to(&self, t: TypeId) -> Option<TypeId> {
        let types = &self.checked.program.types;
        (0..types.len() as u32)
            .map(TypeId)
            .find(|&p| matches!(types.get(p), Type::Pointer(e) if types.unalias(*e) == t))
    }

    /// A method-table function for a promoted method: takes the outer struct's address
    /// (and the arguments), computes the embedded field's data word (its address, or the
    /// word stored there for an embedded pointer), and calls the inner table's `target`.
    fn promoted_wrapper(&mut self, name: &str, target: u32, off: i64, load_word: bool) -> u32 {
        let callee = &self.out.funcs[target as usize];
        let (pw, rw) = (callee.param_words.max(1), callee.result_words);
        let args = pw - 1;
        let base = pw.max(rw);
        let mut code = Vec::new();
        code.push(Instr::NilCheck { a: Reg(0) });
        if load_word {
            code.push(Instr::Load64 { dst: Reg(base), addr: Reg(0), off: off as i16 });
        } else {
            code.push(Instr::AddImm { dst: Reg(base), a: Reg(0), imm: off as i16 });
        }
        if args > 0 {
            code.push(Instr::MoveN { dst: Reg(base + 1), src: Reg(1), n: args });
        }
        code.push(Instr::Call { base: Reg(base), func: target });
        if rw > 0 {
            code.push(Instr::MoveN { dst: Reg(0), src: Reg(base), n: rw });
        }
        code.push(Instr::Return {});
        self.add_generated(name.to_string(), code, (base + pw.max(rw), pw, rw), &[0, base])
    }

    /// The methods declared with `t`'s named type (or its pointer) as receiver base.
    fn declared_methods(&mut self, t: TypeId) -> Vec<MethodDesc> {
        let prog = &self.checked.program;
        let types = &prog.types;
        // The named type whose declared methods apply, and whether `t` is its pointer.
        let (named, is_ptr) = match types.get(t) {
            Type::Named(_) => (t, false),
            Type::Pointer(e) if types.named(types.unalias(*e)).is_some() => (types.unalias(*e), true),
            _ => return Vec::new(),
        };
        if types.is_interface(named) {
            return Vec::new();
        }
        let Some(n) = types.named(named) else { return Vec::new() };
        let direct = kind_of(types.get(types.underlying(t))).is_direct_iface();
        let mut out = Vec::new();
        for &m in &n.methods.clone() {
            let o = prog.objects.get(m);
            let ObjKind::Func(fi) = &o.kind else { continue };
            if fi.pointer_recv && !is_ptr {
                continue;
            }
            let name = self.interner.get(o.name).to_string();
            let sig_t = o.typ;
            let Ok(target) = self.func_ref(m, o.pos) else { continue };
            // Pointer receivers take the data word as it is; so do value receivers of
            // pointer-shaped types held directly.
            let func = if fi.pointer_recv || (direct && !is_ptr) {
                target
            } else {
                self.value_method_wrapper(named, m, target, is_ptr)
            };
            out.push(MethodDesc { sig: self.rt_name(sig_t), name, func });
        }
        out.sort_by(|a, b| a.name.cmp(&b.name));
        out
    }

    /// A function taking (pointer to a `recv` value, arguments…) that calls the value
    /// method `target` of `recv` with a copy of that value.
    fn value_method_wrapper(
        &mut self,
        recv: TypeId,
        method: gorun_types::object::ObjId,
        target: u32,
        from_ptr: bool,
    ) -> u32 {
        let prog = &self.checked.program;
        let name = format!("{}.{}", self.rt_name(recv), self.interner.get(prog.objects.get(method).name));
        let name = if from_ptr { format!("{name}·ptr") } else { format!("{name}·box") };
        let (pw, rw) = self.signature_words(method);
        let shape = Shape::of(&prog.types, recv);
        let recv_words = shape.words();
        let arg_words = pw - recv_words;
        let mut b = FnBuilder::new(name, 0);
        let data = b.alloc_value(Shape::Pointer);
        let args = b.alloc(arg_words);
        let sig = prog.types.signature(prog.objects.get(method).typ).cloned().unwrap_or_default();
        let mut at = args.0;
        for p in &sig.params {
            let s = Shape::of(&prog.types, p.typ);
            b.mark_pointers(Reg(at), s);
            at += s.words();
        }
        if b.top < rw {
            b.alloc(rw - b.top);
        }
        let base = b.alloc(pw.max(rw));
        if from_ptr {
            b.emit(Instr::NilCheck { a: data });
        }
        match shape {
            Shape::Mem(t) => self.copy_mem(&mut b, base, data, t),
            _ => self.load_value(&mut b, base, data, 0, shape),
        }
        b.mark_pointers(base, shape);
        if arg_words > 0 {
            b.emit(Instr::MoveN { dst: Reg(base.0 + recv_words), src: args, n: arg_words });
        }
        b.emit(Instr::Call { base, func: target });
        if rw > 0 {
            b.emit(Instr::MoveN { dst: Reg(0), src: base, n: rw });
        }
        b.emit(Instr::Return {});
        b.func.param_words = 1 + arg_words;
        b.func.result_words = rw;
        b.func.wrapper = true;
        self.out.funcs.push(b.func);
        (self.out.funcs.len() - 1) as u32
    }
}

/// `strconv.Quote` of a struct tag, as reflect prints tags in type names.
fn go_quote(bytes: &[u8]) -> String {
    let mut out = String::from("\"");
    for chunk in bytes.utf8_chunks() {
        for c in chunk.valid().chars() {
            match c {
                '"' => out.push_str("\\\""),
                '\\' => out.push_str("\\\\"),
                '\x07' => out.push_str("\\a"),
                '\x08' => out.push_str("\\b"),
                '\x0c' => out.push_str("\\f"),
                '\n' => out.push_str("\\n"),
                '\r' => out.push_str("\\r"),
                '\t' => out.push_str("\\t"),
                '\x0b' => out.push_str("\\v"),
                c if (c as u32) < 0x20 || c as u32 == 0x7f => out.push_str(&format!("\\x{:02x}", c as u32)),
                c => out.push(c),
            }
        }
        for b in chunk.invalid() {
            out.push_str(&format!("\\x{b:02x}"));
        }
    }
    out.push('"');
    out
}

fn kind_of(t: &Type) -> TypeKind {
    match t {
        Type::Basic(k) => match k.canonical() {
            BasicKind::Bool => TypeKind::Bool,
            BasicKind::Int => TypeKind::Int,
            BasicKind::Int8 => TypeKind::Int8,
            BasicKind::Int16 => TypeKind::Int16,
            BasicKind::Int32 => TypeKind::Int32,
            BasicKind::Int64 => TypeKind::Int64,
            BasicKind::Uint => TypeKind::Uint,
            BasicKind::Uint8 => TypeKind::Uint8,
            BasicKind::Uint16 => TypeKind::Uint16,
            BasicKind::Uint32 => TypeKind::Uint32,
            BasicKind::Uint64 => TypeKind::Uint64,
            BasicKind::Uintptr => TypeKind::Uintptr,
            BasicKind::Float32 => TypeKind::Float32,
            BasicKind::Float64 => TypeKind::Float64,
            BasicKind::Complex64 => TypeKind::Complex64,
            BasicKind::Complex128 => TypeKind::Complex128,
            BasicKind::String => TypeKind::String,
            BasicKind::UnsafePointer => TypeKind::UnsafePointer,
            _ => TypeKind::Int,
        },
        Type::Pointer(_) => TypeKind::Pointer,
        Type::Slice(_) => TypeKind::Slice,
        Type::Array(..) => TypeKind::Array,
        Type::Struct(_) => TypeKind::Struct,
        Type::Map(..) => TypeKind::Map,
        Type::Chan(..) => TypeKind::Chan,
        Type::Signature(_) => TypeKind::Func,
        _ => TypeKind::Interface,
    }
}
