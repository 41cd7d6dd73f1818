//! `defer`, `recover` and the return sequence of functions that defer.
//!
//! `defer f(args)` evaluates the function value and its arguments at once and records
//! them on the goroutine (`Defer`); every return of a function that may defer runs them
//! first (`RunDefers`). A panic runs them too; if one recovers, the deferring function
//! returns through its recovery path (`Func::recover_pc`): its remaining deferred calls,
//! then its named results (zero values for unnamed ones).

use crate::func::FnBuilder;
use crate::layout::Shape;
use crate::{CResult, Compiler, unsupported};
use gorun_bytecode::typedesc::{MethodDesc, TypeDesc};
use gorun_bytecode::{Instr, Reg, TypeKind};
use gorun_syntax::ast::{Expr, ExprKind};
use gorun_syntax::source::Span;
use gorun_types::info::{Mode, SelectionKind};
use gorun_types::object::ObjKind;

impl<'a> Compiler<'a> {
    /// Whether the source of a function (its span) contains a `defer` statement. A
    /// textual test: a `defer` in a nested function literal or a comment only costs a
    /// `RunDefers` that finds nothing to run.
    pub fn may_defer(&self, span: Span) -> bool {
        let Some(f) = self.map.lookup(span.lo) else { return true };
        let (lo, hi) = ((span.lo.0 - f.base) as usize, (span.hi.0 - f.base) as usize);
        f.text.get(lo..hi.min(f.text.len())).is_none_or(|t| t.contains("defer"))
    }

    /// The recovery path at the end of a function that defers.
    pub fn emit_recovery(&mut self, b: &mut FnBuilder) {
        if !b.has_defer {
            return;
        }
        b.func.recover_pc = Some(b.pc() as u32);
        // Unnamed results are zero values (named ones keep what they hold).
        let mut off = 0u16;
        let results = b.results.clone();
        for ((named, shape), t) in results.into_iter().zip(b.result_types.clone()) {
            if named.is_none() {
                self.zero_value(b, Reg(off), t);
            }
            off += shape.words();
        }
        self.emit_return(b);
    }

    pub fn defer_stmt(&mut self, b: &mut FnBuilder, e: &Expr) -> CResult<()> {
        let ExprKind::Call(call) = &e.kind else { return unsupported(e.span.lo, "this defer") };
        let prog = &self.checked.program;
        let fun_tv = prog.info.expr(call.fun.id).cloned();
        if let Some(Mode::Builtin(k)) = fun_tv.as_ref().map(|tv| tv.mode) {
            return self.defer_builtin(b, k, call, e);
        }
        if matches!(fun_tv.as_ref().map(|tv| tv.mode), Some(Mode::TypeExpr)) {
            return unsupported(e.span.lo, "deferring a conversion");
        }
        let fun_t = self.type_of(&call.fun);
        let Some(sig) = prog.types.signature(prog.types.underlying(fun_t)).cloned() else {
            return unsupported(e.span.lo, "this defer");
        };
        b.line = self.line_of(e.span.lo);
        let mark = b.mark();
        let f = b.alloc_value(Shape::Pointer);
        let mut recv_words = 0;
        let mut method: Option<(&Expr, gorun_types::info::Selection)> = None;
        // `defer i.M(…)` through an interface defers the method value `i.M` (evaluated,
        // and nil-checked, now), which the general path below handles.
        if let ExprKind::Selector(x, _) = &call.fun.kind
            && let Some(sel) = prog.info.selections.get(&call.fun.id)
            && sel.kind == SelectionKind::MethodVal
            && !self.recv_is_iface(x, sel)
        {
            let rt = prog.types.signature(prog.objects.get(sel.obj).typ).and_then(|s| s.recv).map(|r| r.typ);
            recv_words = rt.map_or(1, |t| Shape::of(&prog.types, t).words());
            method = Some((x, sel.clone()));
        }
        let through_iface = prog.info.selections.get(&call.fun.id).is_some_and(|sel| {
            sel.kind == SelectionKind::MethodVal
                && matches!(&call.fun.kind, ExprKind::Selector(x, _) if self.recv_is_iface(x, sel))
        });
        let target = match (&method, &call.fun.kind) {
            _ if through_iface => None,
            (Some((_, sel)), _) => Some(sel.obj),
            (None, ExprKind::Ident(_) | ExprKind::Selector(..)) => prog
                .info
                .uses
                .get(&call.fun.id)
                .copied()
                .filter(|o| matches!(prog.objects.get(*o).kind, ObjKind::Func(_))),
            _ => None,
        };
        match target {
            Some(obj) => {
                let idx = self.deferrable_func(obj, e)?;
                let typ = self.closure_desc(0);
                let t = b.alloc_value(Shape::Int(64));
                b.emit(Instr::New { dst: f, typ });
                b.emit(Instr::LoadImm { dst: t, imm: idx as i32 });
                b.emit(Instr::Store64 { addr: f, src: t, off: 0 });
            }
            None => self.expr_into(b, &call.fun, f)?,
        }
        let pw: u16 = recv_words + crate::layout::words_of(&prog.types, &sig.params);
        let args = b.alloc(pw.max(1));
        if let Some((x, sel)) = &method {
            self.method_receiver(b, x, sel, args)?;
        }
        self.args_into(b, call, &sig, Reg(args.0 + recv_words), e)?;
        self.emit_defer(b, f, args, pw);
        b.release(mark);
        Ok(())
    }

