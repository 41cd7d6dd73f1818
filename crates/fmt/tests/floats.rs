//! Float conversion against real Go: every line of tests/golden/floats.out (written by
//! floats.go with strconv.FormatFloat) must come out of `append_float` unchanged.

use gorun_fmt::append_float;

#[test]
fn float_conversions_match_go() {
    let data = include_str!("golden/floats.out");
    let (mut n, mut bad) = (0, 0);
    for line in data.lines() {
        let p: Vec<&str> = line.splitn(5, ' ').collect();
        let v = f64::from_bits(u64::from_str_radix(p[0], 16).unwrap());
        let size: u32 = p[1].parse().unwrap();
        let prec: i32 = p[3].parse().unwrap();
        let mut out = Vec::new();
        append_float(&mut out, v, p[2].as_bytes()[0], prec, size);
        n += 1;
        if out != p[4].as_bytes() {
            bad += 1;
            eprintln!("want: {line}\n got: {}", String::from_utf8_lossy(&out));
        }
    }
    assert!(n > 1000);
    assert_eq!(bad, 0, "{bad} of {n} float conversions differ from Go");
}
