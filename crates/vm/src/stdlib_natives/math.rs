//! `math`'s natives: the functions of `stdlib/math` declared without a body, computed by
//! [`gomath`](super::gomath) with Go's results.

use super::gomath as gm;
use super::{arg_f64, arg_int};
use crate::goroutine::Goroutine;
use crate::interp::{Machine, Trap};
use crate::natives::Native;

pub fn lookup(name: &str) -> Option<Native> {
    let f: Native = match name {
        "math.Float32bits" => float32bits,
        "math.Float32frombits" => float32frombits,
        // A float64 and its bits are the same register word.
        "math.Float64bits" | "math.Float64frombits" => identity,
        "math.Sqrt" => sqrt,
        "math.Floor" => floor,
        "math.Ceil" => ceil,
        "math.Trunc" => trunc,
        "math.FMA" => fma,
        "math.Cbrt" => cbrt,
        "math.Mod" => fmod,
        "math.Remainder" => remainder,
        "math.Hypot" => hypot,
        "math.Exp" => exp,
        "math.Exp2" => exp2,
        "math.Expm1" => expm1,
        "math.Log" => log,
        "math.Log2" => log2,
        "math.Log10" => log10,
        "math.Log1p" => log1p,
        "math.Pow" => pow,
        "math.Sin" => sin,
        "math.Cos" => cos,
        "math.Tan" => tan,
        "math.Asin" => asin,
        "math.Acos" => acos,
        "math.Atan" => atan,
        "math.Atan2" => atan2,
        "math.Sinh" => sinh,
        "math.Cosh" => cosh,
        "math.Tanh" => tanh,
        "math.Asinh" => asinh,
        "math.Acosh" => acosh,
        "math.Atanh" => atanh,
        "math.Erf" => erf,
        "math.Erfc" => erfc,
        "math.Erfinv" => erfinv,
        "math.Erfcinv" => erfcinv,
        "math.Gamma" => gamma,
        "math.Lgamma" => lgamma,
        "math.J0" => j0,
        "math.J1" => j1,
        "math.Jn" => jn,
        "math.Y0" => y0,
        "math.Y1" => y1,
        "math.Yn" => yn,
        _ => return None,
    };
    Some(f)
}

/// Defines natives `fn(float64) float64` from functions of `f64`.
macro_rules! unary {
    ($($name:ident => $f:expr;)*) => {$(
        fn $name(_: &mut Machine<'_>, g: &mut Goroutine, base: usize) -> Result<(), Trap> {
            let f: fn(f64) -> f64 = $f;
            g.stack[base] = f(arg_f64(g, base)).to_bits();
            Ok(())
        }
    )*};
}

/// Defines natives `fn(float64, float64) float64`.
macro_rules! binary {
    ($($name:ident => $f:expr;)*) => {$(
        fn $name(_: &mut Machine<'_>, g: &mut Goroutine, base: usize) -> Result<(), Trap> {
            let f: fn(f64, f64) -> f64 = $f;
            g.stack[base] = f(arg_f64(g, base), arg_f64(g, base + 1)).to_bits();
            Ok(())
        }
    )*};
}

/// Defines natives `fn(int, float64) float64`.
macro_rules! int_float {
    ($($name:ident => $f:expr;)*) => {$(
        fn $name(_: &mut Machine<'_>, g: &mut Goroutine, base: usize) -> Result<(), Trap> {
            let f: fn(i64, f64) -> f64 = $f;
            g.stack[base] = f(arg_int(g, base), arg_f64(g, base + 1)).to_bits();
            Ok(())
        }
    )*};
}

unary! {
    sqrt => f64::sqrt;
    floor => f64::floor;
    ceil => f64::ceil;
    trunc => f64::trunc;
    cbrt => gm::cbrt;
    exp => gm::exp;
    exp2 => gm::exp2;
    expm1 => gm::expm1;
    log => gm::log;
    log2 => gm::log2;
    log10 => gm::log10;
    log1p => gm::log1p;
    sin => gm::sin;
    cos => gm::cos;
    tan => gm::tan;
    asin => gm::asin;
    acos => gm::acos;
    atan => gm::atan;
    sinh => gm::sinh;
    cosh => gm::cosh;
    tanh => gm::tanh;
    asinh => gm::asinh;
    acosh => gm::acosh;
    atanh => gm::atanh;
    erf => gm::erf;
    erfc => gm::erfc;
    erfinv => gm::erfinv;
    erfcinv => gm::erfcinv;
    gamma => gm::gamma;
    j0 => gm::j0;
    j1 => gm::j1;
    y0 => gm::y0;
    y1 => gm::y1;
}

binary! {
    fmod => gm::fmod;
    remainder => gm::remainder;
    hypot => gm::hypot;
    pow => gm::pow;
    atan2 => gm::atan2;
}

int_float! {
    jn => gm::jn;
    yn => gm::yn;
}

fn identity(_: &mut Machine<'_>, _: &mut Goroutine, _: usize) -> Result<(), Trap> {
    Ok(())
}

/// `Float32bits(f float32) uint32`: the register holds the float64 equal to `f`.
fn float32bits(_: &mut Machine<'_>, g: &mut Goroutine, base: usize) -> Result<(), Trap> {
    g.stack[base] = u64::from((arg_f64(g, base) as f32).to_bits());
    Ok(())
}

fn float32frombits(_: &mut Machine<'_>, g: &mut Goroutine, base: usize) -> Result<(), Trap> {
    g.stack[base] = f64::from(f32::from_bits(g.stack[base] as u32)).to_bits();
    Ok(())
}

fn fma(_: &mut Machine<'_>, g: &mut Goroutine, base: usize) -> Result<(), Trap> {
    let (x, y, z) = (arg_f64(g, base), arg_f64(g, base + 1), arg_f64(g, base + 2));
    g.stack[base] = x.mul_add(y, z).to_bits();
    Ok(())
}

/// `Lgamma(x float64) (lgamma float64, sign int)`.
fn lgamma(_: &mut Machine<'_>, g: &mut Goroutine, base: usize) -> Result<(), Trap> {
    let (lg, sign) = gm::lgamma(arg_f64(g, base));
    g.stack[base] = lg.to_bits();
    g.stack[base + 1] = sign as u64;
    Ok(())
}
