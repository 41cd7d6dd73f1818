//! Objects: the named entities of a Go program (variables, constants, types, functions,
//! package names, labels, builtins), in one table per compilation.

use crate::constant::ConstValue;
use crate::package::PkgId;
use crate::scope::ScopeId;
use crate::types::TypeId;
use gorun_syntax::intern::Symbol;
use gorun_syntax::source::Pos;

#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Debug)]
pub struct ObjId(pub u32);

/// The predeclared functions.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum Builtin {
    Append,
    Cap,
    Clear,
    Close,
    Complex,
    Copy,
    Delete,
    Imag,
    Len,
    Make,
    Max,
    Min,
    New,
    Panic,
    Print,
    Println,
    Real,
    Recover,
    // The functions of package unsafe.
    UnsafeAdd,
    UnsafeAlignof,
    UnsafeOffsetof,
    UnsafeSizeof,
    UnsafeSlice,
    UnsafeSliceData,
    UnsafeString,
    UnsafeStringData,
}

impl Builtin {
    pub const ALL: [Builtin; 18] = [
        Builtin::Append,
        Builtin::Cap,
        Builtin::Clear,
        Builtin::Close,
        Builtin::Complex,
        Builtin::Copy,
        Builtin::Delete,
        Builtin::Imag,
        Builtin::Len,
        Builtin::Make,
        Builtin::Max,
        Builtin::Min,
        Builtin::New,
        Builtin::Panic,
        Builtin::Print,
        Builtin::Println,
        Builtin::Real,
        Builtin::Recover,
    ];

    /// The functions of package unsafe.
    pub const UNSAFE: [Builtin; 8] = [
        Builtin::UnsafeAdd,
        Builtin::UnsafeAlignof,
        Builtin::UnsafeOffsetof,
        Builtin::UnsafeSizeof,
        Builtin::UnsafeSlice,
        Builtin::UnsafeSliceData,
        Builtin::UnsafeString,
        Builtin::UnsafeStringData,
    ];

    /// The name as gc's messages print it (`unsafe.Sizeof` for package unsafe's).
    pub fn qualified_name(self) -> String {
        if Builtin::UNSAFE.contains(&self) { format!("unsafe.{}", self.name()) } else { self.name().to_string() }
    }

    pub fn name(self) -> &'static str {
        match self {
            Builtin::Append => "append",
            Builtin::Cap => "cap",
            Builtin::Clear => "clear",
            Builtin::Close => "close",
            Builtin::Complex => "complex",
            Builtin::Copy => "copy",
            Builtin::Delete => "delete",
            Builtin::Imag => "imag",
            Builtin::Len => "len",
            Builtin::Make => "make",
            Builtin::Max => "max",
            Builtin::Min => "min",
            Builtin::New => "new",
            Builtin::Panic => "panic",
            Builtin::Print => "print",
            Builtin::Println => "println",
            Builtin::Real => "real",
            Builtin::Recover => "recover",
            Builtin::UnsafeAdd => "Add",
            Builtin::UnsafeAlignof => "Alignof",
            Builtin::UnsafeOffsetof => "Offsetof",
            Builtin::UnsafeSizeof => "Sizeof",
            Builtin::UnsafeSlice => "Slice",
            Builtin::UnsafeSliceData => "SliceData",
            Builtin::UnsafeString => "String",
            Builtin::UnsafeStringData => "StringData",
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub enum ObjKind {
    Var(VarInfo),
    Const(ConstValue),
    TypeName,
    Func(FuncInfo),
    PkgName(PkgId),
    Builtin(Builtin),
    Nil,
    Label,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct VarInfo {
    /// A struct field (not a variable).
    pub field: bool,
    pub embedded: bool,
    /// A function parameter or result (never "declared and not used").
    pub param: bool,
    /// Declared at package level.
    pub global: bool,
    /// Read somewhere (assignments do not count, as in gc).
    pub used: bool,
    /// `&v` is taken, or a method with a pointer receiver is called on it.
    pub address_taken: bool,
    /// Referred to from a function literal other than the one declaring it.
    pub captured: bool,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct FuncInfo {
    pub has_body: bool,
    /// A method (declared with a receiver).
    pub method: bool,
    /// The receiver is a pointer (`func (p *T) M()`).
    pub pointer_recv: bool,
}

#[derive(Clone, Debug)]
pub struct Object {
    pub name: Symbol,
    pub kind: ObjKind,
    /// `INVALID` until known.
    pub typ: TypeId,
    /// Position of the declaring identifier (`Pos(0)` for predeclared objects).
    pub pos: Pos,
    /// `None` for predeclared objects.
    pub pkg: Option<PkgId>,
    /// The scope the object is declared in (not for fields and methods).
    pub parent: Option<ScopeId>,
    pub exported: bool,
    /// For a package-level object: the index of its declaration in the package's list.
    pub decl: Option<u32>,
}

impl Object {
    pub fn is_var(&self) -> bool {
        matches!(self.kind, ObjKind::Var(_))
    }

    pub fn var(&self) -> Option<&VarInfo> {
        match &self.kind {
            ObjKind::Var(v) => Some(v),
            _ => None,
        }
    }

    pub fn var_mut(&mut self) -> Option<&mut VarInfo> {
        match &mut self.kind {
            ObjKind::Var(v) => Some(v),
            _ => None,
        }
    }
}

/// All objects of a compilation.
#[derive(Default)]
pub struct Objects {
    list: Vec<Object>,
}

impl Objects {
    pub fn add(&mut self, obj: Object) -> ObjId {
        self.list.push(obj);
        ObjId(self.list.len() as u32 - 1)
    }

    pub fn get(&self, id: ObjId) -> &Object {
        &self.list[id.0 as usize]
    }

    pub fn get_mut(&mut self, id: ObjId) -> &mut Object {
        &mut self.list[id.0 as usize]
    }

    pub fn len(&self) -> usize {
        self.list.len()
    }

    pub fn is_empty(&self) -> bool {
        self.list.is_empty()
    }
}

/// Whether an identifier is exported: it starts with an upper-case letter.
pub fn is_exported(name: &str) -> bool {
    name.chars().next().is_some_and(char::is_uppercase)
}
