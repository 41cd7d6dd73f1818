//! Places: variables, fields, elements and pointees an expression denotes, for reading,
//! writing and taking addresses.

use crate::func::FnBuilder;
use crate::layout::Shape;
use crate::memory::Place;
use crate::{CResult, Compiler, unsupported};
use gorun_bytecode::isa::bounds;
use gorun_bytecode::{Instr, Reg};
use gorun_syntax::ast::{Expr, ExprKind, UnaryOp};
use gorun_types::info::SelectionKind;
use gorun_types::types::{Type, TypeId};

impl<'a> Compiler<'a> {
    /// The place `e` denotes, if it is a variable, a field, an element of an array or
    /// slice, or a pointee. Registers it needs stay allocated (the caller releases them).
    pub fn place(&mut self, b: &mut FnBuilder, e: &Expr) -> CResult<Option<(Place, Shape)>> {
        let prog = &self.checked.program;
        let info = &prog.info;
        match &e.kind {
            ExprKind::Paren(x) => self.place(b, x),
            ExprKind::Ident(name) => {
                if self.interner.get(*name) == "_" {
                    return Ok(Some((Place::Blank, Shape::Bool)));
                }
                if info.expr(e.id).is_some_and(|tv| tv.value.is_some()) {
                    return Ok(None);
                }
                let Some(&obj) = info.uses.get(&e.id) else { return Ok(None) };
                self.var_place(b, obj, e)
            }
            ExprKind::Selector(x, _) => {
                let Some(sel) = info.selections.get(&e.id).cloned() else {
                    // A qualified identifier: another package's variable.
                    let Some(&obj) = info.uses.get(&e.id) else { return Ok(None) };
                    return self.var_place(b, obj, e);
                };
                if sel.kind != SelectionKind::Field {
                    return Ok(None);
                }
                let xt = self.type_of(x);
                let types = &prog.types;
                let (addr, t) = match types.get(types.underlying(xt)) {
                    Type::Pointer(elem) => (self.expr_reg(b, x)?, *elem),
                    _ => (self.expr_reg(b, x)?, xt),
                };
                let (addr, off, ft) = self.field_path(b, t, addr, 0, &sel.path);
                let shape = self.shape(ft, e.span.lo)?;
                Ok(Some((Place::Mem { addr, off: off as i32 }, shape)))
            }
            ExprKind::Index(ie) if ie.indices.len() == 1 => {
                let xt = self.type_of(&ie.x);
                let types = &prog.types;
                let shape = self.shape_of(e)?;
                match types.get(types.underlying(xt)).clone() {
                    Type::Array(n, elem) => {
                        let base = self.expr_reg(b, &ie.x)?;
                        let addr = self.element_addr(b, base, n.unwrap_or(0), None, elem, &ie.indices[0])?;
                        Ok(Some((addr, shape)))
                    }
                    Type::Pointer(p) => {
                        let Type::Array(n, elem) = types.get(types.underlying(p)).clone() else { return Ok(None) };
                        let base = self.expr_reg(b, &ie.x)?;
                        b.emit(Instr::NilCheck { a: base });
                        let addr = self.element_addr(b, base, n.unwrap_or(0), None, elem, &ie.indices[0])?;
                        Ok(Some((addr, shape)))
                    }
                    Type::Slice(elem) => {
                        let s = self.expr_reg(b, &ie.x)?;
                        let addr = self.element_addr(b, s, 0, Some(Reg(s.0 + 1)), elem, &ie.indices[0])?;
                        Ok(Some((addr, shape)))
                    }
                    _ => Ok(None),
                }
            }
            ExprKind::Star(x) => {
                let p = self.expr_reg(b, x)?;
                let shape = self.shape_of(e)?;
                Ok(Some((Place::Mem { addr: p, off: 0 }, shape)))
            }
            _ => Ok(None),
        }
    }

