//! Method values (`x.M` not called) and method expressions (`T.M`, `(*T).M`).
//!
//! A method value is a closure holding the receiver in interface form — its data word
//! (the pointer for a pointer receiver, the address of a boxed copy for a value
//! receiver) and, for an interface receiver, its type word — and calling a small
//! function that calls the method through the method table's calling convention.

use crate::func::FnBuilder;
use crate::layout::Shape;
use crate::{CResult, Compiler, unsupported};
use gorun_bytecode::typedesc::TypeDesc;
use gorun_bytecode::{Instr, Reg, TypeKind};
use gorun_syntax::ast::Expr;
use gorun_types::info::Selection;
use gorun_types::types::Type;

impl<'a> Compiler<'a> {
    /// The descriptor of a method value's closure: function index, data word (a
    /// pointer), type word (not a pointer).
    fn method_value_desc(&mut self) -> u32 {
        if let Some(&d) = self.closure_descs.get(&u16::MAX) {
            return d;
        }
        self.out
            .types
            .push(TypeDesc { comparable: false, ..TypeDesc::plain(TypeKind::Struct, "func", 24, vec![0b010]) });
        let d = (self.out.types.len() - 1) as u32;
        self.closure_descs.insert(u16::MAX, d);
        d
    }

    /// `x.M` as a function value, into `dst`.
    pub fn method_value(&mut self, b: &mut FnBuilder, x: &Expr, sel: &Selection, e: &Expr, dst: Reg) -> CResult<()> {
        let prog = &self.checked.program;
        let m = prog.objects.get(sel.obj);
        let name = self.interner.get(m.name).to_string();
        let Some(sig) = prog.types.signature(self.type_of(e)).cloned() else {
            return unsupported(e.span.lo, "this method value");
        };
        let mark = b.mark();
        let data = b.alloc_value(Shape::Pointer);
        let tword = b.alloc_value(Shape::Int(64));
        let key;
        if self.recv_is_iface(x, sel) {
            // An interface receiver (possibly an embedded interface field, reached through
            // the selection's path): call through its method table when invoked.
            let iface = self.iface_receiver(b, x, sel)?;
            b.emit(Instr::Move { dst: tword, src: iface });
            b.emit(Instr::Move { dst: data, src: Reg(iface.0 + 1) });
            // A nil interface panics when the method value is made.
            b.emit(Instr::NilCheck { a: tword });
            key = Some(self.out.add_method_key(&self.method_key(&name, m.typ)));
        } else {
            key = None;
            let recv_t = prog.types.signature(m.typ).and_then(|s| s.recv).map(|r| r.typ).expect("a method");
            let wants_ptr = matches!(prog.types.get(recv_t), Type::Pointer(_));
            let words = Shape::of(&prog.types, recv_t).words();
            let r = b.alloc(words.max(1));
            b.mark_pointers(r, Shape::of(&prog.types, recv_t));
            self.method_receiver(b, x, sel, r)?;
            let direct = wants_ptr || matches!(Shape::of(&prog.types, recv_t), Shape::Pointer);
            if direct {
                b.emit(Instr::Move { dst: data, src: r });
            } else {
                // A boxed copy; the method table's wrapper takes its address.
                let v = b.alloc_value(Shape::Interface);
                self.box_value(b, r, recv_t, v);
                b.emit(Instr::Move { dst: data, src: Reg(v.0 + 1) });
                b.emit(Instr::Move { dst: tword, src: v });
            }
        }
        // The function the closure runs.
        let target = match key {
            Some(_) => None,
            None => {
                let recv_t = prog.types.signature(m.typ).and_then(|s| s.recv).map(|r| r.typ).expect("a method");
                let d = self.type_desc(recv_t);
                let f = self.out.types[d as usize].method(&name).map(|md| md.func);
                match f {
                    Some(f) => Some(f),
                    None => return unsupported(e.span.lo, "this method value"),
                }
            }
        };
        let pw = crate::layout::words_of(&prog.types, &sig.params);
        let rw = crate::layout::words_of(&prog.types, &sig.results);
        let fm = self.method_value_func(&format!("{}-fm", self.qualified_name(sel.obj)), pw, rw, target, key);
        let typ = self.method_value_desc();
        let t = b.alloc_value(Shape::Int(64));
        b.emit(Instr::New { dst, typ });
        b.emit(Instr::LoadImm { dst: t, imm: fm as i32 });
        b.emit(Instr::Store64 { addr: dst, src: t, off: 0 });
        b.emit(Instr::StorePtr { addr: dst, src: data, off: 8 });
        b.emit(Instr::Store64 { addr: dst, src: tword, off: 16 });
        b.release(mark);
        Ok(())
    }

