//! `errors`'s natives: the reflection behind `errors.As`.

use super::panic;
use crate::goroutine::Goroutine;
use crate::interp::{Machine, Trap};
use crate::mem;
use crate::natives::Native;
use gorun_bytecode::TypeKind;

pub fn lookup(name: &str) -> Option<Native> {
    let f: Native = match name {
        "errors.checkAsTarget" => check_as_target,
        "errors.assignError" => assign_error,
        _ => return None,
    };
    Some(f)
}

/// The type `target` (an interface's type word) points to, if it is a pointer type.
fn target_elem(m: &Machine<'_>, typ: u64) -> Option<u32> {
    let t = &m.prog.types[(typ as usize).checked_sub(1)?];
    if t.kind == TypeKind::Pointer { t.elem } else { None }
}

/// `checkAsTarget(target any)`: target is a non-nil pointer to an interface type or to a
/// type that implements error.
fn check_as_target(m: &mut Machine<'_>, g: &mut Goroutine, base: usize) -> Result<(), Trap> {
    let (typ, data) = (g.stack[base], g.stack[base + 1]);
    let Some(elem) = target_elem(m, typ).filter(|_| data != 0) else {
        return Err(panic("errors: target must be a non-nil pointer"));
    };
    let e = &m.prog.types[elem as usize];
    let is_error = e.method("Error").is_some_and(|f| f.sig == "func() string");
    if e.kind != TypeKind::Interface && !is_error {
        return Err(panic("errors: *target must be interface or implement error"));
    }
    Ok(())
}

/// `assignError(err error, target any) bool`: if err's dynamic type is assignable to
/// the type target points to, stores err there.
fn assign_error(m: &mut Machine<'_>, g: &mut Goroutine, base: usize) -> Result<(), Trap> {
    let (et, ed) = (g.stack[base], g.stack[base + 1]);
    let (tt, td) = (g.stack[base + 2], g.stack[base + 3]);
    let mut ok = false;
    if let Some(elem) = target_elem(m, tt).filter(|_| et != 0 && td != 0) {
        let dynamic = et as u32 - 1;
        let e = &m.prog.types[elem as usize];
        if e.kind == TypeKind::Interface {
            if m.type_implements(dynamic, elem) {
                // SAFETY: td points to an interface variable: (type word, data word).
                unsafe {
                    mem::store::<u64>(td, et);
                    crate::barrier::write_ptr(td + 8, ed);
                }
                ok = true;
            }
        } else if dynamic == elem {
            if e.kind.is_direct_iface() {
                // SAFETY: td points to a variable of the pointer-shaped type, which the
                // interface holds directly.
                unsafe { crate::barrier::write_ptr(td, ed) };
            } else {
                // SAFETY: ed is the address of a box holding a value of the type, and td
                // points to a variable of that type.
                unsafe { crate::barrier::typed_copy(td, ed, e, 1) };
            }
            ok = true;
        }
    }
    g.stack[base] = u64::from(ok);
    Ok(())
}
