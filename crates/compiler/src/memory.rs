//! Values in memory: typed loads and stores, copies of structs and arrays, and the
//! places an assignment can write to.

use crate::func::FnBuilder;
use crate::layout::Shape;
use crate::{CResult, Compiler, unsupported};
use gorun_bytecode::{Instr, Reg};
use gorun_syntax::source::Pos;

/// Where a value lives, for reading and writing.
#[derive(Clone, Copy, Debug)]
pub enum Place {
    /// A variable kept in registers.
    Reg(Reg),
    /// A package-level variable's first word.
    Global(u32),
    /// Memory at the address in `addr` plus `off` bytes.
    Mem { addr: Reg, off: i32 },
    /// Element `idx` (already bounds-checked) of the array at `base`, of `size` bytes
    /// (1 or 8, a non-pointer scalar): read and written with the fused index
    /// instructions.
    Index { base: Reg, idx: Reg, size: u8 },
    /// The blank identifier: values are evaluated and dropped.
    Blank,
}

impl<'a> Compiler<'a> {
    /// A place that stays valid while other code runs before it is used (the places of a
    /// multiple assignment, of `x op= f()`): an address or index it reads from a
    /// variable's register is copied, since that code may assign the variable.
    pub fn pin_place(&mut self, b: &mut FnBuilder, place: Place) -> Place {
        let pin = |b: &mut FnBuilder, r: Reg| {
            let is_var = b.locals.values().any(|&(v, shape)| v == r && !matches!(shape, Shape::Mem(_)));
            if !is_var {
                return r;
            }
            let t = b.alloc(1);
            if b.func.is_pointer_reg(r.0) {
                b.func.set_pointer_reg(t.0);
            }
            b.emit(Instr::Move { dst: t, src: r });
            t
        };
        match place {
            Place::Mem { addr, off } => Place::Mem { addr: pin(b, addr), off },
            Place::Index { base, idx, size } => Place::Index { base: pin(b, base), idx: pin(b, idx), size },
            p => p,
        }
    }

    /// Emits `dst = addr + off`, for offsets of any size.
    pub fn add_offset(&mut self, b: &mut FnBuilder, dst: Reg, addr: Reg, off: i64) {
        if let Ok(imm) = i16::try_from(off) {
            if imm != 0 || dst != addr {
                b.emit(Instr::AddImm { dst, a: addr, imm });
            }
        } else {
            let t = b.alloc(1);
            self.load_int(b, t, off);
            b.emit(Instr::AddI { dst, a: addr, b: t });
        }
    }

    pub fn load_int(&mut self, b: &mut FnBuilder, dst: Reg, v: i64) {
        match i32::try_from(v) {
            Ok(imm) => b.emit(Instr::LoadImm { dst, imm }),
            Err(_) => {
                let k = self.out.add_const(v as u64);
                b.emit(Instr::LoadConst { dst, k })
            }
        };
    }

    /// An (address register, 16-bit offset) pair reaching `addr + off`.
    fn reach(&mut self, b: &mut FnBuilder, addr: Reg, off: i64) -> (Reg, i16) {
        match i16::try_from(off) {
            Ok(o) if i16::try_from(off + 16).is_ok() => (addr, o),
            _ => {
                let t = b.alloc_value(Shape::Pointer);
                b.emit(Instr::NilCheck { a: addr });
                self.add_offset(b, t, addr, off);
                (t, 0)
            }
        }
    }

    /// Loads a value of `shape` from memory at `addr + off` into `dst…`. A struct or array
    /// is not copied: `dst` gets its address (a borrowed reference).
    pub fn load_value(&mut self, b: &mut FnBuilder, dst: Reg, addr: Reg, off: i64, shape: Shape) {
        let (addr, off) = self.reach(b, addr, off);
        let w = |k: u16| Reg(dst.0 + k);
        match shape {
            Shape::Bool | Shape::Uint(8) => b.emit(Instr::Load8U { dst, addr, off }),
            Shape::Int(8) => b.emit(Instr::Load8S { dst, addr, off }),
            Shape::Int(16) => b.emit(Instr::Load16S { dst, addr, off }),
            Shape::Uint(16) => b.emit(Instr::Load16U { dst, addr, off }),
            Shape::Int(32) => b.emit(Instr::Load32S { dst, addr, off }),
            Shape::Uint(32) => b.emit(Instr::Load32U { dst, addr, off }),
            Shape::Float(32) => b.emit(Instr::LoadF32 { dst, addr, off }),
            Shape::Complex(64) => {
                b.emit(Instr::LoadF32 { dst, addr, off });
                b.emit(Instr::LoadF32 { dst: w(1), addr, off: off + 4 })
            }
            Shape::Mem(_) => {
                b.emit(Instr::NilCheck { a: addr });
                b.emit(Instr::AddImm { dst, a: addr, imm: off })
            }
            _ => {
                // Whole words: ints, floats, pointers, strings, slices, interfaces.
                // The last word is loaded first: `dst` may be the address register.
                let n = shape.words();
                let mut last = 0;
                for k in (0..n).rev() {
                    last = b.emit(Instr::Load64 { dst: w(k), addr, off: off + 8 * k as i16 });
                }
                last
            }
        };
    }

