//! Types as gc's messages print them: `[]int`, `map[string]*T`, `func(x int) (int, error)`,
//! `struct{a int; b string}`, `interface{M()}`, `chan<- int`. Types of the package being
//! checked are printed unqualified, others with their package name (`fmt.Stringer`).

use crate::object::Objects;
use crate::package::{Package, PkgId};
use crate::types::*;
use gorun_syntax::intern::Interner;

/// What printing a type needs to see.
#[derive(Clone, Copy)]
pub struct TypePrinter<'a> {
    pub types: &'a Types,
    pub objects: &'a Objects,
    pub packages: &'a [Package],
    pub interner: &'a Interner,
    /// Types declared in this package print without a qualifier.
    pub current: Option<PkgId>,
}

impl TypePrinter<'_> {
    pub fn type_string(&self, t: TypeId) -> String {
        let mut out = String::new();
        self.write(&mut out, t, 0);
        out
    }

    fn write(&self, out: &mut String, t: TypeId, depth: usize) {
        if depth > 50 {
            out.push('…');
            return;
        }
        match self.types.get(t) {
            Type::Basic(k) => out.push_str(k.name()),
            Type::Pointer(e) => {
                out.push('*');
                self.write(out, *e, depth + 1);
            }
            Type::Slice(e) => {
                out.push_str("[]");
                self.write(out, *e, depth + 1);
            }
            Type::Array(n, e) => {
                match n {
                    Some(n) => out.push_str(&format!("[{n}]")),
                    None => out.push_str("[unknown]"),
                }
                self.write(out, *e, depth + 1);
            }
            Type::Map(k, v) => {
                out.push_str("map[");
                self.write(out, *k, depth + 1);
                out.push(']');
                self.write(out, *v, depth + 1);
            }
            Type::Chan(dir, e) => {
                let paren = *dir == ChanDir::Both && matches!(self.types.get(*e), Type::Chan(ChanDir::Recv, _));
                out.push_str(match dir {
                    ChanDir::Both => "chan ",
                    ChanDir::Send => "chan<- ",
                    ChanDir::Recv => "<-chan ",
                });
                if paren {
                    out.push('(');
                }
                self.write(out, *e, depth + 1);
                if paren {
                    out.push(')');
                }
            }
            Type::Struct(s) => {
                out.push_str("struct{");
                for (i, f) in s.fields.iter().enumerate() {
                    if i > 0 {
                        out.push_str("; ");
                    }
                    if !f.embedded {
                        out.push_str(self.interner.get(f.name));
                        out.push(' ');
                    }
                    self.write(out, f.typ, depth + 1);
                    if let Some(tag) = &f.tag {
                        out.push(' ');
                        out.push_str(&crate::constant::go_quote(tag));
                    }
                }
                out.push('}');
            }
            Type::Signature(sig) => {
                out.push_str("func");
                self.tparam_list(out, &sig.tparams, depth);
                self.signature(out, sig, depth);
            }
            Type::Interface(i) => {
                if i.comparable && i.methods.is_empty() && i.embedded.is_empty() {
                    out.push_str("comparable");
                    return;
                }
                if i.implicit && i.methods.is_empty() && i.embedded.len() == 1 {
                    self.write(out, i.embedded[0], depth + 1);
                    return;
                }
                out.push_str("interface{");
                let mut first = true;
                if i.comparable {
                    out.push_str("comparable");
                    first = false;
                }
                for m in &i.methods {
                    if !first {
                        out.push_str("; ");
                    }
                    first = false;
                    out.push_str(self.interner.get(m.name));
                    if let Type::Signature(sig) = self.types.get(m.sig) {
                        self.signature(out, sig, depth);
                    }
                }
                for &e in &i.embedded {
                    if !first {
                        out.push_str("; ");
                    }
                    first = false;
                    self.write(out, e, depth + 1);
                }
                out.push('}');
            }
            Type::Union(terms) => {
                for (i, term) in terms.iter().enumerate() {
                    if i > 0 {
                        out.push_str(" | ");
                    }
                    if term.tilde {
                        out.push('~');
                    }
                    self.write(out, term.typ, depth + 1);
                }
            }
            Type::Tuple(ts) => {
                out.push('(');
                for (i, &t) in ts.iter().enumerate() {
                    if i > 0 {
                        out.push_str(", ");
                    }
                    self.write(out, t, depth + 1);
                }
                out.push(')');
            }
            Type::Named(n) => {
                self.qualified(out, n.obj);
                if !n.targs.is_empty() {
                    out.push('[');
                    for (i, &a) in n.targs.iter().enumerate() {
                        if i > 0 {
                            out.push_str(", ");
                        }
                        self.write(out, a, depth + 1);
                    }
                    out.push(']');
                } else {
                    self.tparam_list(out, &n.tparams, depth);
                }
            }
            Type::Alias(obj, _) => self.qualified(out, *obj),
            Type::TypeParam(p) => out.push_str(self.interner.get(self.objects.get(p.obj).name)),
        }
    }

    /// A generic type's or function's type parameters: `[K comparable, V any]`, with
    /// parameters sharing a constraint grouped (`[K, V any]`).
    fn tparam_list(&self, out: &mut String, tparams: &[TypeId], depth: usize) {
        if tparams.is_empty() {
            return;
        }
        let bound = |t: TypeId| match self.types.get(t) {
            Type::TypeParam(p) => p.constraint,
            _ => INVALID,
        };
        out.push('[');
        for (i, &p) in tparams.iter().enumerate() {
            if i > 0 {
                if bound(p) != bound(tparams[i - 1]) {
                    out.push(' ');
                    self.write(out, bound(tparams[i - 1]), depth + 1);
                }
                out.push_str(", ");
            }
            self.write(out, p, depth + 1);
        }
        out.push(' ');
        self.write(out, bound(tparams[tparams.len() - 1]), depth + 1);
        out.push(']');
    }

    fn qualified(&self, out: &mut String, obj: crate::object::ObjId) {
        let o = self.objects.get(obj);
        if let Some(pkg) = o.pkg
            && Some(pkg) != self.current
        {
            out.push_str(self.interner.get(self.packages[pkg.0 as usize].name));
            out.push('.');
        }
        out.push_str(self.interner.get(o.name));
    }

    /// `(params) results` of a signature.
    pub fn signature(&self, out: &mut String, sig: &Signature, depth: usize) {
        self.params(out, &sig.params, sig.variadic, depth);
        match sig.results.len() {
            0 => {}
            1 if sig.results[0].name.is_none() => {
                out.push(' ');
                self.write(out, sig.results[0].typ, depth + 1);
            }
            _ => {
                out.push(' ');
                self.params(out, &sig.results, false, depth);
            }
        }
    }

    fn params(&self, out: &mut String, params: &[Param], variadic: bool, depth: usize) {
        out.push('(');
        for (i, p) in params.iter().enumerate() {
            if i > 0 {
                out.push_str(", ");
            }
            if let Some(name) = p.name {
                out.push_str(self.interner.get(name));
                out.push(' ');
            }
            if variadic && i + 1 == params.len() {
                out.push_str("...");
                let elem = match self.types.get(p.typ) {
                    Type::Slice(e) => *e,
                    _ => p.typ,
                };
                self.write(out, elem, depth + 1);
            } else {
                self.write(out, p.typ, depth + 1);
            }
        }
        out.push(')');
    }
}
