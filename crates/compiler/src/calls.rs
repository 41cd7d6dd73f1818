//! Calls: of functions, methods (static and through interfaces), function values and
//! native functions, with variadic arguments packed into a slice.

use crate::func::FnBuilder;
use crate::layout::Shape;
use crate::{CResult, Compiler, unsupported};
use gorun_bytecode::{Instr, Reg};
use gorun_syntax::ast::{CallExpr, Expr, ExprKind};
use gorun_types::info::{Mode, SelectionKind};
use gorun_types::object::ObjKind;
use gorun_types::types::{Signature, Type};

/// What a call calls.
pub(crate) enum Callee {
    Func(u32),
    Native(u32),
    /// A function value in a register.
    Value(Reg),
    /// A method through an interface: its key.
    Iface(u32),
}

impl<'a> Compiler<'a> {
    /// Compiles a call; returns the registers holding its results (valid until the
    /// caller releases registers above its mark).
    pub fn call(&mut self, b: &mut FnBuilder, call: &CallExpr, e: &Expr) -> CResult<Vec<(Reg, Shape)>> {
        self.call_to(b, call, e, None)
    }

    /// A call with one result, moved straight into `dst`.
    pub fn call_into(&mut self, b: &mut FnBuilder, call: &CallExpr, e: &Expr, dst: Reg) -> CResult<()> {
        self.call_to(b, call, e, Some(dst)).map(|_| ())
    }

    fn call_to(
        &mut self,
        b: &mut FnBuilder,
        call: &CallExpr,
        e: &Expr,
        into: Option<Reg>,
    ) -> CResult<Vec<(Reg, Shape)>> {
        let prog = &self.checked.program;
        let fun_tv = prog.info.expr(call.fun.id).cloned();
        let line = self.line_of(e.span.lo);
        match fun_tv.as_ref().map(|tv| tv.mode) {
            Some(Mode::TypeExpr) => {
                let shape = self.shape_of(e)?;
                let dst = b.alloc_value(shape);
                self.conversion(b, &call.args[0], dst, self.type_of(e), e)?;
                return Ok(vec![(dst, shape)]);
            }
            Some(Mode::Builtin(k)) => return self.builtin(b, k, call, e),
            _ => {}
        }
        let fun_t = self.type_of(&call.fun);
        let Some(sig) = prog.types.signature(prog.types.underlying(fun_t)).cloned() else {
            return unsupported(e.span.lo, "this call");
        };
        // Results are moved into registers below the argument area before it is released.
        let mut results = Vec::new();
        for p in &sig.results {
            let shape = self.shape(p.typ, e.span.lo)?;
            let r = match into {
                Some(dst) => dst,
                None => b.alloc_value(shape),
            };
            results.push((r, shape));
        }
        let rw: u16 = results.iter().map(|r| r.1.words()).sum();
        let mark = b.mark();

        // The callee, and the receiver words that go before the arguments.
        let mut recv: Option<(&Expr, gorun_types::info::Selection)> = None;
        let callee_obj = match &call.fun.kind {
            ExprKind::Ident(_) => prog.info.uses.get(&call.fun.id).copied(),
            ExprKind::Selector(x, _) => match prog.info.selections.get(&call.fun.id) {
                None => prog.info.uses.get(&call.fun.id).copied(),
                Some(sel) if sel.kind == SelectionKind::MethodVal => {
                    recv = Some((x, sel.clone()));
                    Some(sel.obj)
                }
                Some(_) => None,
            },
            ExprKind::Paren(_) => None,
            _ => None,
        };
        let is_func = |o: gorun_types::object::ObjId| matches!(prog.objects.get(o).kind, ObjKind::Func(_));
        let through_iface = recv.as_ref().is_some_and(|(x, sel)| self.recv_is_iface(x, sel));
        let recv_words = match &recv {
            Some(_) if through_iface => 1,
            Some((_, sel)) => {
                let m = prog.objects.get(sel.obj);
                let rt = prog.types.signature(m.typ).and_then(|s| s.recv).map(|r| r.typ);
                rt.map_or(1, |t| Shape::of(&prog.types, t).words())
            }
            None => 0,
        };
        let pw: u16 = recv_words + crate::layout::words_of(&prog.types, &sig.params);
        // An interface call keeps the type word just below the arguments.
        let area = b.alloc(pw.max(rw) + u16::from(through_iface));
        let base = Reg(area.0 + u16::from(through_iface));
        let callee = match (&recv, callee_obj) {
            (Some((x, sel)), _) if through_iface => {
                let name = self.interner.get(prog.objects.get(sel.obj).name).to_string();
                let key = self.method_key(&name, prog.objects.get(sel.obj).typ);
                let k = self.out.add_method_key(&key);
                let iface = self.iface_receiver(b, x, sel)?;
                b.move_value(area, iface, Shape::Interface);
                Callee::Iface(k)
            }
            (Some((x, sel)), Some(m)) => {
                self.method_receiver(b, x, sel, base)?;
                self.static_callee(m, e)?
            }
            (None, Some(o)) if is_func(o) => self.static_callee(o, e)?,
            _ => {
                let f = b.alloc_value(Shape::Pointer);
                self.expr_into(b, &call.fun, f)?;
                Callee::Value(f)
            }
        };
        self.args_into(b, call, &sig, Reg(base.0 + recv_words), e)?;
        b.line = line;
        match callee {
            Callee::Func(func) => b.emit(Instr::Call { base, func }),
            Callee::Native(native) => b.emit(Instr::CallNative { base, native }),
            Callee::Value(f) => b.emit(Instr::CallClosure { base, f }),
            Callee::Iface(key) => b.emit(Instr::CallIface { base, key }),
        };
        let mut off = 0u16;
        for &(r, shape) in &results {
            b.move_value(r, Reg(base.0 + off), shape);
            off += shape.words();
        }
        b.release(mark);
        Ok(results)
    }

