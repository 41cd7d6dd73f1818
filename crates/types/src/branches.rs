//! Labels and branch statements (gc's branch checker), and terminating statements.
//!
//! Labels are scoped to their function body (not to nested function literals). A `break`
//! needs an enclosing `for`, `switch` or `select` (or one labeled with its label), a
//! `continue` an enclosing loop, a `goto` a label that does not lead into a block or over
//! a variable declaration, a `fallthrough` the end of a non-final expression-switch case.
//! The messages are gc's, which come from its parser rather than its type checker.

use crate::check::Checker;
use gorun_syntax::ast::{AssignOp, Block, BranchKind, DeclKeyword, ExprKind, Spec, Stmt, StmtKind};
use gorun_syntax::intern::Symbol;
use gorun_syntax::source::Pos;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Target {
    Loop,
    Switch,
    TypeSwitch,
    Select,
}

struct Label {
    name: Symbol,
    pos: Pos,
    /// The blocks enclosing the label, outermost first (by their `{` position).
    blocks: Vec<Pos>,
    /// The index of the labeled statement in its block.
    index: usize,
    used: bool,
    /// The labeled statement's span start (to recognize enclosing statements).
    stmt: Pos,
}

struct Goto {
    label: Symbol,
    pos: Pos,
    blocks: Vec<Pos>,
    /// For each enclosing block, the index of the statement containing the goto.
    path: Vec<usize>,
}

struct BranchWalker<'c> {
    labels: Vec<Label>,
    gotos: Vec<Goto>,
    /// Errors; a `{at}` in a message is replaced by the formatted third position.
    errors: Vec<(Pos, String, Option<Pos>)>,
    blocks: Vec<Pos>,
    path: Vec<usize>,
    /// Enclosing breakable statements: (kind, label if any).
    targets: Vec<(Target, Option<Symbol>)>,
    /// Variable declarations per block: (block, index in block, position, name text).
    decls: Vec<(Pos, usize, Pos, String)>,
    names: &'c dyn Fn(Symbol) -> String,
}

impl<'a> Checker<'a> {
    /// Runs the branch checks over a function body.
    pub(crate) fn check_branches(&mut self, body: &'a Block) {
        let interner = self.interner;
        let names = move |s: Symbol| interner.get(s).to_string();
        let mut w = BranchWalker {
            labels: Vec::new(),
            gotos: Vec::new(),
            errors: Vec::new(),
            blocks: Vec::new(),
            path: Vec::new(),
            targets: Vec::new(),
            decls: Vec::new(),
            names: &names,
        };
        w.collect_labels(&body.stmts, body.lbrace, &mut Vec::new());
        w.block(&body.stmts, body.lbrace, None);
        w.check_gotos(self);
        for l in &w.labels {
            if !l.used {
                w.errors.push((l.pos, format!("label {} defined and not used", names(l.name)), None));
            }
        }
        let mut errors = w.errors;
        errors.sort_by_key(|(p, _, _)| *p);
        for (pos, msg, at) in errors {
            let msg = match at {
                Some(at) => msg.replace("{at}", &self.position(at)),
                None => msg,
            };
            self.error(pos, msg);
        }
    }

    /// Whether a statement list ends in a terminating statement (the spec's rules).
    pub(crate) fn is_terminating_list(&self, stmts: &[Stmt]) -> bool {
        match stmts.iter().rev().find(|s| !matches!(s.kind, StmtKind::Empty)) {
            Some(s) => self.is_terminating(s, None),
            None => false,
        }
    }

