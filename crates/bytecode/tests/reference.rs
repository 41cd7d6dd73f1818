//! `docs/bytecode.md` is generated from the instruction table; this test keeps it current
//! (`GORUN_BLESS=1` rewrites it).

use gorun_bytecode::isa::{OPCODES, reference_markdown};
use gorun_bytecode::{Func, Instr, Program, Reg, verify};

#[test]
fn docs_match_the_instruction_table() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../docs/bytecode.md");
    let want = reference_markdown();
    if std::env::var_os("GORUN_BLESS").is_some() {
        std::fs::write(path, &want).unwrap();
    }
    let have = std::fs::read_to_string(path).unwrap_or_default();
    assert!(have == want, "docs/bytecode.md is out of date: run GORUN_BLESS=1 cargo test -p gorun-bytecode");
    assert!(OPCODES.iter().all(|op| !op.doc.trim().is_empty()));
}

fn program(code: Vec<Instr>, nregs: u16) -> Program {
    let f = Func { name: "main.f".into(), code, nregs, ..Default::default() };
    Program { funcs: vec![f], ..Default::default() }
}

#[test]
fn verifier_accepts_a_well_formed_function() {
    let code = vec![
        Instr::LoadImm { dst: Reg(0), imm: 1 },
        Instr::LoadImm { dst: Reg(1), imm: 10 },
        Instr::AddI { dst: Reg(0), a: Reg(0), b: Reg(0) },
        Instr::JumpLtI { a: Reg(0), b: Reg(1), off: -2 },
        Instr::Return {},
    ];
    verify(&program(code, 2)).unwrap();
}

#[test]
fn verifier_rejects_what_the_interpreter_could_not_trust() {
    let bad = [
        (vec![Instr::AddI { dst: Reg(2), a: Reg(0), b: Reg(1) }, Instr::Return {}], "outside a frame"),
        (vec![Instr::Move2 { dst: Reg(1), src: Reg(0) }, Instr::Return {}], "outside a frame"),
        (vec![Instr::Jump { off: 5 }], "outside the function"),
        (vec![Instr::Jump { off: -2 }], "outside the function"),
        (vec![Instr::Nop {}], "run off its end"),
        (vec![Instr::Call { base: Reg(0), func: 7 }, Instr::Return {}], "function #7"),
        (vec![Instr::LoadStr { dst: Reg(0), s: 0 }, Instr::Return {}], "string #0"),
        (vec![Instr::SextN { dst: Reg(0), a: Reg(0), bits: 12 }, Instr::Return {}], "bad width"),
        (vec![Instr::MoveN { dst: Reg(0), src: Reg(1), n: 2 }, Instr::Return {}], "outside a frame"),
    ];
    for (code, msg) in bad {
        let err = verify(&program(code.clone(), 2)).expect_err(&format!("{code:?} accepted"));
        assert!(err.msg.contains(msg), "{code:?}: {err}");
    }
}

#[test]
fn jumps_patch_and_disassemble() {
    let j = Instr::JumpLtI { a: Reg(1), b: Reg(2), off: 0 };
    assert_eq!(j.with_jump(-3), Some(Instr::JumpLtI { a: Reg(1), b: Reg(2), off: -3 }));
    assert_eq!(j.with_jump(40_000), None, "a 16-bit offset cannot hold 40000");
    assert_eq!(Instr::Return {}.with_jump(1), None);
    assert_eq!(j.to_string(), "JumpLtI r1, r2, +0");
    let mut p = program(vec![Instr::LoadImm { dst: Reg(0), imm: 3 }, Instr::Jump { off: -2 }], 1);
    p.funcs[0].lines = vec![(0, 7)];
    let listing = gorun_bytecode::disasm::disassemble(&p);
    assert!(listing.contains("    7     0  LoadImm r0, 3"), "{listing}");
    assert!(listing.contains("Jump -2  -> 0"), "{listing}");
}
