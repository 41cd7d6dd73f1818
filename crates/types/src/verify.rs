//! A consistency check of the checker's output: in a program checked without errors, every
//! expression that denotes a value or a type has a recorded type. The compiler relies on
//! that; an expression left without a type means the checker gave up on it silently, which
//! is a checker bug. Tests and the checker's fuzz target run this on every clean program.

use crate::check::Program;
use crate::info::Mode;
use crate::object::ObjKind;
use crate::types::INVALID;
use gorun_syntax::ast::*;
use gorun_syntax::intern::Symbol;
use gorun_syntax::source::Pos;

/// The positions of expressions of `files` that have no type although they should.
pub fn untyped_expressions(program: &Program, files: &[Box<File>]) -> Vec<Pos> {
    let mut v = Verifier { program, missing: Vec::new() };
    for f in files {
        for d in &f.decls {
            match d {
                Decl::Gen(g) => v.gen_decl(g),
                Decl::Func(fd) => {
                    if let Some(body) = &fd.body {
                        v.block(body);
                    }
                }
                Decl::Bad(_) => {}
            }
        }
    }
    v.missing
}

struct Verifier<'p> {
    program: &'p Program,
    missing: Vec<Pos>,
}

impl Verifier<'_> {
    fn typed(&mut self, e: &Expr) {
        match self.program.info.expr(e.id) {
            Some(tv) if matches!(tv.mode, Mode::NoValue | Mode::Builtin(_)) || tv.typ != INVALID => {}
            _ => self.missing.push(e.span.lo),
        }
    }

    fn gen_decl(&mut self, g: &GenDecl) {
        for spec in &g.specs {
            match spec {
                Spec::Value(v) => {
                    if let Some(t) = &v.typ {
                        self.expr(t);
                    }
                    for e in &v.values {
                        self.expr(e);
                    }
                }
                Spec::Type(t) if t.type_params.is_none() => self.expr(&t.typ),
                _ => {}
            }
        }
    }

    fn block(&mut self, b: &Block) {
        for s in &b.stmts {
            self.stmt(s);
        }
    }

    fn opt_stmt(&mut self, s: &Option<Stmt>) {
        if let Some(s) = s {
            self.stmt(s);
        }
    }

    fn stmt(&mut self, s: &Stmt) {
        match &s.kind {
            StmtKind::Bad => self.missing.push(s.span.lo),
            StmtKind::Decl(g) => self.gen_decl(g),
            StmtKind::Empty | StmtKind::Branch(..) => {}
            StmtKind::Labeled(_, inner) => self.stmt(inner),
            StmtKind::Expr(e) | StmtKind::Go(e) | StmtKind::Defer(e) | StmtKind::IncDec(e, _) => self.expr(e),
            StmtKind::Send(c, v) => {
                self.expr(c);
                self.expr(v);
            }
            StmtKind::Assign(a) => {
                for l in &a.lhs {
                    // Names a `:=` declares are definitions, not expressions.
                    if a.op != AssignOp::Define {
                        self.expr(l);
                    }
                }
                for r in &a.rhs {
                    self.expr(r);
                }
            }
            StmtKind::Return(xs) => xs.iter().for_each(|x| self.expr(x)),
            StmtKind::Block(b) => self.block(b),
            StmtKind::If(i) => {
                self.opt_stmt(&i.init);
                self.expr(&i.cond);
                self.block(&i.then);
                self.opt_stmt(&i.els);
            }
            StmtKind::Switch(sw) => {
                self.opt_stmt(&sw.init);
                if let Some(t) = &sw.tag {
                    self.expr(t);
                }
                for c in &sw.clauses {
                    c.list.iter().flatten().for_each(|x| self.expr(x));
                    c.body.iter().for_each(|s| self.stmt(s));
                }
            }
            StmtKind::TypeSwitch(ts) => {
                self.opt_stmt(&ts.init);
                self.expr(&ts.x);
                for c in &ts.clauses {
                    // `nil` as a case is a value, the others types: both are recorded.
                    c.list.iter().flatten().for_each(|x| self.expr(x));
                    c.body.iter().for_each(|s| self.stmt(s));
                }
            }
            StmtKind::Select(sel) => {
                for c in &sel.clauses {
                    self.opt_stmt(&c.comm);
                    c.body.iter().for_each(|s| self.stmt(s));
                }
            }
            StmtKind::For(f) => {
                self.opt_stmt(&f.init);
                if let Some(c) = &f.cond {
                    self.expr(c);
                }
                self.opt_stmt(&f.post);
                self.block(&f.body);
            }
            StmtKind::Range(r) => {
                if r.tok != Some(AssignOp::Define) {
                    for v in [&r.key, &r.value].into_iter().flatten() {
                        self.expr(v);
                    }
                }
                self.expr(&r.x);
                self.block(&r.body);
            }
        }
    }

    fn expr(&mut self, e: &Expr) {
        match &e.kind {
            ExprKind::Bad => self.missing.push(e.span.lo),
            ExprKind::Ident(Symbol(0)) => {}
            ExprKind::Ident(_) | ExprKind::BasicLit(_) => self.typed(e),
            ExprKind::CompositeLit(c) => {
                self.typed(e);
                if let Some(t) = &c.typ {
                    self.expr(t);
                }
                let is_struct = self.program.info.expr(e.id).is_some_and(|tv| {
                    let types = &self.program.types;
                    let u = types.core_type(tv.typ);
                    types.struct_type(u).is_some() || types.pointer_to_struct(u)
                });
                for el in &c.elts {
                    match &el.kind {
                        ExprKind::KeyValue(k, v) => {
                            if !is_struct {
                                self.expr(k);
                            }
                            self.expr(v);
                        }
                        _ => self.expr(el),
                    }
                }
            }
            ExprKind::FuncLit(f) => {
                self.typed(e);
                self.block(&f.body);
            }
            ExprKind::Paren(x) | ExprKind::Star(x) | ExprKind::Unary(_, x) => {
                self.typed(e);
                self.expr(x);
            }
            ExprKind::Selector(x, _) => {
                self.typed(e);
                let is_pkg = match x.kind {
                    ExprKind::Ident(_) => self
                        .program
                        .info
                        .uses
                        .get(&x.id)
                        .is_some_and(|&o| matches!(self.program.objects.get(o).kind, ObjKind::PkgName(_))),
                    _ => false,
                };
                if !is_pkg {
                    self.expr(x);
                }
            }
            ExprKind::Index(ix) => {
                self.typed(e);
                self.expr(&ix.x);
                ix.indices.iter().for_each(|i| self.expr(i));
            }
            ExprKind::Slice(s) => {
                self.typed(e);
                self.expr(&s.x);
                for i in [&s.low, &s.high, &s.max].into_iter().flatten() {
                    self.expr(i);
                }
            }
            ExprKind::TypeAssert(x, t) => {
                self.expr(x);
                if let Some(t) = t {
                    self.typed(e);
                    self.expr(t);
                }
            }
            ExprKind::Call(c) => {
                self.typed(e);
                self.expr(&c.fun);
                c.args.iter().for_each(|a| self.expr(a));
            }
            ExprKind::Binary(_, l, r) => {
                self.typed(e);
                self.expr(l);
                self.expr(r);
            }
            // Types: recorded as a whole; their parts are names and literals already seen
            // by the checker (field and parameter names are not expressions).
            ExprKind::ArrayType(..)
            | ExprKind::StructType(_)
            | ExprKind::FuncType(_)
            | ExprKind::InterfaceType(_)
            | ExprKind::MapType(..)
            | ExprKind::ChanType(..) => self.typed(e),
            ExprKind::KeyValue(..) | ExprKind::Ellipsis(_) => {}
        }
    }
}
