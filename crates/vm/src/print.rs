//! The builtin `print` and `println`: Go 1.27 writes their output to standard error, with
//! floats in `%v`'s shortest form (`1.5`, `1e+21`, `NaN`), complex numbers as `(1+2i)`,
//! pointers in hex, interfaces as `(type,data)` and slices as `[len/cap]ptr`.

use std::fmt::Write;

/// A float64 as Go 1.27's `print` shows it: the shortest decimal that reads back as the
/// same value, in `%g` form (exponent form below 1e-4 and from 1e6).
pub fn format_float(out: &mut String, v: f64, bits: u32) {
    if v.is_nan() {
        out.push_str("NaN");
        return;
    }
    if v.is_infinite() {
        out.push_str(if v > 0.0 { "+Inf" } else { "-Inf" });
        return;
    }
    // Rust's `{:e}` gives the shortest round-trip digits: "1.2345e8", "-5e-7", "0e0".
    let sci = if bits == 32 { format!("{:e}", v as f32) } else { format!("{v:e}") };
    let (mantissa, exp) = sci.split_once('e').unwrap_or((&sci, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let (neg, mantissa) = match mantissa.strip_prefix('-') {
        Some(m) => (true, m),
        None => (false, mantissa),
    };
    let digits: String = mantissa.chars().filter(|c| *c != '.').collect();
    if neg {
        out.push('-');
    }
    if !(-4..6).contains(&exp) {
        out.push_str(&digits[..1]);
        if digits.len() > 1 {
            out.push('.');
            out.push_str(&digits[1..]);
        }
        let _ = write!(out, "e{}{:02}", if exp < 0 { '-' } else { '+' }, exp.abs());
    } else if exp < 0 {
        out.push_str("0.");
        out.extend(std::iter::repeat_n('0', (-exp - 1) as usize));
        out.push_str(&digits);
    } else {
        let int_len = exp as usize + 1;
        if digits.len() <= int_len {
            out.push_str(&digits);
            out.extend(std::iter::repeat_n('0', int_len - digits.len()));
        } else {
            out.push_str(&digits[..int_len]);
            out.push('.');
            out.push_str(&digits[int_len..]);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::format_float;

    fn f(v: f64, bits: u32) -> String {
        let mut s = String::new();
        format_float(&mut s, v, bits);
        s
    }

    #[test]
    fn floats_print_as_go_prints_them() {
        // Expected texts are what Go 1.27's println printed for the same values.
        assert_eq!(f(1.5, 64), "1.5");
        assert_eq!(f(f64::from(0.1f32), 32), "0.1");
        assert_eq!(f(1e21, 64), "1e+21");
        assert_eq!(f(3.0, 64), "3");
        assert_eq!(f(-0.0, 64), "-0");
        assert_eq!(f(f64::INFINITY, 64), "+Inf");
        assert_eq!(f(f64::NAN, 64), "NaN");
        assert_eq!(f(1e-7, 64), "1e-07");
        assert_eq!(f(123456789.0, 64), "1.23456789e+08");
        assert_eq!(f(16777216.0, 32), "1.6777216e+07");
    }
}
