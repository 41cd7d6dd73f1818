//! Time per call of a few common directives (ignored by default):
//! `cargo test --release -p gorun-fmt --test speed -- --ignored --nocapture`.

mod common;
use common::{Mock, V, s};
use gorun_fmt::{TypeKind, sprintf};
#[test]
#[ignore]
fn time_per_call() {
    let mut m = Mock::default();
    let int = m.basic(TypeKind::Int, "int");
    let string = m.basic(TypeKind::String, "string");
    let f = m.basic(TypeKind::Float64, "float64");
    let ints = m.slice(int);
    let a = [
        m.arg(int, &V::I(12345)),
        m.arg(string, &s("hello")),
        m.arg(f, &V::F(3.25)),
        m.arg(ints, &V::List(vec![V::I(1), V::I(2), V::I(3)])),
    ];
    for (fmt, i) in [(&b"%d"[..], 0), (b"%s", 1), (b"%v", 2), (b"%.2f", 2), (b"%v", 3), (b"plain text", 4)] {
        let args = if i < 4 { &a[i..i + 1] } else { &a[..0] };
        let t = std::time::Instant::now();
        let mut n = 0;
        for _ in 0..1_000_000 {
            n += sprintf(&mut m, fmt, args).len();
        }
        eprintln!("{} {n}: {:?} per call", String::from_utf8_lossy(fmt), t.elapsed() / 1_000_000);
    }
}
