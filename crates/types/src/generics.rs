//! Generics: type sets and core types, instantiation and substitution, constraint
//! satisfaction, and type argument inference for calls.
//!
//! A type parameter's type set is read off its constraint: the terms of its embedded unions
//! (`~int | string`), or "all types" when it has none. An operation on a type parameter is
//! allowed if it is allowed on every type of the set; indexing, ranging, making and so on
//! use the *core type*, the one underlying type all terms share.
//!
//! Instantiating a generic type creates (once per distinct argument list) a `Named` whose
//! underlying type is the generic one's with parameters substituted; an instance made while
//! its generic type is still being declared (`type List[T any] struct{ next *List[T] }`)
//! gets its underlying type when the declaration completes. Inference unifies parameter
//! types with argument types, then uses core types of constraints (`S ~[]E` binds E from S).

use crate::check::Checker;
use crate::info::Mode;
use crate::operand::Operand;
use crate::types::*;
use gorun_syntax::ast::{CallExpr, Expr, IndexExpr};
use gorun_syntax::source::Pos;

/// How deep the expansion of instances of one generic type may nest.
const MAX_INSTANCE_NESTING: usize = 32;

impl<'a> Checker<'a> {
    /// The terms of a constraint's type set (empty if it has no specific types).
    pub(crate) fn constraint_terms(&self, iface: TypeId) -> Vec<Term> {
        self.prog.types.type_set(iface).terms.unwrap_or_default()
    }

    /// The underlying type shared by all types of `t`'s type set (just `t`'s underlying
    /// type if `t` is not a type parameter); each (type, underlying type) must pass `cond`
    /// first. Channels may differ in direction if they do not conflict. gc's cause if
    /// there is no such type.
    pub(crate) fn common_under(
        &self,
        t: TypeId,
        cond: impl Fn(&Self, TypeId, TypeId) -> Result<(), String>,
    ) -> Result<TypeId, String> {
        let types = &self.prog.types;
        if !types.is_type_param(t) {
            let u = types.underlying(t);
            cond(self, t, u)?;
            return Ok(u);
        }
        let Some(terms) = types.type_set(t).terms else { return Err("no specific type".into()) };
        let mut common: Option<(TypeId, TypeId)> = None;
        for term in terms {
            let u = types.underlying(term.typ);
            cond(self, term.typ, u)?;
            let Some((ct, cu)) = common else {
                common = Some((term.typ, u));
                continue;
            };
            if let (Type::Chan(d1, e1), Type::Chan(d2, e2)) = (types.get(cu), types.get(u)) {
                if !types.identical(*e1, *e2) {
                    return Err(format!(
                        "channels {} and {} have different element types",
                        self.type_string(ct),
                        self.type_string(term.typ)
                    ));
                }
                match (d1, d2) {
                    (a, b) if a == b => {}
                    (ChanDir::Both, _) => common = Some((term.typ, u)),
                    (_, ChanDir::Both) => {}
                    _ => {
                        return Err(format!(
                            "channels {} and {} have conflicting directions",
                            self.type_string(ct),
                            self.type_string(term.typ)
                        ));
                    }
                }
                continue;
            }
            if !types.identical(cu, u) {
                return Err(format!(
                    "{} and {} have different underlying types",
                    self.type_string(ct),
                    self.type_string(term.typ)
                ));
            }
        }
        common.map(|(_, u)| u).ok_or_else(|| "no specific type".into())
    }

    /// See `Types::core_type`.
    pub(crate) fn core_type(&self, t: TypeId) -> TypeId {
        self.prog.types.core_type(t)
    }

    pub(crate) fn is_generic_type(&self, t: TypeId) -> bool {
        self.prog.types.named(t).is_some_and(|n| !n.tparams.is_empty() && n.targs.is_empty())
    }

    /// A generic function used as a value without being called or instantiated.
    pub(crate) fn is_generic_func_value(&self, x: &Operand<'_>) -> bool {
        self.prog.types.signature(x.typ).is_some_and(|s| !s.tparams.is_empty())
    }

