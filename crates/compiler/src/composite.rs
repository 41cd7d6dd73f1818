//! Composite values: literals of structs, arrays and slices; slicing; string indexing;
//! and the builtins that make, grow and measure them.

use crate::func::FnBuilder;
use crate::layout::Shape;
use crate::{CResult, Compiler, unsupported};
use gorun_bytecode::isa::{bounds, printk};
use gorun_bytecode::{Instr, Reg};
use gorun_syntax::ast::{CallExpr, CompositeLit, Expr, ExprKind, SliceExpr};
use gorun_types::object::Builtin;
use gorun_types::types::{BasicKind, Type, TypeId};

impl<'a> Compiler<'a> {
    /// A composite literal into `dst` (a struct or array: the address of new memory).
    pub fn composite(&mut self, b: &mut FnBuilder, lit: &CompositeLit, e: &Expr, dst: Reg) -> CResult<()> {
        let types = &self.checked.program.types;
        let t = match types.get(types.underlying(self.type_of(e))) {
            Type::Pointer(p) => *p, // `&T{…}` elided in a literal: the literal is the `T`
            _ => self.type_of(e),
        };
        let u = types.underlying(t);
        match types.get(u).clone() {
            Type::Struct(st) => {
                let typ = self.type_desc(t);
                b.emit(Instr::New { dst, typ });
                let offsets = types.offsets(u);
                for (i, elt) in lit.elts.iter().enumerate() {
                    let (field, value) = match &elt.kind {
                        ExprKind::KeyValue(k, v) => {
                            let path = self.checked.program.info.lit_fields.get(&k.id).cloned().unwrap_or_default();
                            (path.last().copied().unwrap_or(0), &**v)
                        }
                        _ => (i, elt),
                    };
                    let ft = st.fields[field].typ;
                    self.store_elem(b, dst, offsets[field], ft, value)?;
                }
            }
            Type::Array(_, elem) => {
                let typ = self.type_desc(t);
                b.emit(Instr::New { dst, typ });
                let esize = types.sizeof(elem).max(0);
                let mut idx = 0i64;
                for elt in &lit.elts {
                    let value = match &elt.kind {
                        ExprKind::KeyValue(k, v) => {
                            idx = self.const_int(k).unwrap_or(idx);
                            &**v
                        }
                        _ => elt,
                    };
                    self.store_elem(b, dst, idx * esize, elem, value)?;
                    idx += 1;
                }
            }
            Type::Slice(elem) => {
                // The length is one past the largest index.
                let (mut idx, mut len) = (0i64, 0i64);
                for elt in &lit.elts {
                    if let ExprKind::KeyValue(k, _) = &elt.kind {
                        idx = self.const_int(k).unwrap_or(idx);
                    }
                    idx += 1;
                    len = len.max(idx);
                }
                let etyp = self.type_desc(elem);
                let esize = types.sizeof(elem).max(0);
                self.load_int(b, Reg(dst.0 + 1), len);
                self.load_int(b, Reg(dst.0 + 2), len);
                b.emit(Instr::MakeSlice { dst, elem: etyp });
                let mut idx = 0i64;
                for elt in &lit.elts {
                    let value = match &elt.kind {
                        ExprKind::KeyValue(k, v) => {
                            idx = self.const_int(k).unwrap_or(idx);
                            &**v
                        }
                        _ => elt,
                    };
                    self.store_elem(b, dst, idx * esize, elem, value)?;
                    idx += 1;
                }
            }
            Type::Map(..) => self.map_literal(b, lit, t, dst)?,
            _ => return unsupported(e.span.lo, "composite literals of this type"),
        }
        Ok(())
    }

    /// Stores the value of `value` (of element type `t`) at `base + off`.
    fn store_elem(&mut self, b: &mut FnBuilder, base: Reg, off: i64, t: TypeId, value: &Expr) -> CResult<()> {
        let mark = b.mark();
        let shape = self.shape(t, value.span.lo)?;
        let v = b.alloc_value(shape);
        // (An elided `&T{…}` in a literal of pointers compiles to the new `T`'s address.)
        self.expr_to(b, value, t, v)?;
        self.store_value(b, base, off, v, shape);
        b.release(mark);
        Ok(())
    }

