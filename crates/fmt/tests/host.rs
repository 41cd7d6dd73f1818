//! Engine behaviour that golden files cannot show: values Go itself cannot print (cycles),
//! and the public helpers.

mod common;

use common::{Mock, V, iface, s};
use gorun_fmt::{Arg, TypeKind, append_float, append_quote, append_quote_rune, can_backquote, is_print, sprintf};

/// A `[]any` whose only element is the slice itself: Go recurses until its stack
/// overflows; the engine must stop on its own without exhausting the Rust stack.
#[test]
fn cyclic_value_is_cut_short() {
    let mut m = Mock::default();
    let any = m.interface("interface {}");
    let anys = m.slice(any);
    let header = m.alloc(24);
    let elems = m.alloc(16);
    m.write(elems, &(u64::from(anys) + 1).to_le_bytes());
    m.write(elems + 8, &header.to_le_bytes());
    m.write(header, &elems.to_le_bytes());
    m.write(header + 8, &1u64.to_le_bytes());
    m.write(header + 16, &1u64.to_le_bytes());
    let arg = Arg { typ: u64::from(anys) + 1, data: header };
    let out = std::thread::scope(|sc| {
        std::thread::Builder::new()
            .stack_size(1 << 20)
            .spawn_scoped(sc, || sprintf(&mut m, b"%v", &[arg]))
            .unwrap()
            .join()
            .unwrap()
    });
    assert!(out.starts_with(b"[[[["));
    assert!(out.windows(3).any(|w| w == b"..."));
}

#[test]
fn operands_of_every_shape() {
    let mut m = Mock::default();
    let int = m.basic(TypeKind::Int, "int");
    let string = m.basic(TypeKind::String, "string");
    let any = m.interface("interface {}");
    let p = m.pointer(int);
    let a = m.arg(int, &V::I(-3));
    let b = m.arg(string, &s("x"));
    let c = m.arg(p, &V::Addr(0xbeef));
    let d = m.arg(any, &iface(int, V::I(1)));
    let out = sprintf(&mut m, b"%d %q %p %v %v", &[a, b, c, Arg::NIL, d]);
    assert_eq!(out, b"-3 \"x\" 0xbeef <nil> 1");
}

#[test]
fn strconv_helpers() {
    let mut out = Vec::new();
    append_float(&mut out, 1.5, b'e', 3, 64);
    out.push(b' ');
    append_float(&mut out, 0.1, b'g', -1, 32);
    out.push(b' ');
    append_quote(&mut out, "a\u{7f}é".as_bytes(), true);
    out.push(b' ');
    append_quote_rune(&mut out, 0x1F600, false);
    assert_eq!(String::from_utf8(out).unwrap(), "1.500e+00 0.1 \"a\\x7f\\u00e9\" '😀'");
    assert!(can_backquote(b"a\tb") && !can_backquote(b"a`b") && !can_backquote(b"\xff"));
    assert!(is_print(u32::from('世')) && !is_print(0xAD) && !is_print(0x200B) && is_print(0x1F600));
}

/// A host that cannot run `Format` methods: the value prints as if it had none (here,
/// through its `String` method).
#[test]
fn format_method_without_host_support_falls_back() {
    use gorun_bytecode::typedesc::MethodDesc;
    let mut m = Mock::default();
    let int = m.basic(TypeKind::Int, "int");
    let t = m.strukt(Some("main.F"), &[("N", int)]);
    m.method(&[t], "String", Box::new(|_, _| Ok(b"stringer".to_vec())));
    let sig = "func(fmt.State, int32)".to_string();
    m.types[t as usize].methods.insert(0, MethodDesc { name: "Format".to_string(), sig, func: 4242 });
    let a = m.arg(t, &V::Fields(vec![V::I(1)]));
    assert_eq!(sprintf(&mut m, b"%v %d", &[a, a]), b"stringer {1}");
}