    /// Records the deferred call of closure `f` with `n` argument words at `args`.
    fn emit_defer(&mut self, b: &mut FnBuilder, f: Reg, args: Reg, n: u16) {
        match b.range_body.as_ref().map(|body| body.ctl) {
            // In a range-over-func body, the call belongs to the function the loop is in.
            Some(ctl) => {
                let pair = b.alloc(2);
                b.mark_pointers(pair, Shape::Pointer);
                b.emit(Instr::Move { dst: pair, src: f });
                b.emit(Instr::Load64 { dst: Reg(pair.0 + 1), addr: ctl, off: 16 });
                b.emit(Instr::DeferAt { f: pair, args, n });
            }
            None => {
                b.emit(Instr::Defer { f, args, n });
            }
        }
    }

    /// `defer close(ch)`, `defer delete(m, k)`, `defer panic(v)`: the arguments are
    /// evaluated now; a small generated function performs the builtin later.
    fn defer_builtin(
        &mut self,
        b: &mut FnBuilder,
        k: gorun_types::object::Builtin,
        call: &gorun_syntax::ast::CallExpr,
        e: &Expr,
    ) -> CResult<()> {
        use gorun_types::object::Builtin;
        b.line = self.line_of(e.span.lo);
        let mark = b.mark();
        let (args, n, code, name) = match k {
            Builtin::Close => {
                let args = b.alloc_value(Shape::Pointer);
                self.expr_into(b, &call.args[0], args)?;
                (args, 1, vec![Instr::ChanClose { ch: Reg(0) }], "close")
            }
            Builtin::Panic => {
                let args = b.alloc_value(Shape::Interface);
                if self.checked.program.types.is_interface(self.type_of(&call.args[0])) {
                    self.expr_into(b, &call.args[0], args)?;
                } else {
                    self.box_operand(b, &call.args[0], args)?;
                }
                (args, 2, vec![Instr::PanicValue { v: Reg(0) }], "panic")
            }
            Builtin::Delete => {
                let mt = self.type_of(&call.args[0]);
                let Some((kt, _)) = self.map_types(mt) else { return unsupported(e.span.lo, "this defer") };
                let ks = self.shape(kt, e.span.lo)?;
                let args = b.alloc(1 + ks.words());
                b.mark_pointers(args, Shape::Pointer);
                b.mark_pointers(Reg(args.0 + 1), ks);
                self.expr_into(b, &call.args[0], args)?;
                self.expr_to(b, &call.args[1], kt, Reg(args.0 + 1))?;
                let typ = self.type_desc(mt);
                (args, 1 + ks.words(), vec![Instr::MapDelete { args: Reg(0), typ }], "delete")
            }
            _ => return unsupported(e.span.lo, format!("deferring the builtin {}", k.name())),
        };
        let mut code = code;
        code.push(Instr::Return {});
        let pointers: Vec<u16> = (0..n).filter(|&r| b.func.is_pointer_reg(args.0 + r)).collect();
        let func = self.add_generated(format!("{}.deferwrap·{name}", b.func.name), code, (n, n, 0), &pointers);
        let f = b.alloc_value(Shape::Pointer);
        self.closure_of(b, f, func);
        self.emit_defer(b, f, args, n);
        b.release(mark);
        Ok(())
    }

