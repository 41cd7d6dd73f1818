//! A readable, indented dump of the AST, one node per line, for snapshot tests and for
//! `gorun check --parse-only --ast`. Names are shown as text and literals as written; node
//! ids are left out (they are an implementation detail), spans shown as `@line:col`.

use crate::ast::*;
use crate::intern::Interner;
use crate::source::{Pos, SourceFile};

pub fn dump_file(file: &File, interner: &Interner, src: &SourceFile) -> String {
    let mut d = Dumper { interner, src, out: String::new(), depth: 0 };
    d.line(format!("File package {} @{}", d.name(file.name), d.at(file.package)));
    d.depth += 1;
    for dir in &file.directives {
        d.line(format!("Directive {:?}", dir.text));
    }
    for decl in &file.decls {
        d.decl(decl);
    }
    d.out
}

struct Dumper<'a> {
    interner: &'a Interner,
    src: &'a SourceFile,
    out: String,
    depth: usize,
}

impl Dumper<'_> {
    fn line(&mut self, text: impl AsRef<str>) {
        for _ in 0..self.depth {
            self.out.push_str("  ");
        }
        self.out.push_str(text.as_ref());
        self.out.push('\n');
    }

    fn nested(&mut self, f: impl FnOnce(&mut Self)) {
        self.depth += 1;
        f(self);
        self.depth -= 1;
    }

    fn name(&self, id: Ident) -> &str {
        self.interner.get(id.name)
    }

    fn at(&self, pos: Pos) -> String {
        let (line, col) = self.src.line_col(pos);
        format!("{line}:{col}")
    }

    fn labeled_expr(&mut self, label: &str, x: &Expr) {
        self.line(format!("{label}:"));
        self.nested(|d| d.expr(x));
    }

    fn opt_expr(&mut self, label: &str, x: &Option<Expr>) {
        if let Some(x) = x {
            self.labeled_expr(label, x);
        }
    }

    fn decl(&mut self, decl: &Decl) {
        match decl {
            Decl::Bad(span) => self.line(format!("BadDecl @{}", self.at(span.lo))),
            Decl::Gen(g) => self.gen_decl(g),
            Decl::Func(f) => {
                let recv = if f.recv.is_some() { "Method" } else { "Func" };
                let body = if f.body.is_none() { " (no body)" } else { "" };
                self.line(format!("{recv} {} @{}{body}", self.name(f.name), self.at(f.span.lo)));
                self.nested(|d| {
                    if let Some(r) = &f.recv {
                        d.field_list("Recv", r);
                    }
                    d.func_type(&f.typ);
                    if let Some(b) = &f.body {
                        d.block("Body", b);
                    }
                });
            }
        }
    }

    fn gen_decl(&mut self, g: &GenDecl) {
        let grouped = if g.lparen.is_some() { " (grouped)" } else { "" };
        self.line(format!("{:?}{grouped} @{}", g.keyword, self.at(g.span.lo)));
        self.nested(|d| {
            for spec in &g.specs {
                match spec {
                    Spec::Import(i) => {
                        let name = i.name.map(|n| format!(" as {}", d.name(n))).unwrap_or_default();
                        d.line(format!("Import {}{name}", d.src.slice(i.path)));
                    }
                    Spec::Value(v) => {
                        let names: Vec<&str> = v.names.iter().map(|n| d.name(*n)).collect();
                        d.line(format!("Spec {} iota={}", names.join(", "), v.iota));
                        d.nested(|d| {
                            d.opt_expr("Type", &v.typ);
                            for x in &v.values {
                                d.labeled_expr("Value", x);
                            }
                        });
                    }
                    Spec::Type(t) => {
                        let alias = if t.assign.is_some() { " (alias)" } else { "" };
                        d.line(format!("TypeSpec {}{alias}", d.name(t.name)));
                        d.nested(|d| {
                            if let Some(tp) = &t.type_params {
                                d.field_list("TypeParams", tp);
                            }
                            d.expr(&t.typ);
                        });
                    }
                }
            }
        });
    }

    fn field_list(&mut self, label: &str, fl: &FieldList) {
        self.line(format!("{label} ({})", fl.list.len()));
        self.nested(|d| {
            for f in &fl.list {
                let names: Vec<&str> = f.names.iter().map(|n| d.name(*n)).collect();
                let tag = f.tag.map(|t| format!(" tag {}", d.src.slice(t))).unwrap_or_default();
                if names.is_empty() {
                    d.line(format!("Field{tag}"));
                } else {
                    d.line(format!("Field {}{tag}", names.join(", ")));
                }
                d.nested(|d| d.expr(&f.typ));
            }
        });
    }

    fn func_type(&mut self, ft: &FuncType) {
        if let Some(tp) = &ft.type_params {
            self.field_list("TypeParams", tp);
        }
        self.field_list("Params", &ft.params);
        if let Some(r) = &ft.results {
            self.field_list("Results", r);
        }
    }

    fn block(&mut self, label: &str, b: &Block) {
        self.line(format!("{label} @{}", self.at(b.lbrace)));
        self.nested(|d| {
            for s in &b.stmts {
                d.stmt(s);
            }
        });
    }

    fn stmt(&mut self, s: &Stmt) {
        let at = self.at(s.span.lo);
        match &s.kind {
            StmtKind::Bad => self.line(format!("BadStmt @{at}")),
            StmtKind::Decl(g) => self.gen_decl(g),
            StmtKind::Empty => self.line(format!("Empty @{at}")),
            StmtKind::Labeled(label, inner) => {
                self.line(format!("Label {} @{at}", self.name(*label)));
                self.nested(|d| d.stmt(inner));
            }
            StmtKind::Expr(x) => {
                self.line(format!("ExprStmt @{at}"));
                self.nested(|d| d.expr(x));
            }
            StmtKind::Send(c, v) => {
                self.line(format!("Send @{at}"));
                self.nested(|d| {
                    d.expr(c);
                    d.expr(v);
                });
            }
            StmtKind::IncDec(x, inc) => {
                self.line(format!("{} @{at}", if *inc { "Inc" } else { "Dec" }));
                self.nested(|d| d.expr(x));
            }
            StmtKind::Assign(a) => {
                let op = match a.op {
                    AssignOp::Assign => "=".to_string(),
                    AssignOp::Define => ":=".to_string(),
                    AssignOp::Op(op) => format!("{}=", op.text()),
                };
                self.line(format!("Assign {op} @{at}"));
                self.nested(|d| {
                    for x in &a.lhs {
                        d.labeled_expr("Lhs", x);
                    }
                    for x in &a.rhs {
                        d.labeled_expr("Rhs", x);
                    }
                });
            }
            StmtKind::Go(x) | StmtKind::Defer(x) => {
                let kw = if matches!(s.kind, StmtKind::Go(_)) { "Go" } else { "Defer" };
                self.line(format!("{kw} @{at}"));
                self.nested(|d| d.expr(x));
            }
            StmtKind::Return(xs) => {
                self.line(format!("Return @{at}"));
                self.nested(|d| {
                    for x in xs {
                        d.expr(x);
                    }
                });
            }
            StmtKind::Branch(kind, label) => {
                let label = label.map(|l| format!(" {}", self.name(l))).unwrap_or_default();
                self.line(format!("{kind:?}{label} @{at}"));
            }
            StmtKind::Block(b) => self.block("Block", b),
            StmtKind::If(i) => self.if_stmt(i, &at),
            StmtKind::Switch(sw) => {
                self.line(format!("Switch @{at}"));
                self.nested(|d| {
                    if let Some(init) = &sw.init {
                        d.line("Init:");
                        d.nested(|d| d.stmt(init));
                    }
                    d.opt_expr("Tag", &sw.tag);
                    d.case_clauses(&sw.clauses);
                });
            }
            StmtKind::TypeSwitch(ts) => {
                let bind = ts.bind.map(|b| format!(" {} :=", self.name(b))).unwrap_or_default();
                self.line(format!("TypeSwitch{bind} @{at}"));
                self.nested(|d| {
                    if let Some(init) = &ts.init {
                        d.line("Init:");
                        d.nested(|d| d.stmt(init));
                    }
                    d.labeled_expr("X", &ts.x);
                    d.case_clauses(&ts.clauses);
                });
            }
            StmtKind::Select(sel) => {
                self.line(format!("Select @{at}"));
                self.nested(|d| {
                    for c in &sel.clauses {
                        match &c.comm {
                            Some(comm) => {
                                d.line("Case");
                                d.nested(|d| d.stmt(comm));
                            }
                            None => d.line("Default"),
                        }
                        d.nested(|d| {
                            for s in &c.body {
                                d.stmt(s);
                            }
                        });
                    }
                });
            }
            StmtKind::For(f) => {
                self.line(format!("For @{at}"));
                self.nested(|d| {
                    if let Some(init) = &f.init {
                        d.line("Init:");
                        d.nested(|d| d.stmt(init));
                    }
                    d.opt_expr("Cond", &f.cond);
                    if let Some(post) = &f.post {
                        d.line("Post:");
                        d.nested(|d| d.stmt(post));
                    }
                    d.block("Body", &f.body);
                });
            }
            StmtKind::Range(r) => {
                let tok = match r.tok {
                    Some(AssignOp::Define) => " :=",
                    Some(_) => " =",
                    None => "",
                };
                self.line(format!("Range{tok} @{at}"));
                self.nested(|d| {
                    d.opt_expr("Key", &r.key);
                    d.opt_expr("Value", &r.value);
                    d.labeled_expr("X", &r.x);
                    d.block("Body", &r.body);
                });
            }
        }
    }

    fn if_stmt(&mut self, i: &IfStmt, at: &str) {
        self.line(format!("If @{at}"));
        self.nested(|d| {
            if let Some(init) = &i.init {
                d.line("Init:");
                d.nested(|d| d.stmt(init));
            }
            d.labeled_expr("Cond", &i.cond);
            d.block("Then", &i.then);
            if let Some(els) = &i.els {
                d.line("Else:");
                d.nested(|d| d.stmt(els));
            }
        });
    }

    fn case_clauses(&mut self, clauses: &[CaseClause]) {
        for c in clauses {
            match &c.list {
                Some(list) => {
                    self.line("Case");
                    self.nested(|d| {
                        for x in list {
                            d.expr(x);
                        }
                    });
                }
                None => self.line("Default"),
            }
            self.nested(|d| {
                for s in &c.body {
                    d.stmt(s);
                }
            });
        }
    }

    fn expr(&mut self, x: &Expr) {
        let text = match &x.kind {
            ExprKind::Bad => "BadExpr".to_string(),
            ExprKind::Ident(sym) => format!("Ident {}", self.interner.get(*sym)),
            ExprKind::BasicLit(kind) => format!("{kind:?} {}", self.src.slice(x.span)),
            ExprKind::CompositeLit(c) => {
                self.line("CompositeLit");
                self.nested(|d| {
                    if let Some(t) = &c.typ {
                        d.labeled_expr("Type", t);
                    }
                    for e in &c.elts {
                        d.expr(e);
                    }
                });
                return;
            }
            ExprKind::FuncLit(f) => {
                self.line("FuncLit");
                self.nested(|d| {
                    d.func_type(&f.typ);
                    d.block("Body", &f.body);
                });
                return;
            }
            ExprKind::Paren(inner) => return self.unary_node("Paren", inner),
            ExprKind::Selector(base, sel) => {
                let line = format!("Selector .{}", self.name(*sel));
                self.line(line);
                self.nested(|d| d.expr(base));
                return;
            }
            ExprKind::Index(ix) => {
                self.line("Index");
                self.nested(|d| {
                    d.expr(&ix.x);
                    for i in &ix.indices {
                        d.labeled_expr("Index", i);
                    }
                });
                return;
            }
            ExprKind::Slice(s) => {
                self.line(if s.slice3 { "Slice3" } else { "Slice" });
                self.nested(|d| {
                    d.expr(&s.x);
                    d.opt_expr("Low", &s.low);
                    d.opt_expr("High", &s.high);
                    d.opt_expr("Max", &s.max);
                });
                return;
            }
            ExprKind::TypeAssert(base, t) => {
                self.line(if t.is_some() { "TypeAssert" } else { "TypeAssert (type)" });
                self.nested(|d| {
                    d.expr(base);
                    if let Some(t) = t {
                        d.labeled_expr("Type", t);
                    }
                });
                return;
            }
            ExprKind::Call(c) => {
                self.line(if c.ellipsis.is_some() { "Call ..." } else { "Call" });
                self.nested(|d| {
                    d.expr(&c.fun);
                    for a in &c.args {
                        d.labeled_expr("Arg", a);
                    }
                });
                return;
            }
            ExprKind::Star(inner) => return self.unary_node("Star", inner),
            ExprKind::Unary(op, inner) => {
                return self.unary_node(&format!("Unary {}", op.text()), inner);
            }
            ExprKind::Binary(op, l, r) => {
                self.line(format!("Binary {}", op.text()));
                self.nested(|d| {
                    d.expr(l);
                    d.expr(r);
                });
                return;
            }
            ExprKind::KeyValue(k, v) => {
                self.line("KeyValue");
                self.nested(|d| {
                    d.expr(k);
                    d.expr(v);
                });
                return;
            }
            ExprKind::ArrayType(len, elem) => {
                self.line(if len.is_some() { "ArrayType" } else { "SliceType" });
                self.nested(|d| {
                    if let Some(l) = len {
                        d.labeled_expr("Len", l);
                    }
                    d.expr(elem);
                });
                return;
            }
            ExprKind::Ellipsis(elem) => {
                self.line("Ellipsis");
                if let Some(e) = elem {
                    self.nested(|d| d.expr(e));
                }
                return;
            }
            ExprKind::StructType(fl) => return self.field_list("StructType", fl),
            ExprKind::FuncType(ft) => {
                self.line("FuncType");
                self.nested(|d| d.func_type(ft));
                return;
            }
            ExprKind::InterfaceType(fl) => return self.field_list("InterfaceType", fl),
            ExprKind::MapType(k, v) => {
                self.line("MapType");
                self.nested(|d| {
                    d.expr(k);
                    d.expr(v);
                });
                return;
            }
            ExprKind::ChanType(dir, elem) => {
                return self.unary_node(&format!("ChanType {dir:?}"), elem);
            }
        };
        self.line(text);
    }

    fn unary_node(&mut self, label: &str, inner: &Expr) {
        self.line(label);
        self.nested(|d| d.expr(inner));
    }
}