    /// `T[args]` in a type.
    pub(crate) fn instantiated_type(&mut self, e: &'a Expr, ix: &'a IndexExpr) -> TypeId {
        let base = self.generic_type_expr(&ix.x);
        let args: Vec<TypeId> = ix.indices.iter().map(|a| self.type_expr(a)).collect();
        if base == INVALID || args.contains(&INVALID) {
            return INVALID;
        }
        if !self.is_generic_type(base) {
            let s = self.expr_string(&ix.x);
            self.error(ix.x.span.lo, format!("{s} is not a generic type"));
            return INVALID;
        }
        let n_params = self.prog.types.named(base).map_or(0, |n| n.tparams.len());
        if args.len() != n_params {
            let qual = if args.len() < n_params { "not enough" } else { "too many" };
            let s = self.expr_string(&ix.x);
            self.error(e.span.lo, format!("{qual} type arguments for type {s}: have {}, want {n_params}", args.len()));
            return INVALID;
        }
        self.instantiate(base, &args, e.span.lo, true)
    }

    /// An instance of generic type `generic` with `args` (created once per argument list).
    pub(crate) fn instantiate(&mut self, generic: TypeId, args: &[TypeId], pos: Pos, check_bounds: bool) -> TypeId {
        let generic = self.prog.types.unalias(generic);
        let Some(n) = self.prog.types.named(generic).cloned() else { return INVALID };
        if check_bounds {
            for (&p, &a) in n.tparams.iter().zip(args) {
                let bound = match self.prog.types.get(p) {
                    Type::TypeParam(tp) => self.subst(tp.constraint, &n.tparams, args),
                    _ => INVALID,
                };
                if let Err(why) = self.satisfies(a, bound) {
                    self.error(pos, why);
                    return INVALID;
                }
            }
        }
        // Arguments identical to the parameters: the generic type itself (inside its
        // own declaration or methods).
        if let Some(&existing) = self.instances.iter().find_map(|(o, a, t)| {
            (*o == generic
                && a.len() == args.len()
                && a.iter().zip(args).all(|(x, y)| self.prog.types.identical(*x, *y)))
            .then_some(t)
        }) {
            return existing;
        }
        let inst = self.prog.types.add(Type::Named(Box::new(NamedType {
            obj: n.obj,
            underlying: INVALID,
            methods: n.methods.clone(),
            tparams: Vec::new(),
            origin: Some(generic),
            targs: args.to_vec(),
        })));
        self.instances.push((generic, args.to_vec(), inst));
        if n.underlying != INVALID {
            // Expanding an instance can require instances of the same type with other
            // arguments (`next *List[V, K]`); arguments that keep growing (`T[*P]` inside
            // `T[P]`) would never end.
            let nesting = self.expanding.iter().filter(|&&g| g == generic).count();
            if nesting >= MAX_INSTANCE_NESTING {
                if !self.reported_instance_cycle {
                    self.reported_instance_cycle = true;
                    // gc reports the cycle at the type parameter that grows.
                    let at = match n.tparams.first().map(|&p| self.prog.types.get(p)) {
                        Some(Type::TypeParam(tp)) => self.prog.objects.get(tp.obj).pos,
                        _ => self.prog.objects.get(n.obj).pos,
                    };
                    let name = self.name(self.prog.objects.get(n.obj).name);
                    let note = format!("{name} is instantiated with ever-growing type arguments");
                    self.error_with(at, "instantiation cycle:", vec![note]);
                }
                return INVALID;
            }
            self.expanding.push(generic);
            let u = self.subst(n.underlying, &n.tparams, args);
            self.expanding.pop();
            let u = self.prog.types.underlying(u);
            if let Some(nm) = self.prog.types.named_mut(inst) {
                nm.underlying = u;
            }
        }
        inst
    }

    /// Gives instances made before their generic type was complete their underlying type.
    pub(crate) fn complete_instances(&mut self) {
        for i in 0..self.instances.len() {
            let (origin, args, inst) = self.instances[i].clone();
            if self.prog.types.named(inst).is_some_and(|n| n.underlying != INVALID) {
                continue;
            }
            let Some(n) = self.prog.types.named(origin).cloned() else { continue };
            if n.underlying == INVALID {
                continue;
            }
            let u = self.subst(n.underlying, &n.tparams, &args);
            let u = self.prog.types.underlying(u);
            if let Some(nm) = self.prog.types.named_mut(inst) {
                nm.underlying = u;
                nm.methods = n.methods.clone();
            }
        }
    }

