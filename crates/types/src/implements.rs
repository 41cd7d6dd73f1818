//! Interface satisfaction: `implements` for assignments and assertions, constraint
//! satisfaction for type arguments, with gc's explanations ("missing method M", "method M
//! has pointer receiver", "possibly missing ~ for T in …").
//!
//! Methods are compared in gc's order (exported before unexported, then by name) so that
//! when several are missing the one gc names is the one we name.

use crate::check::Checker;
use crate::lookup::Lookup;
use crate::types::*;
use crate::typeset::TypeSet;

/// Why a method of an interface is not matched.
enum Missing {
    NotFound,
    /// Found under another case (`string` for `String`).
    WrongName(crate::object::ObjId),
    Unexported,
    WrongSig(TypeId),
    Ambiguous,
    PtrRecv,
    Field,
}

impl<'a> Checker<'a> {
    /// An interface's methods (embedded ones included), in gc's order.
    pub(crate) fn sorted_methods(&self, iface: TypeId) -> Vec<Method> {
        let (mut methods, _) = self.prog.types.flat_interface(iface);
        methods.sort_by(|a, b| {
            let (an, bn) = (self.name(a.name), self.name(b.name));
            (a.pkg.is_some(), an).cmp(&(b.pkg.is_some(), bn))
        });
        methods
    }

    /// Whether `v` implements interface `t` (satisfies it, if `constraint`); gc's cause if
    /// not: `V does not implement T (missing method M)`.
    pub(crate) fn implements(&mut self, v: TypeId, t: TypeId, constraint: bool) -> Result<(), String> {
        let types = &self.prog.types;
        let (vu, tu) = (types.underlying(v), types.underlying(t));
        if vu == INVALID || tu == INVALID {
            return Ok(());
        }
        if let Type::Pointer(base) = types.get(vu)
            && types.underlying(*base) == INVALID
        {
            return Ok(());
        }
        let verb = if constraint { "satisfy" } else { "implement" };
        let (vs, ts) = (self.type_string(v), self.type_string(t));
        if !matches!(types.get(tu), Type::Interface(_)) {
            let detail = if self.is_interface_ptr(tu) {
                self.interface_ptr_error(t)
            } else {
                format!("{ts} is not an interface")
            };
            return Err(format!("{vs} does not {verb} {ts} ({detail})"));
        }
        let tset = types.type_set(tu);
        let (t_methods, _) = types.flat_interface(tu);
        if t_methods.is_empty() && tset == TypeSet::all() {
            return Ok(());
        }
        let v_iface = matches!(types.get(vu), Type::Interface(_));
        let vset = if v_iface { Some(types.type_set(v)) } else { None };
        if vset.as_ref().is_some_and(TypeSet::is_empty) {
            return Ok(());
        }
        if tset.is_empty() {
            return Err(format!("cannot {verb} {ts} (empty type set)"));
        }
        if let Some(cause) = self.missing_method(v, tu, true) {
            return Err(format!("{vs} does not {verb} {ts} {cause}"));
        }
        let types = &self.prog.types;
        let comparability = |this: &Self| -> Result<(), String> {
            let types = &this.prog.types;
            if !tset.comparable || types.strictly_comparable(v) || (constraint && types.comparable(v)) {
                return Ok(());
            }
            Err(format!("{vs} does not {verb} comparable"))
        };
        let Some(terms) = &tset.terms else { return comparability(self) };
        if let Some(vset) = vset {
            // Every type V may hold must be in T's set.
            let subset = match &vset.terms {
                None => false,
                Some(vterms) => vterms.iter().all(|vt| terms.iter().any(|tt| term_includes_term(types, tt, vt))),
            };
            if !subset {
                return Err(format!("{vs} does not {verb} {ts}"));
            }
            return comparability(self);
        }
        if terms.iter().any(|term| term_includes(types, term, v)) {
            return comparability(self);
        }
        // Not in the set: suggest a tilde if one would have made it so.
        let alt = terms.iter().find(|term| {
            !term.tilde
                && types.identical(term.typ, types.underlying(term.typ))
                && types.identical(types.underlying(v), term.typ)
        });
        let detail = match alt {
            Some(term) => format!("possibly missing ~ for {} in {ts}", self.type_string(term.typ)),
            None if self.iface_mentions(tu, v) => {
                format!("{ts} mentions {vs}, but {vs} is not in the type set of {ts}")
            }
            None => format!("{vs} missing in {}", self.terms_string(terms)),
        };
        Err(format!("{vs} does not {verb} {ts} ({detail})"))
    }