    fn var_place(
        &mut self,
        b: &mut FnBuilder,
        obj: gorun_types::object::ObjId,
        e: &Expr,
    ) -> CResult<Option<(Place, Shape)>> {
        if let Some(&(r, shape)) = b.locals.get(&obj) {
            if b.cells.contains(&obj) {
                return Ok(Some((Place::Mem { addr: r, off: 0 }, shape)));
            }
            return Ok(Some((Place::Reg(r), shape)));
        }
        if self.is_global_var(obj) {
            let shape = self.shape_of(e)?;
            let place = self.global_place(b, obj, e.span.lo)?;
            return Ok(Some((place, shape)));
        }
        Ok(None)
    }

    pub fn is_global_var(&self, obj: gorun_types::object::ObjId) -> bool {
        matches!(&self.checked.program.objects.get(obj).kind, gorun_types::object::ObjKind::Var(v) if v.global)
    }

    /// The place of element `index` of an array at `base` (length `len`) or of a slice
    /// whose data pointer is `base` and length is in `len_reg`; bounds-checked.
    fn element_addr(
        &mut self,
        b: &mut FnBuilder,
        base: Reg,
        len: u64,
        len_reg: Option<Reg>,
        elem: TypeId,
        index: &Expr,
    ) -> CResult<Place> {
        let esize = self.checked.program.types.sizeof(elem).max(0);
        let konst = self.const_int(index);
        if let (Some(i), None) = (konst, len_reg) {
            // A constant index into an array was checked by the type checker.
            return Ok(Place::Mem { addr: base, off: (i * esize) as i32 });
        }
        let i = self.expr_reg(b, index)?;
        let unsigned = matches!(self.shape_of(index)?, Shape::Uint(_));
        let code = if unsigned { bounds::UNSIGNED } else { 0 };
        match (len_reg, i32::try_from(len)) {
            (Some(l), _) => b.emit(Instr::Bounds { x: i, y: l, code: bounds::INDEX | code }),
            (None, Ok(n)) if unsigned => b.emit(Instr::BoundsImmU { x: i, n }),
            (None, Ok(n)) => b.emit(Instr::BoundsImm { x: i, n }),
            (None, Err(_)) => {
                let l = b.alloc_value(Shape::Int(64));
                self.load_int(b, l, len as i64);
                b.emit(Instr::Bounds { x: i, y: l, code: bounds::INDEX | code })
            }
        };
        // Non-pointer scalars of 8 bytes and bytes are read and written in place.
        let scalar = matches!(
            Shape::of(&self.checked.program.types, elem),
            Shape::Int(_) | Shape::Uint(_) | Shape::Float(64) | Shape::Bool
        );
        if scalar && (esize == 8 || esize == 1) {
            return Ok(Place::Index { base, idx: i, size: esize as u8 });
        }
        let addr = b.alloc_value(Shape::Pointer);
        self.scaled_add(b, addr, base, i, esize);
        Ok(Place::Mem { addr, off: 0 })
    }

    /// `dst = base + i * scale`.
    pub fn scaled_add(&mut self, b: &mut FnBuilder, dst: Reg, base: Reg, i: Reg, scale: i64) {
        if scale == 1 {
            b.emit(Instr::AddI { dst, a: base, b: i });
            return;
        }
        let t = b.alloc_value(Shape::Int(64));
        match i16::try_from(scale) {
            Ok(imm) => b.emit(Instr::MulImm { dst: t, a: i, imm }),
            Err(_) => {
                self.load_int(b, t, scale);
                b.emit(Instr::MulI { dst: t, a: i, b: t })
            }
        };
        b.emit(Instr::AddI { dst, a: base, b: t });
    }

    /// The value of an integer constant expression.
    pub fn const_int(&self, e: &Expr) -> Option<i64> {
        use num_traits::ToPrimitive;
        let tv = self.checked.program.info.expr(e.id)?;
        tv.value.as_ref()?.to_int()?.to_i64()
    }

