//! Calling a value's formatting methods as Go's `handleMethods` does: `Format` (when the
//! host supports it), `GoString` for `%#v`, and `Error` before `String` for the verbs that
//! accept a string; and reporting a method that panicked.

use crate::FormatState;
use crate::printer::Printer;
use crate::value::{Place, Value};
use gorun_bytecode::TypeKind;

impl Printer<'_> {
    /// A method `name` with signature `func() string` in the method set of `v`'s type.
    pub(crate) fn string_method(&self, typ: u32, name: &str) -> Option<u32> {
        let m = self.host.types()[typ as usize].method(name)?;
        (m.sig == "func() string").then_some(m.func)
    }

    /// Formats `v` through its `GoString`, `Error` or `String` method when the verb
    /// calls for one; whether it did.
    pub(crate) fn handle_methods(&mut self, v: Value, mut verb: u32) -> bool {
        if self.erroring {
            return false;
        }
        if verb == u32::from(b'w') {
            // Only Errorf accepts %w, and only for an error, which it then prints as %v.
            if !self.wrap_errs || self.string_method(v.typ, "Error").is_none() {
                self.bad_verb(Some(v), verb);
                return true;
            }
            verb = u32::from(b'v');
        }
        if self.host.types()[v.typ as usize].methods.is_empty() {
            return false;
        }
        if let Some(func) = self.format_method(v.typ) {
            let state = FormatState {
                verb,
                width: self.fmt.f.wid_present.then_some(self.fmt.wid),
                precision: self.fmt.f.prec_present.then_some(self.fmt.prec),
                minus: self.fmt.f.minus,
                plus: self.fmt.f.plus || self.fmt.f.plus_v,
                sharp: self.fmt.f.sharp || self.fmt.f.sharp_v,
                space: self.fmt.f.space,
                zero: self.fmt.f.zero,
            };
            let data = self.receiver(v);
            match self.host.call_format_method(func, data, &state) {
                Some(Ok(out)) => {
                    self.write(&out);
                    return true;
                }
                Some(Err(msg)) => {
                    self.report_panic(v, verb, "Format", &msg);
                    return true;
                }
                None => {}
            }
        }
        if self.fmt.f.sharp_v {
            if let Some(func) = self.string_method(v.typ, "GoString") {
                match self.call(func, v) {
                    Ok(s) => self.fmt.fmt_s(&s),
                    Err(msg) => self.report_panic(v, verb, "GoString", &msg),
                }
                return true;
            }
            return false;
        }
        if !matches!(char::from_u32(verb), Some('v' | 's' | 'x' | 'X' | 'q')) {
            return false;
        }
        for name in ["Error", "String"] {
            if let Some(func) = self.string_method(v.typ, name) {
                match self.call(func, v) {
                    Ok(s) => self.fmt_string(None, &s, verb),
                    Err(msg) => self.report_panic(v, verb, name, &msg),
                }
                return true;
            }
        }
        false
    }

    /// A `Format(fmt.State, rune)` method in the method set of type `typ`.
    fn format_method(&self, typ: u32) -> Option<u32> {
        let m = self.host.types()[typ as usize].method("Format")?;
        matches!(m.sig.as_str(), "func(fmt.State, int32)" | "func(fmt.State, rune)").then_some(m.func)
    }

    /// The interface data word of `v`: the word itself for pointer-shaped kinds, else the
    /// address of the value.
    fn receiver(&self, v: Value) -> u64 {
        match v.place {
            Place::Word(w) => w,
            Place::Mem(a) if self.kind(v.typ).is_direct_iface() => self.read_u64(a),
            Place::Mem(a) => a,
        }
    }

    fn call(&mut self, func: u32, v: Value) -> Result<Vec<u8>, String> {
        let data = self.receiver(v);
        self.host.call_string_method(func, data)
    }

    /// What Go prints when a formatting method panics: `<nil>` for a nil pointer
    /// receiver, else `%!verb(PANIC=Method method: message)`.
    fn report_panic(&mut self, v: Value, verb: u32, method: &str, msg: &str) {
        if self.kind(v.typ) == TypeKind::Pointer && self.pointer_word(v) == 0 {
            self.write(b"<nil>");
            return;
        }
        let saved = (self.fmt.f, self.fmt.wid, self.fmt.prec);
        self.fmt.clear_flags();
        self.write(b"%!");
        self.write_rune(verb);
        self.write(b"(PANIC=");
        self.write(method.as_bytes());
        self.write(b" method: ");
        self.write(msg.as_bytes());
        self.fmt.buf.push(b')');
        (self.fmt.f, self.fmt.wid, self.fmt.prec) = saved;
    }
}
