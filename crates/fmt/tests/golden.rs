//! Golden tests: every case of tests/golden/cases.txt, formatted by the engine over a mock
//! memory holding the same values as tests/golden/values.go, must print exactly what real
//! Go printed into tests/golden/cases.out (regenerate it with tests/golden/regen.sh).

mod common;

use std::collections::HashMap;

use common::{Mock, V, iface, ptr, s};
use gorun_fmt::{Arg, TypeKind, Wrapped, errorf, sprint, sprintf, sprintln};

/// The mock memory and the named operands of values.go, plus the types literals need.
struct World {
    mock: Mock,
    vals: HashMap<&'static str, Arg>,
    int: u32,
    int32: u32,
    float32: u32,
    float64: u32,
    string: u32,
}

fn nil_deref() -> Result<Vec<u8>, String> {
    Err("runtime error: invalid memory address or nil pointer dereference".to_string())
}

fn build() -> World {
    use TypeKind as K;
    let mut m = Mock::default();
    let int = m.basic(K::Int, "int");
    let int8 = m.basic(K::Int8, "int8");
    let int16 = m.basic(K::Int16, "int16");
    let int32 = m.basic(K::Int32, "int32");
    let int64 = m.basic(K::Int64, "int64");
    let uint = m.basic(K::Uint, "uint");
    let uint8 = m.basic(K::Uint8, "uint8");
    let uint16 = m.basic(K::Uint16, "uint16");
    let uint32 = m.basic(K::Uint32, "uint32");
    let uint64 = m.basic(K::Uint64, "uint64");
    let uintptr = m.basic(K::Uintptr, "uintptr");
    let float32 = m.basic(K::Float32, "float32");
    let float64 = m.basic(K::Float64, "float64");
    let complex64 = m.basic(K::Complex64, "complex64");
    let complex128 = m.basic(K::Complex128, "complex128");
    let string = m.basic(K::String, "string");
    let boolean = m.basic(K::Bool, "bool");
    let unsafe_ptr = m.basic(K::UnsafePointer, "unsafe.Pointer");
    let any = m.interface("interface {}");
    let error = m.interface("error");
    let fmt_stringer = m.interface("fmt.Stringer");

    let point = m.strukt(Some("main.Point"), &[("X", int), ("Y", int)]);
    let my_int = m.named("main.MyInt", int);
    let my_string = m.named("main.MyString", string);
    let bytes = m.slice(uint8);
    let my_bytes = m.named("main.MyBytes", bytes);
    let my_float = m.named("main.MyFloat", float64);
    let a2int = m.array(int, 2);
    let a22int = m.array(a2int, 2);
    let grid = m.named("main.Grid", a22int);

    let stringer = m.strukt(Some("main.Stringer"), &[("N", int)]);
    let p_stringer = m.pointer(stringer);
    m.method(
        &[stringer, p_stringer],
        "String",
        Box::new(|h, d| if d == 0 { nil_deref() } else { Ok(format!("S<{}>", h.read_u64(d) as i64).into_bytes()) }),
    );
    let ptr_stringer = m.strukt(Some("main.PtrStringer"), &[("N", int)]);
    let p_ptr_stringer = m.pointer(ptr_stringer);
    m.method(
        &[p_ptr_stringer],
        "String",
        Box::new(|h, d| if d == 0 { nil_deref() } else { Ok(format!("P<{}>", h.read_u64(d) as i64).into_bytes()) }),
    );
    let my_err = m.strukt(Some("main.MyErr"), &[("Msg", string)]);
    m.method(
        &[my_err],
        "Error",
        Box::new(|h, d| {
            let mut out = b"err: ".to_vec();
            out.extend(h.read_string(d));
            Ok(out)
        }),
    );
    m.method(&[my_err], "String", Box::new(|_, _| Ok(b"should not".to_vec())));
    let go_str = m.strukt(Some("main.GoStr"), &[("A", int)]);
    m.method(&[go_str], "GoString", Box::new(|_, _| Ok(b"GoStr!".to_vec())));
    m.method(&[go_str], "String", Box::new(|_, _| Ok(b"gostr-string".to_vec())));
    let panicker = m.strukt(Some("main.Panicker"), &[("A", int)]);
    let p_panicker = m.pointer(panicker);
    m.method(&[panicker, p_panicker], "String", Box::new(|_, _| Err("boom".to_string())));
    let color = m.named("main.Color", int);
    m.method(
        &[color],
        "String",
        Box::new(|h, d| {
            let n = h.read_u64(d) as i64;
            Ok(match n {
                0 => "Red".to_string(),
                1 => "Green".to_string(),
                2 => "Blue".to_string(),
                _ => format!("Color({n})"),
            }
            .into_bytes())
        }),
    );
    let celsius = m.named("main.Celsius", float64);
    m.method(&[celsius], "String", Box::new(|h, d| Ok(format!("{:.1}°C", f64::from_bits(h.read_u64(d))).into_bytes())));
    let inner = m.strukt(Some("main.Inner"), &[("A", int), ("b", string)]);
    let strings = m.slice(string);
    let map_si = m.map(string, int);
    let p_point = m.pointer(point);
    let outer = m.strukt(
        Some("main.Outer"),
        &[
            ("*Point", point),
            ("In", inner),
            ("Tags", strings),
            ("M", map_si),
            ("P", p_point),
            ("I", any),
            ("E", error),
            ("f", float64),
        ],
    );
    let stringers = m.slice(stringer);
    let wrapper = m.strukt(
        Some("main.Wrapper"),
        &[
            ("S", stringer),
            ("s", stringer),
            ("I", any),
            ("i", any),
            ("E", error),
            ("P", p_ptr_stringer),
            ("C", color),
            ("c", color),
            ("Ts", stringers),
        ],
    );
    let anon = m.strukt(None, &[("A", int), ("B", string)]);
    let empty = m.strukt(None, &[]);
    let points = m.slice(point);
    let nested = m.strukt(None, &[("P", point), ("Q", p_point), ("R", points)]);

    let ints = m.slice(int);
    let floats = m.slice(float64);
    let anys = m.slice(any);
    let bools = m.slice(boolean);
    let int_slices = m.slice(ints);
    let p_points = m.slice(p_point);
    let p_int = m.pointer(int);
    let p_ints = m.slice(p_int);
    let int8s = m.slice(int8);
    let uint16s = m.slice(uint16);
    let errors = m.slice(error);
    let runes = m.slice(int32);
    let complexes = m.slice(complex128);
    let a3int = m.array(int, 3);
    let a0int = m.array(int, 0);
    let a2str = m.array(string, 2);
    let a3u8 = m.array(uint8, 3);
    let a4u8 = m.array(uint8, 4);
    let p_a2int = m.pointer(a2int);
    let p_strings = m.pointer(strings);
    let p_map_si = m.pointer(map_si);
    let pp_point = m.pointer(p_point);
    let p_points_slice = m.pointer(points);
    let p_anys = m.pointer(anys);
    let map_is = m.map(int, string);
    let map_fs = m.map(float64, string);
    let map_bi = m.map(boolean, int);
    let map_ps = m.map(point, string);
    let map_ab = m.map(a2int, boolean);
    let map_ai = m.map(any, int);
    let map_ci = m.map(color, int);
    let map_s_ints = m.map(string, ints);
    let map_s_map = m.map(string, map_si);
    let map_pi_s = m.map(p_int, string);
    let map_stringer_i = m.map(stringer, int);
    let map_s_err = m.map(string, error);
    let map_u8_b = m.map(uint8, boolean);
    let map_i8_i = m.map(int8, int);
    let map_r_i = m.map(int32, int);
    let map_s_bytes = m.map(string, bytes);
    let chan_int = m.chan(int);
    let func0 = m.func("func()");
    let funcs = m.slice(func0);
    let fmt_stringers = m.slice(fmt_stringer);

    let map_ss = m.map(stringer, stringer);
    let priv_t = m.strukt(Some("main.Priv"), &[("m", map_ss), ("s", stringers), ("e", error), ("Pm", map_ss)]);
    let map_s_any = m.map(string, any);
    let go_strs = m.slice(go_str);
    let map_s_anys = m.map(string, anys);
    let maps_s_anys = m.slice(map_s_anys);
    let deep_t = m.slice(maps_s_anys);

    let fmter = m.strukt(Some("main.Fmter"), &[("N", int)]);
    let p_fmter = m.pointer(fmter);
    m.format_method(
        &[fmter, p_fmter],
        Box::new(|h, d, st| {
            let mut out = b"<".to_vec();
            out.extend(st.directive());
            let (w, p) = (st.width.unwrap_or(0), st.precision.unwrap_or(0));
            let n = h.read_u64(d) as i64;
            let text = format!("|{n}|{w} {}|{p} {}>", st.width.is_some(), st.precision.is_some());
            out.extend(text.bytes());
            Ok(out)
        }),
    );
    m.method(&[fmter, p_fmter], "String", Box::new(|_, _| Ok(b"not this".to_vec())));
    let panic_fmter = m.strukt(Some("main.PanicFmter"), &[("A", int)]);
    m.format_method(&[panic_fmter], Box::new(|_, _, _| Err("fmt boom".to_string())));
    let fmters = m.slice(fmter);
    let map_fmter = m.map(fmter, fmter);

    let nan = f64::NAN;
    let inf = f64::INFINITY;
    let pt = |x: i64, y: i64| V::Fields(vec![V::I(x), V::I(y)]);
    let list_i = |xs: &[i64]| V::List(xs.iter().map(|&x| V::I(x)).collect());
    let one = |x: i64| V::Fields(vec![V::I(x)]);

    let defs: Vec<(&'static str, u32, V)> = vec![
        // Integers.
        ("i0", int, V::I(0)),
        ("i1", int, V::I(1)),
        ("i42", int, V::I(42)),
        ("in42", int, V::I(-42)),
        ("i255", int, V::I(255)),
        ("imax", int, V::I(i64::MAX)),
        ("imin", int, V::I(i64::MIN)),
        ("i8", int8, V::I(127)),
        ("i8n", int8, V::I(-128)),
        ("i16", int16, V::I(-1234)),
        ("i32", int32, V::I(65)),
        ("i64", int64, V::I(1 << 40)),
        ("u0", uint, V::U(0)),
        ("u42", uint, V::U(42)),
        ("u8", uint8, V::U(200)),
        ("u16", uint16, V::U(65535)),
        ("u32", uint32, V::U(0xdeadbeef)),
        ("u64max", uint64, V::U(u64::MAX)),
        ("uptr", uintptr, V::U(0xc000010000)),
        ("ra", int32, V::I(65)),
        ("rsmile", int32, V::I(0x1F600)),
        ("rnl", int32, V::I(10)),
        ("rneg", int32, V::I(-1)),
        ("rsur", int32, V::I(0xD800)),
        ("rbig", int, V::I(0x110000)),
        ("rdel", int32, V::I(0x7f)),
        ("rlatin", int32, V::I(0xe9)),
        ("rzw", int32, V::I(0x200B)),
        ("rquote", int32, V::I(39)),
        ("rbs", int32, V::I(92)),
        ("rdq", int32, V::I(34)),
        ("rhan", int32, V::I(0x4E16)),
        ("r0", int32, V::I(0)),
        ("rnbsp", int32, V::I(0xa0)),
        // Booleans.
        ("bt", boolean, V::B(true)),
        ("bf", boolean, V::B(false)),
        // Floats.
        ("f0", float64, V::F(0.0)),
        ("fneg0", float64, V::F(-0.0)),
        ("f1", float64, V::F(1.0)),
        ("fm1", float64, V::F(-1.0)),
        ("fpi", float64, V::F(std::f64::consts::PI)),
        ("fe", float64, V::F(std::f64::consts::E)),
        ("f1e6", float64, V::F(1e6)),
        ("f1e20", float64, V::F(1e20)),
        ("f1e21", float64, V::F(1e21)),
        ("f123456", float64, V::F(123456.0)),
        ("f1234567", float64, V::F(1234567.0)),
        ("f1e_5", float64, V::F(1e-5)),
        ("f1e_4", float64, V::F(1e-4)),
        ("f0_1", float64, V::F(0.1)),
        ("f1_5", float64, V::F(1.5)),
        ("f2_5", float64, V::F(2.5)),
        ("fhalf", float64, V::F(0.5)),
        ("f100", float64, V::F(100.0)),
        ("fbig", float64, V::F(1e300)),
        ("ftiny", float64, V::F(5e-324)),
        ("fmax", float64, V::F(f64::MAX)),
        ("fnan", float64, V::F(nan)),
        ("finf", float64, V::F(inf)),
        ("fninf", float64, V::F(-inf)),
        ("f33", float64, V::F(1.0 / 3.0)),
        ("f3e8", float64, V::F(299792458.0)),
        ("fneg", float64, V::F(-123.456)),
        ("f0_125", float64, V::F(0.125)),
        ("f9_995", float64, V::F(9.995)),
        ("f999999", float64, V::F(999999.5)),
        ("f1e23", float64, V::F(1e23)),
        ("g0_1", float32, V::F(0.1)),
        ("g1e10", float32, V::F(1e10)),
        ("gpi", float32, V::F(std::f64::consts::PI)),
        ("g16m", float32, V::F(16777216.0)),
        ("gnan", float32, V::F(nan)),
        ("gsmall", float32, V::F(1e-7)),
        ("gmax", float32, V::F(f64::from(f32::MAX))),
        ("g1_5", float32, V::F(1.5)),
        // Complex.
        ("c12", complex128, V::C(1.0, 2.0)),
        ("cneg", complex128, V::C(-1.5, -0.25)),
        ("c0", complex128, V::C(0.0, 0.0)),
        ("cinf", complex128, V::C(inf, nan)),
        ("c64", complex64, V::C(0.1, 2.0)),
        // Strings.
        ("se", string, s("")),
        ("shi", string, s("hi")),
        ("shello", string, s("hello")),
        ("suni", string, s("héllo, 世界")),
        ("sesc", string, s("a\tb\nc\"d\\e")),
        ("sbad", string, V::S(b"\xff\xfeA\xc3".to_vec())),
        ("sbq", string, s("back`quote")),
        ("sctl", string, s("\x00\x01\x7f")),
        ("sbom", string, s("\u{feff}")),
        ("semoji", string, s("😀 ok")),
        ("sq", string, s("'single'")),
        ("snbsp", string, s("\u{a0}\u{ad}")),
        ("slong", string, s("The quick brown fox")),
        ("snum", string, s("123")),
        ("stab", string, s("\t")),
        ("su2028", string, s("\u{2028}")),
        ("sbell", string, s("\x07\x08\x0c\x0b\r")),
        ("shigh", string, s("\u{10FFFF}\u{E0001}")),
        // Named types.
        ("myint", my_int, V::I(7)),
        ("mystr", my_string, s("named")),
        ("mybytes", my_bytes, s("xyz")),
        ("myfloat", my_float, V::F(2.5)),
        ("color", color, V::I(1)),
        ("color9", color, V::I(9)),
        ("celsius", celsius, V::F(21.55)),
        // Bytes.
        ("bnil", bytes, V::Nil),
        ("bempty", bytes, V::List(vec![])),
        ("bhi", bytes, V::S(b"hi\x00\xff".to_vec())),
        ("barr", a3u8, V::List(vec![V::U(1), V::U(2), V::U(3)])),
        ("barr8", a4u8, V::S(b"Go!\x00".to_vec()).into_list()),
        // Slices and arrays.
        ("snil", ints, V::Nil),
        ("sempty", ints, V::List(vec![])),
        ("sints", ints, list_i(&[1, -2, 3])),
        ("sstrs", strings, V::List(vec![s("a"), s("b c"), s("")])),
        ("sf", floats, V::List(vec![V::F(0.5), V::F(1e21), V::F(nan)])),
        (
            "sany",
            anys,
            V::List(vec![
                iface(int, V::I(1)),
                iface(string, s("a")),
                V::Nil,
                iface(float64, V::F(2.5)),
                iface(boolean, V::B(true)),
                iface(point, pt(1, 2)),
            ]),
        ),
        ("sbool", bools, V::List(vec![V::B(true), V::B(false)])),
        ("sslice", int_slices, V::List(vec![list_i(&[1, 2]), V::List(vec![]), V::Nil])),
        ("spts", points, V::List(vec![pt(1, 2), pt(3, 4)])),
        ("sptrs", p_points, V::List(vec![V::Nil])),
        ("spints", p_ints, V::List(vec![V::Nil, V::Addr(0x12345678)])),
        ("sint8", int8s, list_i(&[-1, 2])),
        ("su16", uint16s, V::List(vec![V::U(1), V::U(65535)])),
        ("serr", errors, V::List(vec![iface(my_err, V::Fields(vec![s("a")])), V::Nil])),
        ("sstringer", stringers, V::List(vec![one(1), one(2)])),
        (
            "sanystr",
            anys,
            V::List(vec![
                iface(stringer, one(3)),
                iface(my_err, V::Fields(vec![s("x")])),
                iface(color, V::I(2)),
                iface(p_ptr_stringer, ptr(one(4))),
                iface(ptr_stringer, one(5)),
            ]),
        ),
        ("srunes", runes, list_i(&[0x68, 0xe9, 0x6c, 0x6c, 0x6f])),
        ("sc", complexes, V::List(vec![V::C(0.0, 1.0)])),
        ("a3", a3int, list_i(&[1, 2, 3])),
        ("a0", a0int, V::List(vec![])),
        ("agrid", grid, V::List(vec![list_i(&[1, 2]), list_i(&[3, 4])])),
        ("astr", a2str, V::List(vec![s("x"), s("y")])),
        // Structs.
        ("pt", point, pt(1, 2)),
        ("ptneg", point, pt(-3, 4)),
        ("pt0", point, pt(0, 0)),
        (
            "outer",
            outer,
            V::Fields(vec![
                pt(5, 6),
                V::Fields(vec![V::I(7), s("in")]),
                V::List(vec![s("t1"), s("t2")]),
                V::Map(vec![(s("z"), V::I(26)), (s("a"), V::I(1))]),
                V::Nil,
                iface(int, V::I(42)),
                iface(my_err, V::Fields(vec![s("inner")])),
                V::F(1.5),
            ]),
        ),
        ("outer0", outer, V::Nil),
        (
            "wrapper",
            wrapper,
            V::Fields(vec![
                one(1),
                one(2),
                iface(stringer, one(3)),
                iface(stringer, one(4)),
                iface(my_err, V::Fields(vec![s("w")])),
                V::Nil,
                V::I(2),
                V::I(0),
                V::List(vec![one(8)]),
            ]),
        ),
        ("anon", anon, V::Fields(vec![V::I(1), s("x")])),
        ("empty", empty, V::Fields(vec![])),
        ("nested", nested, V::Fields(vec![pt(1, 2), V::Nil, V::Nil])),
        ("stringer", stringer, one(5)),
        ("pstringer", p_ptr_stringer, ptr(one(6))),
        ("vstringer", ptr_stringer, one(7)),
        ("myerr", my_err, V::Fields(vec![s("bad")])),
        ("myerr2", my_err, V::Fields(vec![s("two")])),
        ("gostr", go_str, one(1)),
        ("panicker", panicker, one(0)),
        ("ppanicker", p_panicker, ptr(one(0))),
        ("nilpstr", p_ptr_stringer, V::Nil),
        ("nilstr", p_stringer, V::Nil),
        // Pointers.
        ("ppt", p_point, ptr(pt(1, 2))),
        ("pnil", p_point, V::Nil),
        ("pint", p_int, V::Addr(0x12345678)),
        ("pintnil", p_int, V::Nil),
        ("parr", p_a2int, ptr(list_i(&[5, 6]))),
        ("psl", p_strings, ptr(V::List(vec![s("a")]))),
        ("pmap", p_map_si, ptr(V::Map(vec![(s("k"), V::I(1))]))),
        ("ppnil", pp_point, V::Nil),
        ("pptr", pp_point, V::Addr(0xabc0)),
        ("pstr", p_stringer, ptr(one(9))),
        ("ppts", p_points_slice, ptr(V::List(vec![pt(1, 2)]))),
        ("pany", p_anys, ptr(V::List(vec![iface(int, V::I(1))]))),
        // Maps.
        ("msi", map_si, V::Map(vec![(s("b"), V::I(2)), (s("a"), V::I(1)), (s("c"), V::I(3))])),
        ("mis", map_is, V::Map(vec![(V::I(3), s("c")), (V::I(-1), s("z")), (V::I(10), s("ten"))])),
        ("mnil", map_si, V::Nil),
        ("mempty", map_si, V::Map(vec![])),
        (
            "mfs",
            map_fs,
            V::Map(vec![(V::F(1.5), s("x")), (V::F(nan), s("nan")), (V::F(-inf), s("-inf")), (V::F(0.0), s("zero"))]),
        ),
        ("mbool", map_bi, V::Map(vec![(V::B(true), V::I(1)), (V::B(false), V::I(0))])),
        ("mpt", map_ps, V::Map(vec![(pt(2, 1), s("b")), (pt(1, 2), s("a")), (pt(1, 1), s("c"))])),
        ("marr", map_ab, V::Map(vec![(list_i(&[2, 0]), V::B(true)), (list_i(&[1, 9]), V::B(false))])),
        (
            "many",
            map_ai,
            V::Map(vec![
                (iface(int, V::I(3)), V::I(1)),
                (iface(int, V::I(1)), V::I(2)),
                (V::Nil, V::I(0)),
                (iface(int, V::I(2)), V::I(3)),
            ]),
        ),
        ("mcolor", map_ci, V::Map(vec![(V::I(2), V::I(20)), (V::I(0), V::I(0)), (V::I(1), V::I(10))])),
        ("msl", map_s_ints, V::Map(vec![(s("x"), list_i(&[1])), (s("a"), V::Nil)])),
        ("mnest", map_s_map, V::Map(vec![(s("o"), V::Map(vec![(s("b"), V::I(2)), (s("a"), V::I(1))]))])),
        ("mptr", map_pi_s, V::Map(vec![(V::Addr(0x30), s("c")), (V::Addr(0x10), s("a")), (V::Addr(0x20), s("b"))])),
        ("mstr", map_stringer_i, V::Map(vec![(one(2), V::I(1)), (one(1), V::I(2))])),
        ("merr", map_s_err, V::Map(vec![(s("e"), iface(my_err, V::Fields(vec![s("m")]))), (s("n"), V::Nil)])),
        ("mu8", map_u8_b, V::Map(vec![(V::U(200), V::B(true)), (V::U(3), V::B(false))])),
        ("mi8", map_i8_i, V::Map(vec![(V::I(-5), V::I(1)), (V::I(5), V::I(2))])),
        ("mrune", map_r_i, V::Map(vec![(V::I(0x62), V::I(1)), (V::I(0x61), V::I(2))])),
        ("mbytes", map_s_bytes, V::Map(vec![(s("k"), V::S(b"v".to_vec()))])),
        // Channels, funcs, unsafe pointers, interfaces.
        ("chnil", chan_int, V::Nil),
        ("chfake", chan_int, V::Addr(0x5000)),
        ("up", unsafe_ptr, V::Addr(0x1234)),
        ("upnil", unsafe_ptr, V::Nil),
        ("fnnil", func0, V::Nil),
        (
            "spanic",
            anys,
            V::List(vec![
                iface(panicker, one(0)),
                iface(p_ptr_stringer, V::Nil),
                iface(p_panicker, ptr(one(0))),
                iface(p_stringer, V::Nil),
            ]),
        ),
        (
            "priv",
            priv_t,
            V::Fields(vec![
                V::Map(vec![(one(1), one(2))]),
                V::List(vec![one(3)]),
                iface(my_err, V::Fields(vec![s("p")])),
                V::Map(vec![(one(4), one(5))]),
            ]),
        ),
        (
            "mixed",
            map_s_any,
            V::Map(vec![
                (s("a"), iface(int, V::I(1))),
                (s("b"), iface(string, s("two"))),
                (s("c"), iface(ints, list_i(&[3]))),
                (s("d"), V::Nil),
                (s("e"), iface(map_si, V::Map(vec![(s("x"), V::I(1))]))),
                (s("f"), iface(point, pt(1, 2))),
                (s("g"), iface(float64, V::F(2.5))),
                (s("h"), iface(stringer, one(6))),
                (
                    s("i"),
                    iface(
                        anys,
                        V::List(vec![iface(my_err, V::Fields(vec![s("deep")])), iface(bytes, V::S(b"hi".to_vec()))]),
                    ),
                ),
            ]),
        ),
        ("sgostr", go_strs, V::List(vec![one(1), one(2)])),
        (
            "deep",
            deep_t,
            V::List(vec![
                V::List(vec![V::Map(vec![(
                    s("k"),
                    V::List(vec![iface(int, V::I(1)), iface(string, s("x")), iface(strings, V::List(vec![s("y")]))]),
                )])]),
                V::Nil,
            ]),
        ),
        ("fmter", fmter, one(1)),
        ("pfmter", p_fmter, ptr(one(2))),
        ("panicfmter", panic_fmter, one(0)),
        ("sfmter", fmters, V::List(vec![one(3)])),
        ("mfmter", map_fmter, V::Map(vec![(one(4), one(5))])),
        ("sfn", funcs, V::List(vec![V::Nil])),
        ("siface", fmt_stringers, V::List(vec![iface(stringer, one(1)), V::Nil])),
    ];
    let mut vals = HashMap::new();
    for (name, t, v) in defs {
        let a = m.arg(t, &v);
        vals.insert(name, a);
    }
    vals.insert("errnil", Arg::NIL);
    vals.insert("nil", Arg::NIL);
    World { mock: m, vals, int, int32, float32, float64, string }
}