    /// Follows `path` (field indices) from the struct of type `t` at `addr + off`,
    /// dereferencing embedded pointers on the way. Returns the final field's address
    /// register, offset and type.
    pub fn field_path(
        &mut self,
        b: &mut FnBuilder,
        mut t: TypeId,
        mut addr: Reg,
        mut off: i64,
        path: &[usize],
    ) -> (Reg, i64, TypeId) {
        let types = &self.checked.program.types;
        for (k, &i) in path.iter().enumerate() {
            let u = types.underlying(t);
            let Some(st) = types.struct_type(u) else { break };
            let offsets = types.offsets(u);
            let f = &st.fields[i];
            off += offsets[i];
            t = f.typ;
            if k + 1 < path.len()
                && let Type::Pointer(elem) = types.get(types.underlying(t))
            {
                let p = b.alloc_value(Shape::Pointer);
                self.load_value(b, p, addr, off, Shape::Pointer);
                addr = p;
                off = 0;
                t = *elem;
            }
        }
        (addr, off, t)
    }

    /// A register holding the address of what `e` denotes (`&e`).
    pub fn address_of(&mut self, b: &mut FnBuilder, e: &Expr) -> CResult<Reg> {
        if let ExprKind::CompositeLit(_) = &e.kind {
            let shape = self.shape_of(e)?;
            let r = self.expr_reg(b, e)?;
            if let Shape::Mem(_) = shape {
                return Ok(r);
            }
            let p = b.alloc_value(Shape::Pointer);
            let typ = self.type_desc(self.type_of(e));
            b.emit(Instr::New { dst: p, typ });
            self.store_value(b, p, 0, r, shape);
            return Ok(p);
        }
        if let ExprKind::Paren(x) = &e.kind {
            return self.address_of(b, x);
        }
        match self.place(b, e)? {
            Some((Place::Reg(r), Shape::Mem(_))) => Ok(r),
            Some((Place::Index { base, idx, size }, _)) => {
                let p = b.alloc_value(Shape::Pointer);
                self.scaled_add(b, p, base, idx, i64::from(size));
                Ok(p)
            }
            Some((Place::Mem { addr, off }, _)) => {
                b.emit(Instr::NilCheck { a: addr });
                if off == 0 {
                    return Ok(addr);
                }
                let p = b.alloc_value(Shape::Pointer);
                self.add_offset(b, p, addr, i64::from(off));
                Ok(p)
            }
            _ => unsupported(e.span.lo, "taking the address of this operand"),
        }
    }

    /// Whether evaluating `e` makes a new struct or array nobody else refers to (so a
    /// variable or argument can take it without a copy).
    pub fn is_fresh(&self, e: &Expr) -> bool {
        match &e.kind {
            ExprKind::Paren(x) => self.is_fresh(x),
            ExprKind::CompositeLit(_) => true,
            ExprKind::Call(c) => !matches!(
                self.checked.program.info.expr(c.fun.id).map(|tv| &tv.mode),
                Some(gorun_types::info::Mode::TypeExpr)
            ),
            ExprKind::Unary(UnaryOp::Addr, _) => true,
            _ => false,
        }
    }

    /// Compiles `e` into `dst`, copying a struct or array unless it is fresh: the result
    /// belongs to whoever keeps it.
    pub fn expr_owned(&mut self, b: &mut FnBuilder, e: &Expr, dst: Reg) -> CResult<()> {
        self.expr_into(b, e, dst)?;
        if let Shape::Mem(t) = self.shape_of(e)?
            && !self.is_fresh(e)
        {
            self.copy_mem(b, dst, dst, t);
        }
        Ok(())
    }

    /// Compiles `e` as a value of type `target` into `dst`: converting to an interface
    /// when `target` is one and `e` is not, and owning structs and arrays.
    pub fn expr_to(&mut self, b: &mut FnBuilder, e: &Expr, target: TypeId, dst: Reg) -> CResult<()> {
        let types = &self.checked.program.types;
        let et = self.type_of(e);
        if types.is_interface(target) && !types.is_interface(et) {
            return self.box_operand(b, e, dst);
        }
        self.expr_owned(b, e, dst)
    }
}
