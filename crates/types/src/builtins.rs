//! Calls of the predeclared functions: `len cap append copy delete make new panic recover
//! print println min max clear close complex real imag`.
//!
//! Arguments are evaluated first (all of them, so each counts as used even when the call
//! is wrong), except for `make` and `new`, whose first argument is a type. Then the count
//! is checked, then each builtin's rules, with gc's messages. Constant results (`len` of a
//! constant string or of an array without calls or receives, `min`/`max`, `complex`,
//! `real`, `imag` of constants) are folded.

use crate::check::Checker;
use crate::constant::{ConstValue, NumKind};
use crate::info::Mode;
use crate::object::Builtin;
use crate::operand::Operand;
use crate::operators::INVALID_OP;
use crate::types::*;
use gorun_syntax::ast::{CallExpr, Expr, ExprKind};

const INVALID_ARG: &str = "invalid argument: ";

impl Builtin {
    /// The number of arguments, and whether more may follow.
    fn arity(self) -> (usize, bool) {
        match self {
            Builtin::Append | Builtin::Max | Builtin::Min | Builtin::Make => (1, true),
            Builtin::Print | Builtin::Println => (0, true),
            Builtin::Cap
            | Builtin::Len
            | Builtin::Clear
            | Builtin::Close
            | Builtin::Imag
            | Builtin::Real
            | Builtin::New
            | Builtin::Panic => (1, false),
            Builtin::Complex | Builtin::Copy | Builtin::Delete => (2, false),
            Builtin::Recover => (0, false),
            Builtin::UnsafeAlignof
            | Builtin::UnsafeOffsetof
            | Builtin::UnsafeSizeof
            | Builtin::UnsafeSliceData
            | Builtin::UnsafeStringData => (1, false),
            Builtin::UnsafeAdd | Builtin::UnsafeSlice | Builtin::UnsafeString => (2, false),
        }
    }
}

