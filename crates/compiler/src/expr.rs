//! Expressions: each compiles into given registers (`expr_into`) or into whatever
//! registers already hold it (`expr_reg`: a local variable is used in place).

use crate::func::FnBuilder;
use crate::layout::Shape;
use crate::{CResult, Compiler, unsupported};
use gorun_bytecode::isa::printk;
use gorun_bytecode::{Instr, Reg};
use gorun_syntax::ast::{BinaryOp, CallExpr, Expr, ExprKind, UnaryOp};
use gorun_types::constant::{ConstValue, rat_to_f64};
use gorun_types::info::Mode;
use gorun_types::object::{Builtin, ObjKind};
use gorun_types::types::TypeId;
use num_traits::ToPrimitive;

impl<'a> Compiler<'a> {
    pub fn type_of(&self, e: &Expr) -> TypeId {
        self.checked.program.info.expr(e.id).map_or(gorun_types::types::INVALID, |tv| tv.typ)
    }

    pub fn shape_of(&self, e: &Expr) -> CResult<Shape> {
        self.shape(self.type_of(e), e.span.lo)
    }

    /// A register holding `e`'s value: a local variable's own register, or a new temporary.
    pub fn expr_reg(&mut self, b: &mut FnBuilder, e: &Expr) -> CResult<Reg> {
        if let Some(r) = self.local_reg(b, e) {
            return Ok(r);
        }
        let shape = self.shape_of(e)?;
        let r = b.alloc_value(shape);
        self.expr_into(b, e, r)?;
        Ok(r)
    }

    /// The register of a local variable named by `e`, if it is one.
    pub fn local_reg(&self, b: &FnBuilder, e: &Expr) -> Option<Reg> {
        match &e.kind {
            ExprKind::Paren(x) => self.local_reg(b, x),
            ExprKind::Ident(_) => {
                let info = &self.checked.program.info;
                if info.expr(e.id).is_some_and(|tv| tv.value.is_some()) {
                    return None;
                }
                b.locals.get(info.uses.get(&e.id)?).map(|&(r, _)| r)
            }
            _ => None,
        }
    }

    /// Compiles `e` into the registers at `dst`.
    pub fn expr_into(&mut self, b: &mut FnBuilder, e: &Expr, dst: Reg) -> CResult<()> {
        let info = &self.checked.program.info;
        let Some(tv) = info.expr(e.id).cloned() else { return unsupported(e.span.lo, "this expression") };
        if let Some(v) = &tv.value {
            let shape = self.shape(tv.typ, e.span.lo)?;
            return self.load_const(b, dst, v, shape, e);
        }
        let mark = b.mark();
        match &e.kind {
            ExprKind::Paren(x) => self.expr_into(b, x, dst)?,
            ExprKind::Ident(_) => {
                if tv.mode == Mode::Nil {
                    b.emit(Instr::LoadImm { dst, imm: 0 });
                    return Ok(());
                }
                let Some(&obj) = info.uses.get(&e.id) else { return unsupported(e.span.lo, "this identifier") };
                if let Some(&(r, shape)) = b.locals.get(&obj) {
                    b.move_value(dst, r, shape);
                } else if let Some(&(off, shape)) = self.globals.get(&obj) {
                    for k in 0..shape.words() {
                        b.emit(Instr::LoadGlobal { dst: Reg(dst.0 + k), g: off + u32::from(k) });
                    }
                } else {
                    return unsupported(e.span.lo, "function values");
                }
            }
            ExprKind::Binary(op, x, y) => self.binary(b, *op, x, y, dst, e)?,
            ExprKind::Unary(op, x) => self.unary(b, *op, x, dst, e)?,
            ExprKind::Call(call) => {
                let results = self.call(b, call, e)?;
                match results.first() {
                    Some(&(r, shape)) => b.move_value(dst, r, shape),
                    None => return unsupported(e.span.lo, "using a call without results"),
                }
            }
            _ => return unsupported(e.span.lo, "this kind of expression"),
        }
        b.release(mark);
        Ok(())
    }