    fn is_terminating(&self, s: &Stmt, label: Option<Symbol>) -> bool {
        match &s.kind {
            StmtKind::Return(_) | StmtKind::Branch(BranchKind::Goto, _) => true,
            StmtKind::Expr(x) => {
                // A call of the builtin panic.
                if let ExprKind::Call(c) = &crate::expr::strip_parens(x).kind
                    && let Some(tv) = self.prog.info.expr(c.fun.id)
                {
                    return tv.mode == crate::info::Mode::Builtin(crate::object::Builtin::Panic);
                }
                false
            }
            StmtKind::Block(b) => self.is_terminating_list(&b.stmts),
            StmtKind::If(i) => {
                i.els.as_ref().is_some_and(|e| self.is_terminating(e, None)) && self.is_terminating_list(&i.then.stmts)
            }
            StmtKind::For(f) => f.cond.is_none() && !has_break(&f.body.stmts, label, true),
            StmtKind::Range(_) => false,
            StmtKind::Labeled(l, inner) => self.is_terminating(inner, Some(l.name)),
            StmtKind::Switch(sw) => {
                sw.clauses.iter().any(|c| c.list.is_none())
                    && sw.clauses.iter().all(|c| {
                        !has_break(&c.body, label, true)
                            && (self.is_terminating_list(&c.body)
                                || matches!(
                                    c.body.last().map(|s| &s.kind),
                                    Some(StmtKind::Branch(BranchKind::Fallthrough, _))
                                ))
                    })
            }
            StmtKind::TypeSwitch(ts) => {
                ts.clauses.iter().any(|c| c.list.is_none())
                    && ts.clauses.iter().all(|c| !has_break(&c.body, label, true) && self.is_terminating_list(&c.body))
            }
            StmtKind::Select(sel) => {
                sel.clauses.iter().all(|c| !has_break(&c.body, label, true) && self.is_terminating_list(&c.body))
            }
            _ => false,
        }
    }
}

/// Whether `stmts` contain a break that targets the enclosing statement: an unlabeled one
/// not nested in another breakable statement, or one with `label`.
fn has_break(stmts: &[Stmt], label: Option<Symbol>, top: bool) -> bool {
    stmts.iter().any(|s| stmt_has_break(s, label, top))
}

fn stmt_has_break(s: &Stmt, label: Option<Symbol>, top: bool) -> bool {
    match &s.kind {
        StmtKind::Branch(BranchKind::Break, None) => top,
        StmtKind::Branch(BranchKind::Break, Some(l)) => Some(l.name) == label,
        StmtKind::Block(b) => has_break(&b.stmts, label, top),
        StmtKind::Labeled(_, inner) => stmt_has_break(inner, label, top),
        StmtKind::If(i) => {
            has_break(&i.then.stmts, label, top) || i.els.as_ref().is_some_and(|e| stmt_has_break(e, label, top))
        }
        StmtKind::For(f) => has_break(&f.body.stmts, label, false),
        StmtKind::Range(r) => has_break(&r.body.stmts, label, false),
        StmtKind::Switch(sw) => sw.clauses.iter().any(|c| has_break(&c.body, label, false)),
        StmtKind::TypeSwitch(ts) => ts.clauses.iter().any(|c| has_break(&c.body, label, false)),
        StmtKind::Select(sel) => sel.clauses.iter().any(|c| has_break(&c.body, label, false)),
        _ => false,
    }
}

