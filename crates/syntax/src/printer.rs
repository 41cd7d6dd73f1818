//! Prints expressions and simple statements the way gc's messages quote them.
//!
//! gc quotes source in a short form: Go syntax with single spaces around binary operators,
//! and the insides of function bodies and composite literals elided as `{…}`. Messages such
//! as `cannot use x := 1 as value` (and, later, the type checker's) need the same text.

use crate::ast::*;
use crate::intern::Interner;
use std::fmt::Write;

struct Printer<'a> {
    interner: &'a Interner,
    text: &'a str,
    base: u32,
    out: String,
}

/// `x` in gc's short form.
pub fn expr(interner: &Interner, text: &str, base: u32, x: &Expr) -> String {
    let mut p = Printer { interner, text, base, out: String::new() };
    p.expr(x);
    p.out
}

/// A comma-separated list in which top-level binary expressions are parenthesized, as gc
/// emphasizes the sides of a mistaken `=` in a condition.
pub fn emphasized_list(interner: &Interner, text: &str, base: u32, xs: &[Expr]) -> String {
    let mut p = Printer { interner, text, base, out: String::new() };
    for (i, x) in xs.iter().enumerate() {
        if i > 0 {
            p.out.push_str(", ");
        }
        let binary = matches!(x.kind, ExprKind::Binary(..));
        if binary {
            p.out.push('(');
        }
        p.expr(x);
        if binary {
            p.out.push(')');
        }
    }
    p.out
}

/// A simple statement in gc's short form.
pub fn simple_stmt(interner: &Interner, text: &str, base: u32, s: &Stmt) -> String {
    let mut p = Printer { interner, text, base, out: String::new() };
    p.stmt(s);
    p.out
}

