//! Hand-assembled programs for instructions the compiler does not emit on every path.

use gorun_bytecode::{Func, Instr, Program, Reg};
use gorun_vm::{Goroutine, Machine, Status};

/// Runs `code` (frame of `nregs` words) and returns the globals it stored.
fn run(code: Vec<Instr>, nregs: u16, globals: u32) -> Vec<u64> {
    let f = Func { name: "main.f".into(), code, nregs, ..Default::default() };
    let prog = Program { funcs: vec![f], global_words: globals, ..Default::default() };
    gorun_bytecode::verify(&prog).unwrap();
    let mut m = Machine::new(&prog, Box::new(std::io::sink()), Box::new(std::io::sink()));
    let mut g = Goroutine::new(1, 0, usize::from(nregs));
    assert_eq!(m.step(&mut g, 1000), Status::Done);
    m.globals
}

fn load(values: &[i32]) -> Vec<Instr> {
    values.iter().enumerate().map(|(i, &v)| Instr::LoadImm { dst: Reg(i as u16), imm: v }).collect()
}

fn store_all(n: u16) -> Vec<Instr> {
    (0..n).map(|i| Instr::StoreGlobal { g: u32::from(i), src: Reg(i) }).collect()
}

#[test]
fn move_n_copies_overlapping_runs_in_both_directions() {
    // Forward overlap: r0..r4 = r1..r5.
    let mut code = load(&[0, 1, 2, 3, 4, 5]);
    code.push(Instr::MoveN { dst: Reg(0), src: Reg(1), n: 5 });
    code.extend(store_all(6));
    code.push(Instr::Return {});
    assert_eq!(run(code, 6, 6), vec![1, 2, 3, 4, 5, 5]);
    // Backward overlap: r1..r5 = r0..r4.
    let mut code = load(&[0, 1, 2, 3, 4, 5]);
    code.push(Instr::MoveN { dst: Reg(1), src: Reg(0), n: 5 });
    code.extend(store_all(6));
    code.push(Instr::Return {});
    assert_eq!(run(code, 6, 6), vec![0, 0, 1, 2, 3, 4]);
}

#[test]
fn budget_yields_and_resumes_at_back_edges() {
    // r0 counts to 10 in a loop; a budget of 3 back-edges yields several times.
    let code = vec![
        Instr::LoadImm { dst: Reg(0), imm: 0 },
        Instr::LoadImm { dst: Reg(1), imm: 10 },
        Instr::AddImm { dst: Reg(0), a: Reg(0), imm: 1 },
        Instr::JumpLtI { a: Reg(0), b: Reg(1), off: -2 },
        Instr::StoreGlobal { g: 0, src: Reg(0) },
        Instr::Return {},
    ];
    let f = Func { name: "main.f".into(), code, nregs: 2, ..Default::default() };
    let prog = Program { funcs: vec![f], global_words: 1, ..Default::default() };
    gorun_bytecode::verify(&prog).unwrap();
    let mut m = Machine::new(&prog, Box::new(std::io::sink()), Box::new(std::io::sink()));
    let mut g = Goroutine::new(1, 0, 2);
    let mut yields = 0;
    while m.step(&mut g, 3) == Status::Yielded {
        yields += 1;
    }
    assert_eq!(m.globals, vec![10]);
    assert_eq!(yields, 3, "9 back-edges at 3 per step");
}

#[test]
fn preempt_flag_stops_a_loop_that_never_ends() {
    // for { r0++ }: only the flag, set from another thread, can stop it.
    let code = vec![
        Instr::LoadImm { dst: Reg(0), imm: 0 },
        Instr::AddImm { dst: Reg(0), a: Reg(0), imm: 1 },
        Instr::Jump { off: -2 },
    ];
    let f = Func { name: "main.f".into(), code, nregs: 1, ..Default::default() };
    let prog = Program { funcs: vec![f], ..Default::default() };
    gorun_bytecode::verify(&prog).unwrap();
    let mut m = Machine::new(&prog, Box::new(std::io::sink()), Box::new(std::io::sink()));
    let mut g = Goroutine::new(1, 0, 1);
    let flag = m.preempt_flag();
    let setter = std::thread::spawn(move || {
        std::thread::sleep(std::time::Duration::from_millis(20));
        flag.store(true, std::sync::atomic::Ordering::Relaxed);
    });
    assert_eq!(m.step(&mut g, u64::MAX), Status::Yielded);
    setter.join().unwrap();
    // The request is consumed: the goroutine resumes where it stopped, and runs on.
    assert!(g.stack[0] > 0);
    assert_eq!(m.step(&mut g, 4096), Status::Yielded);
}