impl<'a> Checker<'a> {
    pub(crate) fn builtin(&mut self, e: &'a Expr, c: &'a CallExpr, b: Builtin) -> Operand<'a> {
        let saved_call_or_recv = self.has_call_or_recv;
        self.has_call_or_recv = false;
        let x = self.builtin_call(e, c, b);
        let had_call = self.has_call_or_recv;
        self.has_call_or_recv = saved_call_or_recv || had_call || (!x.is_invalid() && !x.is_constant());
        x
    }

    fn builtin_call(&mut self, e: &'a Expr, c: &'a CallExpr, b: Builtin) -> Operand<'a> {
        if c.ellipsis.is_some() && b != Builtin::Append {
            self.error(e.span.lo, format!("{INVALID_OP}invalid use of ... with built-in {}", b.qualified_name()));
            for a in &c.args {
                self.expr_or_type(a, None);
            }
            return Operand::invalid(e);
        }
        let mut args: Vec<Operand<'a>> = Vec::new();
        let n = if matches!(b, Builtin::Make | Builtin::New | Builtin::UnsafeOffsetof) {
            c.args.len()
        } else {
            args = self.expr_list(&c.args);
            if args.iter().any(Operand::is_invalid) {
                return Operand::invalid(e);
            }
            args.len()
        };
        let (want, variadic) = b.arity();
        if n < want || (!variadic && n > want) {
            let msg = if n < want { "not enough" } else { "too many" };
            let call = self.expr_string(e);
            self.error(e.span.lo, format!("{INVALID_OP}{msg} arguments for {call} (expected {want}, found {n})"));
            return Operand::invalid(e);
        }
        let no_value = |e: &'a Expr| Operand::new(Mode::NoValue, INVALID, ConstValue::Unknown, Some(e));
        match b {
            Builtin::Append => self.builtin_append(e, c, args),
            Builtin::Len | Builtin::Cap => self.builtin_len_cap(e, b, args.swap_remove(0)),
            Builtin::Clear => {
                let x = &args[0];
                let ok = self.prog.types.under_is(x.typ, |u| {
                    u.is_some_and(|u| matches!(self.prog.types.get(u), Type::Map(..) | Type::Slice(_)))
                });
                if !ok {
                    let d = self.describe(x);
                    self.error(
                        self.at(x),
                        format!("{INVALID_ARG}cannot clear {d}: argument must be (or constrained by) map or slice"),
                    );
                    return Operand::invalid(e);
                }
                no_value(e)
            }
            Builtin::Close => {
                let x = &args[0];
                let types = &self.prog.types;
                let mut problem = None;
                types.under_is(x.typ, |u| {
                    problem = match u.map(|u| types.get(u)) {
                        Some(Type::Chan(ChanDir::Recv, _)) => Some("cannot close receive-only channel"),
                        Some(Type::Chan(..)) => None,
                        _ => Some("cannot close non-channel"),
                    };
                    problem.is_none()
                });
                if let Some(p) = problem {
                    let d = self.describe(x);
                    self.error(self.at(x), format!("{INVALID_OP}{p} {d}"));
                    return Operand::invalid(e);
                }
                no_value(e)
            }
            Builtin::Complex => self.builtin_complex(e, args),
            Builtin::Copy => self.builtin_copy(e, args),
            Builtin::Delete => {
                let x = &args[0];
                let types = &self.prog.types;
                let mut key: Option<TypeId> = None;
                let mut problem = None;
                types.under_is(x.typ, |u| match u.map(|u| types.get(u)) {
                    Some(Type::Map(k, _)) => {
                        if key.is_some_and(|prev| !types.identical(prev, *k)) {
                            problem = Some("maps of {} must have identical key types");
                            return false;
                        }
                        key = Some(*k);
                        true
                    }
                    _ => {
                        problem = Some("{} is not a map");
                        false
                    }
                });
                if let Some(p) = problem {
                    let d = self.describe(x);
                    self.error(self.at(x), format!("{INVALID_ARG}{}", p.replace("{}", &d)));
                    return Operand::invalid(e);
                }
                let mut k = args.swap_remove(1);
                self.assignment(&mut k, key.unwrap_or(INVALID), "argument to delete");
                if k.is_invalid() {
                    return Operand::invalid(e);
                }
                no_value(e)
            }
            Builtin::Real | Builtin::Imag => self.builtin_real_imag(e, b, args.swap_remove(0)),
            Builtin::Make => self.builtin_make(e, c),
            Builtin::New => self.builtin_new(e, c),
            Builtin::Panic => {
                let mut x = args.swap_remove(0);
                let any = self.prog.universe.empty_interface;
                self.assignment(&mut x, any, "argument to panic");
                if x.is_invalid() {
                    return Operand::invalid(e);
                }
                no_value(e)
            }
            Builtin::Print | Builtin::Println => {
                let context = format!("argument to built-in {}", b.name());
                for mut a in args {
                    self.assign_to(&mut a, None, &context);
                    if a.is_invalid() {
                        return Operand::invalid(e);
                    }
                }
                no_value(e)
            }
            Builtin::Recover => Operand::value(self.prog.universe.empty_interface, e),
            Builtin::Max | Builtin::Min => self.builtin_min_max(e, b, args),
            Builtin::UnsafeAdd
            | Builtin::UnsafeAlignof
            | Builtin::UnsafeOffsetof
            | Builtin::UnsafeSizeof
            | Builtin::UnsafeSlice
            | Builtin::UnsafeSliceData
            | Builtin::UnsafeString
            | Builtin::UnsafeStringData => self.builtin_unsafe(e, c, b, args),
        }
    }

    /// The functions of package unsafe.
    fn builtin_unsafe(&mut self, e: &'a Expr, c: &'a CallExpr, b: Builtin, mut args: Vec<Operand<'a>>) -> Operand<'a> {
        let uintptr_result = |this: &mut Self, t: TypeId, v: i64, e: &'a Expr, x: &Operand<'a>| {
            if this.prog.types.has_var_size(t) {
                return Operand::value(UINTPTR, e);
            }
            if this.prog.types.contains_itself(t) {
                return Operand::invalid(e);
            }
            if v < 0 {
                let d = this.describe(x);
                this.error(this.at(x), format!("{d} is too large"));
                return Operand::invalid(e);
            }
            Operand::constant(UINTPTR, ConstValue::int(v), e)
        };
        match b {
            Builtin::UnsafeSizeof | Builtin::UnsafeAlignof => {
                let mut x = args.swap_remove(0);
                let context = format!("argument to {}", b.qualified_name());
                self.assign_to(&mut x, None, &context);
                if x.is_invalid() {
                    return Operand::invalid(e);
                }
                let v = if b == Builtin::UnsafeSizeof {
                    self.prog.types.sizeof(x.typ)
                } else {
                    self.prog.types.alignof(x.typ)
                };
                uintptr_result(self, x.typ, v, e, &x)
            }
            Builtin::UnsafeOffsetof => {
                let arg = &c.args[0];
                let ExprKind::Selector(base, sel) = &crate::expr::strip_parens(arg).kind else {
                    let s = self.expr_string(arg);
                    self.error(arg.span.lo, format!("{INVALID_ARG}{s} is not a selector expression"));
                    self.use_exprs(std::slice::from_ref(arg), false);
                    return Operand::invalid(e);
                };
                let x = self.expr(base, None);
                if x.is_invalid() {
                    return Operand::invalid(e);
                }
                let types = &self.prog.types;
                let struct_base = match types.get(types.underlying(x.typ)) {
                    Type::Pointer(p) if types.struct_type(types.underlying(*p)).is_some() => *p,
                    _ => x.typ,
                };
                let name = self.name(sel.name);
                let found = match self.lookup(struct_base, sel.name, self.pkg) {
                    crate::lookup::Lookup::Found(f) => f,
                    _ => {
                        let bs = self.type_string(struct_base);
                        self.error(self.at(&x), format!("{INVALID_ARG}{bs} has no single field {name}"));
                        return Operand::invalid(e);
                    }
                };
                if found.is_method {
                    let s = self.expr_string(arg);
                    self.error(arg.span.lo, format!("{INVALID_ARG}{s} is a method value"));
                    return Operand::invalid(e);
                }
                if found.indirect {
                    let bs = self.type_string(struct_base);
                    self.error(self.at(&x), format!("{INVALID_ARG}field {name} is embedded via a pointer in {bs}"));
                    return Operand::invalid(e);
                }
                // The selector is a field selection like any other.
                let sel_expr = crate::expr::strip_parens(arg);
                let selection = crate::info::Selection {
                    kind: crate::info::SelectionKind::Field,
                    obj: found.obj,
                    path: found.path.clone(),
                    indirect: false,
                };
                self.prog.info.selections.insert(sel_expr.id, selection);
                self.prog.info.uses.insert(sel_expr.id, found.obj);
                let mode = if x.mode == Mode::Variable { Mode::Variable } else { Mode::Value };
                for s in [sel_expr, arg] {
                    self.record(&Operand::new(mode, found.typ, ConstValue::Unknown, Some(s)));
                }
                // The offset: the sum of the offsets along the path through embedded fields.
                let mut offset = 0i64;
                let mut t = struct_base;
                for &i in &found.path {
                    let offsets = self.prog.types.offsets(t);
                    let o = offsets.get(i).copied().unwrap_or(-1);
                    offset = if o < 0 || offset < 0 { -1 } else { offset + o };
                    t = self.prog.types.struct_type(self.prog.types.underlying(t)).map_or(INVALID, |s| s.fields[i].typ);
                }
                uintptr_result(self, struct_base, offset, e, &x)
            }
            Builtin::UnsafeAdd => {
                let mut x = args.swap_remove(0);
                self.assignment(&mut x, UNSAFE_POINTER, "argument to unsafe.Add");
                let mut y = args.pop().expect("two arguments");
                if x.is_invalid() || !self.valid_index(&mut y, "length", true) {
                    return Operand::invalid(e);
                }
                Operand::value(UNSAFE_POINTER, e)
            }
            Builtin::UnsafeSlice => {
                let mut y = args.pop().expect("two arguments");
                let x = args.pop().expect("two arguments");
                let elem = match self.common_under(x.typ, |_, _, _| Ok(())).ok().map(|u| self.prog.types.get(u).clone())
                {
                    Some(Type::Pointer(elem)) => elem,
                    _ => {
                        let d = self.describe(&x);
                        self.error(self.at(&x), format!("{INVALID_ARG}{d} is not a pointer"));
                        return Operand::invalid(e);
                    }
                };
                if !self.valid_index(&mut y, "length", false) {
                    return Operand::invalid(e);
                }
                let t = self.prog.types.slice(elem);
                Operand::value(t, e)
            }
            Builtin::UnsafeSliceData => {
                let x = args.swap_remove(0);
                let elem = match self.common_under(x.typ, |_, _, _| Ok(())).ok().map(|u| self.prog.types.get(u).clone())
                {
                    Some(Type::Slice(elem)) => elem,
                    _ => {
                        let d = self.describe(&x);
                        self.error(self.at(&x), format!("{INVALID_ARG}{d} is not a slice"));
                        return Operand::invalid(e);
                    }
                };
                let t = self.prog.types.pointer(elem);
                Operand::value(t, e)
            }
            Builtin::UnsafeString => {
                let mut y = args.pop().expect("two arguments");
                let mut x = args.pop().expect("two arguments");
                let byte_ptr = self.prog.types.pointer(BYTE);
                self.assignment(&mut x, byte_ptr, "argument to unsafe.String");
                if x.is_invalid() || !self.valid_index(&mut y, "length", false) {
                    return Operand::invalid(e);
                }
                Operand::value(STRING, e)
            }
            _ => {
                let mut x = args.swap_remove(0);
                self.assignment(&mut x, STRING, "argument to unsafe.StringData");
                if x.is_invalid() {
                    return Operand::invalid(e);
                }
                let t = self.prog.types.pointer(BYTE);
                Operand::value(t, e)
            }
        }
    }

    /// The operands of an argument list; a single call with several results spreads.
    fn expr_list(&mut self, list: &'a [Expr]) -> Vec<Operand<'a>> {
        if let [single] = list {
            let x = self.multi_expr(single);
            if let Type::Tuple(ts) = self.prog.types.get(x.typ).clone()
                && x.mode == Mode::Value
            {
                return ts.iter().map(|&t| Operand::value(t, single)).collect();
            }
            let mut x = x;
            self.single_value(&mut x);
            return vec![x];
        }
        list.iter().map(|a| self.expr(a, None)).collect()
    }

    /// The element type of a slice operand (for a type parameter: of all slices of its
    /// set); gc's cause if it is not a slice.
    fn slice_elem(&self, x: &Operand<'a>) -> Result<TypeId, String> {
        let types = &self.prog.types;
        let mut elem: Option<TypeId> = None;
        let mut err = None;
        types.under_is(x.typ, |u| match u.map(|u| types.get(u)) {
            Some(Type::Slice(e)) => {
                if let Some(prev) = elem.filter(|&p| !types.identical(p, *e)) {
                    let (a, b) = (self.type_string(prev), self.type_string(*e));
                    err = Some(format!("mismatched slice element types {a} and {b} in {}", self.describe(x)));
                    return false;
                }
                elem = Some(*e);
                true
            }
            _ => {
                err = Some(if x.is_nil() {
                    "argument must be a slice; have untyped nil".to_string()
                } else {
                    format!("argument must be a slice; have {}", self.describe(x))
                });
                false
            }
        });
        match err {
            Some(e) => Err(e),
            None => elem.ok_or_else(|| format!("argument must be a slice; have {}", self.describe(x))),
        }
    }

    /// Whether every type of `t`'s type set is `[]byte` or a string, with at least one
    /// string (the `append(b, s...)` and `copy(b, s)` special cases).
    fn bytes_or_string(&self, t: TypeId) -> bool {
        let types = &self.prog.types;
        let mut has_string = false;
        let ok = types.under_is(t, |u| match u.map(|u| types.get(u)) {
            Some(Type::Slice(e)) => types.identical(*e, BYTE),
            Some(Type::Basic(k)) if k.is_string() => {
                has_string = true;
                true
            }
            _ => false,
        });
        ok && has_string
    }

    fn builtin_append(&mut self, e: &'a Expr, c: &'a CallExpr, mut args: Vec<Operand<'a>>) -> Operand<'a> {
        let x = args[0].clone();
        let elem = match self.slice_elem(&x) {
            Ok(t) => t,
            Err(cause) => {
                self.error(self.at(&x), format!("invalid append: {cause}"));
                return Operand::invalid(e);
            }
        };
        let s = x.typ;
        let byte_slice = self.prog.types.slice(BYTE);
        // append([]byte, string...)
        if args.len() == 2
            && c.ellipsis.is_some()
            && self.assignable_to(&x, byte_slice).is_ok()
            && self.bytes_or_string(args[1].typ)
        {
            let mut y = args.swap_remove(1);
            if self.prog.types.is_untyped(y.typ) {
                self.convert_untyped(&mut y, STRING);
            }
            return Operand::value(s, e);
        }
        let slice_of_elem = self.prog.types.slice(elem);
        let context = "argument to append";
        if c.ellipsis.is_some() {
            // append(s, t...): exactly the slice and one slice of elements.
            if args.len() != 2 {
                let have: Vec<TypeId> = args.iter().map(|a| a.typ).collect();
                let (have, want) =
                    (self.types_summary(&have, false, true), self.types_summary(&[s, slice_of_elem], true, false));
                let (qualifier, at) = if args.len() > 2 {
                    ("too many", self.at(&args[2]))
                } else {
                    ("not enough", self.at(&args[args.len() - 1]))
                };
                self.error_with(
                    at,
                    format!("{qualifier} arguments in call to append"),
                    vec![format!("have {have}"), format!("want {want}")],
                );
                return Operand::invalid(e);
            }
            let mut y = args.swap_remove(1);
            self.assignment(&mut y, slice_of_elem, context);
        } else {
            for mut y in args.into_iter().skip(1) {
                self.assignment(&mut y, elem, context);
            }
        }
        Operand::value(s, e)
    }

    fn builtin_len_cap(&mut self, e: &'a Expr, b: Builtin, x: Operand<'a>) -> Operand<'a> {
        let types = &self.prog.types;
        let array_ptr_deref = |u: TypeId| match types.get(u) {
            Type::Pointer(p) if matches!(types.get(types.underlying(*p)), Type::Array(..)) => types.underlying(*p),
            _ => u,
        };
        let is_len = b == Builtin::Len;
        let mut result: Option<Operand<'a>> = None;
        let u = array_ptr_deref(types.underlying(x.typ));
        match types.get(u) {
            Type::Basic(k) if k.is_string() && is_len => {
                result = Some(match x.val.as_bytes() {
                    Some(s) if x.is_constant() => Operand::constant(INT, ConstValue::int(s.len() as i64), e),
                    _ => Operand::value(INT, e),
                });
            }
            Type::Array(n, _) => {
                // Constant unless the operand has calls or receives (then it is evaluated).
                result = Some(if self.has_call_or_recv {
                    Operand::value(INT, e)
                } else {
                    let v = n.map_or(ConstValue::Unknown, |n| ConstValue::int(n as i64));
                    Operand::constant(INT, v, e)
                });
            }
            Type::Slice(_) | Type::Chan(..) => result = Some(Operand::value(INT, e)),
            Type::Map(..) if is_len => result = Some(Operand::value(INT, e)),
            Type::Interface(_) if types.is_type_param(x.typ) => {
                let ok = types.under_is(x.typ, |u| {
                    u.is_some_and(|u| match types.get(array_ptr_deref(u)) {
                        Type::Basic(k) => k.is_string() && is_len,
                        Type::Array(..) | Type::Slice(_) | Type::Chan(..) => true,
                        Type::Map(..) => is_len,
                        _ => false,
                    })
                });
                if ok {
                    result = Some(Operand::value(INT, e));
                }
            }
            _ => {}
        }
        match result {
            Some(r) => r,
            None => {
                if types.underlying(x.typ) != INVALID {
                    let d = self.describe(&x);
                    self.error(self.at(&x), format!("{INVALID_ARG}{d} for built-in {}", b.name()));
                }
                Operand::invalid(e)
            }
        }
    }

    fn builtin_complex(&mut self, e: &'a Expr, mut args: Vec<Operand<'a>>) -> Operand<'a> {
        let mut y = args.pop().expect("two arguments");
        let mut x = args.pop().expect("two arguments");
        let types = &self.prog.types;
        match (types.is_untyped(x.typ), types.is_untyped(y.typ)) {
            (false, false) => {}
            (true, false) => self.convert_untyped(&mut x, y.typ),
            (false, true) => self.convert_untyped(&mut y, x.typ),
            (true, true) => {
                if x.is_constant() && y.is_constant() {
                    // Real-valued untyped numbers act as untyped floats.
                    for z in [&mut x, &mut y] {
                        let real = !matches!(z.val.to_kind(NumKind::Complex), ConstValue::Complex(_, ref im) if *im != num_rational::BigRational::from_integer(0.into()));
                        if self.all_numeric(z.typ) && real {
                            z.typ = UNTYPED_FLOAT;
                        }
                    }
                } else {
                    self.convert_untyped(&mut x, FLOAT64);
                    self.convert_untyped(&mut y, FLOAT64);
                }
            }
        }
        if x.is_invalid() || y.is_invalid() {
            return Operand::invalid(e);
        }
        if !self.prog.types.identical(x.typ, y.typ) {
            let (call, xs, ys) = (self.expr_string(e), self.type_string(x.typ), self.type_string(y.typ));
            self.error(self.at(&x), format!("{INVALID_OP}{call} (mismatched types {xs} and {ys})"));
            return Operand::invalid(e);
        }
        let to_complex = |k: BasicKind| match k {
            BasicKind::Float32 => Some(COMPLEX64),
            BasicKind::Float64 => Some(COMPLEX128),
            BasicKind::UntypedFloat => Some(UNTYPED_COMPLEX),
            _ => None,
        };
        let Some(result) = self.basic_type_func(x.typ, to_complex) else {
            let t = self.type_string(x.typ);
            self.error(self.at(&x), format!("{INVALID_ARG}arguments have type {t}, expected floating-point"));
            return Operand::invalid(e);
        };
        if x.is_constant() && y.is_constant() {
            let v = match (x.val.to_rat(), y.val.to_rat()) {
                (Some(re), Some(im)) => ConstValue::Complex(re, im),
                _ => ConstValue::Unknown,
            };
            return Operand::constant(result, v, e);
        }
        Operand::value(result, e)
    }

    /// The result type of `real`, `imag` or `complex` for an argument type: `f` of its basic
    /// kind (for a type parameter, every type of its set must have one: the result is
    /// then the first's, gc reports such calls as unsupported anyway).
    fn basic_type_func(&self, t: TypeId, f: impl Fn(BasicKind) -> Option<TypeId>) -> Option<TypeId> {
        let types = &self.prog.types;
        if types.is_type_param(t) {
            let terms = types.type_set(t).terms?;
            let results: Option<Vec<TypeId>> =
                terms.iter().map(|term| types.basic(types.underlying(term.typ)).and_then(&f)).collect();
            return results.and_then(|r| r.first().copied());
        }
        types.basic(types.underlying(t)).and_then(f)
    }

    fn builtin_real_imag(&mut self, e: &'a Expr, b: Builtin, mut x: Operand<'a>) -> Operand<'a> {
        if self.prog.types.is_untyped(x.typ) {
            if x.is_constant() {
                if self.all_numeric(x.typ) {
                    x.typ = UNTYPED_COMPLEX;
                }
            } else {
                self.convert_untyped(&mut x, COMPLEX128);
                if x.is_invalid() {
                    return Operand::invalid(e);
                }
            }
        }
        let to_float = |k: BasicKind| match k {
            BasicKind::Complex64 => Some(FLOAT32),
            BasicKind::Complex128 => Some(FLOAT64),
            BasicKind::UntypedComplex => Some(UNTYPED_FLOAT),
            _ => None,
        };
        let Some(result) = self.basic_type_func(x.typ, to_float) else {
            let t = self.type_string(x.typ);
            self.error(self.at(&x), format!("{INVALID_ARG}argument has type {t}, expected complex type"));
            return Operand::invalid(e);
        };
        if x.is_constant() {
            let v = match x.val.to_kind(NumKind::Complex) {
                ConstValue::Complex(re, im) => ConstValue::Float(if b == Builtin::Real { re } else { im }),
                _ => ConstValue::Unknown,
            };
            return Operand::constant(result, v, e);
        }
        Operand::value(result, e)
    }

    fn builtin_copy(&mut self, e: &'a Expr, args: Vec<Operand<'a>>) -> Operand<'a> {
        let (x, y) = (&args[0], &args[1]);
        let dst = match self.slice_elem(x) {
            Ok(t) => t,
            Err(cause) => {
                self.error(self.at(x), format!("invalid copy: {cause}"));
                return Operand::invalid(e);
            }
        };
        let byte_slice = self.prog.types.slice(BYTE);
        let special = self.assignable_to(x, byte_slice).is_ok() && self.bytes_or_string(y.typ);
        if !special {
            let src = match self.slice_elem(y) {
                Ok(t) => t,
                Err(_) if self.all_string(y.typ) => BYTE,
                Err(cause) => {
                    self.error(self.at(y), format!("invalid copy: {cause}"));
                    return Operand::invalid(e);
                }
            };
            if !self.prog.types.identical(dst, src) {
                let (dx, dy) = (self.describe(x), self.describe(y));
                let (ds, ss) = (self.type_string(dst), self.type_string(src));
                self.error(
                    self.at(x),
                    format!("invalid copy: arguments {dx} and {dy} have different element types {ds} and {ss}"),
                );
                return Operand::invalid(e);
            }
        }
        Operand::value(INT, e)
    }

    fn builtin_make(&mut self, e: &'a Expr, c: &'a CallExpr) -> Operand<'a> {
        let arg0 = &c.args[0];
        let t = self.var_type(arg0);
        if t == INVALID {
            for a in &c.args[1..] {
                self.expr(a, None);
            }
            return Operand::invalid(e);
        }
        let types = &self.prog.types;
        let mut kind: Option<&'static str> = None;
        let mut cause = None;
        types.under_is(t, |u| match u.map(|u| types.get(u)) {
            Some(Type::Slice(_)) | Some(Type::Map(..)) | Some(Type::Chan(..)) => {
                let k = match u.map(|u| types.get(u)) {
                    Some(Type::Slice(_)) => "slice",
                    _ => "map or chan",
                };
                if kind.is_some_and(|prev| prev != k) {
                    cause = Some("no specific type".to_string());
                    return false;
                }
                kind = Some(k);
                true
            }
            None => {
                cause = Some("no specific type".into());
                false
            }
            _ => {
                cause = Some("type must be slice, map, or channel".into());
                false
            }
        });
        if let Some(cause) = cause {
            let s = self.expr_string(arg0);
            self.error(arg0.span.lo, format!("{INVALID_ARG}cannot make {s}: {cause}"));
            for a in &c.args[1..] {
                self.expr(a, None);
            }
            return Operand::invalid(e);
        }
        let min = if kind == Some("slice") { 2 } else { 1 };
        let n = c.args.len();
        if n < min || n > min + 1 {
            let call = self.expr_string(e);
            self.error(e.span.lo, format!("{INVALID_OP}{call} expects {min} or {} arguments; found {n}", min + 1));
            for a in &c.args[1..] {
                self.expr(a, None);
            }
            return Operand::invalid(e);
        }
        let mut sizes = Vec::new();
        for a in &c.args[1..] {
            let mut x = self.expr(a, None);
            if self.valid_index(&mut x, "index", false) && x.is_constant() {
                sizes.push(x.val.to_i64());
            }
        }
        if let [Some(len), Some(cap)] = sizes[..]
            && len > cap
        {
            self.error(c.args[1].span.lo, format!("{INVALID_ARG}length and capacity swapped"));
        }
        Operand::value(t, e)
    }

    fn builtin_new(&mut self, e: &'a Expr, c: &'a CallExpr) -> Operand<'a> {
        let arg = &c.args[0];
        let mut x = self.expr_or_type(arg, None);
        if let Mode::Builtin(_) = x.mode {
            let s = self.expr_string(arg);
            self.error(arg.span.lo, format!("{s} (built-in) must be called"));
            return Operand::invalid(e);
        }
        let t = match x.mode {
            Mode::Invalid => return Operand::invalid(e),
            Mode::TypeExpr => {
                self.later(crate::later::Later::VarType(arg.span.lo, x.typ));
                x.typ
            }
            // Go 1.26: new(expr) allocates a variable initialized to expr.
            _ => {
                if self.prog.types.is_untyped(x.typ) {
                    self.assign_to(&mut x, None, "argument to new");
                    if x.is_invalid() {
                        return Operand::invalid(e);
                    }
                }
                x.typ
            }
        };
        let p = self.prog.types.pointer(t);
        Operand::value(p, e)
    }

    fn builtin_min_max(&mut self, e: &'a Expr, b: Builtin, args: Vec<Operand<'a>>) -> Operand<'a> {
        let mut x = args[0].clone();
        for (i, a) in args.iter().enumerate() {
            if !self.all_ordered(a.typ) {
                let d = self.describe(a);
                self.error(self.at(a), format!("{INVALID_ARG}{d} cannot be ordered"));
                return Operand::invalid(e);
            }
            if i == 0 {
                continue;
            }
            let mut a = a.clone();
            self.match_types(&mut x, &mut a);
            if x.is_invalid() {
                return Operand::invalid(e);
            }
            if !self.prog.types.identical(x.typ, a.typ) {
                let (xs, ys) = (self.type_string(x.typ), self.type_string(a.typ));
                let ae = a.expr.map(|x| self.expr_string(x)).unwrap_or_default();
                self.error(
                    self.at(&a),
                    format!("{INVALID_ARG}mismatched types {xs} (previous argument) and {ys} (type of {ae})"),
                );
                return Operand::invalid(e);
            }
            if x.is_constant() && a.is_constant() {
                let ord = crate::constant::compare(&a.val, &x.val);
                let better = match b {
                    Builtin::Max => ord == Some(std::cmp::Ordering::Greater),
                    _ => ord == Some(std::cmp::Ordering::Less),
                };
                if better {
                    x = a;
                }
            } else {
                x.mode = Mode::Value;
            }
        }
        if x.mode != Mode::Constant {
            x.mode = Mode::Value;
            // A value must not stay untyped.
            let any = self.prog.universe.empty_interface;
            let context = format!("argument to built-in {}", b.name());
            self.assignment(&mut x, any, &context);
            if x.is_invalid() {
                return Operand::invalid(e);
            }
        }
        // Every argument gets the result's type.
        for a in &args {
            self.update_untyped(a, x.typ);
        }
        let typ = x.typ;
        match x.mode {
            Mode::Constant => Operand::constant(typ, x.val, e),
            _ => Operand::value(typ, e),
        }
    }
}