    /// A method expression `T.M` or `(*T).M` as a function value into `dst`.
    pub fn method_expr(&mut self, b: &mut FnBuilder, x: &Expr, sel: &Selection, e: &Expr, dst: Reg) -> CResult<()> {
        let prog = &self.checked.program;
        let types = &prog.types;
        if types.is_interface(self.type_of(x)) && sel.path.is_empty() {
            // `I.M`: a function of (the interface, the arguments) calling through it.
            let name = self.interner.get(prog.objects.get(sel.obj).name).to_string();
            let key = self.out.add_method_key(&self.method_key(&name, prog.objects.get(sel.obj).typ));
            let Some(sig) = types.signature(self.type_of(e)).cloned() else {
                return unsupported(e.span.lo, "this method expression");
            };
            let pw = crate::layout::words_of(types, &sig.params);
            let rw = crate::layout::words_of(types, &sig.results);
            let mut code = vec![Instr::CallIface { base: Reg(1), key }];
            if rw > 0 {
                code.push(Instr::MoveN { dst: Reg(0), src: Reg(1), n: rw });
            }
            code.push(Instr::Return {});
            let fname = format!("{}.{name}", self.rt_name(self.type_of(x)));
            let func = self.add_generated(fname, code, (1 + rw, pw, rw), &[1]);
            self.closure_of(b, dst, func);
            return Ok(());
        }
        if types.is_interface(self.type_of(x)) {
            return unsupported(e.span.lo, "method expressions of methods promoted into an interface");
        }
        let first = types.signature(self.type_of(e)).and_then(|s| s.params.first().map(|p| p.typ));
        let recv = types.signature(prog.objects.get(sel.obj).typ).and_then(|s| s.recv.map(|r| r.typ));
        let Some(first) = first else { return unsupported(e.span.lo, "this method expression") };
        // (A method promoted from an embedded interface has no receiver.)
        if sel.path.is_empty() && recv.is_some_and(|r| types.identical(first, r)) {
            return self.func_value(b, sel.obj, dst, e);
        }
        // `(*T).M` for a value method, or a method promoted from an embedded field: the
        // method table of the receiver type has a function with the interface calling
        // convention, whose data word is the receiver's own word (a pointer, or the
        // reference to a struct's memory).
        let name = self.interner.get(prog.objects.get(sel.obj).name).to_string();
        let d = self.type_desc(first);
        let Some(func) = self.out.types[d as usize].method(&name).map(|m| m.func) else {
            return unsupported(e.span.lo, "this method expression");
        };
        self.closure_of(b, dst, func);
        Ok(())
    }

    /// The body of a method value: loads the receiver from its closure and calls the
    /// method (`target` with the interface convention, or `key` through an interface).
    fn method_value_func(&mut self, name: &str, pw: u16, rw: u16, target: Option<u32>, key: Option<u32>) -> u32 {
        // Frame: params at 0.., then ctx, then the call area (type word, data, params).
        let ctx = pw.max(rw);
        let area = ctx + 1;
        let base = area + 1;
        let mut code = vec![
            Instr::LoadCtx { dst: Reg(ctx) },
            Instr::Load64 { dst: Reg(area), addr: Reg(ctx), off: 16 },
            Instr::Load64 { dst: Reg(base), addr: Reg(ctx), off: 8 },
        ];
        if pw > 0 {
            code.push(Instr::MoveN { dst: Reg(base + 1), src: Reg(0), n: pw });
        }
        match (target, key) {
            (Some(func), _) => code.push(Instr::Call { base: Reg(base), func }),
            (None, Some(key)) => code.push(Instr::CallIface { base: Reg(base), key }),
            _ => {}
        }
        if rw > 0 {
            code.push(Instr::MoveN { dst: Reg(0), src: Reg(base), n: rw });
        }
        code.push(Instr::Return {});
        self.add_generated(name.to_string(), code, (base + 1 + pw.max(rw), pw, rw), &[ctx, base])
    }
}