    /// A function or method called directly: bytecode, or native.
    pub(crate) fn static_callee(&mut self, obj: gorun_types::object::ObjId, e: &Expr) -> CResult<Callee> {
        let name = self.qualified_name(obj);
        let bodyless = self.func_decls.get(&obj).is_some_and(|(_, fd)| fd.body.is_none());
        if bodyless {
            return Ok(Callee::Native(self.out.add_native(&name)));
        }
        Ok(Callee::Func(self.func_ref(obj, e.span.lo)?))
    }

    /// Whether a method call `x.m()` goes through an interface (`x`, or the embedded
    /// field the method is promoted from, is an interface).
    pub(crate) fn recv_is_iface(&self, x: &Expr, sel: &gorun_types::info::Selection) -> bool {
        let types = &self.checked.program.types;
        let mut t = self.type_of(x);
        if let Type::Pointer(e) = types.get(types.underlying(t)) {
            t = *e;
        }
        for &i in &sel.path {
            let Some(st) = types.struct_type(types.underlying(t)) else { return false };
            t = st.fields[i].typ;
            if let Type::Pointer(e) = types.get(types.underlying(t)) {
                t = *e;
            }
        }
        types.is_interface(t)
    }

    /// The interface value a method is called through (`x`, or an embedded field of it).
    pub(crate) fn iface_receiver(
        &mut self,
        b: &mut FnBuilder,
        x: &Expr,
        sel: &gorun_types::info::Selection,
    ) -> CResult<Reg> {
        if sel.path.is_empty() {
            return self.expr_reg(b, x);
        }
        let (addr, off, _) = self.embedded_addr(b, x, sel)?;
        let r = b.alloc_value(Shape::Interface);
        self.load_value(b, r, addr, off, Shape::Interface);
        Ok(r)
    }

