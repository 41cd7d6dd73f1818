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

mod access;
mod calls;
mod chans;
mod closure;
mod composite;
mod defers;
mod expr;
pub mod func;
mod godebug;
pub use godebug::godebug_directives;
mod iface;
pub mod layout;
mod maps;
mod memory;
mod methodval;
mod rangefunc;
mod rtypes;
mod stmt;

use func::FnBuilder;
use gorun_bytecode::{Instr, Program, Reg};
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
    c.collect_godebug();
    c.compile_entry();
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
    /// Word offset and shape of each package-level variable the program uses.
    pub globals: FxHashMap<ObjId, (u32, Shape)>,
    /// The globals in the order they were first used.
    pub global_order: Vec<ObjId>,
    /// File index by source file name.
    pub files: FxHashMap<String, u32>,
    /// Run-time type descriptors by type identity (see `rtypes`).
    pub desc_index: FxHashMap<String, u32>,
    /// Descriptors of closure objects by number of captured variables.
    pub closure_descs: FxHashMap<u16, u32>,
    /// Function literals compiled so far, for their names (`main.main.func1`).
    pub lit_counts: FxHashMap<String, u32>,
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
            global_order: Vec::new(),
            files: FxHashMap::default(),
            desc_index: FxHashMap::default(),
            closure_descs: FxHashMap::default(),
            lit_counts: FxHashMap::default(),
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
            let name = self.qualified_name(obj);
            return unsupported(pos, format!("native function {name}"));
        }
        if fd.typ.type_params.is_some() || self.is_generic_method(fd) {
            return unsupported(pos, "calling generic functions");
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

    /// Words of parameters (the receiver first, for a method) and of results of
    /// function object `obj`.
    pub fn signature_words(&self, obj: ObjId) -> (u16, u16) {
        let prog = &self.checked.program;
        let t = prog.objects.get(obj).typ;
        let Some(sig) = prog.types.signature(t) else { return (0, 0) };
        let recv = sig.recv.map_or(0, |r| Shape::of(&prog.types, r.typ).words());
        (recv + layout::words_of(&prog.types, &sig.params), layout::words_of(&prog.types, &sig.results))
    }

    /// Adds a function the compiler generated (a wrapper or a stub): its code, frame
    /// words, parameter and result words, and the registers that may hold pointers.
    /// Returns its index.
    pub fn add_generated(&mut self, name: String, code: Vec<Instr>, frame: (u16, u16, u16), pointers: &[u16]) -> u32 {
        let (nregs, param_words, result_words) = frame;
        let mut f = gorun_bytecode::Func {
            name,
            code,
            nregs: nregs.max(param_words).max(result_words),
            param_words,
            result_words,
            lines: vec![(0, 0)],
            wrapper: true,
            ..Default::default()
        };
        for &r in pointers {
            f.set_pointer_reg(r);
        }
        self.out.funcs.push(f);
        (self.out.funcs.len() - 1) as u32
    }

    /// Whether a method belongs to a generic type.
    fn is_generic_method(&self, fd: &FuncDecl) -> bool {
        fd.recv.as_ref().is_some_and(|r| {
            r.list.first().is_some_and(|f| {
                let mut t = &f.typ;
                while let gorun_syntax::ast::ExprKind::Star(x) | gorun_syntax::ast::ExprKind::Paren(x) = &t.kind {
                    t = x;
                }
                matches!(t.kind, gorun_syntax::ast::ExprKind::Index(_))
            })
        })
    }

    /// The name a traceback prints for a function or method: `main.f`, `main.T.M`,
    /// `main.(*T).M`.
    pub fn qualified_name(&self, obj: ObjId) -> String {
        let prog = &self.checked.program;
        let o = prog.objects.get(obj);
        let pkg = o.pkg.map_or("main".to_string(), |p| {
            let path = &prog.packages[p.0 as usize].path;
            path.clone()
        });
        let name = self.interner.get(o.name);
        if let Some(recv) = prog.types.signature(o.typ).and_then(|s| s.recv) {
            let types = &prog.types;
            let (base, ptr) = match types.get(recv.typ) {
                gorun_types::types::Type::Pointer(e) => (*e, true),
                _ => (recv.typ, false),
            };
            let tname = types.named(base).map_or("?", |n| self.interner.get(prog.objects.get(n.obj).name));
            return if ptr { format!("{pkg}.(*{tname}).{name}") } else { format!("{pkg}.{tname}.{name}") };
        }
        format!("{pkg}.{name}")
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
        self.params_prologue(b, &sig, fd.span.lo)?;
        // Results are written to the frame's first words at return; named ones live in
        // their own registers until then.
        let result_words = layout::words_of(&prog.types, &sig.results);
        if b.top < result_words {
            b.alloc(result_words - b.top);
        }
        self.results_prologue(b, &sig, fd.span.lo)?;
        b.has_defer = self.may_defer(fd.span);
        let body = fd.body.as_ref().expect("bodies checked by func_ref");
        self.block(b, &body.stmts)?;
        b.line = self.line_of(body.rbrace);
        if sig.results.is_empty() {
            self.emit_return(b);
        } else {
            // The checker proved the body ends in a terminating statement: unreachable.
            b.emit(Instr::Panic { code: gorun_bytecode::isa::rterr::MISSING_RETURN });
        }
        self.emit_recovery(b);
        Ok(())
    }

    /// Whether variable `obj` lives in a heap cell (its address is taken or a closure
    /// captures it). Structs and arrays never need one: they live in memory anyway.
    pub fn needs_cell(&self, obj: ObjId) -> bool {
        let o = self.checked.program.objects.get(obj);
        matches!(&o.kind, ObjKind::Var(v) if v.address_taken || v.captured)
            && !matches!(Shape::of(&self.checked.program.types, o.typ), Shape::Mem(_))
    }

    pub fn shape(&self, t: gorun_types::types::TypeId, pos: Pos) -> CResult<Shape> {
        match Shape::of(&self.checked.program.types, t) {
            Shape::Other => unsupported(pos, format!("values of type {}", self.rt_name(t))),
            s => Ok(s),
        }
    }

    /// Binds the receiver and parameters (in the first registers, in order), moving those
    /// that must live in heap cells into new cells.
    pub fn params_prologue(&mut self, b: &mut FnBuilder, sig: &gorun_types::types::Signature, pos: Pos) -> CResult<()> {
        let mut bound = Vec::new();
        for p in sig.recv.iter().chain(&sig.params) {
            let shape = self.shape(p.typ, pos)?;
            let r = b.alloc_value(shape);
            if let Some(o) = p.obj {
                bound.push((o, r, shape, p.typ));
            }
        }
        for (o, r, shape, t) in bound {
            if self.needs_cell(o) {
                let cell = b.alloc_value(Shape::Pointer);
                let typ = self.type_desc(t);
                b.emit(Instr::New { dst: cell, typ });
                self.store_value(b, cell, 0, r, shape);
                b.cells.insert(o);
                b.locals.insert(o, (cell, shape));
            } else {
                b.locals.insert(o, (r, shape));
            }
        }
        Ok(())
    }

    /// Registers (or cells) for the results; named ones start at their zero value.
    pub fn results_prologue(
        &mut self,
        b: &mut FnBuilder,
        sig: &gorun_types::types::Signature,
        pos: Pos,
    ) -> CResult<()> {
        let prog = &self.checked.program;
        let result_words = layout::words_of(&prog.types, &sig.results);
        if b.top < result_words {
            b.alloc(result_words - b.top);
        }
        for p in &sig.results {
            let shape = self.shape(p.typ, pos)?;
            let named = match p.obj {
                Some(o) => {
                    let r = self.new_var(b, o, p.typ, shape);
                    if b.cells.contains(&o) {
                        b.result_cells.push((r, shape));
                    }
                    Some(r)
                }
                _ => None,
            };
            b.results.push((named, shape));
            b.result_types.push(p.typ);
        }
        Ok(())
    }

    /// A new local variable at its zero value: a register, a heap cell, or (struct or
    /// array) zeroed memory of its own. Returns its register.
    pub fn new_var(&mut self, b: &mut FnBuilder, o: ObjId, t: gorun_types::types::TypeId, shape: Shape) -> Reg {
        let r = b.alloc_value(if self.needs_cell(o) { Shape::Pointer } else { shape });
        if self.needs_cell(o) || matches!(shape, Shape::Mem(_)) {
            let typ = self.type_desc(t);
            b.emit(Instr::New { dst: r, typ });
            if self.needs_cell(o) {
                b.cells.insert(o);
            }
        } else {
            b.emit_zero(r, shape);
        }
        b.locals.insert(o, (r, shape));
        r
    }

    /// Returns from the function: deferred calls first, then the named results that
    /// live in cells are copied to the result words.
    pub fn emit_return(&mut self, b: &mut FnBuilder) {
        if b.has_defer {
            b.emit(Instr::RunDefers {});
        }
        if !b.result_cells.is_empty() || b.has_defer {
            let mut off = 0u16;
            let results = b.results.clone();
            for (named, shape) in results {
                if let Some(r) = named {
                    if b.result_cells.iter().any(|(c, _)| *c == r) {
                        self.load_value(b, Reg(off), r, 0, shape);
                    } else {
                        b.move_value(Reg(off), r, shape);
                    }
                }
                off += shape.words();
            }
        }
        b.emit(Instr::Return {});
    }

    /// The generated entry function: package initialization, then `main.main`.
    ///
    /// Every initializer and `init` function of the main package runs. Of a standard
    /// package, only the initializers of variables the program reaches run, and its `init`
    /// functions only if any of its variables is reached (nothing else could observe
    /// them). What is reached grows as initializers are compiled, so the entry function is
    /// rebuilt until that set stops growing.
    fn compile_entry(&mut self) {
        let main_pkg = self.packages().len() - 1;
        let mut main_vars: Vec<ObjId> = self
            .var_specs
            .keys()
            .copied()
            .filter(|o| {
                self.is_global(*o) && self.checked.program.objects.get(*o).pkg.map(|p| p.0 as usize) == Some(main_pkg)
            })
            .collect();
        main_vars.sort();
        for obj in main_vars {
            let pos = self.checked.program.objects.get(obj).pos;
            if let Err(e) = self.global_ref(obj, pos) {
                self.report(e);
            }
        }
        self.drain_queue();
        loop {
            let before = self.global_order.len();
            let mut b = FnBuilder::new("runtime.main".to_string(), 0);
            if let Err(e) = self.entry_body(&mut b) {
                self.report(e);
            }
            b.emit(Instr::Return {});
            self.drain_queue();
            if self.global_order.len() == before || !self.errors.is_empty() {
                self.out.funcs.push(b.func);
                self.out.entry = (self.out.funcs.len() - 1) as u32;
                return;
            }
        }
    }

    fn drain_queue(&mut self) {
        while let Some((obj, idx)) = self.queue.pop() {
            self.compile_func(obj, idx);
        }
    }

    /// The global slot of package-level variable `obj`, allocated on first use. A struct,
    /// array or address-taken variable's slot holds the address of its memory.
    pub fn global_ref(&mut self, obj: ObjId, pos: Pos) -> CResult<(u32, Shape)> {
        if let Some(&g) = self.globals.get(&obj) {
            return Ok(g);
        }
        let t = self.checked.program.objects.get(obj).typ;
        let shape = self.shape(t, pos)?;
        let in_memory = self.global_in_memory(obj);
        let words = if in_memory { 1 } else { shape.words() };
        let off = self.out.global_words;
        for k in 0..words {
            if in_memory || shape.is_pointer_word(k) {
                let w = (off + u32::from(k)) as usize;
                if self.out.global_pointers.len() <= w / 64 {
                    self.out.global_pointers.resize(w / 64 + 1, 0);
                }
                self.out.global_pointers[w / 64] |= 1 << (w % 64);
            }
        }
        self.out.global_words += u32::from(words);
        self.globals.insert(obj, (off, shape));
        self.global_order.push(obj);
        Ok((off, shape))
    }

    /// Whether a global's slot holds the address of its memory rather than its value.
    pub fn global_in_memory(&self, obj: ObjId) -> bool {
        let o = self.checked.program.objects.get(obj);
        matches!(Shape::of(&self.checked.program.types, o.typ), Shape::Mem(_))
            || matches!(&o.kind, ObjKind::Var(v) if v.address_taken)
    }

    fn entry_body(&mut self, b: &mut FnBuilder) -> CResult<()> {
        let checked = self.checked;
        let prog = &checked.program;
        // Memory for the globals that live in memory, before any initializer runs.
        let mut k = 0;
        while k < self.global_order.len() {
            let obj = self.global_order[k];
            k += 1;
            if self.global_in_memory(obj) {
                let (off, _) = self.globals[&obj];
                let typ = self.type_desc(prog.objects.get(obj).typ);
                let r = b.alloc_value(Shape::Pointer);
                b.emit(Instr::New { dst: r, typ });
                b.emit(Instr::StoreGlobalPtr { g: off, src: r });
                b.release(r.0);
            }
        }
        let main_pkg = self.packages().len() - 1;
        let mut active = vec![false; self.packages().len()];
        active[main_pkg] = true;
        for obj in &self.global_order {
            if let Some(p) = prog.objects.get(*obj).pkg {
                active[p.0 as usize] = true;
            }
        }
        for (pkg, groups) in &prog.info.init_order {
            for group in groups {
                let used = pkg.0 as usize == main_pkg || group.iter().any(|o| self.globals.contains_key(o));
                if used {
                    self.init_group(b, group)?;
                }
            }
            // The package's init functions, in source order, after its variables.
            if active[pkg.0 as usize] {
                for file in &self.packages()[pkg.0 as usize].files {
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
        }
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
                let o = self.checked.program.objects.get(obj);
                let (t, pos) = (o.typ, o.pos);
                let shape = self.shape(t, pos)?;
                let r = b.alloc_value(shape);
                self.expr_to(b, &spec.values[i], t, r)?;
                let place = self.global_place(b, obj, pos)?;
                self.store_place(b, place, r, shape, pos)?;
            }
        } else if let [value] = spec.values.as_slice() {
            let gorun_syntax::ast::ExprKind::Call(call) = &value.kind else {
                return unsupported(value.span.lo, "this initializer");
            };
            let results = self.call(b, call, value)?;
            for (i, name) in spec.names.iter().enumerate() {
                let info = &self.checked.program.info;
                if let Some(&obj) = info.defs.get(&name.span.lo)
                    && group.contains(&obj)
                {
                    let place = self.global_place(b, obj, name.span.lo)?;
                    self.store_place(b, place, results[i].0, results[i].1, name.span.lo)?;
                }
            }
        }
        b.release(mark);
        Ok(())
    }

    /// The place of a package-level variable (loading the address of one that lives in
    /// memory into a new register).
    pub fn global_place(&mut self, b: &mut FnBuilder, obj: ObjId, pos: Pos) -> CResult<memory::Place> {
        let (off, _) = self.global_ref(obj, pos)?;
        if self.global_in_memory(obj) {
            let r = b.alloc_value(Shape::Pointer);
            b.emit(Instr::LoadGlobal { dst: r, g: off });
            let shape = Shape::of(&self.checked.program.types, self.checked.program.objects.get(obj).typ);
            if matches!(shape, Shape::Mem(_)) {
                return Ok(memory::Place::Reg(r));
            }
            return Ok(memory::Place::Mem { addr: r, off: 0 });
        }
        Ok(memory::Place::Global(off))
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
