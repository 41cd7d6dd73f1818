//! The compiler: a type-checked Go program to bytecode.
//!
//! It compiles the functions a program can reach, starting from package initialization
//! and `main.main`, one [`FnBuilder`](func::FnBuilder) per function, using the checker's
//! facts (types of expressions, constant values, resolved identifiers) rather than
//! re-deriving them. Constant expressions are never evaluated here: the checker's exact
//! values are loaded as they are.
//!
//! The entry function it generates runs each package's variable initializers in the
//! checker's initialization order and its `init` functions in source order, packages
//! after the packages they import, then calls `main.main`.
//!
//! What the compiler cannot translate yet is reported as a compile error at the construct
//! ("… is not supported by gorun yet"), never compiled wrongly.
//!
//! Architecture invariant: no `unsafe` here.
#![forbid(unsafe_code)]

mod expr;
pub mod func;
pub mod layout;
mod stmt;

use func::FnBuilder;
use gorun_bytecode::{Instr, Program};
use gorun_syntax::ast::{Decl, FuncDecl, Spec, ValueSpec};
use gorun_syntax::diag::Diagnostic;
use gorun_syntax::intern::Interner;
use gorun_syntax::source::{Pos, SourceMap};
use gorun_types::object::{ObjId, ObjKind};
use gorun_types::{Checked, PackageFiles};
use layout::Shape;
use rustc_hash::FxHashMap;

/// Compiles a checked program. Its `files` are named as diagnostics name them; callers
/// may rename them for tracebacks (real Go prints absolute paths).
pub fn compile(checked: &Checked, map: &SourceMap, interner: &Interner) -> Result<Program, Vec<Diagnostic>> {
    let mut c = Compiler::new(checked, map, interner);
    c.collect_decls();
    c.compile_entry();
    while let Some((obj, idx)) = c.queue.pop() {
        c.compile_func(obj, idx);
    }
    if c.errors.is_empty() {
        Ok(c.out)
    } else {
        c.errors.sort_by_key(|d| d.span.lo);
        c.errors.dedup_by(|a, b| a.message == b.message && a.span == b.span);
        Err(c.errors)
    }
}

/// A compile error: something the checker accepts that gorun cannot run yet.
pub(crate) struct Unsupported {
    pub pos: Pos,
    pub what: String,
}

pub(crate) type CResult<T> = Result<T, Unsupported>;

pub(crate) fn unsupported<T>(pos: Pos, what: impl Into<String>) -> CResult<T> {
    Err(Unsupported { pos, what: what.into() })
}