    /// The address (register, offset) and type of the embedded field at the end of a
    /// method selection's path.
    fn embedded_addr(
        &mut self,
        b: &mut FnBuilder,
        x: &Expr,
        sel: &gorun_types::info::Selection,
    ) -> CResult<(Reg, i64, gorun_types::types::TypeId)> {
        let types = &self.checked.program.types;
        let xt = self.type_of(x);
        let (addr, t) = match types.get(types.underlying(xt)) {
            Type::Pointer(elem) => (self.expr_reg(b, x)?, *elem),
            _ => {
                // A struct value: by reference to its memory.
                (self.expr_reg(b, x)?, xt)
            }
        };
        Ok(self.field_path(b, t, addr, 0, &sel.path))
    }

    /// Puts the receiver of a static method call in the words at `dst`: the pointer for
    /// a pointer receiver, a copy of the value for a value receiver.
    pub(crate) fn method_receiver(
        &mut self,
        b: &mut FnBuilder,
        x: &Expr,
        sel: &gorun_types::info::Selection,
        dst: Reg,
    ) -> CResult<()> {
        let prog = &self.checked.program;
        let types = &prog.types;
        let m = prog.objects.get(sel.obj);
        let Some(recv_t) = types.signature(m.typ).and_then(|s| s.recv).map(|r| r.typ) else {
            return unsupported(x.span.lo, "this method call");
        };
        let wants_ptr = matches!(types.get(recv_t), Type::Pointer(_));
        // Where the receiver's base value is: the end of the embedded path.
        let x_is_ptr = matches!(types.get(types.underlying(self.type_of(x))), Type::Pointer(_));
        let recv_shape = Shape::of(types, recv_t);
        if sel.path.is_empty() {
            match (wants_ptr, x_is_ptr) {
                (true, true) | (false, false) => self.expr_owned(b, x, dst)?,
                (true, false) => {
                    let p = self.address_of(b, x)?;
                    b.emit(Instr::Move { dst, src: p });
                }
                (false, true) => {
                    let p = self.expr_reg(b, x)?;
                    b.emit(Instr::NilCheck { a: p });
                    match recv_shape {
                        Shape::Mem(t) => self.copy_mem(b, dst, p, t),
                        s => self.load_value(b, dst, p, 0, s),
                    }
                }
            }
            return Ok(());
        }
        let (addr, off, ft) = self.embedded_addr(b, x, sel)?;
        let field_is_ptr = matches!(types.get(types.underlying(ft)), Type::Pointer(_));
        match (wants_ptr, field_is_ptr) {
            (true, true) => self.load_value(b, dst, addr, off, Shape::Pointer),
            (true, false) => {
                b.emit(Instr::NilCheck { a: addr });
                self.add_offset(b, dst, addr, off);
            }
            (false, true) => {
                let p = b.alloc_value(Shape::Pointer);
                self.load_value(b, p, addr, off, Shape::Pointer);
                b.emit(Instr::NilCheck { a: p });
                match recv_shape {
                    Shape::Mem(t) => self.copy_mem(b, dst, p, t),
                    s => self.load_value(b, dst, p, 0, s),
                }
            }
            (false, false) => match recv_shape {
                Shape::Mem(t) => {
                    let p = b.alloc_value(Shape::Pointer);
                    self.load_value(b, p, addr, off, recv_shape);
                    self.copy_mem(b, dst, p, t);
                }
                s => self.load_value(b, dst, addr, off, s),
            },
        }
        Ok(())
    }

