//! Packages of a compilation.

use crate::scope::ScopeId;
use gorun_syntax::intern::Symbol;

#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Debug)]
pub struct PkgId(pub u32);

#[derive(Debug)]
pub struct Package {
    /// The import path (`fmt`, `unicode/utf8`; `main` for the program's main package).
    pub path: String,
    /// The name in its package clause.
    pub name: Symbol,
    pub scope: ScopeId,
    /// Packages it imports, in first-import order.
    pub imports: Vec<PkgId>,
    /// Part of the standard library shipped with gorun (bodiless functions are natives).
    pub std: bool,
}
