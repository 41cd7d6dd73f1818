//! Maps: making, indexing, assigning, deleting, ranging. A map value is the address of
//! its header in the heap (nil is 0); the instructions take their operands as runs of
//! registers: the map, the key's words, the value's words.

use crate::func::FnBuilder;
use crate::layout::Shape;
use crate::{CResult, Compiler};
use gorun_bytecode::{Instr, Reg};
use gorun_syntax::ast::{CompositeLit, Expr, ExprKind};
use gorun_types::types::{Type, TypeId};

impl<'a> Compiler<'a> {
    /// The key and value types of map type `t`.
    pub fn map_types(&self, t: TypeId) -> Option<(TypeId, TypeId)> {
        let types = &self.checked.program.types;
        match types.get(types.underlying(t)) {
            Type::Map(k, v) => Some((*k, *v)),
            _ => None,
        }
    }

    /// `make(map[K]V, hint)` into `dst`.
    pub fn map_make(&mut self, b: &mut FnBuilder, t: TypeId, hint: Option<&Expr>, dst: Reg) -> CResult<()> {
        match hint {
            Some(h) => self.expr_into(b, h, dst)?,
            None => {
                b.emit(Instr::LoadImm { dst, imm: 0 });
            }
        }
        let typ = self.type_desc(t);
        b.emit(Instr::MapMake { dst, typ });
        Ok(())
    }

    /// A map composite literal into `dst`.
    pub fn map_literal(&mut self, b: &mut FnBuilder, lit: &CompositeLit, t: TypeId, dst: Reg) -> CResult<()> {
        let mark = b.mark();
        let n = lit.elts.len() as i64;
        self.load_int(b, dst, n);
        let typ = self.type_desc(t);
        b.emit(Instr::MapMake { dst, typ });
        let (kt, vt) = self.map_types(t).expect("a map type");
        for elt in &lit.elts {
            let ExprKind::KeyValue(k, v) = &elt.kind else { continue };
            let m = b.mark();
            let args = self.map_args(b, dst, kt, Some(vt));
            self.expr_to(b, k, kt, Reg(args.0 + 1))?;
            let kw = self.shape(kt, k.span.lo)?.words();
            self.expr_to(b, v, vt, Reg(args.0 + 1 + kw))?;
            b.emit(Instr::MapAssign { args, typ });
            b.release(m);
        }
        b.release(mark);
        Ok(())
    }

    /// A register run for a map instruction: the map (copied from `m`), then room for a
    /// key and (if given) a value, and for a result value and flag.
    fn map_args(&mut self, b: &mut FnBuilder, m: Reg, kt: TypeId, vt: Option<TypeId>) -> Reg {
        let types = &self.checked.program.types;
        let ks = Shape::of(types, kt);
        let vs = vt.map(|v| Shape::of(types, v));
        let vw = vs.map_or(0, |s| s.words());
        let n = (1 + ks.words() + vw).max(vw + 1);
        let args = b.alloc(n);
        b.func.set_pointer_reg(args.0);
        b.mark_pointers(Reg(args.0 + 1), ks);
        if let Some(vs) = vs {
            b.mark_pointers(Reg(args.0 + 1 + ks.words()), vs);
            b.mark_pointers(args, vs);
        }
        b.emit(Instr::Move { dst: args, src: m });
        args
    }

    /// `m[k]` into `dst…` (and the presence flag after the value when `comma_ok`).
    pub fn map_index(&mut self, b: &mut FnBuilder, mx: &Expr, key: &Expr, dst: Reg, comma_ok: bool) -> CResult<()> {
        let t = self.type_of(mx);
        let (kt, vt) = self.map_types(t).expect("a map");
        let mark = b.mark();
        let m = self.expr_reg(b, mx)?;
        let args = self.map_args(b, m, kt, Some(vt));
        self.expr_to(b, key, kt, Reg(args.0 + 1))?;
        let typ = self.type_desc(t);
        b.emit(Instr::MapIndex { args, typ });
        let vs = self.shape(vt, mx.span.lo)?;
        let n = vs.words() + u16::from(comma_ok);
        if n == 1 {
            b.emit(Instr::Move { dst, src: args });
        } else {
            b.emit(Instr::MoveN { dst, src: args, n });
        }
        b.release(mark);
        Ok(())
    }

    /// `m[k] = v` with the value already in `src…`.
    pub fn map_store(&mut self, b: &mut FnBuilder, mx: &Expr, key: &Expr, src: Reg) -> CResult<()> {
        let t = self.type_of(mx);
        let (kt, vt) = self.map_types(t).expect("a map");
        let mark = b.mark();
        let m = self.expr_reg(b, mx)?;
        let args = self.map_args(b, m, kt, Some(vt));
        self.expr_to(b, key, kt, Reg(args.0 + 1))?;
        let kw = self.shape(kt, key.span.lo)?.words();
        let vs = self.shape(vt, key.span.lo)?;
        b.move_value(Reg(args.0 + 1 + kw), src, vs);
        let typ = self.type_desc(t);
        b.emit(Instr::MapAssign { args, typ });
        b.release(mark);
        Ok(())
    }

    /// `delete(m, k)`.
    pub fn map_delete(&mut self, b: &mut FnBuilder, mx: &Expr, key: &Expr) -> CResult<()> {
        let t = self.type_of(mx);
        let (kt, _) = self.map_types(t).expect("a map");
        let mark = b.mark();
        let m = self.expr_reg(b, mx)?;
        let args = self.map_args(b, m, kt, None);
        self.expr_to(b, key, kt, Reg(args.0 + 1))?;
        let typ = self.type_desc(t);
        b.emit(Instr::MapDelete { args, typ });
        b.release(mark);
        Ok(())
    }

    /// The map operand of an index expression `m[k]`, if `e` is one.
    pub fn as_map_index<'e>(&self, e: &'e Expr) -> Option<(&'e Expr, &'e Expr)> {
        match &e.kind {
            ExprKind::Paren(x) => self.as_map_index(x),
            ExprKind::Index(ie) if ie.indices.len() == 1 && self.map_types(self.type_of(&ie.x)).is_some() => {
                Some((&ie.x, &ie.indices[0]))
            }
            _ => None,
        }
    }
}