    /// Stores the value of `shape` in `src…` to memory at `addr + off` (a struct or array
    /// is copied from the memory `src` refers to).
    pub fn store_value(&mut self, b: &mut FnBuilder, addr: Reg, off: i64, src: Reg, shape: Shape) {
        if let Shape::Mem(t) = shape {
            let mark = b.mark();
            let args = b.alloc(2);
            b.func.set_pointer_reg(args.0);
            b.func.set_pointer_reg(args.0 + 1);
            if off == 0 {
                // CopyObj checks both addresses for nil itself.
                b.emit(Instr::Move { dst: args, src: addr });
            } else {
                b.emit(Instr::NilCheck { a: addr });
                self.add_offset(b, args, addr, off);
            }
            b.emit(Instr::Move { dst: Reg(args.0 + 1), src });
            let typ = self.type_desc(t);
            b.emit(Instr::CopyObj { args, typ });
            b.release(mark);
            return;
        }
        let mark = b.mark();
        let (addr, off) = self.reach(b, addr, off);
        let w = |k: u16| Reg(src.0 + k);
        match shape {
            Shape::Bool | Shape::Uint(8) | Shape::Int(8) => b.emit(Instr::Store8 { addr, src, off }),
            Shape::Int(16) | Shape::Uint(16) => b.emit(Instr::Store16 { addr, src, off }),
            Shape::Int(32) | Shape::Uint(32) => b.emit(Instr::Store32 { addr, src, off }),
            Shape::Float(32) => b.emit(Instr::StoreF32 { addr, src, off }),
            Shape::Complex(64) => {
                b.emit(Instr::StoreF32 { addr, src, off });
                b.emit(Instr::StoreF32 { addr, src: w(1), off: off + 4 })
            }
            _ => {
                let mut last = 0;
                for k in 0..shape.words() {
                    let o = off + 8 * k as i16;
                    last = if shape.is_pointer_word(k) {
                        b.emit(Instr::StorePtr { addr, src: w(k), off: o })
                    } else {
                        b.emit(Instr::Store64 { addr, src: w(k), off: o })
                    };
                }
                last
            }
        };
        b.release(mark);
    }

    /// A fresh copy of the struct or array of type `t` that `src` refers to, in `dst`.
    pub fn copy_mem(&mut self, b: &mut FnBuilder, dst: Reg, src: Reg, t: gorun_types::types::TypeId) {
        let typ = self.type_desc(t);
        let mark = b.mark();
        let args = b.alloc(2);
        b.func.set_pointer_reg(args.0);
        b.func.set_pointer_reg(args.0 + 1);
        b.emit(Instr::Move { dst: Reg(args.0 + 1), src });
        b.emit(Instr::New { dst: args, typ });
        b.emit(Instr::CopyObj { args, typ });
        b.emit(Instr::Move { dst, src: args });
        b.release(mark);
    }

    /// Writes the value in `src…` to `place`.
    pub fn store_place(&mut self, b: &mut FnBuilder, place: Place, src: Reg, shape: Shape, pos: Pos) -> CResult<()> {
        match place {
            Place::Blank => {}
            Place::Reg(r) => match shape {
                // A variable owns its memory: copy into it.
                Shape::Mem(_) => self.store_value(b, r, 0, src, shape),
                _ => b.move_value(r, src, shape),
            },
            Place::Global(off) => match shape {
                Shape::Mem(_) => {
                    let mark = b.mark();
                    let a = b.alloc_value(Shape::Pointer);
                    b.emit(Instr::LoadGlobal { dst: a, g: off });
                    self.store_value(b, a, 0, src, shape);
                    b.release(mark);
                }
                _ => self.store_global(b, off, src, shape),
            },
            Place::Mem { addr, off } => {
                if matches!(shape, Shape::Other) {
                    return unsupported(pos, "storing this type");
                }
                self.store_value(b, addr, i64::from(off), src, shape)
            }
            Place::Index { base, idx, size: 8 } => {
                b.emit(Instr::StoreIdx64 { base, i: idx, src });
            }
            Place::Index { base, idx, .. } => {
                b.emit(Instr::StoreIdx8 { base, i: idx, src });
            }
        }
        Ok(())
    }

    /// Reads the value at `place` into `dst…` (structs and arrays by reference).
    pub fn load_place(&mut self, b: &mut FnBuilder, place: Place, dst: Reg, shape: Shape) {
        match place {
            Place::Blank => {}
            Place::Reg(r) => b.move_value(dst, r, shape),
            Place::Global(off) => {
                for k in 0..shape.words() {
                    b.emit(Instr::LoadGlobal { dst: Reg(dst.0 + k), g: off + u32::from(k) });
                }
            }
            Place::Mem { addr, off } => self.load_value(b, dst, addr, i64::from(off), shape),
            Place::Index { base, idx, size: 8 } => {
                b.emit(Instr::LoadIdx64 { dst, base, i: idx });
            }
            Place::Index { base, idx, .. } => {
                b.emit(Instr::LoadIdx8U { dst, base, i: idx });
                if let Shape::Int(8) = shape {
                    b.emit(Instr::SextN { dst, a: dst, bits: 8 });
                }
            }
        }
    }
}
