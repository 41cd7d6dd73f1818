//! Type sets of interfaces, as the spec defines them for constraints.
//!
//! An interface's type set (its methods aside) is the intersection of the type sets of its
//! elements: an embedded interface contributes its own set, a union `A | ~B` the union of
//! its terms' sets, a single type `T` just `{T}`, and `~T` every type whose underlying type
//! is `T`. The result is kept as a normalized list of terms (no term covered by another),
//! or "all types" when no element restricts it. `comparable` restricts the set to strictly
//! comparable types; it is kept as a flag because "all comparable types" has no term list.

use crate::types::*;

#[derive(Clone, Debug, PartialEq)]
pub struct TypeSet {
    /// `None`: every type (no type terms); `Some(vec![])`: the empty set.
    pub terms: Option<Vec<Term>>,
    /// Restricted to comparable types (`comparable` embedded somewhere).
    pub comparable: bool,
}

impl TypeSet {
    pub fn all() -> TypeSet {
        TypeSet { terms: None, comparable: false }
    }

    /// Whether the set is restricted by type terms.
    pub fn has_terms(&self) -> bool {
        self.terms.is_some()
    }

    pub fn is_empty(&self) -> bool {
        self.terms.as_ref().is_some_and(|t| t.is_empty())
    }
}

impl Types {
    /// The type set of an interface type (or of a type parameter's constraint).
    pub fn type_set(&self, t: TypeId) -> TypeSet {
        let mut visiting = Vec::new();
        self.type_set_in(t, &mut visiting)
    }

    fn type_set_in(&self, t: TypeId, visiting: &mut Vec<TypeId>) -> TypeSet {
        let t = self.unalias(t);
        if let Type::TypeParam(p) = self.get(t) {
            return self.type_set_in(p.constraint, visiting);
        }
        let u = self.underlying(t);
        let Type::Interface(iface) = self.get(u) else {
            // Not an interface: the set of just this type.
            return TypeSet { terms: Some(vec![Term { tilde: false, typ: t }]), comparable: false };
        };
        if visiting.contains(&u) {
            // An invalid cycle (reported elsewhere): treat as unrestricted.
            return TypeSet::all();
        }
        visiting.push(u);
        let mut set = TypeSet { terms: None, comparable: iface.comparable };
        for &e in &iface.embedded {
            let es = self.element_set(e, visiting);
            set.comparable |= es.comparable;
            set.terms = match (set.terms.take(), es.terms) {
                (None, t) | (t, None) => t,
                (Some(a), Some(b)) => Some(self.intersect_terms(&a, &b)),
            };
        }
        visiting.pop();
        if set.comparable
            && let Some(terms) = &mut set.terms
        {
            terms.retain(|term| self.strictly_comparable(term.typ));
        }
        set
    }

    /// The type set of one embedded element of an interface.
    fn element_set(&self, e: TypeId, visiting: &mut Vec<TypeId>) -> TypeSet {
        let e = self.unalias(e);
        match self.get(e) {
            Type::Union(terms) => {
                let mut out: Vec<Term> = Vec::new();
                let mut comparable = false;
                for term in terms {
                    if !term.tilde && self.is_interface(term.typ) && !self.is_type_param(term.typ) {
                        let s = self.type_set_in(term.typ, visiting);
                        comparable |= s.comparable;
                        match s.terms {
                            // A union with an unrestricted interface is unrestricted.
                            None => return TypeSet { terms: None, comparable },
                            Some(ts) => out.extend(ts),
                        }
                    } else {
                        out.push(*term);
                    }
                }
                TypeSet { terms: Some(self.normalize_terms(out)), comparable: false }
            }
            _ if self.is_interface(e) && !self.is_type_param(e) => self.type_set_in(e, visiting),
            _ => TypeSet { terms: Some(vec![Term { tilde: false, typ: e }]), comparable: false },
        }
    }

    /// Whether the set of term `a` includes the set of term `b`.
    fn term_covers(&self, a: &Term, b: &Term) -> bool {
        if a.tilde {
            self.identical(self.underlying(a.typ), self.underlying(b.typ))
        } else {
            !b.tilde && self.identical(a.typ, b.typ)
        }
    }

    /// Removes duplicate terms and terms included in others.
    fn normalize_terms(&self, terms: Vec<Term>) -> Vec<Term> {
        let mut out: Vec<Term> = Vec::with_capacity(terms.len());
        for t in terms {
            if out.iter().any(|o| self.term_covers(o, &t)) {
                continue;
            }
            out.retain(|o| !self.term_covers(&t, o));
            out.push(t);
        }
        out
    }

    /// The intersection of two normalized term lists.
    fn intersect_terms(&self, a: &[Term], b: &[Term]) -> Vec<Term> {
        let mut out = Vec::new();
        for x in a {
            for y in b {
                if self.term_covers(x, y) {
                    out.push(*y);
                } else if self.term_covers(y, x) {
                    out.push(*x);
                }
            }
        }
        self.normalize_terms(out)
    }

    /// Comparable in the strict sense of `comparable` (no interfaces or type parameters
    /// that might panic at run time).
    pub fn strictly_comparable(&self, t: TypeId) -> bool {
        self.comparable_in(t, true, &mut Vec::new())
    }