    /// Evaluates a call's arguments into the words at `dst` (variadic ones packed into a
    /// slice, a multi-value call spread over the parameters).
    pub(crate) fn args_into(
        &mut self,
        b: &mut FnBuilder,
        call: &CallExpr,
        sig: &Signature,
        dst: Reg,
        _e: &Expr,
    ) -> CResult<()> {
        let mut off = 0u16;
        let nparams = sig.params.len();
        let multi = match (&call.args.as_slice(), call.args.first().map(|a| self.type_of(a))) {
            ([a], Some(t)) if matches!(a.kind, ExprKind::Call(_)) => {
                matches!(self.checked.program.types.get(t), Type::Tuple(ts) if ts.len() > 1)
            }
            _ => false,
        };
        if multi {
            // f(g()) with a multi-value g: its results are the arguments.
            let ExprKind::Call(c) = &call.args[0].kind else { unreachable!() };
            let Type::Tuple(rtypes) = self.checked.program.types.get(self.type_of(&call.args[0])).clone() else {
                unreachable!()
            };
            let inner = self.call(b, c, &call.args[0])?;
            let fixed = if sig.variadic { nparams - 1 } else { nparams };
            let types = &self.checked.program.types;
            for (k, (r, shape)) in inner.iter().copied().enumerate().take(fixed) {
                let pt = sig.params[k].typ;
                if types.is_interface(pt) && !types.is_interface(rtypes[k]) {
                    self.box_value(b, r, rtypes[k], Reg(dst.0 + off));
                } else {
                    b.move_value(Reg(dst.0 + off), r, shape);
                }
                off += Shape::of(types, pt).words();
            }
            if sig.variadic {
                let rest: Vec<(Reg, gorun_types::types::TypeId)> =
                    inner.iter().zip(&rtypes).skip(fixed).map(|(&(r, _), &t)| (r, t)).collect();
                self.slice_of_regs(b, sig.params[nparams - 1].typ, &rest, Reg(dst.0 + off))?;
            }
            return Ok(());
        }
        let fixed = if sig.variadic { nparams - 1 } else { nparams };
        let mut slots = Vec::new();
        for (arg, p) in call.args.iter().take(fixed).zip(&sig.params) {
            slots.push((arg, p.typ, Reg(dst.0 + off)));
            off += Shape::of(&self.checked.program.types, p.typ).words();
        }
        let rest = &call.args[fixed.min(call.args.len())..];
        let rest_calls = rest.iter().any(|x| self.ordered_first(x));
        // gc evaluates the arguments that call functions or receive first, in order, and
        // the others (variables, constants, len) after them: `f(n, g())` passes n as g
        // left it.
        let any_call = rest_calls || slots.iter().any(|s| self.ordered_first(s.0));
        for pass in [true, false] {
            for &(arg, t, at) in &slots {
                if !any_call || self.ordered_first(arg) == pass {
                    self.expr_to(b, arg, t, at)?;
                }
            }
            if sig.variadic && (!any_call || rest_calls == pass) {
                let slice_t = sig.params[nparams - 1].typ;
                let at = Reg(dst.0 + off);
                if call.ellipsis.is_some() {
                    self.expr_into(b, &call.args[fixed], at)?;
                } else {
                    self.slice_of(b, slice_t, rest, at)?;
                }
            }
            if !any_call {
                break;
            }
        }
        Ok(())
    }

    /// Whether gc evaluates `e` before the plain operands around it: it calls a function
    /// or method (not a conversion, nor a builtin without effects such as `len`) or
    /// receives from a channel.
    pub(crate) fn ordered_first(&self, e: &Expr) -> bool {
        use gorun_types::object::Builtin;
        let info = &self.checked.program.info;
        let any = |xs: &[Expr]| xs.iter().any(|x| self.ordered_first(x));
        match &e.kind {
            ExprKind::Call(c) => match info.expr(c.fun.id).map(|tv| tv.mode) {
                Some(Mode::TypeExpr) => any(&c.args),
                Some(Mode::Builtin(k)) => {
                    matches!(k, Builtin::Append | Builtin::Copy | Builtin::Recover | Builtin::Panic)
                        // len and cap of a channel read its state in place, like a receive.
                        || (matches!(k, Builtin::Len | Builtin::Cap)
                            && c.args.first().is_some_and(|a| self.chan_elem(self.type_of(a)).is_some()))
                        || any(&c.args)
                }
                _ => true,
            },
            ExprKind::Unary(gorun_syntax::ast::UnaryOp::Recv, _) => true,
            ExprKind::Paren(x) | ExprKind::Star(x) | ExprKind::Unary(_, x) | ExprKind::Selector(x, _) => {
                self.ordered_first(x)
            }
            ExprKind::TypeAssert(x, _) => self.ordered_first(x),
            ExprKind::Binary(_, x, y) | ExprKind::KeyValue(x, y) => self.ordered_first(x) || self.ordered_first(y),
            ExprKind::Index(ie) => self.ordered_first(&ie.x) || any(&ie.indices),
            ExprKind::Slice(se) => {
                self.ordered_first(&se.x)
                    || [&se.low, &se.high, &se.max].iter().any(|x| x.as_ref().is_some_and(|x| self.ordered_first(x)))
            }
            ExprKind::CompositeLit(c) => any(&c.elts),
            _ => false,
        }
    }

