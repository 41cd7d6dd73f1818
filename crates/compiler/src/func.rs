//! Building one function's code: registers, labels, jumps and line numbers.
//!
//! Registers are allocated like a stack: parameters first, then locals as they are
//! declared, then temporaries above them; leaving a block or finishing an expression
//! gives its registers back (`mark`/`release`). A call's argument area is always taken at
//! the top, so the callee's frame, which starts there, can never overlap a live register
//! of the caller.

use crate::layout::Shape;
use gorun_bytecode::{Func, Instr, Reg};
use gorun_syntax::intern::Symbol;
use gorun_types::object::ObjId;
use rustc_hash::FxHashMap;

/// A loop or switch that `break` (and for loops `continue`) can leave.
pub struct Breakable {
    pub label: Option<Symbol>,
    pub is_loop: bool,
    /// Jumps to patch to the statement's end.
    pub breaks: Vec<usize>,
    /// Jumps to patch to the loop's continue point.
    pub continues: Vec<usize>,
}

/// The body of a range-over-func loop being compiled as a function of its own (see
/// `rangefunc`).
pub struct RangeBody {
    /// The loop's label.
    pub label: Option<Symbol>,
    /// The register holding the loop's control object.
    pub ctl: Reg,
    /// The control object holding the enclosing function's result slot, if it has results.
    pub ret: Option<Reg>,
    /// Branches out of the loop the body takes: (kind, label).
    pub exits: Vec<(gorun_syntax::ast::BranchKind, Option<Symbol>)>,
    /// The enclosing function's result types and shapes.
    pub results: Vec<(gorun_types::types::TypeId, Shape)>,
    /// Whether the body returns from the function with values, and without.
    pub returns: [bool; 2],
}

pub struct FnBuilder {
    pub func: Func,
    /// Next free register.
    pub top: u16,
    /// Variables: their register and shape. For a variable in `cells`, the register
    /// holds the address of the heap cell holding it; for a struct or array, the address
    /// of the memory it owns.
    pub locals: FxHashMap<ObjId, (Reg, Shape)>,
    /// Variables living in heap cells (their address is taken or closures capture them).
    pub cells: rustc_hash::FxHashSet<ObjId>,
    /// Named results living in heap cells, copied to the result words at return.
    pub result_cells: Vec<(Reg, Shape)>,
    /// Whether the function has `defer` statements (returns then run them first).
    pub has_defer: bool,
    pub breakables: Vec<Breakable>,
    /// Named or unnamed results: (register of a named result, shape).
    pub results: Vec<(Option<Reg>, Shape)>,
    /// The results' types.
    pub result_types: Vec<gorun_types::types::TypeId>,
    pub line: u32,
    /// The statement being compiled (for errors that have no better position).
    pub pos: gorun_syntax::source::Pos,
    /// A label waiting for the loop or switch it names.
    pub pending_label: Option<Symbol>,
    /// Where each label of the function is (for `goto`).
    pub labels: FxHashMap<Symbol, usize>,
    /// `goto` jumps to labels not yet seen.
    pub gotos: Vec<(Symbol, usize)>,
    /// Set when this function is the body of a range-over-func loop.
    pub range_body: Option<RangeBody>,
}

impl FnBuilder {
    pub fn new(name: String, file: u32) -> FnBuilder {
        FnBuilder {
            func: Func { name, file, ..Default::default() },
            top: 0,
            locals: FxHashMap::default(),
            cells: Default::default(),
            result_cells: Vec::new(),
            has_defer: false,
            breakables: Vec::new(),
            results: Vec::new(),
            result_types: Vec::new(),
            line: 0,
            pos: gorun_syntax::source::Pos(0),
            pending_label: None,
            labels: FxHashMap::default(),
            gotos: Vec::new(),
            range_body: None,
        }
    }

    /// Takes `words` registers at the top.
    pub fn alloc(&mut self, words: u16) -> Reg {
        let r = Reg(self.top);
        self.top = self.top.saturating_add(words);
        self.func.nregs = self.func.nregs.max(self.top);
        r
    }

    /// Takes registers for a value of `shape`, recording which may hold pointers.
    pub fn alloc_value(&mut self, shape: Shape) -> Reg {
        let r = self.alloc(shape.words());
        self.mark_pointers(r, shape);
        r
    }

    pub fn mark_pointers(&mut self, r: Reg, shape: Shape) {
        for k in 0..shape.words() {
            if shape.is_pointer_word(k) {
                self.func.set_pointer_reg(r.0 + k);
            }
        }
    }

    pub fn mark(&self) -> u16 {
        self.top
    }

    pub fn release(&mut self, mark: u16) {
        self.top = mark;
    }

    /// Leaves a scope: frees its registers and forgets the variables declared in it.
    pub fn end_scope(&mut self, mark: u16) {
        self.top = mark;
        self.locals.retain(|_, (r, _)| r.0 < mark);
    }

    /// Appends an instruction; returns its pc.
    pub fn emit(&mut self, ins: Instr) -> usize {
        let pc = self.func.code.len();
        if self.func.lines.last().is_none_or(|&(_, l)| l != self.line) {
            self.func.lines.push((pc as u32, self.line));
        }
        self.func.code.push(ins);
        pc
    }

    pub fn pc(&self) -> usize {
        self.func.code.len()
    }

    /// Points the jump at `at` to `target`. Returns false if the offset does not fit the
    /// instruction (a fused 16-bit jump over a very large body).
    pub fn patch(&mut self, at: usize, target: usize) -> bool {
        let off = target as i64 - (at as i64 + 1);
        match i32::try_from(off).ok().and_then(|o| self.func.code[at].with_jump(o)) {
            Some(ins) => {
                self.func.code[at] = ins;
                true
            }
            None => false,
        }
    }

    /// Emits a jump back to `target`.
    pub fn jump_to(&mut self, target: usize) {
        let off = target as i64 - (self.pc() as i64 + 1);
        self.emit(Instr::Jump { off: off as i32 });
    }

    /// Copies a value of `shape` between registers.
    pub fn move_value(&mut self, dst: Reg, src: Reg, shape: Shape) {
        if dst == src {
            return;
        }
        match shape.words() {
            1 => self.emit(Instr::Move { dst, src }),
            2 => self.emit(Instr::Move2 { dst, src }),
            3 => self.emit(Instr::Move3 { dst, src }),
            n => self.emit(Instr::MoveN { dst, src, n }),
        };
    }
}
