//! fmt's native functions: the formatting engine (`gorun-fmt`) over the VM's memory.
//!
//! `Sprintf`, `Sprint`, `Sprintln`, `errorf`, and `Print`, `Printf` and `Println` (which
//! write straight to the machine's standard output, so that fmt need not import os) are
//! bodiless in `stdlib/fmt`. Methods the engine calls
//! (`Error`, `String`) run as nested calls on the calling goroutine.

use crate::goroutine::Goroutine;
use crate::interp::{Machine, Trap};
use crate::mem;
use crate::natives::{Native, arg_str};
use gorun_bytecode::TypeDesc;
use gorun_fmt::{Arg, Host, Wrapped};

pub fn lookup(name: &str) -> Option<Native> {
    let f: Native = match name {
        "fmt.Sprintf" => sprintf,
        "fmt.Sprint" => sprint,
        "fmt.Sprintln" => sprintln,
        "fmt.Printf" => printf,
        "fmt.Print" => print,
        "fmt.Println" => println,
        "fmt.errorf" => errorf,
        _ => return crate::fmt_scan::lookup(name),
    };
    Some(f)
}

/// The engine's view of a running machine.
struct VmHost<'h, 'p> {
    m: &'h mut Machine<'p>,
    g: &'h mut Goroutine,
}

impl Host for VmHost<'_, '_> {
    fn types(&self) -> &[TypeDesc] {
        &self.m.prog.types
    }

    fn read(&self, addr: u64, out: &mut [u8]) {
        // SAFETY: the engine reads values through addresses taken from Go values of the
        // types it is given (module comment of `mem`).
        out.copy_from_slice(unsafe { mem::bytes(addr, out.len() as u64) });
    }

    fn call_string_method(&mut self, func: u32, data: u64) -> Result<Vec<u8>, String> {
        match self.m.call_nested(self.g, func, &[data], 0) {
            // SAFETY: the method returns a string value: (data, length).
            Ok(words) => Ok(unsafe { mem::bytes(words[0], words[1]) }.to_vec()),
            Err(Trap::Panic(p)) => Err(p.message),
            Err(Trap::Exit(_) | Trap::Goexit) => Err("exit".into()),
        }
    }

    fn map_entries(&mut self, typ: u32, m: u64) -> Vec<(u64, u64)> {
        crate::map::map_entries(self.m, typ, m)
    }
}

/// The operands of a `...any` parameter: the slice at `g.stack[at..at+3]`.
fn args_at(g: &Goroutine, at: usize) -> Vec<Arg> {
    let (ptr, len) = (g.stack[at], g.stack[at + 1]);
    (0..len)
        .map(|i| {
            // SAFETY: a []any holds `len` two-word interface values.
            unsafe { Arg { typ: mem::load(ptr + i * 16), data: mem::load(ptr + i * 16 + 8) } }
        })
        .collect()
}

fn ret_string(m: &mut Machine<'_>, g: &mut Goroutine, base: usize, s: &[u8]) -> Result<(), Trap> {
    let (p, n) = m.new_string(s)?;
    g.stack[base] = p;
    g.stack[base + 1] = n;
    Ok(())
}

/// Writes to standard output and returns (n, nil error).
fn write_out(m: &mut Machine<'_>, g: &mut Goroutine, base: usize, s: &[u8]) -> Result<(), Trap> {
    m.flush_print();
    let _ = m.stdout.write_all(s);
    g.stack[base] = s.len() as u64;
    g.stack[base + 1] = 0;
    g.stack[base + 2] = 0;
    Ok(())
}

fn sprintf(m: &mut Machine<'_>, g: &mut Goroutine, base: usize) -> Result<(), Trap> {
    let format = arg_str(g, base);
    let args = args_at(g, base + 2);
    let out = gorun_fmt::sprintf(&mut VmHost { m, g }, &format, &args);
    ret_string(m, g, base, &out)
}

fn sprint(m: &mut Machine<'_>, g: &mut Goroutine, base: usize) -> Result<(), Trap> {
    let args = args_at(g, base);
    let out = gorun_fmt::sprint(&mut VmHost { m, g }, &args);
    ret_string(m, g, base, &out)
}

fn sprintln(m: &mut Machine<'_>, g: &mut Goroutine, base: usize) -> Result<(), Trap> {
    let args = args_at(g, base);
    let out = gorun_fmt::sprintln(&mut VmHost { m, g }, &args);
    ret_string(m, g, base, &out)
}

fn printf(m: &mut Machine<'_>, g: &mut Goroutine, base: usize) -> Result<(), Trap> {
    let format = arg_str(g, base);
    let args = args_at(g, base + 2);
    let out = gorun_fmt::sprintf(&mut VmHost { m, g }, &format, &args);
    write_out(m, g, base, &out)
}

fn print(m: &mut Machine<'_>, g: &mut Goroutine, base: usize) -> Result<(), Trap> {
    let args = args_at(g, base);
    let out = gorun_fmt::sprint(&mut VmHost { m, g }, &args);
    write_out(m, g, base, &out)
}

fn println(m: &mut Machine<'_>, g: &mut Goroutine, base: usize) -> Result<(), Trap> {
    let args = args_at(g, base);
    let out = gorun_fmt::sprintln(&mut VmHost { m, g }, &args);
    write_out(m, g, base, &out)
}

/// `errorf(format string, a []any) (s string, wrapped []int, reordered bool)`.
fn errorf(m: &mut Machine<'_>, g: &mut Goroutine, base: usize) -> Result<(), Trap> {
    let format = arg_str(g, base);
    let args = args_at(g, base + 2);
    let e = gorun_fmt::errorf(&mut VmHost { m, g }, &format, &args);
    let wrapped: Vec<u64> = match e.wrapped {
        Wrapped::None | Wrapped::One(None) => Vec::new(),
        Wrapped::One(Some(i)) => vec![i as u64],
        Wrapped::Many(v) => v.into_iter().map(|i| i as u64).collect(),
    };
    let arr = m.alloc_bytes(wrapped.len() as u64 * 8)?;
    for (k, w) in wrapped.iter().enumerate() {
        // SAFETY: `arr` holds wrapped.len() words.
        unsafe { mem::store::<u64>(arr + k as u64 * 8, *w) };
    }
    ret_string(m, g, base, &e.message)?;
    g.stack[base + 2] = arr;
    g.stack[base + 3] = wrapped.len() as u64;
    g.stack[base + 4] = wrapped.len() as u64;
    g.stack[base + 5] = 0;
    Ok(())
}