    /// A new slice of type `slice_t` holding values already in registers (each with its
    /// type), converted to the element type when that is an interface.
    fn slice_of_regs(
        &mut self,
        b: &mut FnBuilder,
        slice_t: gorun_types::types::TypeId,
        vals: &[(Reg, gorun_types::types::TypeId)],
        dst: Reg,
    ) -> CResult<()> {
        let types = &self.checked.program.types;
        let Type::Slice(elem) = types.get(types.underlying(slice_t)).clone() else {
            return unsupported(Default::default(), "this slice");
        };
        if vals.is_empty() {
            b.emit(Instr::Zero { dst, n: 3 });
            return Ok(());
        }
        let etyp = self.type_desc(elem);
        let esize = types.sizeof(elem).max(0);
        let eshape = Shape::of(types, elem);
        self.load_int(b, Reg(dst.0 + 1), vals.len() as i64);
        self.load_int(b, Reg(dst.0 + 2), vals.len() as i64);
        b.emit(Instr::MakeSlice { dst, elem: etyp });
        for (i, &(r, t)) in vals.iter().enumerate() {
            let mark = b.mark();
            let v = if types.is_interface(elem) && !types.is_interface(t) {
                let v = b.alloc_value(Shape::Interface);
                self.box_value(b, r, t, v);
                v
            } else {
                r
            };
            self.store_value(b, dst, i as i64 * esize, v, eshape);
            b.release(mark);
        }
        Ok(())
    }

    /// A new slice of type `slice_t` holding the values of `elems`, in `dst…` (nil when
    /// there are none).
    pub fn slice_of(
        &mut self,
        b: &mut FnBuilder,
        slice_t: gorun_types::types::TypeId,
        elems: &[Expr],
        dst: Reg,
    ) -> CResult<()> {
        let types = &self.checked.program.types;
        let Type::Slice(elem) = types.get(types.underlying(slice_t)).clone() else {
            return unsupported(Default::default(), "this slice");
        };
        if elems.is_empty() {
            b.emit(Instr::Zero { dst, n: 3 });
            return Ok(());
        }
        let etyp = self.type_desc(elem);
        let esize = types.sizeof(elem).max(0);
        let eshape = Shape::of(types, elem);
        self.load_int(b, Reg(dst.0 + 1), elems.len() as i64);
        self.load_int(b, Reg(dst.0 + 2), elems.len() as i64);
        b.emit(Instr::MakeSlice { dst, elem: etyp });
        // Elements that call functions or receive first, then the others, as gc orders
        // them.
        let any_call = elems.iter().any(|x| self.ordered_first(x));
        for pass in [true, false] {
            for (i, x) in elems.iter().enumerate() {
                if any_call && self.ordered_first(x) != pass {
                    continue;
                }
                let mark = b.mark();
                let v = b.alloc_value(eshape);
                self.expr_to(b, x, elem, v)?;
                self.store_value(b, dst, i as i64 * esize, v, eshape);
                b.release(mark);
            }
            if !any_call {
                break;
            }
        }
        Ok(())
    }
}
