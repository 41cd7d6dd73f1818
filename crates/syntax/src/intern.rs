//! Interned identifiers.
//!
//! The lexer turns every identifier into a [`Symbol`], a `u32` index into an [`Interner`]
//! owned by the compilation (not by the process), so later stages compare names as integers.

use rustc_hash::FxHashMap;
use std::fmt;

/// An interned identifier.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Symbol(pub u32);

impl fmt::Debug for Symbol {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "#{}", self.0)
    }
}

/// The identifiers of one compilation.
#[derive(Default, Debug)]
pub struct Interner {
    map: FxHashMap<Box<str>, Symbol>,
    strings: Vec<Box<str>>,
}

impl Interner {
    pub fn new() -> Interner {
        let mut interner = Interner::default();
        // Symbol 0 is the blank identifier, so `_` checks are one comparison.
        interner.intern("_");
        interner
    }

    /// The blank identifier `_`.
    pub const BLANK: Symbol = Symbol(0);

    pub fn intern(&mut self, s: &str) -> Symbol {
        if let Some(&sym) = self.map.get(s) {
            return sym;
        }
        let sym = Symbol(self.strings.len() as u32);
        self.strings.push(s.into());
        self.map.insert(s.into(), sym);
        sym
    }

    /// The symbol of `s`, if it was interned.
    pub fn lookup(&self, s: &str) -> Option<Symbol> {
        self.map.get(s).copied()
    }

    /// The text of a symbol from this interner.
    pub fn get(&self, sym: Symbol) -> &str {
        &self.strings[sym.0 as usize]
    }

    pub fn len(&self) -> usize {
        self.strings.len()
    }

    pub fn is_empty(&self) -> bool {
        self.strings.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn interning_is_idempotent() {
        let mut i = Interner::new();
        let a = i.intern("main");
        let b = i.intern("fmt");
        assert_eq!(i.intern("main"), a);
        assert_ne!(a, b);
        assert_eq!(i.get(b), "fmt");
        assert_eq!(i.intern("_"), Interner::BLANK);
    }
}