trait IntoList {
    fn into_list(self) -> V;
}

impl IntoList for V {
    /// A byte string as a list of byte elements (for byte arrays).
    fn into_list(self) -> V {
        match self {
            V::S(b) => V::List(b.into_iter().map(|c| V::U(u64::from(c))).collect()),
            v => v,
        }
    }
}

/// Decodes the escapes of cases.txt: \n \t \s \\ \xHH.
fn unescape(s: &str) -> Vec<u8> {
    let b = s.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        if b[i] != b'\\' || i + 1 >= b.len() {
            out.push(b[i]);
            i += 1;
            continue;
        }
        i += 1;
        match b[i] {
            b'n' => out.push(b'\n'),
            b't' => out.push(b'\t'),
            b's' => out.push(b' '),
            b'x' => {
                out.push(u8::from_str_radix(&s[i + 1..i + 3], 16).unwrap());
                i += 2;
            }
            c => out.push(c),
        }
        i += 1;
    }
    out
}

/// Keeps a result on one line of printable text, as values.go does: backslash and
/// newline become `\\` and `\n`; other control bytes and invalid UTF-8 become `\xHH`.
fn escape(s: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    let hex = |out: &mut Vec<u8>, c: u8| out.extend_from_slice(format!("\\x{c:02x}").as_bytes());
    for chunk in s.utf8_chunks() {
        for c in chunk.valid().chars() {
            match c {
                '\\' => out.extend_from_slice(b"\\\\"),
                '\n' => out.extend_from_slice(b"\\n"),
                '\t' => out.push(b'\t'),
                c if (c as u32) < 0x20 || c == '\x7f' => hex(&mut out, c as u8),
                c => out.extend_from_slice(c.encode_utf8(&mut [0; 4]).as_bytes()),
            }
        }
        for &b in chunk.invalid() {
            hex(&mut out, b);
        }
    }
    out
}

