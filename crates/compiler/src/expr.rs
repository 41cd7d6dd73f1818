//! Expressions: each compiles into given registers (`expr_into`) or into whatever
//! registers already hold it (`expr_reg`: a local variable is used in place).

use crate::func::FnBuilder;
use crate::layout::Shape;
use crate::{CResult, Compiler, unsupported};
use gorun_bytecode::isa::{bounds, strconv};
use gorun_bytecode::{Instr, Reg};
use gorun_syntax::ast::{BinaryOp, Expr, ExprKind, UnaryOp};
use gorun_types::constant::{ConstValue, rat_to_f64};
use gorun_types::info::{Mode, SelectionKind};
use gorun_types::object::ObjKind;
use gorun_types::types::{Type, TypeId};
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
                let obj = info.uses.get(&e.id)?;
                if b.cells.contains(obj) {
                    return None;
                }
                b.locals.get(obj).map(|&(r, _)| r)
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
            ExprKind::Ident(_) if tv.mode == Mode::Nil => {
                let shape = self.shape(tv.typ, e.span.lo).unwrap_or(Shape::Pointer);
                b.emit_zero(dst, shape);
            }
            ExprKind::Ident(_) => {
                let Some(&obj) = info.uses.get(&e.id) else { return unsupported(e.span.lo, "this identifier") };
                if let ObjKind::Func(_) = self.checked.program.objects.get(obj).kind {
                    self.func_value(b, obj, dst, e)?;
                } else {
                    self.load_var(b, e, dst)?;
                }
            }
            ExprKind::Selector(x, _) => match info.selections.get(&e.id).map(|s| s.kind.clone()) {
                Some(SelectionKind::Field) => self.load_var(b, e, dst)?,
                Some(SelectionKind::MethodVal) => {
                    let sel = info.selections[&e.id].clone();
                    self.method_value(b, x, &sel, e, dst)?;
                }
                Some(SelectionKind::MethodExpr) => {
                    let sel = info.selections[&e.id].clone();
                    self.method_expr(b, x, &sel, e, dst)?;
                }
                None => {
                    let Some(&obj) = info.uses.get(&e.id) else { return unsupported(e.span.lo, "this selector") };
                    if let ObjKind::Func(_) = self.checked.program.objects.get(obj).kind {
                        self.func_value(b, obj, dst, e)?;
                    } else {
                        self.load_var(b, e, dst)?;
                    }
                }
            },
            ExprKind::Index(ie) => {
                let xt = self.type_of(&ie.x);
                let types = &self.checked.program.types;
                let xu = types.get(types.underlying(xt)).clone();
                match xu {
                    Type::Basic(_) => self.string_index(b, &ie.x, &ie.indices[0], dst)?,
                    Type::Map(..) => {
                        let comma_ok = info.comma_ok.contains(&e.id);
                        self.map_index(b, &ie.x, &ie.indices[0], dst, comma_ok)?;
                    }
                    Type::Slice(elem) if self.word_elem(elem).is_some() => {
                        let s = self.expr_reg(b, &ie.x)?;
                        let i = self.expr_reg(b, &ie.indices[0])?;
                        match self.word_elem(elem) {
                            Some(true) => b.emit(Instr::IndexByte { dst, s, i }),
                            _ => b.emit(Instr::IndexWord { dst, s, i }),
                        };
                    }
                    Type::Signature(_) => return unsupported(e.span.lo, "generic functions"),
                    _ => self.load_var(b, e, dst)?,
                }
            }
            ExprKind::Star(_) => self.load_var(b, e, dst)?,
            ExprKind::Slice(se) => self.slice_expr(b, se, e, dst)?,
            ExprKind::Unary(UnaryOp::Addr, x) => {
                let p = self.address_of(b, x)?;
                b.emit(Instr::Move { dst, src: p });
            }
            ExprKind::CompositeLit(lit) => self.composite(b, lit, e, dst)?,
            ExprKind::FuncLit(fl) => self.func_lit(b, fl, e, dst)?,
            ExprKind::TypeAssert(x, Some(_)) => {
                let comma_ok = info.comma_ok.contains(&e.id);
                self.type_assert(b, x, tv.typ, dst, comma_ok)?;
            }
            ExprKind::Binary(op, x, y) => self.binary(b, *op, x, y, dst, e)?,
            ExprKind::Unary(UnaryOp::Recv, x) => {
                b.line = self.line_of(e.span.lo);
                self.chan_recv(b, x, dst, false)?
            }
            ExprKind::Unary(op, x) => self.unary(b, *op, x, dst, e)?,
            ExprKind::Call(call) if !matches!(tv.mode, Mode::TypeExpr) && self.single_result(e) => {
                self.call_into(b, call, e, dst)?;
            }
            ExprKind::Call(call) => {
                let results = self.call(b, call, e)?;
                let mut off = 0;
                for (r, shape) in results {
                    b.move_value(Reg(dst.0 + off), r, shape);
                    off += shape.words();
                }
                if off == 0 {
                    return unsupported(e.span.lo, "using a call without results");
                }
            }
            _ => return unsupported(e.span.lo, "this kind of expression"),
        }
        b.release(mark);
        Ok(())
    }

    /// Whether call `e` has exactly one result and is not a conversion or builtin.
    fn single_result(&self, e: &Expr) -> bool {
        let ExprKind::Call(call) = &e.kind else { return false };
        let prog = &self.checked.program;
        if matches!(prog.info.expr(call.fun.id).map(|tv| tv.mode), Some(Mode::TypeExpr | Mode::Builtin(_))) {
            return false;
        }
        let t = self.type_of(&call.fun);
        prog.types.signature(prog.types.underlying(t)).is_some_and(|s| s.results.len() == 1)
    }

    /// Reads the variable, field, element or pointee `e` into `dst…`.
    fn load_var(&mut self, b: &mut FnBuilder, e: &Expr, dst: Reg) -> CResult<()> {
        match self.place(b, e)? {
            Some((place, shape)) => {
                self.load_place(b, place, dst, shape);
                Ok(())
            }
            None => unsupported(e.span.lo, "this expression"),
        }
    }

    /// For a slice element type loaded with the fused index instructions: `Some(true)`
    /// for bytes, `Some(false)` for 8-byte non-pointer words.
    fn word_elem(&self, elem: TypeId) -> Option<bool> {
        match Shape::of(&self.checked.program.types, elem) {
            Shape::Uint(8) | Shape::Bool => Some(true),
            Shape::Int(64) | Shape::Uint(64) | Shape::Float(64) => Some(false),
            _ => None,
        }
    }

    /// Loads the constant value of `e` as a value of type `t` (its default type when
    /// it is untyped) into `dst`.
    pub fn expr_const_as(&mut self, b: &mut FnBuilder, e: &Expr, t: TypeId, dst: Reg) -> CResult<()> {
        let Some(v) = self.checked.program.info.expr(e.id).and_then(|tv| tv.value.clone()) else {
            return self.expr_into(b, e, dst);
        };
        let shape = self.shape(t, e.span.lo)?;
        self.load_const(b, dst, &v, shape, e)
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
            Shape::Complex(bits) => {
                let (re, im) = match v {
                    ConstValue::Complex(r, i) => (rat_to_f64(r), rat_to_f64(i)),
                    _ => (v.to_rat().map_or(0.0, |r| rat_to_f64(&r)), 0.0),
                };
                let round = |x: f64| if bits == 64 { f64::from(x as f32) } else { x };
                let k = self.out.add_const(round(re).to_bits());
                b.emit(Instr::LoadConst { dst, k });
                let k = self.out.add_const(round(im).to_bits());
                b.emit(Instr::LoadConst { dst: Reg(dst.0 + 1), k });
            }
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
        let ys = self.shape_of(y)?;
        let result = self.shape_of(e)?;
        if matches!(op, BinaryOp::Eql | BinaryOp::Neq) && (xs == Shape::Interface) != (ys == Shape::Interface) {
            // A comparison of an interface with a concrete value compares interfaces.
            let a = b.alloc_value(Shape::Interface);
            let c = b.alloc_value(Shape::Interface);
            self.iface_operand(b, x, a)?;
            self.iface_operand(b, y, c)?;
            return self.compare(b, op, Shape::Interface, dst, a, c, e);
        }
        if let (Shape::Int(_) | Shape::Uint(_), Some(k)) = (xs, self.const_int(y)) {
            use BinaryOp::*;
            let imm_op = match op {
                Add => i16::try_from(k).ok().map(|imm| (0, imm)),
                Sub => i16::try_from(-k).ok().map(|imm| (0, imm)),
                Mul => i16::try_from(k).ok().map(|imm| (1, imm)),
                Shl if (0..64).contains(&k) => Some((2, k as i16)),
                Shr if (0..64).contains(&k) => Some((3, k as i16)),
                And => i16::try_from(k).ok().map(|imm| (4, imm)),
                _ => None,
            };
            if let Some((kind, imm)) = imm_op {
                let a = self.expr_reg(b, x)?;
                let signed = matches!(xs, Shape::Int(_));
                let ins = match kind {
                    0 => Instr::AddImm { dst, a, imm },
                    1 => Instr::MulImm { dst, a, imm },
                    2 => Instr::ShlImm { dst, a, imm },
                    3 if signed => Instr::ShrIImm { dst, a, imm },
                    3 => Instr::ShrUImm { dst, a, imm },
                    _ => Instr::AndImm { dst, a, imm },
                };
                b.emit(ins);
                Self::wrap(b, dst, result);
                return Ok(());
            }
        }
        // gc evaluates calls before plain operands: in `*p + f(p)`, `*p` is read after
        // the call.
        let (a, c) = if !crate::composite::has_call(x) && crate::composite::has_call(y) {
            let c = self.expr_reg(b, y)?;
            (self.expr_reg(b, x)?, c)
        } else {
            let a = self.expr_reg(b, x)?;
            (a, self.expr_reg(b, y)?)
        };
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
            (Shape::Complex(bits), Add | Sub | Mul | Div) => {
                let hi = |r: Reg| Reg(r.0 + 1);
                match op {
                    Add => {
                        b.emit(Instr::AddF { dst, a, b: c });
                        b.emit(Instr::AddF { dst: hi(dst), a: hi(a), b: hi(c) });
                    }
                    Sub => {
                        b.emit(Instr::SubF { dst, a, b: c });
                        b.emit(Instr::SubF { dst: hi(dst), a: hi(a), b: hi(c) });
                    }
                    Mul => {
                        b.emit(Instr::MulC { dst, a, b: c });
                    }
                    _ => {
                        b.emit(Instr::DivC { dst, a, b: c });
                    }
                }
                if bits == 64 {
                    b.emit(Instr::RoundF32 { dst, a: dst });
                    b.emit(Instr::RoundF32 { dst: hi(dst), a: hi(dst) });
                }
            }
            (_, Eql | Neq | Lss | Leq | Gtr | Geq) => self.compare(b, op, xs, dst, a, c, e)?,
            (Shape::String, Add) => {
                b.emit(Instr::Concat { dst, a, b: c });
            }
            _ => return unsupported(e.span.lo, format!("operator {} on these operands", op.text())),
        }
        Ok(())
    }

    /// Whether a comparison has a `nil` operand (slices, maps and funcs compare only with nil).
    fn is_nil(&self, e: &Expr) -> bool {
        let ExprKind::Binary(_, x, y) = &e.kind else { return false };
        let info = &self.checked.program.info;
        [x, y].iter().any(|o| info.expr(o.id).is_some_and(|tv| tv.mode == Mode::Nil))
    }

    fn iface_operand(&mut self, b: &mut FnBuilder, x: &Expr, dst: Reg) -> CResult<()> {
        if self.shape_of(x)? == Shape::Interface { self.expr_into(b, x, dst) } else { self.box_operand(b, x, dst) }
    }

    #[allow(clippy::too_many_arguments)]
    pub fn compare(
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
            (Shape::Slice, Eql | Neq) if self.is_nil(e) => {
                if op == Eql {
                    Instr::EqI { dst, a, b: c }
                } else {
                    Instr::NeI { dst, a, b: c }
                }
            }
            (Shape::Interface, Eql | Neq) => Instr::EqIface { dst, a, b: c },
            (Shape::Mem(t), Eql | Neq) => {
                let typ = self.type_desc(t);
                let args = b.alloc(2);
                b.emit(Instr::Move { dst: args, src: a });
                b.emit(Instr::Move { dst: Reg(args.0 + 1), src: c });
                b.emit(Instr::EqMem { args, typ });
                Instr::Move { dst, src: args }
            }
            (Shape::Complex(_), Eql | Neq) => {
                let t = b.alloc_value(Shape::Bool);
                b.emit(Instr::EqF { dst, a, b: c });
                b.emit(Instr::EqF { dst: t, a: Reg(a.0 + 1), b: Reg(c.0 + 1) });
                Instr::And { dst, a: dst, b: t }
            }
            _ => return unsupported(e.span.lo, "comparing values of this type"),
        };
        b.emit(ins);
        if matches!(xs, Shape::String | Shape::Interface | Shape::Mem(_) | Shape::Complex(_)) && op == Neq {
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
                    Shape::Complex(_) => {
                        b.emit(Instr::NegF { dst, a });
                        b.emit(Instr::NegF { dst: Reg(dst.0 + 1), a: Reg(a.0 + 1) })
                    }
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

    /// A conversion `T(x)` into `dst…`.
    pub fn conversion(&mut self, b: &mut FnBuilder, x: &Expr, dst: Reg, to_t: TypeId, e: &Expr) -> CResult<()> {
        let types = &self.checked.program.types;
        let from_t = self.type_of(x);
        if types.is_interface(to_t) {
            if types.is_interface(from_t) {
                return self.expr_into(b, x, dst);
            }
            return self.box_operand(b, x, dst);
        }
        let to = self.shape(to_t, e.span.lo)?;
        if self.is_string_type(to_t) && !self.is_string_type(from_t) {
            let mark = b.mark();
            let code = match self.byte_or_rune_slice(from_t) {
                Some(false) => strconv::BYTES_TO_STR,
                Some(true) => strconv::RUNES_TO_STR,
                None => strconv::RUNE_TO_STR,
            };
            let a = self.expr_reg(b, x)?;
            b.emit(Instr::StrConv { dst, src: a, code });
            b.release(mark);
            return Ok(());
        }
        if self.is_string_type(from_t)
            && let Some(runes) = self.byte_or_rune_slice(to_t)
        {
            let mark = b.mark();
            let a = self.expr_reg(b, x)?;
            let code = if runes { strconv::STR_TO_RUNES } else { strconv::STR_TO_BYTES };
            b.emit(Instr::StrConv { dst, src: a, code });
            b.release(mark);
            return Ok(());
        }
        let from = self.shape_of(x)?;
        let mark = b.mark();
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
            (Shape::Complex(_), Shape::Complex(bits)) => {
                b.emit(Instr::Move2 { dst, src: a });
                if bits == 64 {
                    b.emit(Instr::RoundF32 { dst, a: dst });
                    b.emit(Instr::RoundF32 { dst: Reg(dst.0 + 1), a: Reg(dst.0 + 1) });
                }
            }
            (Shape::Slice, Shape::Pointer) | (Shape::Slice, Shape::Mem(_)) => {
                // Slice to array pointer (or array): the lengths must agree.
                let types = &self.checked.program.types;
                let arr = match types.get(types.underlying(to_t)) {
                    Type::Pointer(p) => *p,
                    _ => to_t,
                };
                let n = match types.get(types.underlying(arr)) {
                    Type::Array(n, _) => n.unwrap_or(0),
                    _ => 0,
                };
                let k = b.alloc_value(Shape::Int(64));
                self.load_int(b, k, n as i64);
                b.emit(Instr::Bounds { x: k, y: Reg(a.0 + 1), code: bounds::CONVERT });
                b.emit(Instr::Move { dst, src: a });
                if let Shape::Mem(t) = to {
                    self.copy_mem(b, dst, dst, t);
                }
            }
            (f, t) if f.words() == t.words() && !matches!(f, Shape::Other) => b.move_value(dst, a, t),
            _ => return unsupported(e.span.lo, "this conversion"),
        }
        b.release(mark);
        Ok(())
    }
}