pub(crate) struct Compiler<'a> {
    pub checked: &'a Checked,
    pub map: &'a SourceMap,
    pub interner: &'a Interner,
    pub out: Program,
    /// Function declarations by their object.
    pub func_decls: FxHashMap<ObjId, (usize, &'a FuncDecl)>,
    /// Variable declarations by object: the spec and the variable's index in it.
    pub var_specs: FxHashMap<ObjId, (&'a ValueSpec, usize)>,
    /// Bytecode index of each Go function compiled or queued.
    pub func_index: FxHashMap<ObjId, u32>,
    pub queue: Vec<(ObjId, u32)>,
    /// Word offset and shape of each package-level variable.
    pub globals: FxHashMap<ObjId, (u32, Shape)>,
    /// File index by source file name.
    pub files: FxHashMap<String, u32>,
    pub errors: Vec<Diagnostic>,
}

impl<'a> Compiler<'a> {
    fn new(checked: &'a Checked, map: &'a SourceMap, interner: &'a Interner) -> Compiler<'a> {
        Compiler {
            checked,
            map,
            interner,
            out: Program::default(),
            func_decls: FxHashMap::default(),
            var_specs: FxHashMap::default(),
            func_index: FxHashMap::default(),
            queue: Vec::new(),
            globals: FxHashMap::default(),
            files: FxHashMap::default(),
            errors: Vec::new(),
        }
    }

    pub fn report(&mut self, e: Unsupported) {
        self.errors.push(Diagnostic::at(e.pos, format!("{} is not supported by gorun yet", e.what)));
    }

    fn packages(&self) -> &'a [PackageFiles] {
        &self.checked.packages
    }

    fn collect_decls(&mut self) {
        let info = &self.checked.program.info;
        for (pkg, pf) in self.packages().iter().enumerate() {
            for file in &pf.files {
                for decl in &file.decls {
                    match decl {
                        Decl::Func(fd) => {
                            if let Some(&obj) = info.defs.get(&fd.name.span.lo) {
                                self.func_decls.insert(obj, (pkg, fd));
                            }
                        }
                        Decl::Gen(g) => {
                            for spec in &g.specs {
                                if let Spec::Value(vs) = spec {
                                    for (i, name) in vs.names.iter().enumerate() {
                                        if let Some(&obj) = info.defs.get(&name.span.lo) {
                                            self.var_specs.insert(obj, (vs, i));
                                        }
                                    }
                                }
                            }
                        }
                        Decl::Bad(_) => {}
                    }
                }
            }
        }
    }

    /// The file index of a position, for line tables.
    pub fn file_of(&mut self, pos: Pos) -> u32 {
        let name = self.map.lookup(pos).map(|f| f.name.clone()).unwrap_or_default();
        if let Some(&i) = self.files.get(&name) {
            return i;
        }
        self.out.files.push(name.clone());
        let i = (self.out.files.len() - 1) as u32;
        self.files.insert(name, i);
        i
    }

    pub fn line_of(&self, pos: Pos) -> u32 {
        self.map.lookup(pos).map_or(0, |f| f.line_col(pos).0)
    }

    /// The bytecode index of Go function `obj`, queueing it for compilation.
    pub fn func_ref(&mut self, obj: ObjId, pos: Pos) -> CResult<u32> {
        if let Some(&i) = self.func_index.get(&obj) {
            return Ok(i);
        }
        let Some(&(_, fd)) = self.func_decls.get(&obj) else {
            return unsupported(pos, "calling this function");
        };
        if fd.body.is_none() {
            let name = self.interner.get(fd.name.name).to_string();
            return unsupported(pos, format!("native function {name}"));
        }
        if fd.recv.is_some() || fd.typ.type_params.is_some() {
            return unsupported(pos, "calling methods and generic functions");
        }
        // Reserve the slot now so recursive calls find it; fill it when compiled.
        self.out.funcs.push(Default::default());
        let idx = (self.out.funcs.len() - 1) as u32;
        self.func_index.insert(obj, idx);
        self.queue.push((obj, idx));
        // The signature's word counts are needed by callers before the body is compiled.
        let sig = self.signature_words(obj);
        let f = &mut self.out.funcs[idx as usize];
        f.param_words = sig.0;
        f.result_words = sig.1;
        Ok(idx)
    }

    /// Words of parameters and of results of function object `obj`.
    pub fn signature_words(&self, obj: ObjId) -> (u16, u16) {
        let prog = &self.checked.program;
        let t = prog.objects.get(obj).typ;
        let Some(sig) = prog.types.signature(t) else { return (0, 0) };
        let words = |ps: &[gorun_types::types::Param]| ps.iter().map(|p| Shape::of(&prog.types, p.typ).words()).sum();
        (words(&sig.params), words(&sig.results))
    }

    pub fn qualified_name(&self, obj: ObjId) -> String {
        let prog = &self.checked.program;
        let o = prog.objects.get(obj);
        let pkg = o.pkg.map_or("main".to_string(), |p| {
            let path = &prog.packages[p.0 as usize].path;
            path.clone()
        });
        format!("{pkg}.{}", self.interner.get(o.name))
    }

    fn compile_func(&mut self, obj: ObjId, idx: u32) {
        let (_, fd) = self.func_decls[&obj];
        let name = self.qualified_name(obj);
        let file = self.file_of(fd.span.lo);
        let mut b = FnBuilder::new(name, file);
        b.line = self.line_of(fd.span.lo);
        let result = self.func_body(&mut b, obj, fd);
        if let Err(e) = result {
            self.report(e);
        }
        let (pw, rw) = (self.out.funcs[idx as usize].param_words, self.out.funcs[idx as usize].result_words);
        b.func.param_words = pw;
        b.func.result_words = rw;
        b.func.nregs = b.func.nregs.max(pw).max(rw);
        self.out.funcs[idx as usize] = b.func;
    }

    fn func_body(&mut self, b: &mut FnBuilder, obj: ObjId, fd: &'a FuncDecl) -> CResult<()> {
        let prog = &self.checked.program;
        let sig = prog.types.signature(prog.objects.get(obj).typ).cloned();
        let Some(sig) = sig else { return unsupported(fd.span.lo, "this function") };
        if sig.variadic {
            return unsupported(fd.span.lo, "variadic functions");
        }
        // Parameters occupy the first registers, in order.
        for p in &sig.params {
            let shape = self.shape(p.typ, fd.span.lo)?;
            let r = b.alloc_value(shape);
            if let Some(o) = p.obj {
                self.check_register_var(o, fd.span.lo)?;
                b.locals.insert(o, (r, shape));
            }
        }
        // Results are written to the frame's first words at return; named ones live in
        // their own registers until then.
        let result_words: u16 = sig.results.iter().map(|p| Shape::of(&prog.types, p.typ).words()).sum();
        if b.top < result_words {
            b.alloc(result_words - b.top);
        }
        for p in &sig.results {
            let shape = self.shape(p.typ, fd.span.lo)?;
            let named = match p.obj {
                Some(o) => {
                    let r = b.alloc_value(shape);
                    b.emit_zero(r, shape);
                    self.check_register_var(o, fd.span.lo)?;
                    b.locals.insert(o, (r, shape));
                    Some(r)
                }
                _ => None,
            };
            b.results.push((named, shape));
        }
        let body = fd.body.as_ref().expect("bodies checked by func_ref");
        self.block(b, &body.stmts)?;
        b.line = self.line_of(body.rbrace);
        if sig.results.is_empty() {
            b.emit(Instr::Return {});
        } else {
            // The checker proved the body ends in a terminating statement: unreachable.
            b.emit(Instr::Panic { code: gorun_bytecode::isa::rterr::MISSING_RETURN });
        }
        Ok(())
    }

    /// Variables whose address is taken or that closures capture need heap cells.
    pub fn check_register_var(&self, obj: ObjId, pos: Pos) -> CResult<()> {
        if let ObjKind::Var(v) = &self.checked.program.objects.get(obj).kind
            && (v.address_taken || v.captured)
        {
            return unsupported(pos, "variables whose address is taken or that closures capture");
        }
        Ok(())
    }

    pub fn shape(&self, t: gorun_types::types::TypeId, pos: Pos) -> CResult<Shape> {
        match Shape::of(&self.checked.program.types, t) {
            Shape::Aggregate => unsupported(pos, "structs and arrays"),
            Shape::Slice => unsupported(pos, "slices"),
            Shape::Interface => unsupported(pos, "interfaces"),
            Shape::Complex(_) => unsupported(pos, "complex numbers"),
            s => Ok(s),
        }
    }

    /// The generated entry function: package initialization, then `main.main`.
    fn compile_entry(&mut self) {
        let mut b = FnBuilder::new("runtime.main".to_string(), 0);
        if let Err(e) = self.entry_body(&mut b) {
            self.report(e);
        }
        b.emit(Instr::Return {});
        self.out.funcs.push(b.func);
        self.out.entry = (self.out.funcs.len() - 1) as u32;
    }

    fn entry_body(&mut self, b: &mut FnBuilder) -> CResult<()> {
        let checked = self.checked;
        let prog = &checked.program;
        // Globals first: every package-level variable gets its words.
        let mut vars: Vec<ObjId> = self.var_specs.keys().copied().filter(|o| self.is_global(*o)).collect();
        vars.sort();
        for obj in vars {
            let t = prog.objects.get(obj).typ;
            let pos = prog.objects.get(obj).pos;
            let shape = self.shape(t, pos)?;
            let off = self.out.global_words;
            for k in 0..shape.words() {
                if shape.is_pointer_word(k) {
                    let w = (off + u32::from(k)) as usize;
                    if self.out.global_pointers.len() <= w / 64 {
                        self.out.global_pointers.resize(w / 64 + 1, 0);
                    }
                    self.out.global_pointers[w / 64] |= 1 << (w % 64);
                }
            }
            self.out.global_words += u32::from(shape.words());
            self.globals.insert(obj, (off, shape));
        }
        for (_, groups) in &prog.info.init_order {
            for group in groups {
                self.init_group(b, group)?;
            }
        }
        // init functions, package by package in initialization order, then main.
        for pf in self.packages() {
            for file in &pf.files {
                for decl in &file.decls {
                    if let Decl::Func(fd) = decl
                        && fd.recv.is_none()
                        && self.interner.get(fd.name.name) == "init"
                    {
                        self.call_init(b, fd)?;
                    }
                }
            }
        }
        let main_pkg = self.packages().len() - 1;
        let main = self
            .func_decls
            .iter()
            .find(|(_, (pkg, fd))| *pkg == main_pkg && fd.recv.is_none() && self.interner.get(fd.name.name) == "main")
            .map(|(o, (_, fd))| (*o, fd.span.lo));
        if let Some((obj, pos)) = main {
            let idx = self.func_ref(obj, pos)?;
            let base = b.alloc(0);
            b.emit(Instr::Call { base, func: idx });
        }
        Ok(())
    }

    fn call_init(&mut self, b: &mut FnBuilder, fd: &'a FuncDecl) -> CResult<()> {
        // init functions are not objects in any scope; compile each under its own index.
        let info = &self.checked.program.info;
        let Some(&obj) = info.defs.get(&fd.name.span.lo) else { return Ok(()) };
        let idx = self.func_ref(obj, fd.span.lo)?;
        let base = b.alloc(0);
        b.emit(Instr::Call { base, func: idx });
        Ok(())
    }

    fn is_global(&self, obj: ObjId) -> bool {
        matches!(&self.checked.program.objects.get(obj).kind, ObjKind::Var(v) if v.global)
    }

    /// Runs one package-level initializer, storing into its variables.
    fn init_group(&mut self, b: &mut FnBuilder, group: &[ObjId]) -> CResult<()> {
        let Some(&(spec, _)) = group.first().and_then(|o| self.var_specs.get(o)) else { return Ok(()) };
        b.line = self.line_of(spec.span.lo);
        let mark = b.mark();
        if spec.values.len() == spec.names.len() {
            for &obj in group {
                let (spec, i) = self.var_specs[&obj];
                let (off, shape) = self.globals[&obj];
                let r = self.expr_reg(b, &spec.values[i])?;
                self.store_global(b, off, r, shape);
            }
        } else if let [value] = spec.values.as_slice() {
            let gorun_syntax::ast::ExprKind::Call(call) = &value.kind else {
                return unsupported(value.span.lo, "this initializer");
            };
            let results = self.call(b, call, value)?;
            for (i, name) in spec.names.iter().enumerate() {
                let info = &self.checked.program.info;
                if let Some(&obj) = info.defs.get(&name.span.lo)
                    && let Some(&(off, shape)) = self.globals.get(&obj)
                {
                    self.store_global(b, off, results[i].0, shape);
                }
            }
        }
        b.release(mark);
        Ok(())
    }

    pub fn store_global(&mut self, b: &mut FnBuilder, off: u32, r: gorun_bytecode::Reg, shape: Shape) {
        for k in 0..shape.words() {
            let src = gorun_bytecode::Reg(r.0 + k);
            let g = off + u32::from(k);
            if shape.is_pointer_word(k) {
                b.emit(Instr::StoreGlobalPtr { g, src });
            } else {
                b.emit(Instr::StoreGlobal { g, src });
            }
        }
    }
}

impl FnBuilder {
    /// Sets a value's registers to its zero value.
    pub fn emit_zero(&mut self, r: gorun_bytecode::Reg, shape: Shape) {
        match shape.words() {
            1 => self.emit(Instr::LoadImm { dst: r, imm: 0 }),
            n => self.emit(Instr::Zero { dst: r, n }),
        };
    }
}