    fn load_const(&mut self, b: &mut FnBuilder, dst: Reg, v: &ConstValue, shape: Shape, e: &Expr) -> CResult<()> {
        let word = |c: &mut Compiler<'a>, b: &mut FnBuilder, bits: u64| {
            let as_i64 = bits as i64;
            match i32::try_from(as_i64) {
                Ok(imm) => b.emit(Instr::LoadImm { dst, imm }),
                Err(_) => {
                    let k = c.out.add_const(bits);
                    b.emit(Instr::LoadConst { dst, k })
                }
            };
        };
        match shape {
            Shape::Bool => word(self, b, u64::from(v.as_bool().unwrap_or(false))),
            Shape::Int(_) | Shape::Uint(_) => {
                let i = v.to_int().unwrap_or_default();
                let bits = i.to_i64().map(|x| x as u64).or_else(|| i.to_u64()).unwrap_or(0);
                word(self, b, bits);
            }
            Shape::Float(bits) => {
                let f = v.to_rat().map_or(0.0, |r| rat_to_f64(&r));
                let f = if bits == 32 { f64::from(f as f32) } else { f };
                word(self, b, f.to_bits());
            }
            Shape::String => {
                let s = self.out.add_string(v.as_bytes().unwrap_or_default());
                b.emit(Instr::LoadStr { dst, s });
            }
            Shape::Pointer => word(self, b, 0),
            _ => return unsupported(e.span.lo, "constants of this type"),
        }
        Ok(())
    }

    /// Narrows a 64-bit result back to its type's width.
    pub fn wrap(b: &mut FnBuilder, dst: Reg, shape: Shape) {
        match shape {
            Shape::Int(bits) if bits < 64 => {
                b.emit(Instr::SextN { dst, a: dst, bits: bits as u16 });
            }
            Shape::Uint(bits) if bits < 64 => {
                b.emit(Instr::ZextN { dst, a: dst, bits: bits as u16 });
            }
            Shape::Float(32) => {
                b.emit(Instr::RoundF32 { dst, a: dst });
            }
            _ => {}
        }
    }

    fn binary(&mut self, b: &mut FnBuilder, op: BinaryOp, x: &Expr, y: &Expr, dst: Reg, e: &Expr) -> CResult<()> {
        if matches!(op, BinaryOp::AndAnd | BinaryOp::OrOr) {
            // dst = x; if dst decides the result, skip y. Computed in a temporary: `dst`
            // may be a variable that `y` reads.
            let t = b.alloc_value(Shape::Bool);
            self.expr_into(b, x, t)?;
            let skip = if op == BinaryOp::AndAnd {
                b.emit(Instr::JumpIfNot { cond: t, off: 0 })
            } else {
                b.emit(Instr::JumpIf { cond: t, off: 0 })
            };
            self.expr_into(b, y, t)?;
            let end = b.pc();
            b.patch(skip, end);
            b.emit(Instr::Move { dst, src: t });
            return Ok(());
        }
        let xs = self.shape_of(x)?;
        let result = self.shape_of(e)?;
        let a = self.expr_reg(b, x)?;
        let c = self.expr_reg(b, y)?;
        self.binary_op(b, op, xs, result, dst, a, c, y, e)
    }

    /// Emits `dst = a op c` for operands of shape `xs` (for shifts, `c` is the count `y`).
    #[allow(clippy::too_many_arguments)]
    pub fn binary_op(
        &mut self,
        b: &mut FnBuilder,
        op: BinaryOp,
        xs: Shape,
        result: Shape,
        dst: Reg,
        a: Reg,
        c: Reg,
        y: &Expr,
        e: &Expr,
    ) -> CResult<()> {
        use BinaryOp::*;
        let signed = matches!(xs, Shape::Int(_));
        match (xs, op) {
            (Shape::Int(_) | Shape::Uint(_), Add | Sub | Mul | And | Or | Xor | AndNot | Div | Rem) => {
                let ins = match op {
                    Add => Instr::AddI { dst, a, b: c },
                    Sub => Instr::SubI { dst, a, b: c },
                    Mul => Instr::MulI { dst, a, b: c },
                    And => Instr::And { dst, a, b: c },
                    Or => Instr::Or { dst, a, b: c },
                    Xor => Instr::Xor { dst, a, b: c },
                    AndNot => Instr::AndNot { dst, a, b: c },
                    Div if signed => Instr::DivI { dst, a, b: c },
                    Div => Instr::DivU { dst, a, b: c },
                    Rem if signed => Instr::RemI { dst, a, b: c },
                    _ => Instr::RemU { dst, a, b: c },
                };
                b.emit(ins);
                Self::wrap(b, dst, result);
            }
            (Shape::Int(_) | Shape::Uint(_), Shl | Shr) => {
                let count_signed = matches!(self.shape_of(y)?, Shape::Int(_));
                let count_const = self.checked.program.info.expr(y.id).is_some_and(|tv| tv.value.is_some());
                if count_signed && !count_const {
                    b.emit(Instr::CheckShift { a: c });
                }
                let ins = match op {
                    Shl => Instr::Shl { dst, a, b: c },
                    _ if signed => Instr::ShrI { dst, a, b: c },
                    _ => Instr::ShrU { dst, a, b: c },
                };
                b.emit(ins);
                Self::wrap(b, dst, result);
            }
            (Shape::Float(_), Add | Sub | Mul | Div) => {
                let ins = match op {
                    Add => Instr::AddF { dst, a, b: c },
                    Sub => Instr::SubF { dst, a, b: c },
                    Mul => Instr::MulF { dst, a, b: c },
                    _ => Instr::DivF { dst, a, b: c },
                };
                b.emit(ins);
                Self::wrap(b, dst, result);
            }
            (_, Eql | Neq | Lss | Leq | Gtr | Geq) => self.compare(b, op, xs, dst, a, c, e)?,
            (Shape::String, Add) => return unsupported(e.span.lo, "string concatenation"),
            _ => return unsupported(e.span.lo, format!("operator {} on these operands", op.text())),
        }
        Ok(())
    }

    #[allow(clippy::too_many_arguments)]
    fn compare(
        &mut self,
        b: &mut FnBuilder,
        op: BinaryOp,
        xs: Shape,
        dst: Reg,
        a: Reg,
        c: Reg,
        e: &Expr,
    ) -> CResult<()> {
        use BinaryOp::*;
        // Greater-than forms swap their operands.
        let (op, a, c) = match op {
            Gtr => (Lss, c, a),
            Geq => (Leq, c, a),
            _ => (op, a, c),
        };
        let ins = match (xs, op) {
            (Shape::Bool | Shape::Int(_) | Shape::Uint(_) | Shape::Pointer, Eql) => Instr::EqI { dst, a, b: c },
            (Shape::Bool | Shape::Int(_) | Shape::Uint(_) | Shape::Pointer, Neq) => Instr::NeI { dst, a, b: c },
            (Shape::Int(_), Lss) => Instr::LtI { dst, a, b: c },
            (Shape::Int(_), Leq) => Instr::LeI { dst, a, b: c },
            (Shape::Uint(_), Lss) => Instr::LtU { dst, a, b: c },
            (Shape::Uint(_), Leq) => Instr::LeU { dst, a, b: c },
            (Shape::Float(_), Eql) => Instr::EqF { dst, a, b: c },
            (Shape::Float(_), Neq) => Instr::NeF { dst, a, b: c },
            (Shape::Float(_), Lss) => Instr::LtF { dst, a, b: c },
            (Shape::Float(_), Leq) => Instr::LeF { dst, a, b: c },
            (Shape::String, Eql | Neq) => Instr::EqStr { dst, a, b: c },
            (Shape::String, Lss) => Instr::LtStr { dst, a, b: c },
            (Shape::String, Leq) => Instr::LeStr { dst, a, b: c },
            _ => return unsupported(e.span.lo, "comparing values of this type"),
        };
        b.emit(ins);
        if xs == Shape::String && op == Neq {
            b.emit(Instr::NotB { dst, a: dst });
        }
        Ok(())
    }

    fn unary(&mut self, b: &mut FnBuilder, op: UnaryOp, x: &Expr, dst: Reg, e: &Expr) -> CResult<()> {
        let shape = self.shape_of(e)?;
        match op {
            UnaryOp::Pos => self.expr_into(b, x, dst)?,
            UnaryOp::Not => {
                let a = self.expr_reg(b, x)?;
                b.emit(Instr::NotB { dst, a });
            }
            UnaryOp::Neg => {
                let a = self.expr_reg(b, x)?;
                match shape {
                    Shape::Float(_) => b.emit(Instr::NegF { dst, a }),
                    Shape::Int(_) | Shape::Uint(_) => b.emit(Instr::NegI { dst, a }),
                    _ => return unsupported(e.span.lo, "negating this type"),
                };
                Self::wrap(b, dst, shape);
            }
            UnaryOp::Xor => {
                let a = self.expr_reg(b, x)?;
                b.emit(Instr::Not { dst, a });
                Self::wrap(b, dst, shape);
            }
            _ => return unsupported(e.span.lo, format!("the {} operator", op.text())),
        }
        Ok(())
    }

    /// Compiles a call; returns the registers holding its results (valid until the
    /// caller releases registers above its mark).
    pub fn call(&mut self, b: &mut FnBuilder, call: &CallExpr, e: &Expr) -> CResult<Vec<(Reg, Shape)>> {
        let prog = &self.checked.program;
        let fun_tv = prog.info.expr(call.fun.id).cloned();
        let line = self.line_of(e.span.lo);
        match fun_tv.as_ref().map(|tv| tv.mode) {
            Some(Mode::TypeExpr) => {
                let shape = self.shape_of(e)?;
                let dst = b.alloc_value(shape);
                self.conversion(b, &call.args[0], dst, shape, e)?;
                return Ok(vec![(dst, shape)]);
            }
            Some(Mode::Builtin(k)) => return self.builtin(b, k, call, e),
            _ => {}
        }
        let target = match &call.fun.kind {
            ExprKind::Ident(_) => prog.info.uses.get(&call.fun.id).copied(),
            // A qualified identifier pkg.F is recorded like an identifier (a field or method
            // selection is not).
            ExprKind::Selector(..) if !prog.info.selections.contains_key(&call.fun.id) => {
                prog.info.uses.get(&call.fun.id).copied()
            }
            _ => None,
        };
        let Some(obj) = target.filter(|o| matches!(prog.objects.get(*o).kind, ObjKind::Func(_))) else {
            return unsupported(e.span.lo, "calls of function values and methods");
        };
        if call.ellipsis.is_some() {
            return unsupported(e.span.lo, "variadic calls");
        }
        let sig = prog.types.signature(prog.objects.get(obj).typ).cloned().expect("function type");
        if sig.variadic {
            return unsupported(e.span.lo, "variadic calls");
        }
        let idx = self.func_ref(obj, e.span.lo)?;
        let (pw, rw) = self.signature_words(obj);
        // Results are moved into registers below the argument area before it is released.
        let mut results = Vec::new();
        for p in &sig.results {
            let shape = self.shape(p.typ, e.span.lo)?;
            results.push((b.alloc_value(shape), shape));
        }
        let mark = b.mark();
        let base = b.alloc(pw.max(rw));
        let mut off = 0u16;
        if call.args.len() == 1 && sig.params.len() > 1 {
            // f(g()) with a multi-value g.
            let inner = match &call.args[0].kind {
                ExprKind::Call(c) => self.call(b, c, &call.args[0])?,
                _ => return unsupported(e.span.lo, "this call"),
            };
            for (r, shape) in inner {
                b.move_value(Reg(base.0 + off), r, shape);
                off += shape.words();
            }
        } else {
            for arg in &call.args {
                let shape = self.shape_of(arg)?;
                self.expr_into(b, arg, Reg(base.0 + off))?;
                off += shape.words();
            }
        }
        b.line = line;
        b.emit(Instr::Call { base, func: idx });
        let mut off = 0u16;
        for &(r, shape) in &results {
            b.move_value(r, Reg(base.0 + off), shape);
            off += shape.words();
        }
        b.release(mark);
        Ok(results)
    }

    fn conversion(&mut self, b: &mut FnBuilder, x: &Expr, dst: Reg, to: Shape, e: &Expr) -> CResult<()> {
        let from = self.shape_of(x)?;
        let a = self.expr_reg(b, x)?;
        match (from, to) {
            (Shape::Int(_) | Shape::Uint(_), Shape::Int(_) | Shape::Uint(_)) => {
                b.emit(Instr::Move { dst, src: a });
                Self::wrap(b, dst, to);
            }
            (Shape::Int(_), Shape::Float(_)) => {
                b.emit(Instr::IToF { dst, a });
                Self::wrap(b, dst, to);
            }
            (Shape::Uint(_), Shape::Float(_)) => {
                b.emit(Instr::UToF { dst, a });
                Self::wrap(b, dst, to);
            }
            (Shape::Float(_), Shape::Int(_)) => {
                b.emit(Instr::FToI { dst, a });
                Self::wrap(b, dst, to);
            }
            (Shape::Float(_), Shape::Uint(_)) => {
                b.emit(Instr::FToU { dst, a });
                Self::wrap(b, dst, to);
            }
            (Shape::Float(_), Shape::Float(_)) => {
                b.emit(Instr::Move { dst, src: a });
                Self::wrap(b, dst, to);
            }
            (f, t) if f == t => b.move_value(dst, a, t),
            _ => return unsupported(e.span.lo, "this conversion"),
        }
        Ok(())
    }

    fn builtin(&mut self, b: &mut FnBuilder, k: Builtin, call: &CallExpr, e: &Expr) -> CResult<Vec<(Reg, Shape)>> {
        match k {
            Builtin::Print | Builtin::Println => {
                b.line = self.line_of(e.span.lo);
                for (i, arg) in call.args.iter().enumerate() {
                    if i > 0 && k == Builtin::Println {
                        b.emit(Instr::Print { src: Reg(0), what: printk::SPACE });
                    }
                    let mark = b.mark();
                    let shape = self.shape_of(arg)?;
                    let r = self.expr_reg(b, arg)?;
                    let what = match shape {
                        Shape::Bool => printk::BOOL,
                        Shape::Int(_) => printk::INT,
                        Shape::Uint(_) => printk::UINT,
                        Shape::Float(32) => printk::FLOAT32,
                        Shape::Float(_) => printk::FLOAT,
                        Shape::String => printk::STRING,
                        Shape::Pointer => printk::POINTER,
                        _ => return unsupported(arg.span.lo, "printing this type"),
                    };
                    b.emit(Instr::Print { src: r, what });
                    b.release(mark);
                }
                if k == Builtin::Println {
                    b.emit(Instr::Print { src: Reg(0), what: printk::NEWLINE });
                }
                Ok(Vec::new())
            }
            Builtin::Len if self.shape_of(&call.args[0])? == Shape::String => {
                let s = self.expr_reg(b, &call.args[0])?;
                let dst = b.alloc_value(Shape::Int(64));
                b.emit(Instr::Move { dst, src: Reg(s.0 + 1) });
                Ok(vec![(dst, Shape::Int(64))])
            }
            _ => unsupported(e.span.lo, format!("the builtin {}", k.name())),
        }
    }
}