impl BranchWalker<'_> {
    fn collect_labels(&mut self, stmts: &[Stmt], block: Pos, blocks: &mut Vec<Pos>) {
        blocks.push(block);
        for (i, s) in stmts.iter().enumerate() {
            self.collect_stmt_labels(s, i, blocks);
        }
        blocks.pop();
    }

    fn collect_stmt_labels(&mut self, s: &Stmt, index: usize, blocks: &mut Vec<Pos>) {
        match &s.kind {
            StmtKind::Labeled(l, inner) => {
                if let Some(prev) = self.labels.iter().find(|x| x.name == l.name) {
                    let at = prev.pos;
                    self.errors.push((
                        l.span.lo,
                        format!("label {} already defined at {{at}}", (self.names)(l.name)),
                        Some(at),
                    ));
                } else if l.name != Symbol(0) {
                    self.labels.push(Label {
                        name: l.name,
                        pos: l.span.lo,
                        blocks: blocks.clone(),
                        index,
                        used: false,
                        stmt: inner.span.lo,
                    });
                }
                self.collect_stmt_labels(inner, index, blocks);
            }
            StmtKind::Block(b) => self.collect_labels(&b.stmts, b.lbrace, blocks),
            StmtKind::If(i) => {
                self.collect_labels(&i.then.stmts, i.then.lbrace, blocks);
                if let Some(e) = &i.els {
                    self.collect_stmt_labels(e, index, blocks);
                }
            }
            StmtKind::For(f) => self.collect_labels(&f.body.stmts, f.body.lbrace, blocks),
            StmtKind::Range(r) => self.collect_labels(&r.body.stmts, r.body.lbrace, blocks),
            StmtKind::Switch(sw) => {
                for c in &sw.clauses {
                    self.collect_labels(&c.body, c.colon, blocks);
                }
            }
            StmtKind::TypeSwitch(ts) => {
                for c in &ts.clauses {
                    self.collect_labels(&c.body, c.colon, blocks);
                }
            }
            StmtKind::Select(sel) => {
                for c in &sel.clauses {
                    self.collect_labels(&c.body, c.colon, blocks);
                }
            }
            _ => {}
        }
    }

    fn block(&mut self, stmts: &[Stmt], open: Pos, case: Option<(bool, bool)>) {
        self.blocks.push(open);
        for (i, s) in stmts.iter().enumerate() {
            self.path.push(i);
            let last = i + 1 == stmts.len();
            self.stmt(s, None, case.map(|(final_case, type_switch)| (final_case, type_switch, last)));
            self.path.pop();
        }
        self.blocks.pop();
    }

    /// `case` is (is the final case, in a type switch, is the last statement) for the
    /// statements directly in a switch case.
    fn stmt(&mut self, s: &Stmt, label: Option<Symbol>, case: Option<(bool, bool, bool)>) {
        match &s.kind {
            StmtKind::Labeled(l, inner) => self.stmt(inner, Some(l.name), case),
            StmtKind::Decl(g) if g.keyword == DeclKeyword::Var => {
                for spec in &g.specs {
                    if let Spec::Value(v) = spec
                        && let Some(n) = v.names.first()
                    {
                        let idx = *self.path.last().unwrap_or(&0);
                        let block = *self.blocks.last().unwrap_or(&Pos(0));
                        self.decls.push((block, idx, n.span.lo, (self.names)(n.name)));
                    }
                }
            }
            StmtKind::Assign(a) if a.op == AssignOp::Define => {
                if let Some(first) = a.lhs.iter().find_map(|l| match l.kind {
                    ExprKind::Ident(sym) if sym != Symbol(0) => Some(sym),
                    _ => None,
                }) {
                    let idx = *self.path.last().unwrap_or(&0);
                    let block = *self.blocks.last().unwrap_or(&Pos(0));
                    self.decls.push((block, idx, a.op_pos, (self.names)(first)));
                }
            }
            StmtKind::Branch(kind, target) => self.branch(s, *kind, target.map(|t| (t.name, t.span.lo)), case),
            StmtKind::Block(b) => self.block(&b.stmts, b.lbrace, None),
            StmtKind::If(i) => {
                self.block(&i.then.stmts, i.then.lbrace, None);
                if let Some(e) = &i.els {
                    self.stmt(e, None, None);
                }
            }
            StmtKind::For(f) => {
                self.targets.push((Target::Loop, label));
                self.block(&f.body.stmts, f.body.lbrace, None);
                self.targets.pop();
            }
            StmtKind::Range(r) => {
                self.targets.push((Target::Loop, label));
                self.block(&r.body.stmts, r.body.lbrace, None);
                self.targets.pop();
            }
            StmtKind::Switch(sw) => {
                self.targets.push((Target::Switch, label));
                let n = sw.clauses.len();
                for (i, c) in sw.clauses.iter().enumerate() {
                    self.block(&c.body, c.colon, Some((i + 1 == n, false)));
                }
                self.targets.pop();
            }
            StmtKind::TypeSwitch(ts) => {
                self.targets.push((Target::TypeSwitch, label));
                for c in &ts.clauses {
                    self.block(&c.body, c.colon, Some((false, true)));
                }
                self.targets.pop();
            }
            StmtKind::Select(sel) => {
                self.targets.push((Target::Select, label));
                for c in &sel.clauses {
                    self.block(&c.body, c.colon, None);
                }
                self.targets.pop();
            }
            _ => {}
        }
    }

    fn branch(&mut self, s: &Stmt, kind: BranchKind, target: Option<(Symbol, Pos)>, case: Option<(bool, bool, bool)>) {
        let pos = s.span.lo;
        match (kind, target) {
            (BranchKind::Break, None) => {
                if self.targets.is_empty() {
                    self.errors.push((pos, "break is not in a loop, switch, or select".into(), None));
                }
            }
            (BranchKind::Continue, None) => {
                if !self.targets.iter().any(|(t, _)| *t == Target::Loop) {
                    self.errors.push((pos, "continue is not in a loop".into(), None));
                }
            }
            (BranchKind::Break | BranchKind::Continue, Some((name, lpos))) => {
                let word = if kind == BranchKind::Break { "break" } else { "continue" };
                let Some(label) = self.labels.iter_mut().find(|l| l.name == name) else {
                    self.errors.push((lpos, format!("{word} label not defined: {}", (self.names)(name)), None));
                    return;
                };
                label.used = true;
                let enclosing = self
                    .targets
                    .iter()
                    .any(|(t, l)| *l == Some(name) && (kind == BranchKind::Break || *t == Target::Loop));
                if !enclosing {
                    self.errors.push((lpos, format!("invalid {word} label {}", (self.names)(name)), None));
                }
            }
            (BranchKind::Goto, Some((name, lpos))) => {
                self.gotos.push(Goto { label: name, pos: lpos, blocks: self.blocks.clone(), path: self.path.clone() });
            }
            (BranchKind::Goto, None) => {}
            (BranchKind::Fallthrough, _) => {
                let msg = match (self.targets.last(), case) {
                    (Some((Target::TypeSwitch, _)), Some(_)) => Some("cannot fallthrough in type switch"),
                    (Some((Target::Switch, _)), Some((final_case, _, last))) => {
                        if !last {
                            Some("fallthrough statement out of place")
                        } else if final_case {
                            Some("cannot fallthrough final case in switch")
                        } else {
                            None
                        }
                    }
                    _ => Some("fallthrough statement out of place"),
                };
                if let Some(m) = msg {
                    self.errors.push((pos, m.into(), None));
                }
            }
        }
    }

    fn check_gotos(&mut self, c: &Checker<'_>) {
        let gotos = std::mem::take(&mut self.gotos);
        for g in gotos {
            let Some(label) = self.labels.iter_mut().find(|l| l.name == g.label) else {
                self.errors.push((g.pos, format!("label {} not defined", (self.names)(g.label)), None));
                continue;
            };
            label.used = true;
            // The label's blocks must all enclose the goto.
            let n = label.blocks.len();
            if n > g.blocks.len() || label.blocks[..] != g.blocks[..n] {
                let into = label
                    .blocks
                    .iter()
                    .zip(g.blocks.iter().chain(std::iter::repeat(&Pos(0))))
                    .find(|(a, b)| a != b)
                    .map(|(a, _)| *a);
                let into = into.unwrap_or(*label.blocks.last().unwrap_or(&Pos(0)));
                let at = c.position(into);
                self.errors.push((
                    g.pos,
                    format!("goto {} jumps into block starting at {at}", (self.names)(g.label)),
                    None,
                ));
                continue;
            }
            // A forward jump in the label's block must not skip a variable declaration.
            let block = *label.blocks.last().unwrap_or(&Pos(0));
            let from = g.path.get(n - 1).copied().unwrap_or(0);
            let to = label.index;
            if to > from
                && let Some((_, _, dpos, dname)) =
                    self.decls.iter().find(|(b, i, _, _)| *b == block && *i > from && *i < to)
            {
                let at = c.position(*dpos);
                self.errors.push((
                    g.pos,
                    format!("goto {} jumps over declaration of {dname} at {at}", (self.names)(g.label)),
                    None,
                ));
            }
            let _ = label.stmt;
        }
    }
}