    /// `t` with type parameters `params` replaced by `args`.
    pub(crate) fn subst(&mut self, t: TypeId, params: &[TypeId], args: &[TypeId]) -> TypeId {
        self.subst_depth(t, params, args, 0)
    }

    fn subst_depth(&mut self, t: TypeId, params: &[TypeId], args: &[TypeId], depth: usize) -> TypeId {
        if params.is_empty() || depth > 64 {
            return t;
        }
        let ty = self.prog.types.get(t).clone();
        let d = depth + 1;
        match ty {
            Type::TypeParam(_) => match params.iter().position(|&p| p == t) {
                Some(i) => args.get(i).copied().unwrap_or(t),
                None => t,
            },
            Type::Basic(_) => t,
            Type::Pointer(e) => {
                let n = self.subst_depth(e, params, args, d);
                if n == e { t } else { self.prog.types.pointer(n) }
            }
            Type::Slice(e) => {
                let n = self.subst_depth(e, params, args, d);
                if n == e { t } else { self.prog.types.slice(n) }
            }
            Type::Array(len, e) => {
                let n = self.subst_depth(e, params, args, d);
                if n == e { t } else { self.prog.types.array(len, n) }
            }
            Type::Map(k, v) => {
                let (nk, nv) = (self.subst_depth(k, params, args, d), self.subst_depth(v, params, args, d));
                if nk == k && nv == v { t } else { self.prog.types.map(nk, nv) }
            }
            Type::Chan(dir, e) => {
                let n = self.subst_depth(e, params, args, d);
                if n == e { t } else { self.prog.types.chan(dir, n) }
            }
            Type::Tuple(ts) => {
                let n: Vec<TypeId> = ts.iter().map(|&x| self.subst_depth(x, params, args, d)).collect();
                if n == ts { t } else { self.prog.types.tuple(n) }
            }
            Type::Struct(s) => {
                let mut changed = false;
                let mut fields = s.fields.clone();
                for f in &mut fields {
                    let n = self.subst_depth(f.typ, params, args, d);
                    changed |= n != f.typ;
                    f.typ = n;
                }
                if changed { self.prog.types.add(Type::Struct(Box::new(StructType { fields }))) } else { t }
            }
            Type::Signature(s) => {
                let mut s = *s;
                let mut changed = false;
                for p in s.params.iter_mut().chain(s.results.iter_mut()) {
                    let n = self.subst_depth(p.typ, params, args, d);
                    changed |= n != p.typ;
                    p.typ = n;
                }
                if let Some(r) = &mut s.recv {
                    let n = self.subst_depth(r.typ, params, args, d);
                    changed |= n != r.typ;
                    r.typ = n;
                }
                if changed { self.prog.types.add(Type::Signature(Box::new(s))) } else { t }
            }
            Type::Interface(i) => {
                let mut i = *i;
                let mut changed = false;
                for m in &mut i.methods {
                    let n = self.subst_depth(m.sig, params, args, d);
                    changed |= n != m.sig;
                    m.sig = n;
                }
                for e in &mut i.embedded {
                    let n = self.subst_depth(*e, params, args, d);
                    changed |= n != *e;
                    *e = n;
                }
                if changed { self.prog.types.add(Type::Interface(Box::new(i))) } else { t }
            }
            Type::Union(terms) => {
                let n: Vec<Term> = terms
                    .iter()
                    .map(|term| Term { tilde: term.tilde, typ: self.subst_depth(term.typ, params, args, d) })
                    .collect();
                if n == terms { t } else { self.prog.types.add(Type::Union(n)) }
            }
            Type::Named(n) => {
                if n.targs.is_empty() {
                    return t;
                }
                let new_args: Vec<TypeId> = n.targs.iter().map(|&a| self.subst_depth(a, params, args, d)).collect();
                if new_args == n.targs {
                    return t;
                }
                match n.origin {
                    Some(origin) => self.instantiate(origin, &new_args, Pos(0), false),
                    None => t,
                }
            }
            Type::Alias(_, actual) => {
                let n = self.subst_depth(actual, params, args, d);
                if n == actual { t } else { n }
            }
        }
    }