impl World {
    fn arg(&mut self, tok: &str) -> Arg {
        let Some((kind, text)) = tok.split_once(':') else {
            return *self.vals.get(tok).unwrap_or_else(|| panic!("unknown value {tok}"));
        };
        let (t, v) = match kind {
            "i" => (self.int, V::I(text.parse().unwrap())),
            "r" => (self.int32, V::I(text.parse().unwrap())),
            "f" => (self.float64, V::F(f64::from_bits(u64::from_str_radix(text, 16).unwrap()))),
            "h" => (self.float32, V::F(f64::from(f32::from_bits(u32::from_str_radix(text, 16).unwrap())))),
            "s" => (self.string, V::S(unescape(text))),
            _ => panic!("bad literal {tok}"),
        };
        self.mock.arg(t, &v)
    }

    fn args(&mut self, field: &str) -> Vec<Arg> {
        field.split_whitespace().filter(|t| *t != "-").map(|t| self.arg(t)).collect()
    }
}

fn line(parts: &[&[u8]]) -> Vec<u8> {
    parts.join(&b'\t')
}

/// Every case of cases.txt, expanded, as (the line Go printed for it, our line).
fn run_cases() -> Vec<(Vec<u8>, Vec<u8>)> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/golden");
    let cases = std::fs::read_to_string(format!("{dir}/cases.txt")).unwrap();
    let expected = std::fs::read(format!("{dir}/cases.out")).unwrap();
    let mut expected = expected.split(|&c| c == b'\n').map(<[u8]>::to_vec);
    let mut w = build();
    let mut out = Vec::new();
    for l in cases.lines() {
        if l.is_empty() || l.starts_with('#') {
            continue;
        }
        let f: Vec<&str> = l.split('\t').collect();
        let mut got = Vec::new();
        match f[0] {
            "f" => {
                let args = w.args(f[2]);
                let r = sprintf(&mut w.mock, &unescape(f[1]), &args);
                got.push(line(&[b"f", f[1].as_bytes(), f[2].as_bytes(), &escape(&r)]));
            }
            "p" | "l" => {
                let args = w.args(f[2]);
                let r = if f[0] == "p" { sprint(&mut w.mock, &args) } else { sprintln(&mut w.mock, &args) };
                got.push(line(&[f[0].as_bytes(), f[2].as_bytes(), &escape(&r)]));
            }
            "e" => {
                let args = w.args(f[2]);
                let e = errorf(&mut w.mock, &unescape(f[1]), &args);
                let wrapped = match e.wrapped {
                    Wrapped::None => "none".to_string(),
                    Wrapped::One(i) => format!("one {}", i.map_or("nil".to_string(), |i| i.to_string())),
                    Wrapped::Many(v) => v.iter().fold("many".to_string(), |s, i| format!("{s} {i}")),
                };
                got.push(line(&[b"e", f[1].as_bytes(), f[2].as_bytes(), &escape(&e.message), wrapped.as_bytes()]));
            }
            "m" => {
                for flags in f[1].split_whitespace() {
                    let flags = if flags == "." { "" } else { flags };
                    for verb in f[2].chars() {
                        for tok in f[3].split_whitespace() {
                            let format = format!("%{flags}{verb}");
                            let a = w.arg(tok);
                            let r = sprintf(&mut w.mock, &unescape(&format), &[a]);
                            got.push(line(&[b"f", format.as_bytes(), tok.as_bytes(), &escape(&r)]));
                        }
                    }
                }
            }
            _ => panic!("bad case line {l}"),
        }
        for g in got {
            out.push((expected.next().unwrap_or_default(), g));
        }
    }
    out
}

#[test]
fn golden_cases_match_go() {
    let results = run_cases();
    let failures: Vec<_> = results.iter().filter(|(want, got)| want != got).collect();
    for (want, got) in failures.iter().take(40) {
        eprintln!("want: {}\n got: {}\n", String::from_utf8_lossy(want), String::from_utf8_lossy(got));
    }
    eprintln!("golden: {} of {} cases match Go", results.len() - failures.len(), results.len());
    assert!(failures.is_empty(), "{} golden cases differ from Go", failures.len());
}