    /// Comparable with `==` (interfaces included; type parameters by their type sets).
    pub fn comparable(&self, t: TypeId) -> bool {
        self.comparable_in(t, false, &mut Vec::new())
    }

    fn comparable_in(&self, t: TypeId, strict: bool, seen: &mut Vec<TypeId>) -> bool {
        if seen.contains(&t) {
            return true;
        }
        let t = self.unalias(t);
        if let Type::TypeParam(_) = self.get(t) {
            let set = self.type_set(t);
            return set.comparable
                || set.terms.as_ref().is_some_and(|ts| {
                    !ts.is_empty() && ts.iter().all(|term| self.comparable_in(term.typ, strict, seen))
                });
        }
        let u = self.underlying(t);
        match self.get(u) {
            Type::Basic(k) => *k != BasicKind::UntypedNil,
            Type::Pointer(_) | Type::Chan(..) => true,
            Type::Interface(_) => {
                let set = self.type_set(u);
                !strict
                    || set.comparable
                    || set
                        .terms
                        .as_ref()
                        .is_some_and(|ts| ts.iter().all(|term| self.comparable_in(term.typ, strict, seen)))
            }
            Type::Struct(s) => {
                seen.push(t);
                let ok = s.fields.iter().all(|f| self.comparable_in(f.typ, strict, seen));
                seen.pop();
                ok
            }
            Type::Array(_, elem) => {
                seen.push(t);
                let ok = self.comparable_in(*elem, strict, seen);
                seen.pop();
                ok
            }
            _ => false,
        }
    }

    /// Calls `f` with the underlying type of every type in `t`'s type set (`None` once if
    /// the set has no specific types); for other types, with `t`'s underlying type. True
    /// if `f` holds for all.
    pub fn under_is(&self, t: TypeId, mut f: impl FnMut(Option<TypeId>) -> bool) -> bool {
        if !self.is_type_param(t) {
            return f(Some(self.underlying(t)));
        }
        match self.type_set(t).terms {
            None => f(None),
            Some(terms) => terms.iter().all(|term| f(Some(self.underlying(term.typ)))),
        }
    }

    /// Whether `t` is a pointer to a struct (a composite literal `&T{…}` elided in a literal).
    pub fn pointer_to_struct(&self, t: TypeId) -> bool {
        matches!(self.get(self.underlying(t)), Type::Pointer(e) if self.struct_type(self.underlying(*e)).is_some())
    }

    /// The core type: the underlying type, or for a type parameter the single underlying
    /// type shared by all types of its set (channels may differ in direction if at most
    /// one direction is restricted). `INVALID` when there is none.
    pub fn core_type(&self, t: TypeId) -> TypeId {
        if !self.is_type_param(t) {
            return self.underlying(t);
        }
        let Some(terms) = self.type_set(t).terms else { return INVALID };
        let mut core: Option<TypeId> = None;
        for term in &terms {
            let u = self.underlying(term.typ);
            core = match core {
                None => Some(u),
                Some(c) if self.identical(c, u) => Some(c),
                Some(c) => match (self.get(c), self.get(u)) {
                    (Type::Chan(d1, e1), Type::Chan(d2, e2)) if self.identical(*e1, *e2) => match (d1, d2) {
                        (ChanDir::Both, _) => Some(u),
                        (_, ChanDir::Both) => Some(c),
                        _ => return INVALID,
                    },
                    _ => return INVALID,
                },
            };
        }
        core.unwrap_or(INVALID)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn union(t: &mut Types, terms: &[(bool, TypeId)]) -> TypeId {
        t.add(Type::Union(terms.iter().map(|&(tilde, typ)| Term { tilde, typ }).collect()))
    }

    fn iface(t: &mut Types, embedded: Vec<TypeId>) -> TypeId {
        t.add(Type::Interface(Box::new(InterfaceType { embedded, ..InterfaceType::default() })))
    }

    #[test]
    fn unions_intersections_and_normalization() {
        let mut t = Types::new();
        let num = union(&mut t, &[(true, INT), (false, INT), (false, FLOAT64)]);
        let a = iface(&mut t, vec![num]);
        assert_eq!(
            t.type_set(a).terms,
            Some(vec![Term { tilde: true, typ: INT }, Term { tilde: false, typ: FLOAT64 }])
        );
        let ints = union(&mut t, &[(false, INT), (false, STRING)]);
        let b = iface(&mut t, vec![a, ints]);
        assert_eq!(t.type_set(b).terms, Some(vec![Term { tilde: false, typ: INT }]));
        let strs = union(&mut t, &[(false, STRING)]);
        let empty = iface(&mut t, vec![a, strs]);
        assert!(t.type_set(empty).is_empty());
        let any = iface(&mut t, vec![]);
        assert_eq!(t.type_set(any), TypeSet::all());
        assert_eq!(t.core_type(INT), INT);
    }

    #[test]
    fn comparability() {
        let mut t = Types::new();
        let s = t.slice(INT);
        assert!(!t.comparable(s));
        let arr = t.array(Some(3), s);
        assert!(!t.comparable(arr));
        let any = iface(&mut t, vec![]);
        assert!(t.comparable(any));
        assert!(!t.strictly_comparable(any));
        assert!(t.comparable(STRING));
    }
}
