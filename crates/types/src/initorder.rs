//! Initialization order of package-level variables, and initialization cycles.
//!
//! The dependencies recorded while checking declarations (an initializer or a function
//! body referring to a package-level constant, variable, function or method) form a graph.
//! Functions are removed from it, each one's dependents inheriting its dependencies, so
//! the graph relates constants and variables only. Then nodes are taken by priority:
//! constants first, then fewest outstanding dependencies, then declaration order; a node
//! taken while it still has dependencies is on a cycle, reported with gc's listing. The
//! variables with initializers, in the order taken, are the initialization order.

use crate::check::Checker;
use crate::object::{ObjId, ObjKind};
use std::cmp::Reverse;
use std::collections::{BTreeSet, BinaryHeap};

/// A node's place in the queue: constants first, then fewer outstanding dependencies,
/// then declaration order (reversed: the heap pops its largest entry).
type Priority = Reverse<(bool, usize, usize)>;

struct Node {
    obj: ObjId,
    is_const: bool,
    is_func: bool,
    /// Declaration order.
    order: usize,
    pred: BTreeSet<usize>,
    succ: BTreeSet<usize>,
}

impl<'a> Checker<'a> {
    pub(crate) fn init_order(&mut self) {
        let objs: Vec<ObjId> = self
            .pkg_objects
            .iter()
            .copied()
            .filter(|o| {
                matches!(self.prog.objects.get(*o).kind, ObjKind::Const(_) | ObjKind::Var(_) | ObjKind::Func(_))
            })
            .collect();
        let index: rustc_hash::FxHashMap<ObjId, usize> = objs.iter().enumerate().map(|(i, &o)| (o, i)).collect();
        let mut nodes: Vec<Node> = objs
            .iter()
            .enumerate()
            .map(|(order, &obj)| {
                let kind = &self.prog.objects.get(obj).kind;
                Node {
                    obj,
                    is_const: matches!(kind, ObjKind::Const(_)),
                    is_func: matches!(kind, ObjKind::Func(_)),
                    order,
                    pred: BTreeSet::new(),
                    succ: BTreeSet::new(),
                }
            })
            .collect();
        for (i, &obj) in objs.iter().enumerate() {
            for d in self.deps.get(&obj).map(Vec::as_slice).unwrap_or_default() {
                if let Some(&j) = index.get(d) {
                    nodes[i].succ.insert(j);
                    nodes[j].pred.insert(i);
                }
            }
        }
        // Remove functions, cheapest first: each predecessor inherits the successors.
        let mut funcs: Vec<usize> = (0..nodes.len()).filter(|&i| nodes[i].is_func).collect();
        funcs.sort_by_key(|&i| nodes[i].pred.len() * nodes[i].succ.len());
        for f in funcs {
            let (preds, succs) = (nodes[f].pred.clone(), nodes[f].succ.clone());
            for &p in preds.iter().filter(|&&p| p != f) {
                for &s in succs.iter().filter(|&&s| s != f) {
                    nodes[p].succ.insert(s);
                    nodes[s].pred.insert(p);
                }
                nodes[p].succ.remove(&f);
            }
            for &s in &succs {
                nodes[s].pred.remove(&f);
            }
        }
        // Take nodes by priority; stale heap entries are skipped.
        let mut ndeps: Vec<usize> = nodes.iter().map(|n| n.succ.len()).collect();
        let key = |n: &Node, deps: usize| Reverse((!n.is_const, deps, n.order));
        let mut heap: BinaryHeap<(Priority, usize)> =
            (0..nodes.len()).filter(|&i| !nodes[i].is_func).map(|i| (key(&nodes[i], ndeps[i]), i)).collect();
        let mut done = vec![false; nodes.len()];
        let mut order: Vec<Vec<ObjId>> = Vec::new();
        let mut emitted_specs: Vec<ObjId> = Vec::new();
        while let Some((Reverse((_, deps, _)), i)) = heap.pop() {
            if done[i] || deps != ndeps[i] {
                continue;
            }
            done[i] = true;
            if ndeps[i] > 0
                && let Some(cycle) = self.find_path(nodes[i].obj, nodes[i].obj, &index, &mut vec![false; objs.len()])
            {
                // The path comes back to front: the object, then whom it refers to.
                let mut listed = vec![cycle[0]];
                listed.extend(cycle[1..].iter().rev());
                self.report_init_cycle(&listed);
            }
            for &p in &nodes[i].pred {
                if !done[p] && ndeps[p] > 0 {
                    ndeps[p] -= 1;
                    heap.push((key(&nodes[p], ndeps[p]), p));
                }
            }
            // A variable with an initializer; a multi-variable initializer once.
            let obj = nodes[i].obj;
            if !matches!(self.prog.objects.get(obj).kind, ObjKind::Var(_)) {
                continue;
            }
            let Some(crate::resolve::PkgDecl { kind: crate::resolve::DeclKind::Var { spec, .. }, .. }) =
                self.decls.get(&obj)
            else {
                continue;
            };
            if spec.values.is_empty() {
                continue;
            }
            if spec.values.len() == 1 && spec.names.len() > 1 {
                let lhs = self.spec_objects(spec);
                if lhs.iter().any(|o| emitted_specs.contains(o)) {
                    continue;
                }
                emitted_specs.extend(lhs.iter().copied());
                order.push(lhs);
            } else {
                order.push(vec![obj]);
            }
        }
        self.prog.info.init_order.push((self.pkg, order));
    }

    /// The package-level objects a `var` spec declares, in order.
    fn spec_objects(&self, spec: &gorun_syntax::ast::ValueSpec) -> Vec<ObjId> {
        spec.names.iter().filter_map(|n| self.prog.info.defs.get(&n.span.lo).copied()).collect()
    }

    /// A dependency path from `from` to `to` (itself excluded, listed back to front),
    /// following dependencies in declaration order.
    fn find_path(
        &self,
        from: ObjId,
        to: ObjId,
        index: &rustc_hash::FxHashMap<ObjId, usize>,
        seen: &mut Vec<bool>,
    ) -> Option<Vec<ObjId>> {
        let i = *index.get(&from)?;
        if seen[i] {
            return None;
        }
        seen[i] = true;
        let mut deps: Vec<ObjId> = self.deps.get(&from).cloned().unwrap_or_default();
        deps.sort_by_key(|d| index.get(d).copied().unwrap_or(usize::MAX));
        deps.dedup();
        for d in deps {
            if !index.contains_key(&d) {
                continue;
            }
            if d == to {
                return Some(vec![d]);
            }
            if let Some(mut p) = self.find_path(d, to, index, seen) {
                p.push(d);
                return Some(p);
            }
        }
        None
    }
}
