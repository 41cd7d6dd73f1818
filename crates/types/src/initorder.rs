//! Initialization order of package-level variables, and initialization cycles.
//!
//! A variable is initialized after every variable its initializer refers to, directly or
//! through the functions it calls (their bodies' references count); otherwise declaration
//! order decides. A variable that depends on itself is an initialization cycle, reported
//! with gc's listing of the references that close it.

use crate::check::Checker;
use crate::object::{ObjId, ObjKind};

impl<'a> Checker<'a> {
    pub(crate) fn init_order(&mut self) {
        let vars: Vec<ObjId> =
            self.pkg_objects.iter().copied().filter(|&o| matches!(self.prog.objects.get(o).kind, ObjKind::Var(_))).collect();
        // Cycles: a path from a variable back to itself through variables and functions.
        let mut reported: Vec<ObjId> = Vec::new();
        for &v in &vars {
            if reported.contains(&v) {
                continue;
            }
            if let Some(cycle) = self.find_cycle(v) {
                if cycle.iter().any(|o| reported.contains(o)) {
                    continue;
                }
                reported.extend(cycle.iter().copied());
                self.report_init_cycle(&cycle);
            }
        }
        // Order: repeatedly the first variable (in source order) whose dependencies are done.
        let var_deps: Vec<Vec<ObjId>> = vars.iter().map(|&v| self.var_dependencies(v)).collect();
        let mut done: Vec<bool> = vec![false; vars.len()];
        let mut order = Vec::with_capacity(vars.len());
        while order.len() < vars.len() {
            let next = (0..vars.len()).find(|&i| {
                !done[i] && var_deps[i].iter().all(|d| *d == vars[i] || vars.iter().position(|v| v == d).is_none_or(|j| done[j]))
            });
            // A cycle (already reported): take the rest in source order.
            let i = next.unwrap_or_else(|| (0..vars.len()).find(|&i| !done[i]).unwrap_or(0));
            done[i] = true;
            order.push(vars[i]);
        }
        self.prog.info.init_order.push((self.pkg, order));
    }

    /// The package-level variables `v` depends on, through functions.
    fn var_dependencies(&self, v: ObjId) -> Vec<ObjId> {
        let mut out = Vec::new();
        let mut seen = vec![v];
        let mut stack: Vec<ObjId> = self.deps.get(&v).cloned().unwrap_or_default();
        while let Some(o) = stack.pop() {
            if seen.contains(&o) {
                continue;
            }
            seen.push(o);
            match self.prog.objects.get(o).kind {
                ObjKind::Var(_) => out.push(o),
                ObjKind::Func(_) => stack.extend(self.deps.get(&o).cloned().unwrap_or_default()),
                _ => {}
            }
        }
        out
    }

    /// A reference path from `v` back to `v`, if there is one (variables and functions).
    fn find_cycle(&self, v: ObjId) -> Option<Vec<ObjId>> {
        let mut path = vec![v];
        let mut visited = Vec::new();
        if self.dfs(v, v, &mut path, &mut visited) { Some(path) } else { None }
    }

    fn dfs(&self, start: ObjId, at: ObjId, path: &mut Vec<ObjId>, visited: &mut Vec<ObjId>) -> bool {
        let deps = self.deps.get(&at).cloned().unwrap_or_default();
        for d in deps {
            if !matches!(self.prog.objects.get(d).kind, ObjKind::Var(_) | ObjKind::Func(_)) {
                continue;
            }
            if d == start {
                return true;
            }
            if visited.contains(&d) {
                continue;
            }
            visited.push(d);
            path.push(d);
            if self.dfs(start, d, path, visited) {
                return true;
            }
            path.pop();
        }
        false
    }
}
