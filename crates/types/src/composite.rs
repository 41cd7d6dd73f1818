//! Composite literals, function literals, index and slice expressions, type assertions.

use crate::check::Checker;
use crate::constant::ConstValue;
use crate::info::Mode;
use crate::lookup::Lookup;
use crate::object::ObjId;
use crate::operand::Operand;
use crate::types::*;
use gorun_syntax::ast::{CompositeLit, Expr, ExprKind, FuncLit, IndexExpr, SliceExpr};

impl<'a> Checker<'a> {
    pub(crate) fn composite_lit(&mut self, e: &'a Expr, c: &'a CompositeLit, hint: Option<TypeId>) -> Operand<'a> {
        let typ = match &c.typ {
            Some(t) => {
                // [...]T: the length comes from the elements.
                if let ExprKind::ArrayType(Some(len), elem) = &t.kind
                    && matches!(len.kind, ExprKind::Ellipsis(None))
                {
                    let et = self.type_expr(elem);
                    if et == INVALID {
                        self.skip_elements(c);
                        return Operand::invalid(e);
                    }
                    let n = self.array_elements(c, et, None);
                    let at = self.prog.types.array(Some(n), et);
                    self.prog
                        .info
                        .record(t.id, crate::info::TypeAndValue { mode: Mode::TypeExpr, typ: at, value: None });
                    return Operand::value(at, e);
                }
                self.type_expr(t)
            }
            None => match hint {
                Some(h) => {
                    // An elided `&T{…}` element: the literal is a T, addressed.
                    let types = &self.prog.types;
                    match types.get(types.underlying(h)) {
                        Type::Pointer(base) => {
                            let base = *base;
                            let lit = self.literal_of(e, c, base);
                            if lit.is_invalid() {
                                return lit;
                            }
                            return Operand::value(h, e);
                        }
                        _ => h,
                    }
                }
                None => {
                    self.error(e.span.lo, "invalid composite literal type: missing type");
                    self.skip_elements(c);
                    return Operand::invalid(e);
                }
            },
        };
        if typ == INVALID {
            self.skip_elements(c);
            return Operand::invalid(e);
        }
        self.literal_of(e, c, typ)
    }

    fn skip_elements(&mut self, c: &'a CompositeLit) {
        for el in &c.elts {
            match &el.kind {
                ExprKind::KeyValue(k, v) => {
                    if !matches!(k.kind, ExprKind::Ident(_)) {
                        self.raw_expr(k, None);
                    }
                    self.raw_expr(v, None);
                }
                _ => {
                    self.raw_expr(el, None);
                }
            }
        }
    }

    fn literal_of(&mut self, e: &'a Expr, c: &'a CompositeLit, typ: TypeId) -> Operand<'a> {
        let u = self.core_type(typ);
        match self.prog.types.get(u).clone() {
            Type::Struct(s) => self.struct_lit(e, c, typ, u, &s),
            Type::Array(n, elem) => {
                self.array_elements(c, elem, n);
                Operand::value(typ, e)
            }
            Type::Slice(elem) => {
                self.array_elements(c, elem, None);
                Operand::value(typ, e)
            }
            Type::Map(k, v) => {
                self.map_elements(c, typ, k, v);
                Operand::value(typ, e)
            }
            // An invalid type was reported where it was declared.
            _ if u == INVALID && self.prog.types.underlying(typ) == INVALID => {
                self.skip_elements(c);
                Operand::invalid(e)
            }
            _ => {
                let t = self.type_string(typ);
                self.error(e.span.lo, format!("invalid composite literal type {t}"));
                self.skip_elements(c);
                Operand::invalid(e)
            }
        }
    }

    fn struct_lit(
        &mut self,
        e: &'a Expr,
        c: &'a CompositeLit,
        typ: TypeId,
        core: TypeId,
        s: &StructType,
    ) -> Operand<'a> {
        let ts = self.type_string(typ);
        if c.elts.is_empty() {
            return Operand::value(typ, e);
        }
        let keyed = matches!(c.elts[0].kind, ExprKind::KeyValue(..));
        if keyed {
            // Every element names a field, directly or (Go 1.27) promoted through embedded
            // fields; a field and a field enclosing it may not both be given.
            let mut visited: Vec<(Vec<usize>, ObjId)> = Vec::new();
            for el in &c.elts {
                let ExprKind::KeyValue(k, v) = &el.kind else {
                    self.error(el.span.lo, "mixture of field:value and value elements in struct literal");
                    self.raw_expr(el, None);
                    continue;
                };
                let mut x = self.expr(v, None);
                let ExprKind::Ident(name) = k.kind else {
                    let ks = self.expr_string(k);
                    self.error(el.span.lo, format!("invalid field name {ks} in struct literal"));
                    continue;
                };
                let found = match self.lookup(core, name, self.pkg) {
                    Lookup::Found(f) => f,
                    _ => {
                        let msg = self.lookup_error(typ, name, true);
                        self.error(k.span.lo, msg);
                        continue;
                    }
                };
                if found.is_method {
                    let ks = self.expr_string(k);
                    self.error(k.span.lo, format!("{ks} is not a field"));
                    continue;
                }
                if found.indirect {
                    let ks = self.expr_string(k);
                    self.error(k.span.lo, format!("invalid implicit pointer indirection to reach {ks}"));
                    continue;
                }
                self.prog.info.uses.insert(k.id, found.obj);
                self.prog.info.lit_fields.insert(k.id, found.path.clone());
                self.assignment(&mut x, found.typ, "struct literal");
                let overlap =
                    visited.iter().find(|(p, _)| p.starts_with(&found.path) || found.path.starts_with(p)).cloned();
                match overlap {
                    Some((p, alt)) => {
                        let (f, a) = (
                            self.name(self.prog.objects.get(found.obj).name),
                            self.name(self.prog.objects.get(alt).name),
                        );
                        let msg = if p.len() == found.path.len() {
                            format!("duplicate field name {f} in struct literal")
                        } else if p.len() < found.path.len() {
                            format!("cannot specify promoted field {f} and enclosing embedded field {a}")
                        } else {
                            format!("cannot specify embedded field {f} and enclosed promoted field {a}")
                        };
                        self.error(el.span.lo, msg);
                    }
                    None => visited.push((found.path, found.obj)),
                }
            }
        } else {
            for (i, el) in c.elts.iter().enumerate() {
                if let ExprKind::KeyValue(_, v) = &el.kind {
                    self.error(el.span.lo, "mixture of field:value and value elements in struct literal");
                    self.raw_expr(v, None);
                    continue;
                }
                let Some(f) = s.fields.get(i) else {
                    self.raw_expr(el, None);
                    if i == s.fields.len() {
                        self.error(el.span.lo, format!("too many values in struct literal of type {ts}"));
                    }
                    continue;
                };
                let ft = f.typ;
                let mut x = self.expr(el, Some(ft));
                if f.pkg.is_some() && f.pkg != Some(self.pkg) {
                    let n = self.name(f.name);
                    self.error(
                        el.span.lo,
                        format!("implicit assignment to unexported field {n} in struct literal of type {ts}"),
                    );
                    continue;
                }
                self.assignment(&mut x, ft, "struct literal");
            }
            if c.elts.len() < s.fields.len() && !c.elts.is_empty() {
                self.error(c.rbrace, format!("too few values in struct literal of type {ts}"));
            }
        }
        Operand::value(typ, e)
    }

    /// Checks the elements of an array or slice literal against the element type and the
    /// indices against the length `len` if known; returns the length the literal implies.
    fn array_elements(&mut self, c: &'a CompositeLit, elem: TypeId, len: Option<u64>) -> u64 {
        let mut index: u64 = 0;
        let mut max: u64 = 0;
        let mut seen = rustc_hash::FxHashSet::default();
        for el in &c.elts {
            let mut valid = false;
            let value = match &el.kind {
                ExprKind::KeyValue(k, v) => {
                    let mut x = self.expr(k, None);
                    if self.valid_index(&mut x, "index", false) {
                        match x.val.to_i64() {
                            Some(i) if x.is_constant() => match len {
                                Some(n) if i as u64 >= n => {
                                    self.error(
                                        self.at(&x),
                                        format!("invalid argument: index {} out of bounds [0:{n}]", x.val),
                                    );
                                }
                                _ => {
                                    index = i as u64;
                                    valid = true;
                                }
                            },
                            _ => {
                                let ks = self.expr_string(k);
                                self.error(el.span.lo, format!("index {ks} must be integer constant"));
                            }
                        }
                    }
                    &**v
                }
                _ => {
                    match len {
                        Some(n) if index >= n => {
                            self.error(el.span.lo, format!("index {index} is out of bounds (>= {n})"))
                        }
                        _ => valid = true,
                    }
                    el
                }
            };
            if valid && !seen.insert(index) {
                self.error(el.span.lo, format!("duplicate index {index} in array or slice literal"));
            }
            index += 1;
            max = max.max(index);
            let mut x = self.expr(value, Some(elem));
            self.assignment(&mut x, elem, "array or slice literal");
        }
        max
    }

    fn map_elements(&mut self, c: &'a CompositeLit, _typ: TypeId, key: TypeId, value: TypeId) {
        let mut seen: Vec<ConstValue> = Vec::new();
        for el in &c.elts {
            let ExprKind::KeyValue(k, v) = &el.kind else {
                self.error(el.span.lo, "missing key in map literal");
                self.raw_expr(el, None);
                continue;
            };
            let mut kx = self.expr(k, Some(key));
            self.assignment(&mut kx, key, "map literal");
            if kx.is_constant() && !self.prog.types.is_interface(key) {
                if seen.iter().any(|s| crate::constant::equal(s, &kx.val)) {
                    let ks = self.expr_string(k);
                    self.error(k.span.lo, format!("duplicate key {ks} in map literal"));
                } else {
                    seen.push(kx.val.clone());
                }
            }
            let mut vx = self.expr(v, Some(value));
            self.assignment(&mut vx, value, "map literal");
        }
    }

    pub(crate) fn func_lit(&mut self, e: &'a Expr, f: &'a FuncLit) -> Operand<'a> {
        let sig = self.signature(&f.typ, None);
        self.check_func_body(sig, &f.typ, &f.body, true);
        Operand::value(sig, e)
    }

    // ---- index, slice, assertion ----

    pub(crate) fn index_expr(&mut self, e: &'a Expr, ix: &'a IndexExpr, _hint: Option<TypeId>) -> Operand<'a> {
        self.allow_generic += 1;
        let x = self.expr_or_type(&ix.x, None);
        self.allow_generic -= 1;
        if x.is_invalid() {
            for i in &ix.indices {
                self.expr_or_type(i, None);
            }
            return Operand::invalid(e);
        }
        if x.mode == Mode::TypeExpr {
            let t = self.instantiated_type(e, ix);
            if t == INVALID {
                return Operand::invalid(e);
            }
            return Operand::new(Mode::TypeExpr, t, ConstValue::Unknown, Some(e));
        }
        if self.prog.types.signature(x.typ).is_some_and(|s| !s.tparams.is_empty()) {
            return self.instantiate_func_value(e, ix, x);
        }
        if ix.indices.len() != 1 {
            self.error(ix.indices[1].span.lo, "invalid operation: more than one index");
            return Operand::invalid(e);
        }
        let index = &ix.indices[0];
        let u = self.core_type(x.typ);
        let types = &self.prog.types;
        match types.get(u).clone() {
            Type::Basic(k) if k.is_string() => {
                let n = if x.is_constant() { x.val.as_bytes().map(|b| b.len() as u64) } else { None };
                let iv = self.index_value(index, n);
                if x.is_constant()
                    && let (Some(i), Some(b)) = (iv, x.val.as_bytes())
                    && let Some(&byte) = b.get(i as usize)
                {
                    return Operand::constant(BYTE, ConstValue::int(byte as i64), e);
                }
                Operand::value(BYTE, e)
            }
            Type::Array(n, elem) => {
                self.index_value(index, n);
                let mode = if x.mode == Mode::Variable { Mode::Variable } else { Mode::Value };
                Operand::new(mode, elem, ConstValue::Unknown, Some(e))
            }
            Type::Pointer(p) if matches!(self.prog.types.get(self.prog.types.underlying(p)), Type::Array(..)) => {
                let Type::Array(n, elem) = self.prog.types.get(self.prog.types.underlying(p)).clone() else {
                    unreachable!()
                };
                self.index_value(index, n);
                Operand::new(Mode::Variable, elem, ConstValue::Unknown, Some(e))
            }
            Type::Slice(elem) => {
                self.index_value(index, None);
                Operand::new(Mode::Variable, elem, ConstValue::Unknown, Some(e))
            }
            Type::Map(k, v) => {
                let mut kx = self.expr(index, Some(k));
                self.assignment(&mut kx, k, "map index");
                Operand::new(Mode::MapIndex, v, ConstValue::Unknown, Some(e))
            }
            _ => {
                self.expr(index, None);
                let d = self.describe(&x);
                let at = self.find_after(x.expr.map_or(e.span.lo, |x| x.span.hi), b'[');
                self.error(at, format!("cannot index {d}"));
                Operand::invalid(e)
            }
        }
    }

    /// Checks an index: an integer, non-negative, and below `len` if both are constant.
    /// The constant value, if valid and constant.
    pub(crate) fn index_value(&mut self, index: &'a Expr, len: Option<u64>) -> Option<u64> {
        let mut x = self.expr(index, None);
        if !self.valid_index(&mut x, "index", false) || !x.is_constant() {
            return None;
        }
        let i = x.val.to_i64()?;
        if let Some(n) = len
            && i as u64 >= n
        {
            self.error(self.at(&x), format!("invalid argument: index {} out of bounds [0:{n}]", x.val));
            return None;
        }
        Some(i as u64)
    }

    /// An index (or size) operand must be an integer; a constant one non-negative (unless
    /// `allow_negative`) and representable as an `int`. `what` names it in messages.
    pub(crate) fn valid_index(&mut self, x: &mut Operand<'a>, what: &str, allow_negative: bool) -> bool {
        if x.is_invalid() {
            return false;
        }
        self.convert_untyped(x, INT);
        if x.is_invalid() {
            return false;
        }
        if !self.all_integer(x.typ) {
            let d = self.describe(x);
            self.error(self.at(x), format!("invalid argument: {what} {d} must be integer"));
            return false;
        }
        if x.is_constant() {
            if !allow_negative && x.val.sign() < 0 {
                let d = self.describe(x);
                self.error(self.at(x), format!("invalid argument: {what} {d} must not be negative"));
                return false;
            }
            if x.val.to_i64().is_none() {
                let d = self.describe(x);
                self.error(self.at(x), format!("invalid argument: {what} {d} overflows int"));
                return false;
            }
        }
        true
    }

    pub(crate) fn slice_expr(&mut self, e: &'a Expr, s: &'a SliceExpr) -> Operand<'a> {
        let x = self.expr(&s.x, None);
        if x.is_invalid() {
            for i in [&s.low, &s.high, &s.max].into_iter().flatten() {
                self.expr(i, None);
            }
            return Operand::invalid(e);
        }
        let u = self.core_type(x.typ);
        let mut length: Option<u64> = None;
        let result = match self.prog.types.get(u).clone() {
            Type::Basic(k) if k.is_string() => {
                if s.slice3 {
                    let at = s.max.as_ref().map_or(e.span.lo, |m| m.span.lo);
                    self.error(at, "invalid operation: 3-index slice of string");
                    return Operand::invalid(e);
                }
                if x.is_constant() {
                    length = x.val.as_bytes().map(|b| b.len() as u64);
                }
                // Slicing an untyped string constant gives a string.
                if self.prog.types.is_untyped(x.typ) { STRING } else { x.typ }
            }
            Type::Array(n, elem) => {
                if x.mode != Mode::Variable {
                    let d = self.describe(&x);
                    self.error(e.span.lo, format!("invalid operation: {d} (slice of unaddressable value)"));
                    return Operand::invalid(e);
                }
                self.mark_address_taken(&s.x);
                length = n;
                self.prog.types.slice(elem)
            }
            Type::Pointer(p) if matches!(self.prog.types.get(self.prog.types.underlying(p)), Type::Array(..)) => {
                let Type::Array(n, elem) = self.prog.types.get(self.prog.types.underlying(p)).clone() else {
                    unreachable!()
                };
                length = n;
                self.prog.types.slice(elem)
            }
            Type::Slice(_) => x.typ,
            _ => {
                let d = self.describe(&x);
                self.error(e.span.lo, format!("cannot slice {d}"));
                return Operand::invalid(e);
            }
        };
        // Indices: constant ones must be in order and in range.
        let mut consts: Vec<(u64, &'a Expr)> = Vec::new();
        let cap = length.map(|n| n + 1);
        for i in [&s.low, &s.high, &s.max].into_iter().flatten() {
            if let Some(v) = self.index_value(i, cap) {
                consts.push((v, i));
            }
        }
        for w in consts.windows(2) {
            if w[0].0 > w[1].0 {
                self.error(w[1].1.span.lo, format!("invalid slice indices: {} < {}", w[1].0, w[0].0));
                break;
            }
        }
        Operand::value(result, e)
    }

    pub(crate) fn type_assert(&mut self, e: &'a Expr, x: &'a Expr, t: Option<&'a Expr>) -> Operand<'a> {
        let v = self.expr(x, None);
        let Some(t) = t else {
            self.error(e.span.lo, "invalid syntax tree: use of .(type) outside type switch");
            return Operand::invalid(e);
        };
        if v.is_invalid() {
            self.type_expr(t);
            return Operand::invalid(e);
        }
        if !self.prog.types.is_interface(v.typ) || self.prog.types.is_type_param(v.typ) {
            self.type_expr(t);
            let d = self.describe(&v);
            self.error(x.span.lo, format!("invalid operation: {d} is not an interface"));
            return Operand::invalid(e);
        }
        let target = self.type_expr(t);
        if target == INVALID {
            return Operand::invalid(e);
        }
        if let Err(cause) = self.assertable(v.typ, target) {
            let (s, ts, vs) = (self.expr_string(e), self.type_string(target), self.type_string(v.typ));
            self.error_with(
                e.span.lo,
                format!("impossible type assertion: {s}"),
                vec![format!("{ts} does not implement {vs} {cause}")],
            );
            return Operand::invalid(e);
        }
        Operand::new(Mode::CommaOk, target, ConstValue::Unknown, Some(e))
    }
}