    /// `F[T1, …]` as a value: a (partially) instantiated generic function.
    pub(crate) fn instantiate_func_value(&mut self, e: &'a Expr, ix: &'a IndexExpr, f: Operand<'a>) -> Operand<'a> {
        let Some(sig) = self.prog.types.signature(f.typ).cloned() else { return Operand::invalid(e) };
        let args: Vec<TypeId> = ix.indices.iter().map(|a| self.type_expr(a)).collect();
        if args.contains(&INVALID) {
            return Operand::invalid(e);
        }
        if args.len() > sig.tparams.len() {
            self.error(
                ix.indices[sig.tparams.len()].span.lo,
                format!("got {} type arguments but want {}", args.len(), sig.tparams.len()),
            );
            return Operand::invalid(e);
        }
        let params: Vec<TypeId> = sig.tparams[..args.len()].to_vec();
        let remaining: Vec<TypeId> = sig.tparams[args.len()..].to_vec();
        for (&p, &a) in params.iter().zip(&args) {
            let bound = match self.prog.types.get(p) {
                Type::TypeParam(tp) => tp.constraint,
                _ => INVALID,
            };
            let bound = self.subst(bound, &params, &args);
            // A constraint that mentions parameters still to be inferred (`S ~[]E` with
            // only S given) is checked once they are known.
            if self.mentions(bound, &remaining) {
                continue;
            }
            if let Err(why) = self.satisfies(a, bound) {
                self.error(ix.rbrack, why);
                return Operand::invalid(e);
            }
        }
        let mut args = args;
        if !remaining.is_empty() {
            // Partially instantiated: the constraints may determine the rest; if not, the
            // rest is inferred at the call, with these known.
            let mut bound: Vec<Option<TypeId>> = sig.tparams.iter().map(|_| None).collect();
            for (b, &a) in bound.iter_mut().zip(&args) {
                *b = Some(a);
            }
            self.infer_by_constraints(&sig.tparams, &mut bound);
            match bound.into_iter().collect::<Option<Vec<TypeId>>>() {
                Some(all) => args = all,
                None => {
                    self.partial_targs.insert(e.id, args);
                    return Operand::value(f.typ, e);
                }
            }
            let params = sig.tparams.clone();
            for (&p, &a) in params.iter().zip(&args) {
                let Type::TypeParam(tp) = self.prog.types.get(p) else { continue };
                let bound = self.subst(tp.constraint, &params, &args);
                if let Err(why) = self.satisfies(a, bound) {
                    self.error(ix.rbrack, why);
                    return Operand::invalid(e);
                }
            }
        }
        let params: Vec<TypeId> = sig.tparams.clone();
        let mut s = sig.clone();
        s.tparams = Vec::new();
        let generic = self.prog.types.add(Type::Signature(Box::new(s)));
        let t = self.subst(generic, &params, &args);
        Operand::value(t, e)
    }

    /// Constraint type inference: a type parameter whose constraint has a single term (a
    /// core type, `~[]E`, `*A`) is unified with what is known of it, or set from it,
    /// until nothing changes.
    fn infer_by_constraints(&mut self, tparams: &[TypeId], bound: &mut [Option<TypeId>]) {
        for _round in 0..=tparams.len() {
            let before: Vec<Option<TypeId>> = bound.to_vec();
            for k in 0..tparams.len() {
                let constraint = match self.prog.types.get(tparams[k]) {
                    Type::TypeParam(p) => p.constraint,
                    _ => continue,
                };
                let terms = self.constraint_terms(constraint);
                if terms.len() != 1 {
                    continue;
                }
                let core = terms[0].typ;
                match bound[k] {
                    Some(b) => {
                        let bu = if self.prog.types.is_type_param(b) {
                            self.core_type(b)
                        } else if terms[0].tilde {
                            self.prog.types.underlying(b)
                        } else {
                            b
                        };
                        let _ = self.unify(core, bu, tparams, bound);
                    }
                    None => {
                        // A constraint like *A with A known determines the parameter.
                        let s = self.subst_bound(core, tparams, bound);
                        if !self.mentions(s, tparams) && !terms[0].tilde {
                            bound[k] = Some(s);
                        }
                    }
                }
            }
            if bound == &before[..] {
                break;
            }
        }
    }

    /// The instance of generic function value `x` that has function type `target`, its
    /// type arguments inferred from the target's parameter and result types.
    pub(crate) fn infer_from_target(&mut self, x: &Operand<'a>, target: TypeId) -> Option<TypeId> {
        let sig = self.prog.types.signature(x.typ)?.clone();
        let want = self.prog.types.signature(self.prog.types.underlying(target))?.clone();
        if !want.tparams.is_empty()
            || sig.params.len() != want.params.len()
            || sig.results.len() != want.results.len()
            || sig.variadic != want.variadic
        {
            return None;
        }
        let tparams = sig.tparams.clone();
        let mut bound: Vec<Option<TypeId>> = vec![None; tparams.len()];
        if let Some(given) = x.expr.and_then(|e| self.partial_targs.get(&crate::expr::strip_parens(e).id)) {
            for (b, &g) in bound.iter_mut().zip(given) {
                *b = Some(g);
            }
        }
        for (p, w) in sig.params.iter().zip(&want.params).chain(sig.results.iter().zip(&want.results)) {
            self.unify(p.typ, w.typ, &tparams, &mut bound).ok()?;
        }
        let targs: Vec<TypeId> = bound.into_iter().collect::<Option<Vec<_>>>()?;
        for (&p, &a) in tparams.iter().zip(&targs) {
            let Type::TypeParam(tp) = self.prog.types.get(p) else { return None };
            let constraint = self.subst(tp.constraint, &tparams, &targs);
            if self.satisfies(a, constraint).is_err() {
                return None;
            }
        }
        let mut s = sig;
        s.tparams = Vec::new();
        let generic = self.prog.types.add(Type::Signature(Box::new(s)));
        Some(self.subst(generic, &tparams, &targs))
    }

    /// Infers the type arguments of a generic function call from its arguments; returns
    /// the instantiated signature.
    pub(crate) fn infer_call(
        &mut self,
        e: &'a Expr,
        c: &'a CallExpr,
        sig: &Signature,
        args: &mut [Operand<'a>],
    ) -> Option<Signature> {
        let tparams = sig.tparams.clone();
        let mut bound: Vec<Option<TypeId>> = vec![None; tparams.len()];
        // Type arguments given explicitly (`f[int](x)`).
        if let Some(given) = self.partial_targs.get(&crate::expr::strip_parens(&c.fun).id) {
            for (b, &g) in bound.iter_mut().zip(given) {
                *b = Some(g);
            }
        }
        let fun = self.expr_string(&c.fun);
        let lparen = c.fun.span.hi;
        // The parameter type each argument is passed to.
        let param_types: Vec<Option<TypeId>> = (0..args.len())
            .map(|i| {
                if sig.variadic && i + 1 >= sig.params.len() {
                    let last = sig.params.last()?.typ;
                    if c.ellipsis.is_some() {
                        return Some(last);
                    }
                    return match self.prog.types.get(last) {
                        Type::Slice(el) => Some(*el),
                        _ => Some(last),
                    };
                }
                sig.params.get(i).map(|p| p.typ)
            })
            .collect();
        let param_type = |i: usize| param_types[i];
        // Typed arguments first.
        let n = args.len();
        for i in 0..n {
            let Some(pt) = param_type(i) else { continue };
            let a = &args[i];
            if a.is_invalid() || self.prog.types.is_untyped(a.typ) {
                continue;
            }
            if let Err((tp, inferred)) = self.unify(pt, a.typ, &tparams, &mut bound) {
                let at = a.expr.map_or(e.span.lo, |x| x.span.lo);
                let pname = self.type_string(tp);
                let ats = self.type_string(a.typ);
                let inf = self.type_string(inferred);
                let xs = a.expr.map(|x| self.expr_string(x)).unwrap_or_default();
                self.error(
                    at,
                    format!("in call to {fun}, type {ats} of {xs} does not match inferred type {inf} for {pname}"),
                );
                return None;
            }
        }
        // Constraint type inference: core types of constraints.
        self.infer_by_constraints(&tparams, &mut bound);
        // Untyped constants (after what the constraints say): a parameter that is a bare
        // type parameter still unknown takes the default type of the largest untyped kind
        // among its arguments.
        let mut max_untyped: Vec<(usize, TypeId)> = Vec::new();
        for (i, a) in args.iter().enumerate() {
            let Some(pt) = param_type(i) else { continue };
            if a.is_invalid() || !self.prog.types.is_untyped(a.typ) || a.is_nil() {
                continue;
            }
            let Some(k) = tparams.iter().position(|&p| p == pt) else { continue };
            if bound[k].is_some() {
                continue;
            }
            match max_untyped.iter_mut().find(|(j, _)| *j == k) {
                None => max_untyped.push((k, a.typ)),
                Some((_, max)) => match crate::convert::max_untyped(&self.prog.types, *max, a.typ) {
                    Some(m) => *max = m,
                    None => {
                        let (ms, ts, ps) = (self.type_string(*max), self.type_string(a.typ), self.type_string(pt));
                        self.error(
                            self.at(a),
                            format!("in call to {fun}, mismatched types {ms} and {ts} (cannot infer {ps})"),
                        );
                        return None;
                    }
                },
            }
        }
        for (k, max) in max_untyped {
            bound[k] = Some(self.prog.types.default_type(max));
        }
        // Constraints again, with what the untyped arguments gave.
        self.infer_by_constraints(&tparams, &mut bound);
        // Everything must be inferred.
        if let Some(k) = bound.iter().position(Option::is_none) {
            let p = tparams[k];
            let name = self.type_string(p);
            let obj = match self.prog.types.get(p) {
                Type::TypeParam(tp) => tp.obj,
                _ => return None,
            };
            let declared = self.position(self.prog.objects.get(obj).pos);
            self.error(lparen, format!("in call to {fun}, cannot infer {name} (declared at {declared})"));
            return None;
        }
        let targs: Vec<TypeId> = bound.iter().map(|b| b.unwrap_or(INVALID)).collect();
        // The inferred arguments must have the constraints' methods (reported as part of
        // inference, as gc does), then satisfy the constraints in full.
        let constraints: Vec<TypeId> = tparams
            .iter()
            .map(|&p| match self.prog.types.get(p) {
                Type::TypeParam(tp) => tp.constraint,
                _ => INVALID,
            })
            .collect();
        for (k, &p) in tparams.iter().enumerate() {
            let constraint = self.subst(constraints[k], &tparams, &targs);
            if let Some(cause) = self.missing_method(targs[k], constraint, true) {
                let (pname, ts, cs) =
                    (self.type_string(p), self.type_string(targs[k]), self.type_string(constraints[k]));
                self.error(lparen, format!("in call to {fun}, {pname} (type {ts}) does not satisfy {cs} {cause}"));
                return None;
            }
        }
        for (k, &targ) in targs.iter().enumerate() {
            let constraint = self.subst(constraints[k], &tparams, &targs);
            if let Err(why) = self.satisfies(targ, constraint) {
                self.error(lparen, why);
                return None;
            }
        }
        let mut s = sig.clone();
        s.tparams = Vec::new();
        let generic = self.prog.types.add(Type::Signature(Box::new(s)));
        let inst = self.subst(generic, &tparams, &targs);
        // Record the instantiated type of the function expression.
        if let Some(tv) = self.prog.info.expr(c.fun.id).cloned() {
            let mut tv = tv;
            tv.typ = inst;
            self.prog.info.record(c.fun.id, tv);
        }
        let _ = Mode::Value;
        self.prog.types.signature(inst).cloned()
    }

    fn subst_bound(&mut self, t: TypeId, tparams: &[TypeId], bound: &[Option<TypeId>]) -> TypeId {
        let (ps, as_): (Vec<TypeId>, Vec<TypeId>) =
            tparams.iter().zip(bound).filter_map(|(&p, b)| b.map(|b| (p, b))).unzip();
        self.subst(t, &ps, &as_)
    }

    /// Whether type `t` refers to any of `tparams`.
    fn mentions(&self, t: TypeId, tparams: &[TypeId]) -> bool {
        let types = &self.prog.types;
        match types.get(t) {
            Type::TypeParam(_) => tparams.contains(&t),
            Type::Pointer(e) | Type::Slice(e) | Type::Array(_, e) | Type::Chan(_, e) => self.mentions(*e, tparams),
            Type::Map(k, v) => self.mentions(*k, tparams) || self.mentions(*v, tparams),
            Type::Named(n) => n.targs.iter().any(|&a| self.mentions(a, tparams)),
            Type::Alias(_, a) => self.mentions(*a, tparams),
            Type::Signature(s) => s.params.iter().chain(&s.results).any(|p| self.mentions(p.typ, tparams)),
            Type::Struct(s) => s.fields.iter().any(|f| self.mentions(f.typ, tparams)),
            Type::Tuple(ts) => ts.iter().any(|&t| self.mentions(t, tparams)),
            Type::Union(terms) => terms.iter().any(|term| self.mentions(term.typ, tparams)),
            Type::Interface(i) => {
                i.methods.iter().any(|m| self.mentions(m.sig, tparams))
                    || i.embedded.iter().any(|&e| self.mentions(e, tparams))
            }
            Type::Basic(_) => false,
        }
    }

    /// Unifies parameter type `p` with argument type `a`, binding type parameters; on a
    /// conflict returns the parameter and its earlier binding.
    fn unify(
        &self,
        p: TypeId,
        a: TypeId,
        tparams: &[TypeId],
        bound: &mut [Option<TypeId>],
    ) -> Result<(), (TypeId, TypeId)> {
        let types = &self.prog.types;
        let p = types.unalias(p);
        let a = types.unalias(a);
        if let Some(k) = tparams.iter().position(|&t| t == p) {
            match bound[k] {
                None => {
                    bound[k] = Some(a);
                    return Ok(());
                }
                Some(b) if types.identical(b, a) => return Ok(()),
                Some(b) => {
                    // A named and an unnamed type with the same underlying type: keep the named.
                    if types.identical(types.underlying(b), types.underlying(a))
                        && (!types.is_named(b) || !types.is_named(a))
                    {
                        if !types.is_named(b) && types.is_named(a) {
                            bound[k] = Some(a);
                        }
                        return Ok(());
                    }
                    return Err((p, b));
                }
            }
        }
        // Structural: look at the argument's underlying type when the parameter is unnamed.
        let a_struct = if types.named(p).is_none() { types.underlying(a) } else { a };
        match (types.get(p).clone(), types.get(a_struct).clone()) {
            (Type::Pointer(x), Type::Pointer(y))
            | (Type::Slice(x), Type::Slice(y))
            | (Type::Array(_, x), Type::Array(_, y)) => self.unify(x, y, tparams, bound),
            (Type::Chan(_, x), Type::Chan(_, y)) => self.unify(x, y, tparams, bound),
            (Type::Map(k1, v1), Type::Map(k2, v2)) => {
                self.unify(k1, k2, tparams, bound)?;
                self.unify(v1, v2, tparams, bound)
            }
            (Type::Signature(s1), Type::Signature(s2)) => {
                for (x, y) in s1.params.iter().zip(&s2.params) {
                    self.unify(x.typ, y.typ, tparams, bound)?;
                }
                for (x, y) in s1.results.iter().zip(&s2.results) {
                    self.unify(x.typ, y.typ, tparams, bound)?;
                }
                Ok(())
            }
            (Type::Named(n1), Type::Named(n2)) => {
                if n1.origin.is_some() && n1.origin == n2.origin {
                    for (x, y) in n1.targs.iter().zip(&n2.targs) {
                        self.unify(*x, *y, tparams, bound)?;
                    }
                }
                Ok(())
            }
            _ => Ok(()),
        }
    }
}
