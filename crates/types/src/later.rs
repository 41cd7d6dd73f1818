//! Checks that need complete types, run after the declarations that could still complete
//! them: map keys must be comparable, union terms valid, constraint interfaces not used
//! as ordinary types. While `type T struct{ m map[K]int }` is being declared, `K` (and
//! the interface a union term names) may not have its underlying type yet.

use crate::check::Checker;
use crate::types::*;
use gorun_syntax::source::Pos;

/// A deferred check.
pub(crate) enum Later {
    /// The key type of a map type written at `Pos`.
    MapKey(Pos, TypeId),
    /// A type used for a variable, field, parameter or element: it may not be a
    /// constraint interface.
    VarType(Pos, TypeId),
    /// The terms of a union (each with its position), when there are several or a tilde.
    Union(Vec<(Pos, Term)>),
}

impl<'a> Checker<'a> {
    pub(crate) fn later(&mut self, check: Later) {
        self.later.push(check);
    }

    /// Runs the deferred checks queued so far.
    pub(crate) fn run_later(&mut self) {
        while !self.later.is_empty() {
            for check in std::mem::take(&mut self.later) {
                match check {
                    Later::MapKey(pos, key) => self.check_map_key(pos, key),
                    Later::VarType(pos, t) => self.check_var_type(pos, t),
                    Later::Union(terms) => self.check_union(&terms),
                }
            }
        }
    }

    fn check_map_key(&mut self, pos: Pos, key: TypeId) {
        if key == INVALID || self.prog.types.underlying(key) == INVALID || self.comparable(key) {
            return;
        }
        let why = if self.prog.types.is_type_param(key) { " (missing comparable constraint)" } else { "" };
        let k = self.type_string(key);
        self.error(pos, format!("invalid map key type {k}{why}"));
    }

    fn check_var_type(&mut self, pos: Pos, t: TypeId) {
        let types = &self.prog.types;
        if types.is_type_param(t) || !matches!(types.get(types.underlying(t)), Type::Interface(_)) {
            return;
        }
        let set = types.type_set(t);
        if !set.comparable && !set.has_terms() {
            return;
        }
        let ts = self.type_string(t);
        let why =
            if set.comparable { "interface is (or embeds) comparable" } else { "interface contains type constraints" };
        self.error(pos, format!("cannot use type {ts} outside a type constraint: {why}"));
    }

    fn check_union(&mut self, terms: &[(Pos, Term)]) {
        for (i, &(pos, term)) in terms.iter().enumerate() {
            if term.typ == INVALID {
                continue;
            }
            let types = &self.prog.types;
            let u = types.underlying(term.typ);
            let is_iface = matches!(types.get(u), Type::Interface(_));
            if term.tilde {
                if is_iface {
                    let ts = self.type_string(term.typ);
                    self.error(pos, format!("invalid use of ~ ({ts} is an interface)"));
                    continue;
                }
                if !types.identical(u, term.typ) {
                    let (ts, us) = (self.type_string(term.typ), self.type_string(u));
                    self.error(pos, format!("invalid use of ~ (underlying type of {ts} is {us})"));
                    continue;
                }
            }
            if is_iface {
                let set = types.type_set(u);
                let (methods, _) = types.flat_interface(u);
                let ts = self.type_string(term.typ);
                if !methods.is_empty() {
                    self.error(pos, format!("cannot use {ts} in union ({ts} contains methods)"));
                } else if term.typ == self.prog.universe.comparable_type {
                    self.error(pos, "cannot use comparable in union");
                } else if set.comparable {
                    self.error(pos, format!("cannot use {ts} in union ({ts} embeds comparable)"));
                }
                continue;
            }
            // Terms may not overlap: a|a, a|~a, ~a|A with A's underlying type a.
            let overlap = terms[..i].iter().find(|(_, x)| {
                let types = &self.prog.types;
                !types.is_interface(x.typ) && x.typ != INVALID && !disjoint(types, x, &term)
            });
            if let Some((_, x)) = overlap {
                let show = |t: &Term| format!("{}{}", if t.tilde { "~" } else { "" }, self.type_string(t.typ));
                let (a, b) = (show(&term), show(x));
                self.error(pos, format!("overlapping terms {a} and {b}"));
            }
        }
    }
}

/// Whether two terms have no type in common.
fn disjoint(types: &Types, x: &Term, y: &Term) -> bool {
    let (ux, uy) =
        (if y.tilde { types.underlying(x.typ) } else { x.typ }, if x.tilde { types.underlying(y.typ) } else { y.typ });
    !types.identical(ux, uy)
}
