//! Interfaces: boxing values, type assertions and type switches.
//!
//! An interface value is two words: the dynamic type's descriptor index plus one (zero
//! for nil) and a data word, which holds a pointer-shaped value itself and anything else
//! by the address of a heap box with a copy of the value.

use crate::func::FnBuilder;
use crate::layout::Shape;
use crate::{CResult, Compiler};
use gorun_bytecode::{Instr, Reg};
use gorun_syntax::ast::Expr;
use gorun_types::info::Mode;
use gorun_types::types::TypeId;

impl<'a> Compiler<'a> {
    /// Converts the non-interface value `e` to an interface value in `dst`, `dst+1`.
    pub fn box_operand(&mut self, b: &mut FnBuilder, e: &Expr, dst: Reg) -> CResult<()> {
        let tv = self.checked.program.info.expr(e.id).cloned();
        if tv.as_ref().is_some_and(|tv| tv.mode == Mode::Nil) {
            b.emit(Instr::Zero { dst, n: 2 });
            return Ok(());
        }
        let t = self.checked.program.types.default_type(self.type_of(e));
        let mark = b.mark();
        let shape = self.shape(t, e.span.lo)?;
        let v = b.alloc_value(shape);
        if tv.as_ref().is_some_and(|tv| tv.value.is_some()) {
            self.expr_const_as(b, e, t, v)?;
        } else {
            self.expr_owned(b, e, v)?;
        }
        self.box_value(b, v, t, dst);
        b.release(mark);
        Ok(())
    }

    /// Boxes the value of type `t` in `v…` into the interface words at `dst` (taking a
    /// struct or array by reference: the caller passes one it owns).
    pub fn box_value(&mut self, b: &mut FnBuilder, v: Reg, t: TypeId, dst: Reg) {
        let typ = self.type_desc(t);
        let shape = Shape::of(&self.checked.program.types, t);
        let direct = self.out.types[typ as usize].kind.is_direct_iface();
        let data = Reg(dst.0 + 1);
        if direct || matches!(shape, Shape::Mem(_)) {
            b.emit(Instr::Move { dst: data, src: v });
        } else {
            let mark = b.mark();
            let p = b.alloc_value(Shape::Pointer);
            b.emit(Instr::New { dst: p, typ });
            self.store_value(b, p, 0, v, shape);
            b.emit(Instr::Move { dst: data, src: p });
            b.release(mark);
        }
        self.load_int(b, dst, i64::from(typ) + 1);
    }

    /// The zero value of type `t` in `dst…` (zeroed memory for a struct or array).
    pub fn zero_value(&mut self, b: &mut FnBuilder, dst: Reg, t: TypeId) {
        match Shape::of(&self.checked.program.types, t) {
            Shape::Mem(_) => {
                let typ = self.type_desc(t);
                b.emit(Instr::New { dst, typ });
            }
            shape => b.emit_zero(dst, shape),
        }
    }

    /// Loads the dynamic value of type `t` out of the interface at `iface` into `dst…`
    /// (the type was already checked; a struct or array comes by reference to the box).
    pub fn unbox(&mut self, b: &mut FnBuilder, iface: Reg, t: TypeId, dst: Reg) {
        let typ = self.type_desc(t);
        let shape = Shape::of(&self.checked.program.types, t);
        let data = Reg(iface.0 + 1);
        if self.out.types[typ as usize].kind.is_direct_iface() || matches!(shape, Shape::Mem(_)) {
            b.emit(Instr::Move { dst, src: data });
        } else {
            self.load_value(b, dst, data, 0, shape);
        }
    }

    /// `x.(T)`: into `dst…` the value (and, in the comma-ok form, the flag after it).
    pub fn type_assert(&mut self, b: &mut FnBuilder, x: &Expr, t: TypeId, dst: Reg, comma_ok: bool) -> CResult<()> {
        let mark = b.mark();
        let iface = self.expr_reg(b, x)?;
        let shape = self.shape(t, x.span.lo)?;
        let ok = Reg(dst.0 + shape.words());
        let types = &self.checked.program.types;
        let want = self.type_desc(t);
        let cond = b.alloc_value(Shape::Bool);
        if types.is_interface(t) {
            b.emit(Instr::Move { dst: cond, src: iface });
            b.emit(Instr::Implements { x: cond, typ: want });
        } else {
            let k = b.alloc_value(Shape::Int(64));
            self.load_int(b, k, i64::from(want) + 1);
            b.emit(Instr::EqI { dst: cond, a: iface, b: k });
        }
        let fail = b.emit(Instr::JumpIfNot { cond, off: 0 });
        if types.is_interface(t) {
            b.move_value(dst, iface, Shape::Interface);
        } else {
            self.unbox(b, iface, t, dst);
        }
        if comma_ok {
            b.emit(Instr::LoadImm { dst: ok, imm: 1 });
            let end = b.emit(Instr::Jump { off: 0 });
            let here = b.pc();
            self.patch(b, fail, here)?;
            self.zero_value(b, dst, t);
            b.emit(Instr::LoadImm { dst: ok, imm: 0 });
            let here = b.pc();
            self.patch(b, end, here)?;
        } else {
            let end = b.emit(Instr::Jump { off: 0 });
            let here = b.pc();
            self.patch(b, fail, here)?;
            let static_t = self.type_desc(self.type_of(x));
            let pair = self.out.add_const((u64::from(static_t) << 32) | u64::from(want));
            b.emit(Instr::AssertFail { x: iface, pair });
            let here = b.pc();
            self.patch(b, end, here)?;
        }
        b.release(mark);
        Ok(())
    }
}
