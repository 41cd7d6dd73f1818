//! The universe scope: predeclared types, constants, `nil`, `iota` and the builtin
//! functions, plus the symbols the checker needs by name.

use crate::constant::ConstValue;
use crate::object::{Builtin, ObjId, ObjKind, Object, Objects};
use crate::scope::{ScopeId, ScopeKind, Scopes};
use crate::types::*;
use gorun_syntax::intern::{Interner, Symbol};
use gorun_syntax::source::Pos;

/// Symbols the checker compares against.
#[derive(Clone, Copy, Debug)]
pub struct Names {
    pub blank: Symbol,
    pub init: Symbol,
    pub main: Symbol,
    pub error_method: Symbol,
    pub iota: Symbol,
    pub dot: Symbol,
    pub string_method: Symbol,
}

/// Ids of the universe's objects and types that the checker uses directly.
#[derive(Clone, Debug)]
pub struct Universe {
    pub scope: ScopeId,
    pub names: Names,
    pub error_type: TypeId,
    pub any_type: TypeId,
    /// The empty interface `any` stands for.
    pub empty_interface: TypeId,
    pub comparable_type: TypeId,
    pub iota: ObjId,
    pub nil: ObjId,
    pub true_obj: ObjId,
    pub false_obj: ObjId,
}

pub fn build(types: &mut Types, objects: &mut Objects, scopes: &mut Scopes, interner: &mut Interner) -> Universe {
    let scope = scopes.new_scope(None, ScopeKind::Universe);
    let declare = |objects: &mut Objects,
                   scopes: &mut Scopes,
                   interner: &mut Interner,
                   name: &str,
                   kind: ObjKind,
                   typ: TypeId| {
        let sym = interner.intern(name);
        let obj = objects.add(Object {
            name: sym,
            kind,
            typ,
            pos: Pos(0),
            pkg: None,
            parent: Some(scope),
            exported: true,
            decl: None,
        });
        scopes.insert(scope, sym, obj);
        obj
    };
    for (name, t) in [
        ("bool", BOOL),
        ("int", INT),
        ("int8", INT8),
        ("int16", INT16),
        ("int32", INT32),
        ("int64", INT64),
        ("uint", UINT),
        ("uint8", UINT8),
        ("uint16", UINT16),
        ("uint32", UINT32),
        ("uint64", UINT64),
        ("uintptr", UINTPTR),
        ("float32", FLOAT32),
        ("float64", FLOAT64),
        ("complex64", COMPLEX64),
        ("complex128", COMPLEX128),
        ("string", STRING),
        ("byte", BYTE),
        ("rune", RUNE),
    ] {
        declare(objects, scopes, interner, name, ObjKind::TypeName, t);
    }

    // type error interface { Error() string }
    let error_obj = declare(objects, scopes, interner, "error", ObjKind::TypeName, INVALID);
    let error_type = types.add(Type::Named(Box::new(NamedType {
        obj: error_obj,
        underlying: INVALID,
        methods: Vec::new(),
        tparams: Vec::new(),
        origin: None,
        targs: Vec::new(),
    })));
    objects.get_mut(error_obj).typ = error_type;
    let string_result = types.add(Type::Signature(Box::new(Signature {
        results: vec![Param { name: None, typ: STRING, obj: None }],
        ..Signature::default()
    })));
    let error_sym = interner.intern("Error");
    let error_method = objects.add(Object {
        name: error_sym,
        kind: ObjKind::Func(Default::default()),
        typ: string_result,
        pos: Pos(0),
        pkg: None,
        parent: None,
        exported: true,
        decl: None,
    });
    let error_iface = types.add(Type::Interface(Box::new(InterfaceType {
        methods: vec![Method { name: error_sym, pkg: None, sig: string_result, obj: error_method }],
        ..InterfaceType::default()
    })));
    if let Some(n) = types.named_mut(error_type) {
        n.underlying = error_iface;
    }

    // type any = interface{}
    let empty_interface = types.add(Type::Interface(Box::default()));
    let any_obj = declare(objects, scopes, interner, "any", ObjKind::TypeName, INVALID);
    let any_type = types.add(Type::Alias(any_obj, empty_interface));
    objects.get_mut(any_obj).typ = any_type;

    // type comparable interface{ comparable }
    let comparable_obj = declare(objects, scopes, interner, "comparable", ObjKind::TypeName, INVALID);
    let comparable_iface =
        types.add(Type::Interface(Box::new(InterfaceType { comparable: true, ..InterfaceType::default() })));
    let comparable_type = types.add(Type::Named(Box::new(NamedType {
        obj: comparable_obj,
        underlying: comparable_iface,
        methods: Vec::new(),
        tparams: Vec::new(),
        origin: None,
        targs: Vec::new(),
    })));
    objects.get_mut(comparable_obj).typ = comparable_type;

    let true_obj = declare(objects, scopes, interner, "true", ObjKind::Const(ConstValue::Bool(true)), UNTYPED_BOOL);
    let false_obj = declare(objects, scopes, interner, "false", ObjKind::Const(ConstValue::Bool(false)), UNTYPED_BOOL);
    let iota = declare(objects, scopes, interner, "iota", ObjKind::Const(ConstValue::int(0)), UNTYPED_INT);
    let nil = declare(objects, scopes, interner, "nil", ObjKind::Nil, UNTYPED_NIL);
    for b in Builtin::ALL {
        declare(objects, scopes, interner, b.name(), ObjKind::Builtin(b), INVALID);
    }

    let names = Names {
        blank: Interner::BLANK,
        init: interner.intern("init"),
        main: interner.intern("main"),
        error_method: error_sym,
        iota: interner.intern("iota"),
        dot: interner.intern("."),
        string_method: interner.intern("String"),
    };
    Universe { scope, names, error_type, any_type, empty_interface, comparable_type, iota, nil, true_obj, false_obj }
}
