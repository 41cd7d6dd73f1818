//! Calls: function and method calls (with generic inference), conversions, builtins.

use crate::check::Checker;
use crate::constant::ConstValue;
use crate::info::Mode;
use crate::object::Builtin;
use crate::operand::Operand;
use crate::types::*;
use gorun_syntax::ast::{CallExpr, Expr, ExprKind};

const INVALID_ARG: &str = "invalid argument: ";
const INVALID_OP: &str = "invalid operation: ";

impl<'a> Checker<'a> {
    pub(crate) fn call(&mut self, e: &'a Expr, c: &'a CallExpr) -> Operand<'a> {
        let f = self.raw_expr_generic(&c.fun);
        match f.mode {
            Mode::Invalid => {
                for a in &c.args {
                    self.expr_or_type(a, None);
                }
                Operand::invalid(e)
            }
            Mode::TypeExpr => self.conversion_call(e, c, f.typ),
            Mode::Builtin(b) => self.builtin(e, c, b),
            _ => self.func_call(e, c, f),
        }
    }

    /// The function of a call: like `expr_or_type`, but a generic function may be named
    /// without instantiation (its type arguments are inferred from the arguments).
    fn raw_expr_generic(&mut self, fun: &'a Expr) -> Operand<'a> {
        self.allow_generic += 1;
        let x = self.raw_expr(fun, None);
        self.allow_generic -= 1;
        x
    }

    fn func_call(&mut self, e: &'a Expr, c: &'a CallExpr, f: Operand<'a>) -> Operand<'a> {
        let core = self.core_type(f.typ);
        let Some(sig) = self.prog.types.signature(core).cloned() else {
            let d = self.describe(&f);
            let t = self.type_string(f.typ);
            self.error(e.span.lo, format!("{INVALID_OP}cannot call {d}: {t} is not a function"));
            for a in &c.args {
                self.expr_or_type(a, None);
            }
            return Operand::invalid(e);
        };
        let fun_text = self.expr_string(&c.fun);
        // Arguments: one multi-value call spreads over the parameters.
        let mut args: Vec<Operand<'a>> = Vec::new();
        if c.args.len() == 1 && c.ellipsis.is_none() {
            let x = self.multi_expr(&c.args[0]);
            if let Type::Tuple(ts) = self.prog.types.get(x.typ) {
                if x.mode == Mode::Value {
                    for &t in ts.clone().iter() {
                        args.push(Operand { mode: Mode::Value, typ: t, val: ConstValue::Unknown, expr: Some(&c.args[0]) });
                    }
                }
            } else if x.mode == Mode::NoValue {
                let s = self.expr_string(&c.args[0]);
                self.error(c.args[0].span.lo, format!("{s} (no value) used as value"));
                return self.call_result(e, &sig);
            } else {
                args.push(x);
            }
        } else {
            for (i, a) in c.args.iter().enumerate() {
                let hint = sig.params.get(i).map(|p| p.typ).filter(|_| sig.tparams.is_empty());
                let mut x = self.raw_expr(a, hint);
                if let Type::Tuple(_) = self.prog.types.get(x.typ) {
                    if x.mode == Mode::Value {
                        let s = self.expr_string(a);
                        let t = self.type_string(x.typ);
                        self.error(a.span.lo, format!("multiple-value {s} (value of type {t}) in single-value context"));
                        x.mode = Mode::Invalid;
                    }
                }
                if x.mode == Mode::TypeExpr {
                    let s = self.expr_string(a);
                    self.error(a.span.lo, format!("{s} (type) is not an expression"));
                    x.mode = Mode::Invalid;
                } else if x.mode == Mode::NoValue {
                    let s = self.expr_string(a);
                    self.error(a.span.lo, format!("{s} (no value) used as value"));
                    x.mode = Mode::Invalid;
                } else if let Mode::Builtin(_) = x.mode {
                    let s = self.expr_string(a);
                    self.error(a.span.lo, format!("{s} (built-in) must be called"));
                    x.mode = Mode::Invalid;
                }
                args.push(x);
            }
        }
        // Generic functions: infer and substitute.
        let mut sig = sig;
        if !sig.tparams.is_empty() {
            match self.infer_call(e, c, &f, &sig, &mut args) {
                Some(s) => sig = s,
                None => return Operand::invalid(e),
            }
        }
        let dots = c.ellipsis.is_some();
        let n_params = sig.params.len();
        if dots {
            if !sig.variadic {
                self.error(e.span.lo, format!("cannot use ... in call to non-variadic {fun_text}"));
                return self.call_result(e, &sig);
            }
            if c.args.len() == 1 && args.len() > 1 {
                let s = self.expr_string(&c.args[0]);
                self.error(e.span.lo, format!("cannot use ... with {}-valued {s}", args.len()));
                return self.call_result(e, &sig);
            }
        }
        // The parameter types the arguments are assigned to.
        let arity_ok = if sig.variadic && !dots { args.len() >= n_params - 1 } else { args.len() == n_params };
        if !arity_ok {
            let too_many = args.len() > n_params;
            let qualifier = if too_many { "too many" } else { "not enough" };
            let at = if too_many {
                args.get(n_params).and_then(|a| a.expr).map_or(e.span.lo, |x| x.span.lo)
            } else {
                args.last().and_then(|a| a.expr).filter(|_| !c.args.is_empty()).map_or(e.span.lo, |x| x.span.lo)
            };
            let have: Vec<TypeId> = args.iter().map(|a| a.typ).collect();
            let want: Vec<TypeId> = sig.params.iter().map(|p| p.typ).collect();
            let have = self.types_summary(&have, false, dots);
            let want = self.types_summary(&want, sig.variadic, false);
            self.error_with(at, format!("{qualifier} arguments in call to {fun_text}"), vec![format!("have {have}"), format!("want {want}")]);
            return self.call_result(e, &sig);
        }
        let context = format!("argument to {fun_text}");
        for (i, mut x) in args.into_iter().enumerate() {
            let target = if sig.variadic && i + 1 >= n_params {
                let last = sig.params[n_params - 1].typ;
                if dots {
                    last
                } else {
                    match self.prog.types.get(self.prog.types.underlying(last)) {
                        Type::Slice(elem) => *elem,
                        _ => last,
                    }
                }
            } else {
                sig.params[i].typ
            };
            self.assignment(&mut x, target, &context);
        }
        self.call_result(e, &sig)
    }

    fn call_result(&mut self, e: &'a Expr, sig: &Signature) -> Operand<'a> {
        match sig.results.len() {
            0 => Operand { mode: Mode::NoValue, typ: INVALID, val: ConstValue::Unknown, expr: Some(e) },
            1 => Operand::value(sig.results[0].typ, e),
            _ => {
                let ts = sig.results.iter().map(|r| r.typ).collect();
                let t = self.prog.types.tuple(ts);
                Operand::value(t, e)
            }
        }
    }

    /// gc's `(int, string)` summary of argument or parameter types.
    pub(crate) fn types_summary(&self, list: &[TypeId], variadic: bool, dots: bool) -> String {
        let mut parts = Vec::new();
        for (i, &t) in list.iter().enumerate() {
            let mut s = if t == INVALID {
                "unknown type".to_string()
            } else if self.prog.types.is_untyped(t) {
                if self.prog.types.basic(t).is_some_and(|k| k.is_numeric()) {
                    "number".to_string()
                } else {
                    self.type_string(t).replace("untyped ", "")
                }
            } else {
                self.type_string(t)
            };
            if i + 1 == list.len() {
                if variadic {
                    if let Type::Slice(elem) = self.prog.types.get(t) {
                        s = self.type_string(*elem);
                    }
                    s = format!("...{s}");
                } else if dots {
                    s.push_str("...");
                }
            }
            parts.push(s);
        }
        format!("({})", parts.join(", "))
    }

    // ---- conversions ----

    // ---- builtins ----

    fn builtin(&mut self, e: &'a Expr, c: &'a CallExpr, b: Builtin) -> Operand<'a> {
        let call_text = self.expr_string(e);
        if c.ellipsis.is_some() && b != Builtin::Append {
            self.error(e.span.lo, format!("{INVALID_OP}invalid use of ... with built-in {}", b.name()));
            for a in &c.args {
                self.expr_or_type(a, None);
            }
            return Operand::invalid(e);
        }
        // Argument counts (variadic builtins have a minimum).
        let (min, variadic) = match b {
            Builtin::Append | Builtin::Max | Builtin::Min => (1, true),
            Builtin::Print | Builtin::Println => (0, true),
            Builtin::Make => (1, true),
            Builtin::Cap | Builtin::Len | Builtin::Clear | Builtin::Close | Builtin::Imag | Builtin::Real | Builtin::New | Builtin::Panic => (1, false),
            Builtin::Complex | Builtin::Copy | Builtin::Delete => (2, false),
            Builtin::Recover => (0, false),
        };
        let n = c.args.len();
        if n < min || (!variadic && n > min) {
            let msg = if n < min { "not enough" } else { "too many" };
            for a in &c.args {
                self.expr_or_type(a, None);
            }
            let at = if n > min { c.args[min].span.lo } else { c.rparen };
            self.error(at, format!("{INVALID_OP}{msg} arguments for {call_text} (expected {min}, found {n})"));
            return Operand::invalid(e);
        }
        match b {
            Builtin::Len | Builtin::Cap => {
                let x = self.expr(&c.args[0], None);
                if x.is_invalid() {
                    return Operand::invalid(e);
                }
                let types = &self.prog.types;
                let mut u = self.core_type(x.typ);
                if let Type::Pointer(p) = types.get(u) {
                    if matches!(types.get(types.underlying(*p)), Type::Array(..)) {
                        u = types.underlying(*p);
                    }
                }
                let ok = match types.get(u) {
                    Type::Basic(k) => k.is_string() && b == Builtin::Len,
                    Type::Array(..) | Type::Slice(_) | Type::Chan(..) => true,
                    Type::Map(..) => b == Builtin::Len,
                    _ => false,
                };
                if !ok {
                    let d = self.describe(&x);
                    self.error(x.expr.map_or(e.span.lo, |x| x.span.lo), format!("{INVALID_ARG}{d} for built-in {}", b.name()));
                    return Operand::invalid(e);
                }
                // Constant for strings constants and arrays without calls or receives.
                if let Type::Array(Some(n), _) = self.prog.types.get(u) {
                    if !contains_call_or_recv(&c.args[0]) {
                        return Operand::constant(INT, ConstValue::int(*n as i64), e);
                    }
                }
                if x.is_constant() {
                    if let Some(s) = x.val.as_bytes() {
                        return Operand::constant(INT, ConstValue::int(s.len() as i64), e);
                    }
                }
                Operand::value(INT, e)
            }
            Builtin::Append => self.builtin_append(e, c),
            Builtin::Clear => {
                let x = self.expr(&c.args[0], None);
                if x.is_invalid() {
                    return Operand::invalid(e);
                }
                let u = self.core_type(x.typ);
                if !matches!(self.prog.types.get(u), Type::Map(..) | Type::Slice(_)) {
                    let d = self.describe(&x);
                    self.error(self.at(&x), format!("{INVALID_ARG}cannot clear {d}: argument must be (or constrained by) map or slice"));
                    return Operand::invalid(e);
                }
                Operand { mode: Mode::NoValue, typ: INVALID, val: ConstValue::Unknown, expr: Some(e) }
            }
            Builtin::Close => {
                let x = self.expr(&c.args[0], None);
                if x.is_invalid() {
                    return Operand::invalid(e);
                }
                let u = self.core_type(x.typ);
                match self.prog.types.get(u) {
                    Type::Chan(ChanDir::Recv, _) => {
                        let d = self.describe(&x);
                        self.error(self.at(&x), format!("{INVALID_OP}cannot close receive-only channel {d}"));
                        return Operand::invalid(e);
                    }
                    Type::Chan(..) => {}
                    _ => {
                        let d = self.describe(&x);
                        self.error(self.at(&x), format!("{INVALID_OP}cannot close non-channel {d}"));
                        return Operand::invalid(e);
                    }
                }
                Operand { mode: Mode::NoValue, typ: INVALID, val: ConstValue::Unknown, expr: Some(e) }
            }
            Builtin::Copy => {
                let x = self.expr(&c.args[0], None);
                let y = self.expr(&c.args[1], None);
                if x.is_invalid() || y.is_invalid() {
                    return Operand::invalid(e);
                }
                let types = &self.prog.types;
                let dst = match types.get(self.core_type(x.typ)) {
                    Type::Slice(el) => Some(*el),
                    _ => None,
                };
                let src = match types.get(self.core_type(y.typ)) {
                    Type::Slice(el) => Some(*el),
                    Type::Basic(k) if k.is_string() => Some(BYTE),
                    _ => None,
                };
                match (dst, src) {
                    (None, _) => {
                        let d = self.describe(&x);
                        self.error(self.at(&x), format!("invalid copy: argument must be a slice; have {d}"));
                        Operand::invalid(e)
                    }
                    (_, None) => {
                        let d = self.describe(&y);
                        self.error(self.at(&y), format!("invalid copy: argument must be a slice; have {d}"));
                        Operand::invalid(e)
                    }
                    (Some(d), Some(s)) if !self.prog.types.identical(d, s) => {
                        let (dx, dy) = (self.describe(&x), self.describe(&y));
                        let (ds, ss) = (self.type_string(d), self.type_string(s));
                        self.error(self.at(&x), format!("invalid copy: arguments {dx} and {dy} have different element types {ds} and {ss}"));
                        Operand::invalid(e)
                    }
                    _ => Operand::value(INT, e),
                }
            }
            Builtin::Delete => {
                let x = self.expr(&c.args[0], None);
                if x.is_invalid() {
                    self.expr(&c.args[1], None);
                    return Operand::invalid(e);
                }
                let u = self.core_type(x.typ);
                let Type::Map(k, _) = self.prog.types.get(u).clone() else {
                    self.expr(&c.args[1], None);
                    let d = self.describe(&x);
                    self.error(self.at(&x), format!("{INVALID_ARG}{d} is not a map"));
                    return Operand::invalid(e);
                };
                let mut key = self.expr(&c.args[1], Some(k));
                self.assignment(&mut key, k, "argument to delete");
                Operand { mode: Mode::NoValue, typ: INVALID, val: ConstValue::Unknown, expr: Some(e) }
            }
            Builtin::Complex => {
                let mut x = self.expr(&c.args[0], None);
                let mut y = self.expr(&c.args[1], None);
                if x.is_invalid() || y.is_invalid() {
                    return Operand::invalid(e);
                }
                self.match_types(&mut x, &mut y);
                if x.is_invalid() || y.is_invalid() {
                    return Operand::invalid(e);
                }
                if !self.prog.types.identical(x.typ, y.typ) {
                    let (xs, ys) = (self.type_string(x.typ), self.type_string(y.typ));
                    self.error(self.at(&x), format!("{INVALID_OP}{call_text} (mismatched types {xs} and {ys})"));
                    return Operand::invalid(e);
                }
                let k = self.prog.types.basic(x.typ).unwrap_or(BasicKind::Invalid);
                let result = match k {
                    BasicKind::Float32 => COMPLEX64,
                    BasicKind::Float64 => COMPLEX128,
                    BasicKind::UntypedInt | BasicKind::UntypedRune | BasicKind::UntypedFloat => UNTYPED_COMPLEX,
                    _ => {
                        let t = self.type_string(x.typ);
                        self.error(self.at(&x), format!("{INVALID_ARG}arguments have type {t}, expected floating-point"));
                        return Operand::invalid(e);
                    }
                };
                if x.is_constant() && y.is_constant() {
                    if let (Some(re), Some(im)) = (x.val.to_rat(), y.val.to_rat()) {
                        return Operand::constant(result, ConstValue::Complex(re, im), e);
                    }
                }
                Operand::value(result, e)
            }
            Builtin::Real | Builtin::Imag => {
                let x = self.expr(&c.args[0], None);
                if x.is_invalid() {
                    return Operand::invalid(e);
                }
                let k = self.prog.types.basic(x.typ).unwrap_or(BasicKind::Invalid);
                let result = match k {
                    BasicKind::Complex64 => FLOAT32,
                    BasicKind::Complex128 => FLOAT64,
                    BasicKind::UntypedComplex | BasicKind::UntypedFloat | BasicKind::UntypedInt | BasicKind::UntypedRune => UNTYPED_FLOAT,
                    _ => {
                        let t = self.type_string(x.typ);
                        self.error(self.at(&x), format!("{INVALID_ARG}argument has type {t}, expected complex type"));
                        return Operand::invalid(e);
                    }
                };
                if x.is_constant() {
                    if let ConstValue::Complex(re, im) = x.val.to_kind(crate::constant::NumKind::Complex) {
                        let v = if b == Builtin::Real { re } else { im };
                        return Operand::constant(result, ConstValue::Float(v), e);
                    }
                }
                Operand::value(result, e)
            }
            Builtin::Make => {
                let t = self.type_expr(&c.args[0]);
                if t == INVALID {
                    for a in &c.args[1..] {
                        self.expr(a, None);
                    }
                    return Operand::invalid(e);
                }
                let u = self.core_type(t);
                let min = match self.prog.types.get(u) {
                    Type::Slice(_) => 2,
                    Type::Map(..) | Type::Chan(..) => 1,
                    _ => {
                        let s = self.expr_string(&c.args[0]);
                        let ts = self.type_string(t);
                        let _ = ts;
                        self.error(c.args[0].span.lo, format!("{INVALID_ARG}cannot make {s}: type must be slice, map, or channel"));
                        return Operand::invalid(e);
                    }
                };
                if n < min || n > min + 1 {
                    self.error(e.span.lo, format!("{INVALID_OP}{call_text} expects {min} or {} arguments; found {n}", min + 1));
                    return Operand::invalid(e);
                }
                let mut sizes = Vec::new();
                for a in &c.args[1..] {
                    sizes.push(self.size_arg(a));
                }
                if let [Some(len), Some(cap)] = sizes[..] {
                    if len > cap {
                        self.error(c.args[1].span.lo, format!("{INVALID_ARG}length and capacity swapped"));
                    }
                }
                Operand::value(t, e)
            }
            Builtin::New => {
                let x = self.expr_or_type(&c.args[0], None);
                let t = match x.mode {
                    Mode::TypeExpr => x.typ,
                    Mode::Invalid => return Operand::invalid(e),
                    // Go 1.26: new(expr) allocates a variable initialized to expr.
                    _ => {
                        let mut x = x;
                        let t = self.var_type_from(&mut x, "argument to new");
                        if t == INVALID {
                            return Operand::invalid(e);
                        }
                        t
                    }
                };
                let p = self.prog.types.pointer(t);
                Operand::value(p, e)
            }
            Builtin::Panic => {
                let mut x = self.expr(&c.args[0], None);
                let any = self.prog.universe.any_type;
                self.assignment(&mut x, any, "argument to panic");
                Operand { mode: Mode::NoValue, typ: INVALID, val: ConstValue::Unknown, expr: Some(e) }
            }
            Builtin::Print | Builtin::Println => {
                for a in &c.args {
                    let mut x = self.expr(a, None);
                    if x.is_nil() {
                        self.error(a.span.lo, "use of untyped nil in argument to built-in print");
                        continue;
                    }
                    self.default_untyped(&mut x);
                }
                Operand { mode: Mode::NoValue, typ: INVALID, val: ConstValue::Unknown, expr: Some(e) }
            }
            Builtin::Recover => {
                let any = self.prog.universe.any_type;
                Operand::value(any, e)
            }
            Builtin::Max | Builtin::Min => self.builtin_min_max(e, c, b),
        }
    }

    /// A size argument of make: a non-negative integer (constant or not).
    fn size_arg(&mut self, a: &'a Expr) -> Option<i64> {
        let mut x = self.expr(a, None);
        if x.is_invalid() {
            return None;
        }
        if x.is_constant() && self.prog.types.is_untyped(x.typ) {
            match x.val.to_int() {
                Some(_) => self.convert_untyped(&mut x, INT),
                None => {
                    let d = self.describe(&x);
                    self.error(a.span.lo, format!("{d} truncated to int"));
                    return None;
                }
            }
            if x.is_invalid() {
                return None;
            }
        }
        if !self.all_integer(x.typ) {
            let d = self.describe(&x);
            self.error(a.span.lo, format!("cannot convert {d} to type int"));
            return None;
        }
        if x.is_constant() {
            let v = x.val.to_i64();
            if v.is_some_and(|v| v < 0) {
                let d = self.describe(&x);
                self.error(a.span.lo, format!("{INVALID_ARG}index {d} must not be negative"));
                return None;
            }
            return v;
        }
        None
    }

    fn builtin_append(&mut self, e: &'a Expr, c: &'a CallExpr) -> Operand<'a> {
        let x = self.expr(&c.args[0], None);
        if x.is_invalid() {
            for a in &c.args[1..] {
                self.expr(a, None);
            }
            return Operand::invalid(e);
        }
        let s = x.typ;
        let u = self.core_type(s);
        let elem = match self.prog.types.get(u) {
            Type::Slice(el) => *el,
            _ => {
                for a in &c.args[1..] {
                    self.expr(a, None);
                }
                let d = self.describe(&x);
                if x.is_nil() {
                    self.error(self.at(&x), format!("invalid append: argument must be a slice; have untyped nil"));
                } else {
                    self.error(self.at(&x), format!("invalid append: argument must be a slice; have {d}"));
                }
                return Operand::invalid(e);
            }
        };
        if c.ellipsis.is_some() {
            if c.args.len() != 2 {
                self.error(e.span.lo, "can only use ... with final argument in list".to_string());
                return Operand::invalid(e);
            }
            let mut y = self.expr(&c.args[1], None);
            if y.is_invalid() {
                return Operand::invalid(e);
            }
            // append(bytes, string...) is allowed.
            let is_byte_slice = self.prog.types.basic(elem).is_some_and(|k| k.canonical() == BasicKind::Uint8);
            if is_byte_slice && self.all_basic_string(y.typ) {
                if self.prog.types.is_untyped(y.typ) {
                    self.convert_untyped(&mut y, STRING);
                }
                return Operand::value(s, e);
            }
            let target = self.prog.types.slice(elem);
            self.assignment(&mut y, target, "argument to append");
            return Operand::value(s, e);
        }
        for a in &c.args[1..] {
            let mut y = self.expr(a, Some(elem));
            self.assignment(&mut y, elem, "argument to append");
        }
        Operand::value(s, e)
    }

    fn all_basic_string(&self, t: TypeId) -> bool {
        self.prog.types.basic(t).is_some_and(|k| k.is_string())
    }

    fn builtin_min_max(&mut self, e: &'a Expr, c: &'a CallExpr, b: Builtin) -> Operand<'a> {
        // Every argument is evaluated before any is judged, so all count as used.
        let ops: Vec<Operand<'a>> = c.args.iter().map(|a| self.expr(a, None)).collect();
        for (x, a) in ops.iter().zip(&c.args) {
            if x.is_invalid() {
                return Operand::invalid(e);
            }
            if !self.all_ordered(x.typ) {
                let d = self.describe(&x);
                self.error(a.span.lo, format!("{INVALID_ARG}{d} cannot be ordered"));
                return Operand::invalid(e);
            }
        }
        let mut ops = ops;
        // All operands must have one type (untyped ones convert).
        let mut first = ops[0].clone();
        for i in 1..ops.len() {
            let mut y = ops[i].clone();
            self.match_types(&mut first, &mut y);
            if first.is_invalid() || y.is_invalid() {
                return Operand::invalid(e);
            }
            if !self.prog.types.identical(first.typ, y.typ) {
                let (xs, ys) = (self.type_string(first.typ), self.type_string(y.typ));
                let ye = y.expr.map(|x| self.expr_string(x)).unwrap_or_default();
                self.error(self.at(&y), format!("{INVALID_ARG}mismatched types {xs} (previous argument) and {ys} (type of {ye})"));
                return Operand::invalid(e);
            }
            ops[i] = y;
        }
        let typ = first.typ;
        if ops.iter().all(|o| o.is_constant()) {
            let is_max = b == Builtin::Max;
            let mut best = ops[0].val.clone();
            for o in &ops[1..] {
                let ord = crate::constant::compare(&o.val, &best);
                let better = if is_max { ord == Some(std::cmp::Ordering::Greater) } else { ord == Some(std::cmp::Ordering::Less) };
                if better {
                    best = o.val.clone();
                }
            }
            return Operand::constant(typ, best, e);
        }
        // Untyped operands of a non-constant min/max take the result type.
        for o in &mut ops {
            if self.prog.types.is_untyped(o.typ) {
                let mut o2 = o.clone();
                self.convert_untyped(&mut o2, typ);
            }
        }
        Operand::value(typ, e)
    }
}

/// Whether an expression contains a (non-constant) function call or a receive, which makes
/// `len` of an array non-constant.
fn contains_call_or_recv(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Call(_) => true,
        ExprKind::Unary(gorun_syntax::ast::UnaryOp::Recv, _) => true,
        ExprKind::Paren(x) | ExprKind::Star(x) | ExprKind::Unary(_, x) => contains_call_or_recv(x),
        ExprKind::Selector(x, _) => contains_call_or_recv(x),
        ExprKind::Index(ix) => contains_call_or_recv(&ix.x) || ix.indices.iter().any(contains_call_or_recv),
        ExprKind::Binary(_, l, r) => contains_call_or_recv(l) || contains_call_or_recv(r),
        _ => false,
    }
}