    /// Whether `v` satisfies the constraint `bound` of a type parameter.
    pub(crate) fn satisfies(&mut self, v: TypeId, bound: TypeId) -> Result<(), String> {
        if bound == INVALID || v == INVALID {
            return Ok(());
        }
        self.implements(v, bound, true)
    }

    /// Whether interface `t` mentions type `v` in one of its (embedded) elements.
    fn iface_mentions(&self, t: TypeId, v: TypeId) -> bool {
        let types = &self.prog.types;
        match types.get(types.unalias(t)) {
            Type::Interface(i) => i.embedded.iter().any(|&e| self.iface_mentions(e, v)),
            Type::Union(terms) => terms.iter().any(|term| self.iface_mentions(term.typ, v)),
            _ => types.identical(t, v),
        }
    }

    pub(crate) fn terms_string(&self, terms: &[Term]) -> String {
        terms
            .iter()
            .map(|t| format!("{}{}", if t.tilde { "~" } else { "" }, self.type_string(t.typ)))
            .collect::<Vec<_>>()
            .join(" | ")
    }

    fn is_interface_ptr(&self, u: TypeId) -> bool {
        let types = &self.prog.types;
        matches!(types.get(u), Type::Pointer(base) if types.is_interface(*base))
    }

    fn interface_ptr_error(&self, t: TypeId) -> String {
        let types = &self.prog.types;
        let ts = self.type_string(t);
        match types.get(types.underlying(t)) {
            Type::Pointer(base) if types.is_type_param(*base) => {
                format!("type {ts} is pointer to type parameter, not type parameter")
            }
            _ => format!("type {ts} is pointer to interface, not interface"),
        }
    }