impl Printer<'_> {
    fn list(&mut self, xs: &[Expr]) {
        for (i, x) in xs.iter().enumerate() {
            if i > 0 {
                self.out.push_str(", ");
            }
            self.expr(x);
        }
    }

    fn source(&mut self, x: &Expr) {
        let lo = (x.span.lo.0.saturating_sub(self.base)) as usize;
        let hi = (x.span.hi.0.saturating_sub(self.base)) as usize;
        self.out.push_str(self.text.get(lo..hi).unwrap_or("?"));
    }

    fn stmt(&mut self, s: &Stmt) {
        match &s.kind {
            StmtKind::Expr(x) => self.expr(x),
            StmtKind::Send(c, v) => {
                self.expr(c);
                self.out.push_str(" <- ");
                self.expr(v);
            }
            StmtKind::IncDec(x, inc) => {
                self.expr(x);
                self.out.push_str(if *inc { "++" } else { "--" });
            }
            StmtKind::Assign(a) => {
                self.list(&a.lhs);
                let op = match a.op {
                    AssignOp::Assign => "=".to_string(),
                    AssignOp::Define => ":=".to_string(),
                    AssignOp::Op(op) => format!("{}=", op.text()),
                };
                let _ = write!(self.out, " {op} ");
                self.list(&a.rhs);
            }
            _ => self.out.push('…'),
        }
    }

    fn fields(&mut self, fl: &FieldList, sep: &str) {
        for (i, f) in fl.list.iter().enumerate() {
            if i > 0 {
                self.out.push_str(sep);
            }
            for (j, n) in f.names.iter().enumerate() {
                if j > 0 {
                    self.out.push_str(", ");
                }
                self.out.push_str(self.interner.get(n.name));
            }
            if !f.names.is_empty() {
                self.out.push(' ');
            }
            self.expr(&f.typ);
        }
    }

    fn signature(&mut self, ft: &FuncType) {
        self.out.push('(');
        self.fields(&ft.params, ", ");
        self.out.push(')');
        if let Some(r) = &ft.results {
            self.out.push(' ');
            let paren = r.list.len() > 1 || r.list.first().is_some_and(|f| !f.names.is_empty());
            if paren {
                self.out.push('(');
            }
            self.fields(r, ", ");
            if paren {
                self.out.push(')');
            }
        }
    }

    fn expr(&mut self, x: &Expr) {
        match &x.kind {
            ExprKind::Bad => self.out.push_str("BadExpr"),
            ExprKind::Ident(sym) => self.out.push_str(self.interner.get(*sym)),
            ExprKind::BasicLit(_) => self.source(x),
            ExprKind::CompositeLit(c) => {
                if let Some(t) = &c.typ {
                    self.expr(t);
                }
                self.out.push_str(if c.elts.is_empty() { "{}" } else { "{…}" });
            }
            ExprKind::FuncLit(f) => {
                self.out.push_str("func");
                self.signature(&f.typ);
                self.out.push_str(if f.body.stmts.is_empty() { " {}" } else { " {…}" });
            }
            ExprKind::Paren(inner) => {
                self.out.push('(');
                self.expr(inner);
                self.out.push(')');
            }
            ExprKind::Selector(x, sel) => {
                self.expr(x);
                self.out.push('.');
                self.out.push_str(self.interner.get(sel.name));
            }
            ExprKind::Index(ix) => {
                self.expr(&ix.x);
                self.out.push('[');
                self.list(&ix.indices);
                self.out.push(']');
            }
            ExprKind::Slice(s) => {
                self.expr(&s.x);
                self.out.push('[');
                if let Some(l) = &s.low {
                    self.expr(l);
                }
                self.out.push(':');
                if let Some(h) = &s.high {
                    self.expr(h);
                }
                if let Some(m) = &s.max {
                    self.out.push(':');
                    self.expr(m);
                }
                self.out.push(']');
            }
            ExprKind::TypeAssert(x, t) => {
                self.expr(x);
                self.out.push_str(".(");
                match t {
                    Some(t) => self.expr(t),
                    None => self.out.push_str("type"),
                }
                self.out.push(')');
            }
            ExprKind::Call(c) => {
                self.expr(&c.fun);
                self.out.push('(');
                self.list(&c.args);
                if c.ellipsis.is_some() {
                    self.out.push_str("...");
                }
                self.out.push(')');
            }
            ExprKind::Star(x) => {
                self.out.push('*');
                self.expr(x);
            }
            ExprKind::Unary(op, x) => {
                self.out.push_str(op.text());
                self.expr(x);
            }
            ExprKind::Binary(op, l, r) => {
                self.expr(l);
                let _ = write!(self.out, " {} ", op.text());
                self.expr(r);
            }
            ExprKind::KeyValue(k, v) => {
                self.expr(k);
                self.out.push_str(": ");
                self.expr(v);
            }
            ExprKind::ArrayType(len, elem) => {
                self.out.push('[');
                if let Some(l) = len {
                    self.expr(l);
                }
                self.out.push(']');
                self.expr(elem);
            }
            ExprKind::Ellipsis(elem) => {
                self.out.push_str("...");
                if let Some(e) = elem {
                    self.expr(e);
                }
            }
            ExprKind::StructType(fl) => {
                self.out.push_str("struct{");
                self.fields(fl, "; ");
                self.out.push('}');
            }
            ExprKind::FuncType(ft) => {
                self.out.push_str("func");
                self.signature(ft);
            }
            ExprKind::InterfaceType(fl) => {
                self.out.push_str("interface{");
                for (i, f) in fl.list.iter().enumerate() {
                    if i > 0 {
                        self.out.push_str("; ");
                    }
                    match (&f.names[..], &f.typ.kind) {
                        ([name], ExprKind::FuncType(ft)) => {
                            self.out.push_str(self.interner.get(name.name));
                            self.signature(ft);
                        }
                        _ => self.expr(&f.typ),
                    }
                }
                self.out.push('}');
            }
            ExprKind::MapType(k, v) => {
                self.out.push_str("map[");
                self.expr(k);
                self.out.push(']');
                self.expr(v);
            }
            ExprKind::ChanType(dir, elem) => {
                self.out.push_str(match dir {
                    ChanDir::Both => "chan ",
                    ChanDir::Send => "chan<- ",
                    ChanDir::Recv => "<-chan ",
                });
                self.expr(elem);
            }
        }
    }
}