    /// `x[lo:hi:max]` into `dst…`.
    pub fn slice_expr(&mut self, b: &mut FnBuilder, se: &SliceExpr, e: &Expr, dst: Reg) -> CResult<()> {
        let types = &self.checked.program.types;
        let xt = self.type_of(&se.x);
        let xu = types.underlying(xt);
        let mark = b.mark();
        let int = Shape::Int(64);
        let s = b.alloc_value(Shape::Slice);
        // The operand as (data, len, cap), and whether it is a string.
        let (is_string, esize, cap_name_len) = match types.get(xu).clone() {
            Type::Basic(k) if k.is_string() => {
                let r = self.expr_reg(b, &se.x)?;
                b.emit(Instr::Move2 { dst: s, src: r });
                b.emit(Instr::Move { dst: Reg(s.0 + 2), src: Reg(r.0 + 1) });
                (true, 1, true)
            }
            Type::Slice(elem) => {
                let r = self.expr_reg(b, &se.x)?;
                b.emit(Instr::Move3 { dst: s, src: r });
                (false, types.sizeof(elem).max(0), false)
            }
            Type::Array(n, elem) => {
                let r = self.address_of(b, &se.x)?;
                b.emit(Instr::Move { dst: s, src: r });
                self.load_int(b, Reg(s.0 + 1), n.unwrap_or(0) as i64);
                self.load_int(b, Reg(s.0 + 2), n.unwrap_or(0) as i64);
                (false, types.sizeof(elem).max(0), true)
            }
            Type::Pointer(p) => {
                let Type::Array(n, elem) = types.get(types.underlying(p)).clone() else {
                    return unsupported(e.span.lo, "slicing this operand");
                };
                let r = self.expr_reg(b, &se.x)?;
                b.emit(Instr::NilCheck { a: r });
                b.emit(Instr::Move { dst: s, src: r });
                self.load_int(b, Reg(s.0 + 1), n.unwrap_or(0) as i64);
                self.load_int(b, Reg(s.0 + 2), n.unwrap_or(0) as i64);
                (false, types.sizeof(elem).max(0), true)
            }
            _ => return unsupported(e.span.lo, "slicing this operand"),
        };
        let bound = |c: &mut Compiler<'a>, b: &mut FnBuilder, x: &Option<Expr>, default: Reg| -> CResult<(Reg, u16)> {
            match x {
                Some(x) => {
                    let r = b.alloc_value(int);
                    c.expr_into(b, x, r)?;
                    let unsigned = matches!(c.shape_of(x)?, Shape::Uint(_));
                    Ok((r, if unsigned { bounds::UNSIGNED } else { 0 }))
                }
                None => Ok((default, 0)),
            }
        };
        let zero = b.alloc_value(int);
        b.emit(Instr::LoadImm { dst: zero, imm: 0 });
        let lohm = b.alloc(3);
        let (lo, lo_u) = bound(self, b, &se.low, zero)?;
        let len_or_cap = if is_string { Reg(s.0 + 1) } else { Reg(s.0 + 2) };
        let (hi, hi_u) = bound(self, b, &se.high, Reg(s.0 + 1))?;
        // Checks in Go's order: max against cap, high against max, low against high.
        if se.slice3 {
            let (m, m_u) = bound(self, b, &se.max, len_or_cap)?;
            let cap_code = if cap_name_len { bounds::SLICE3_ALEN } else { bounds::SLICE3_ACAP };
            b.emit(Instr::Bounds { x: m, y: len_or_cap, code: cap_code | m_u });
            b.emit(Instr::Bounds { x: hi, y: m, code: bounds::SLICE3_B | hi_u });
            b.emit(Instr::Bounds { x: lo, y: hi, code: bounds::SLICE3_C | lo_u });
            b.emit(Instr::Move { dst: Reg(lohm.0 + 2), src: m });
        } else {
            let cap_code = if cap_name_len { bounds::SLICE_ALEN } else { bounds::SLICE_ACAP };
            b.emit(Instr::Bounds { x: hi, y: len_or_cap, code: cap_code | hi_u });
            b.emit(Instr::Bounds { x: lo, y: hi, code: bounds::SLICE_B | lo_u });
            b.emit(Instr::Move { dst: Reg(lohm.0 + 2), src: len_or_cap });
        }
        b.emit(Instr::Move { dst: lohm, src: lo });
        b.emit(Instr::Move { dst: Reg(lohm.0 + 1), src: hi });
        b.emit(Instr::SubSlice { s, lo: lohm, esize: esize as u16 });
        if is_string {
            b.emit(Instr::Move2 { dst, src: s });
        } else {
            b.emit(Instr::Move3 { dst, src: s });
        }
        b.release(mark);
        Ok(())
    }

    /// The builtins; returns the result registers.
    pub fn builtin(&mut self, b: &mut FnBuilder, k: Builtin, call: &CallExpr, e: &Expr) -> CResult<Vec<(Reg, Shape)>> {
        let types = &self.checked.program.types;
        let int = Shape::Int(64);
        match k {
            Builtin::Print | Builtin::Println => {
                self.print_builtin(b, k, call, e)?;
                Ok(Vec::new())
            }
            Builtin::Len | Builtin::Cap => {
                let x = &call.args[0];
                let xt = types.underlying(self.type_of(x));
                let dst = b.alloc_value(int);
                let mark = b.mark();
                let word = if k == Builtin::Len { 1 } else { 2 };
                match types.get(xt).clone() {
                    Type::Basic(_) | Type::Slice(_) => {
                        let r = self.expr_reg(b, x)?;
                        b.emit(Instr::Move { dst, src: Reg(r.0 + word) });
                    }
                    Type::Map(..) => {
                        let m = self.expr_reg(b, x)?;
                        b.emit(Instr::MapLen { dst, m });
                    }
                    Type::Chan(..) => {
                        let ch = self.expr_reg(b, x)?;
                        if k == Builtin::Len {
                            b.emit(Instr::ChanLen { dst, ch });
                        } else {
                            b.emit(Instr::ChanCap { dst, ch });
                        }
                    }
                    Type::Array(n, _) => {
                        // Evaluated for its effects only when it has calls; the length is static.
                        self.load_int(b, dst, n.unwrap_or(0) as i64);
                    }
                    Type::Pointer(p) => {
                        let Type::Array(n, _) = types.get(types.underlying(p)) else {
                            return unsupported(e.span.lo, "len of this operand");
                        };
                        self.load_int(b, dst, n.unwrap_or(0) as i64);
                    }
                    _ => return unsupported(e.span.lo, format!("{} of this operand", k.name())),
                }
                b.release(mark);
                Ok(vec![(dst, int)])
            }
            Builtin::New => {
                let t = self.type_of(e);
                let Type::Pointer(elem) = types.get(types.underlying(t)).clone() else { unreachable!() };
                let dst = b.alloc_value(Shape::Pointer);
                let typ = self.type_desc(elem);
                b.emit(Instr::New { dst, typ });
                Ok(vec![(dst, Shape::Pointer)])
            }
            Builtin::Make if self.map_types(self.type_of(e)).is_some() => {
                let dst = b.alloc_value(Shape::Pointer);
                self.map_make(b, self.type_of(e), call.args.get(1), dst)?;
                Ok(vec![(dst, Shape::Pointer)])
            }
            Builtin::Make if self.chan_elem(self.type_of(e)).is_some() => {
                let dst = b.alloc_value(Shape::Pointer);
                b.line = self.line_of(e.span.lo);
                self.chan_make(b, self.type_of(e), call.args.get(1), dst)?;
                Ok(vec![(dst, Shape::Pointer)])
            }
            Builtin::Close => {
                let mark = b.mark();
                let ch = self.expr_reg(b, &call.args[0])?;
                b.line = self.line_of(e.span.lo);
                b.emit(Instr::ChanClose { ch });
                b.release(mark);
                Ok(Vec::new())
            }
            Builtin::Delete => {
                self.map_delete(b, &call.args[0], &call.args[1])?;
                Ok(Vec::new())
            }
            Builtin::Clear => {
                let t = self.type_of(&call.args[0]);
                if self.map_types(t).is_none() {
                    let Type::Slice(elem) = types.get(types.underlying(t)).clone() else { unreachable!() };
                    let mark = b.mark();
                    let s = self.expr_reg(b, &call.args[0])?;
                    let elem = self.type_desc(elem);
                    b.emit(Instr::ClearSlice { s, elem });
                    b.release(mark);
                    return Ok(Vec::new());
                }
                let m = self.expr_reg(b, &call.args[0])?;
                let typ = self.type_desc(t);
                b.emit(Instr::MapClear { m, typ });
                Ok(Vec::new())
            }
            Builtin::Make => {
                let t = self.type_of(e);
                let Type::Slice(elem) = types.get(types.underlying(t)).clone() else {
                    return unsupported(e.span.lo, "make of this type");
                };
                let dst = b.alloc_value(Shape::Slice);
                self.expr_into(b, &call.args[1], Reg(dst.0 + 1))?;
                match call.args.get(2) {
                    Some(c) => self.expr_into(b, c, Reg(dst.0 + 2))?,
                    None => b.emit_move(Reg(dst.0 + 2), Reg(dst.0 + 1)),
                }
                let etyp = self.type_desc(elem);
                b.emit(Instr::MakeSlice { dst, elem: etyp });
                Ok(vec![(dst, Shape::Slice)])
            }
            Builtin::Append => {
                let st = self.type_of(e);
                let Type::Slice(elem) = types.get(types.underlying(st)).clone() else { unreachable!() };
                let dst = b.alloc_value(Shape::Slice);
                let mark = b.mark();
                let area = b.alloc(4);
                b.mark_pointers(area, Shape::Slice);
                // gc evaluates calls before plain operands: `append(s, pop())` reads `s`
                // after `pop` ran.
                let slice_first = has_call(&call.args[0]) || call.ellipsis.is_some();
                if slice_first {
                    self.expr_into(b, &call.args[0], area)?;
                }
                let etyp = self.type_desc(elem);
                let esize = types.sizeof(elem).max(0);
                let old_len = b.alloc_value(int);
                if slice_first {
                    b.emit(Instr::Move { dst: old_len, src: Reg(area.0 + 1) });
                }
                if call.ellipsis.is_some() {
                    // append(s, t...): t may be a string when s is []byte.
                    let src = b.alloc_value(Shape::Slice);
                    self.expr_into(b, &call.args[1], src)?;
                    b.emit(Instr::Move { dst: Reg(area.0 + 3), src: Reg(src.0 + 1) });
                    b.emit(Instr::SliceGrow { s: area, elem: etyp });
                    // Copy into the new tail: copy(s[old_len:], t).
                    let args = b.alloc(6);
                    b.mark_pointers(args, Shape::Slice);
                    b.mark_pointers(Reg(args.0 + 3), Shape::Slice);
                    self.scaled_add(b, args, area, old_len, esize);
                    b.emit(Instr::Move { dst: Reg(args.0 + 1), src: Reg(src.0 + 1) });
                    b.emit(Instr::Move { dst: Reg(args.0 + 2), src: Reg(src.0 + 1) });
                    b.emit(Instr::Move3 { dst: Reg(args.0 + 3), src });
                    b.emit(Instr::SliceCopy { args, elem: etyp });
                } else {
                    let extra = &call.args[1..];
                    let eshape = Shape::of(types, elem);
                    // Values first (they may read the slice), then grow and store.
                    let mut vals = Vec::new();
                    for x in extra {
                        let v = b.alloc_value(eshape);
                        self.expr_to(b, x, elem, v)?;
                        vals.push(v);
                    }
                    if !slice_first {
                        self.expr_into(b, &call.args[0], area)?;
                        b.emit(Instr::Move { dst: old_len, src: Reg(area.0 + 1) });
                    }
                    self.load_int(b, Reg(area.0 + 3), extra.len() as i64);
                    b.emit(Instr::SliceGrow { s: area, elem: etyp });
                    let at = b.alloc_value(Shape::Pointer);
                    self.scaled_add(b, at, area, old_len, esize);
                    for (i, v) in vals.into_iter().enumerate() {
                        self.store_value(b, at, i as i64 * esize, v, eshape);
                    }
                }
                b.emit(Instr::Move3 { dst, src: area });
                b.release(mark);
                Ok(vec![(dst, Shape::Slice)])
            }
            Builtin::Copy => {
                let dt = self.type_of(&call.args[0]);
                let Type::Slice(elem) = types.get(types.underlying(dt)).clone() else { unreachable!() };
                let dst = b.alloc_value(int);
                let mark = b.mark();
                let args = b.alloc(6);
                b.mark_pointers(args, Shape::Slice);
                b.mark_pointers(Reg(args.0 + 3), Shape::Slice);
                self.expr_into(b, &call.args[0], args)?;
                let src = &call.args[1];
                if matches!(self.shape_of(src)?, Shape::String) {
                    self.expr_into(b, src, Reg(args.0 + 3))?;
                    b.emit(Instr::Move { dst: Reg(args.0 + 5), src: Reg(args.0 + 4) });
                } else {
                    self.expr_into(b, src, Reg(args.0 + 3))?;
                }
                let etyp = self.type_desc(elem);
                b.emit(Instr::SliceCopy { args, elem: etyp });
                b.emit(Instr::Move { dst, src: args });
                b.release(mark);
                Ok(vec![(dst, int)])
            }
            Builtin::Min | Builtin::Max => {
                let shape = self.shape_of(e)?;
                let dst = b.alloc_value(shape);
                self.min_max(b, k == Builtin::Min, &call.args, shape, dst)?;
                Ok(vec![(dst, shape)])
            }
            Builtin::Panic => {
                let mark = b.mark();
                let v = b.alloc_value(Shape::Interface);
                let any = self.type_of(&call.args[0]);
                if types.is_interface(any) {
                    self.expr_into(b, &call.args[0], v)?;
                } else {
                    self.box_operand(b, &call.args[0], v)?;
                }
                b.line = self.line_of(e.span.lo);
                b.emit(Instr::PanicValue { v });
                b.release(mark);
                Ok(Vec::new())
            }
            Builtin::Real | Builtin::Imag => {
                let shape = self.shape_of(e)?;
                let dst = b.alloc_value(shape);
                let mark = b.mark();
                let x = self.expr_reg(b, &call.args[0])?;
                let src = if k == Builtin::Real { x } else { Reg(x.0 + 1) };
                b.emit(Instr::Move { dst, src });
                b.release(mark);
                Ok(vec![(dst, shape)])
            }
            Builtin::Complex => {
                let shape = self.shape_of(e)?;
                let dst = b.alloc_value(shape);
                let mark = b.mark();
                let ft =
                    if shape == Shape::Complex(64) { gorun_types::types::FLOAT32 } else { gorun_types::types::FLOAT64 };
                let re = b.alloc_value(Shape::Float(64));
                self.expr_const_as(b, &call.args[0], ft, re)?;
                let im = b.alloc_value(Shape::Float(64));
                self.expr_const_as(b, &call.args[1], ft, im)?;
                b.emit(Instr::Move { dst, src: re });
                b.emit(Instr::Move { dst: Reg(dst.0 + 1), src: im });
                b.release(mark);
                Ok(vec![(dst, shape)])
            }
            Builtin::Recover => {
                self.runtime_error_desc();
                let dst = b.alloc_value(Shape::Interface);
                b.emit(Instr::Recover { dst });
                Ok(vec![(dst, Shape::Interface)])
            }
            Builtin::UnsafeString | Builtin::UnsafeSlice => {
                // unsafe.String(p, n) is the string (p, n); unsafe.Slice(p, n) the slice (p, n, n).
                let shape = if k == Builtin::UnsafeString { Shape::String } else { Shape::Slice };
                let dst = b.alloc_value(shape);
                self.expr_into(b, &call.args[0], dst)?;
                self.expr_into(b, &call.args[1], Reg(dst.0 + 1))?;
                b.line = self.line_of(e.span.lo);
                let code = u16::from(k == Builtin::UnsafeString);
                b.emit(Instr::UnsafeLen { p: dst, n: Reg(dst.0 + 1), code });
                if k == Builtin::UnsafeSlice {
                    b.emit(Instr::Move { dst: Reg(dst.0 + 2), src: Reg(dst.0 + 1) });
                }
                Ok(vec![(dst, shape)])
            }
            Builtin::UnsafeStringData | Builtin::UnsafeSliceData => {
                let dst = b.alloc_value(Shape::Pointer);
                let mark = b.mark();
                let x = self.expr_reg(b, &call.args[0])?;
                b.emit(Instr::Move { dst, src: x });
                b.release(mark);
                Ok(vec![(dst, Shape::Pointer)])
            }
            Builtin::UnsafeAdd => {
                let dst = b.alloc_value(Shape::Pointer);
                let mark = b.mark();
                let p = self.expr_reg(b, &call.args[0])?;
                let n = self.expr_reg(b, &call.args[1])?;
                b.emit(Instr::AddI { dst, a: p, b: n });
                b.release(mark);
                Ok(vec![(dst, Shape::Pointer)])
            }
            _ => unsupported(e.span.lo, format!("the builtin {}", k.name())),
        }
    }

    fn min_max(&mut self, b: &mut FnBuilder, min: bool, args: &[Expr], shape: Shape, dst: Reg) -> CResult<()> {
        self.expr_into(b, &args[0], dst)?;
        for x in &args[1..] {
            let mark = b.mark();
            let v = self.expr_reg(b, x)?;
            let c = b.alloc_value(Shape::Bool);
            // dst = v if v < dst (min) or dst < v (max).
            let (a, bb) = if min { (v, dst) } else { (dst, v) };
            let ins = match shape {
                Shape::Int(_) => Instr::LtI { dst: c, a, b: bb },
                Shape::Uint(_) => Instr::LtU { dst: c, a, b: bb },
                Shape::Float(_) => Instr::LtF { dst: c, a, b: bb },
                Shape::String => Instr::LtStr { dst: c, a, b: bb },
                _ => return unsupported(x.span.lo, "min and max of this type"),
            };
            b.emit(ins);
            let skip = b.emit(Instr::JumpIfNot { cond: c, off: 0 });
            b.move_value(dst, v, shape);
            let here = b.pc();
            self.patch(b, skip, here)?;
            if let Shape::Float(_) = shape {
                // Equal operands: min prefers -0 and max +0 (the bits of equal non-zero
                // values agree, so or-ing or and-ing them changes nothing else).
                let eq = b.alloc_value(Shape::Bool);
                b.emit(Instr::EqF { dst: eq, a: v, b: dst });
                let skip = b.emit(Instr::JumpIfNot { cond: eq, off: 0 });
                if min {
                    b.emit(Instr::Or { dst, a: dst, b: v });
                } else {
                    b.emit(Instr::And { dst, a: dst, b: v });
                }
                let here = b.pc();
                self.patch(b, skip, here)?;
                // A NaN operand makes the result NaN.
                let nan = b.alloc_value(Shape::Bool);
                b.emit(Instr::NeF { dst: nan, a: v, b: v });
                let skip = b.emit(Instr::JumpIfNot { cond: nan, off: 0 });
                b.move_value(dst, v, shape);
                let here = b.pc();
                self.patch(b, skip, here)?;
            }
            b.release(mark);
        }
        Ok(())
    }

    fn print_builtin(&mut self, b: &mut FnBuilder, k: Builtin, call: &CallExpr, e: &Expr) -> CResult<()> {
        b.line = self.line_of(e.span.lo);
        for (i, arg) in call.args.iter().enumerate() {
            if i > 0 && k == Builtin::Println {
                b.emit(Instr::Print { src: Reg(0), what: printk::SPACE });
            }
            let mark = b.mark();
            let t = self.checked.program.types.default_type(self.type_of(arg));
            let shape = self.shape(t, arg.span.lo)?;
            let r = b.alloc_value(shape);
            if self.checked.program.info.expr(arg.id).is_some_and(|tv| tv.value.is_some()) {
                self.expr_const_as(b, arg, t, r)?;
            } else {
                self.expr_into(b, arg, r)?;
            }
            let what = match shape {
                Shape::Bool => printk::BOOL,
                Shape::Int(_) => printk::INT,
                Shape::Uint(_) => printk::UINT,
                Shape::Float(32) => printk::FLOAT32,
                Shape::Float(_) => printk::FLOAT,
                Shape::Complex(64) => printk::COMPLEX64,
                Shape::Complex(_) => printk::COMPLEX,
                Shape::String => printk::STRING,
                Shape::Pointer | Shape::Mem(_) => printk::POINTER,
                Shape::Interface => printk::IFACE,
                Shape::Slice => printk::SLICE,
                Shape::Other => return unsupported(arg.span.lo, "printing this type"),
            };
            b.emit(Instr::Print { src: r, what });
            b.release(mark);
        }
        if k == Builtin::Println {
            b.emit(Instr::Print { src: Reg(0), what: printk::NEWLINE });
        }
        Ok(())
    }

    /// `s[i]` for a string: the byte.
    pub fn string_index(&mut self, b: &mut FnBuilder, x: &Expr, i: &Expr, dst: Reg) -> CResult<()> {
        let mark = b.mark();
        let s = self.expr_reg(b, x)?;
        let idx = self.expr_reg(b, i)?;
        b.emit(Instr::IndexByte { dst, s, i: idx });
        b.release(mark);
        Ok(())
    }

    /// Whether `t` is a string type.
    pub fn is_string_type(&self, t: TypeId) -> bool {
        let types = &self.checked.program.types;
        matches!(types.get(types.underlying(t)), Type::Basic(k) if k.is_string())
    }

    /// Whether `t` is a slice of bytes (`Some(false)`) or of runes (`Some(true)`).
    pub fn byte_or_rune_slice(&self, t: TypeId) -> Option<bool> {
        let types = &self.checked.program.types;
        let Type::Slice(e) = types.get(types.underlying(t)) else { return None };
        match types.get(types.underlying(*e)) {
            Type::Basic(k) if k.canonical() == BasicKind::Uint8 => Some(false),
            Type::Basic(k) if k.canonical() == BasicKind::Int32 => Some(true),
            _ => None,
        }
    }
}

impl FnBuilder {
    pub fn emit_move(&mut self, dst: Reg, src: Reg) {
        self.emit(Instr::Move { dst, src });
    }
}

/// Whether evaluating `e` may call a function.
pub fn has_call(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Call(_) | ExprKind::FuncLit(_) => true,
        ExprKind::Paren(x) | ExprKind::Star(x) | ExprKind::Unary(_, x) | ExprKind::Selector(x, _) => has_call(x),
        ExprKind::TypeAssert(x, _) => has_call(x),
        ExprKind::Binary(_, x, y) | ExprKind::KeyValue(x, y) => has_call(x) || has_call(y),
        ExprKind::Index(ie) => has_call(&ie.x) || ie.indices.iter().any(has_call),
        ExprKind::Slice(se) => {
            has_call(&se.x) || [&se.low, &se.high, &se.max].iter().any(|x| x.as_ref().is_some_and(has_call))
        }
        ExprKind::CompositeLit(c) => c.elts.iter().any(has_call),
        _ => false,
    }
}