    /// The first method of interface `t` that `v` lacks, as gc explains it
    /// (`(missing method M)` with have/want lines where useful). With `!is_static`, methods
    /// an interface `v` lacks are not counted (they may be there dynamically).
    pub(crate) fn missing_method(&mut self, v: TypeId, t: TypeId, is_static: bool) -> Option<String> {
        let methods = self.sorted_methods(t);
        if methods.is_empty() || self.has_invalid_embedded_fields(v, &mut Vec::new()) {
            // A struct with an embedded field of an invalid type (reported already) may
            // have had any method: no follow-on error.
            return None;
        }
        let types = &self.prog.types;
        let v_iface = types.is_interface(v) && !types.is_type_param(v);
        let mut missing: Option<(Method, Missing)> = None;
        for m in methods {
            let state = if v_iface {
                let (vm, _) = self.prog.types.flat_interface(v);
                match vm.iter().find(|x| x.name == m.name && x.pkg == m.pkg) {
                    None if !is_static => continue,
                    None => Missing::NotFound,
                    Some(f) if !self.prog.types.identical(f.sig, m.sig) => Missing::WrongSig(f.sig),
                    Some(_) => continue,
                }
            } else {
                match self.lookup(v, m.name, m.pkg.unwrap_or(self.pkg)) {
                    Lookup::Found(f) if !f.is_method => Missing::Field,
                    Lookup::Found(f) => {
                        let types = &self.prog.types;
                        let v_is_ptr = matches!(types.get(types.underlying(v)), Type::Pointer(_));
                        if self.pointer_receiver(f.obj) && !v_is_ptr && !f.indirect {
                            Missing::PtrRecv
                        } else if !self.prog.types.identical(f.typ, m.sig) {
                            Missing::WrongSig(f.typ)
                        } else {
                            continue;
                        }
                    }
                    Lookup::Ambiguous => Missing::Ambiguous,
                    Lookup::NotFound => {
                        let mname = self.name(m.name);
                        let alt = self.all_member_names(v).into_iter().find(|&(o, is_method)| {
                            is_method && self.name(self.prog.objects.get(o).name).eq_ignore_ascii_case(mname)
                        });
                        match alt {
                            Some((o, _)) if self.prog.objects.get(o).name == m.name => Missing::Unexported,
                            Some((o, _)) => Missing::WrongName(o),
                            None => Missing::NotFound,
                        }
                    }
                }
            };
            missing = Some((m, state));
            break;
        }
        let (m, state) = missing?;
        let mname = self.name(m.name).to_string();
        let vs = self.type_string(v);
        Some(match state {
            Missing::NotFound => {
                let types = &self.prog.types;
                if self.is_interface_ptr(types.underlying(v)) {
                    format!("({})", self.interface_ptr_error(v))
                } else if self.is_interface_ptr(types.underlying(t)) {
                    format!("({})", self.interface_ptr_error(t))
                } else {
                    format!("(missing method {mname})")
                }
            }
            Missing::WrongName(o) => {
                let (oname, otyp) =
                    (self.name(self.prog.objects.get(o).name).to_string(), self.prog.objects.get(o).typ);
                let have = self.method_sig_string(&oname, otyp);
                let want = self.method_sig_string(&mname, m.sig);
                format!("(missing method {mname})\n\t\thave {have}\n\t\twant {want}")
            }
            Missing::Unexported => format!("(unexported method {mname})"),
            Missing::WrongSig(have_sig) => {
                let have = self.method_sig_string(&mname, have_sig);
                let want = self.method_sig_string(&mname, m.sig);
                if have == want {
                    format!("(wrong type for method {mname})")
                } else {
                    format!("(wrong type for method {mname})\n\t\thave {have}\n\t\twant {want}")
                }
            }
            Missing::Ambiguous => format!("(ambiguous selector {vs}.{mname})"),
            Missing::PtrRecv => format!("(method {mname} has pointer receiver)"),
            Missing::Field => format!("({vs}.{mname} is a field, not a method)"),
        })
    }

    fn has_invalid_embedded_fields(&self, t: TypeId, seen: &mut Vec<TypeId>) -> bool {
        let types = &self.prog.types;
        let t = match types.get(types.unalias(t)) {
            Type::Pointer(e) => *e,
            _ => t,
        };
        let u = types.underlying(t);
        let Some(s) = types.struct_type(u) else { return false };
        if seen.contains(&u) {
            return false;
        }
        seen.push(u);
        s.fields.clone().iter().any(|f| {
            f.embedded
                && (f.typ == INVALID
                    || self.prog.types.underlying(f.typ) == INVALID
                    || self.has_invalid_embedded_fields(f.typ, seen))
        })
    }

    /// Whether a value of interface type `iface` can hold a `target` (type assertions and
    /// type switch cases): an interface target always can; a concrete one needs all of
    /// the interface's methods. The cause (`(missing method M)`) if not.
    pub(crate) fn assertable(&mut self, iface: TypeId, target: TypeId) -> Result<(), String> {
        if self.prog.types.is_interface(target) && !self.prog.types.is_type_param(target) {
            return Ok(());
        }
        match self.missing_method(target, iface, false) {
            None => Ok(()),
            Some(cause) => Err(cause),
        }
    }
}

/// Whether the type set of `term` includes type `v`.
fn term_includes(types: &Types, term: &Term, v: TypeId) -> bool {
    if term.tilde {
        types.identical(types.underlying(v), types.underlying(term.typ))
    } else {
        types.identical(v, term.typ)
    }
}

/// Whether the set of `outer` includes the set of `inner`.
fn term_includes_term(types: &Types, outer: &Term, inner: &Term) -> bool {
    if inner.tilde {
        outer.tilde && types.identical(types.underlying(outer.typ), types.underlying(inner.typ))
    } else {
        term_includes(types, outer, inner.typ)
    }
}