    /// The bytecode function a deferred call of `obj` runs: the function itself, or for
    /// a native a small function that calls it.
    fn deferrable_func(&mut self, obj: gorun_types::object::ObjId, e: &Expr) -> CResult<u32> {
        match self.static_callee(obj, e)? {
            crate::calls::Callee::Func(idx) => Ok(idx),
            crate::calls::Callee::Native(native) => {
                let (pw, rw) = self.signature_words(obj);
                let code = vec![Instr::CallNative { base: Reg(0), native }, Instr::Return {}];
                Ok(self.add_generated(self.qualified_name(obj), code, (1, pw, rw), &[]))
            }
            _ => unsupported(e.span.lo, "this defer"),
        }
    }

    /// The types of run-time error values `recover` returns (five, consecutive): a
    /// string holding the message, with the methods `Error() string` and `RuntimeError()`.
    pub fn runtime_error_desc(&mut self) {
        if self.out.runtime_error_types.is_some() {
            return;
        }
        let error_code = vec![
            Instr::Load64 { dst: Reg(1), addr: Reg(0), off: 8 },
            Instr::Load64 { dst: Reg(0), addr: Reg(0), off: 0 },
            Instr::Return {},
        ];
        let error_idx = self.add_generated("runtime.Error.Error".into(), error_code, (2, 1, 2), &[0]);
        let marker_idx =
            self.add_generated("runtime.Error.RuntimeError".into(), vec![Instr::Return {}], (1, 1, 0), &[0]);
        // One descriptor per type Go's run-time errors have (they print with `%T`), in
        // the order the interpreter picks them: see `Machine::recover`.
        let first = self.out.types.len() as u32;
        for name in [
            "runtime.errorString",
            "runtime.boundsError",
            "*runtime.TypeAssertionError",
            "*runtime.PanicNilError",
            "runtime.plainError",
        ] {
            self.out.types.push(TypeDesc {
                named: true,
                methods: vec![
                    MethodDesc { name: "Error".into(), sig: "func() string".into(), func: error_idx },
                    MethodDesc { name: "RuntimeError".into(), sig: "func()".into(), func: marker_idx },
                ],
                ..TypeDesc::plain(TypeKind::String, name, 16, vec![1])
            });
        }
        let string = self.type_desc(gorun_types::types::STRING);
        let mut types = [first, first + 1, first + 2, first + 3, first + 4, string];
        // A program that names `runtime.PanicNilError` (to match it with `errors.As`)
        // gets its own type: its methods ignore the box the receiver points at.
        if let Some(t) = self.runtime_type("PanicNilError").and_then(|t| self.pointer_to(t)) {
            types[3] = self.type_desc(t);
        }
        self.out.runtime_error_types = Some(types);
    }

    /// The named type `name` of package runtime, if the program loaded it.
    fn runtime_type(&self, name: &str) -> Option<gorun_types::types::TypeId> {
        let prog = &self.checked.program;
        let sym = self.interner.lookup(name)?;
        let pkg = prog.packages.iter().find(|p| p.path == "runtime")?;
        let obj = prog.scopes.lookup_local(pkg.scope, sym)?;
        Some(prog.objects.get(obj).typ)
    }
}
