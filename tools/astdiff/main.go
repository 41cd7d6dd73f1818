// Command astdiff parses a Go file with go/parser and prints its go/ast tree in exactly
// the format of gorun's AST dump (crates/syntax/src/dump.rs, `gorun check --parse-only
// --ast`), so that diffing the two outputs shows real differences between the parsers.
//
// Usage: astdiff FILE.go (the tree to stdout; exit status 1 if go/parser rejects the file).
// tools/astdiff.sh runs it against gorun over GOROOT/src.
//
// Where go/ast and gorun's AST differ in representation rather than meaning, this tool
// prints what gorun prints for the same source:
//
//   - ast.IndexListExpr (x[A, B]) is gorun's Index with several `Index:` children, like a
//     one-index ast.IndexExpr.
//   - ast.TypeSwitchStmt's Assign (an ExprStmt `y.(type)` or an AssignStmt `v := y.(type)`)
//     becomes gorun's `TypeSwitch [v :=]` header with `X:` the y of `y.(type)`.
//   - ast.RangeStmt's Tok (ILLEGAL, ASSIGN, DEFINE) is gorun's `Range`, `Range =`,
//     `Range :=`.
//   - ast.EmptyStmt: go/parser makes one for every explicit `;` in a statement list, which
//     gorun's parser drops (parser.rs push_stmt), so they are dropped here. The only empty
//     statement gorun keeps is the one after a label (`L: }` or `L: ;`); gorun places it
//     right after the label's colon, while go/parser places it at the following `}` or
//     `;`. The Empty is printed at the colon + 1 here. (A labeled Empty's position is
//     therefore not compared.)
//   - ast.ValueSpec has no iota: `iota=` is the spec's index within its const declaration
//     (0 for every var spec), as gorun computes it.
//   - ast.FuncDecl is `Method` when it has a receiver, `Func` otherwise; `(no body)` when
//     Body is nil; its position is that of the `func` keyword (Type.Func).
//   - ast.GenDecl is `(grouped)` when it has a Lparen.
//   - go/ast drops `\r` from comment texts and raw string literals; gorun shows them as
//     written. Directive texts, literals, struct tags and import paths are taken from the
//     source bytes here, as gorun does.
//   - Directives: every `//go:` and `//line ` line comment and `/*line ` block comment in
//     the file's comment groups, in source order, shown with Rust's `{:?}` string quoting.
//   - ast.BasicLit kinds INT, FLOAT, IMAG, CHAR, STRING are Int, Float, Imag, Char, String.
//   - ast.ChanType Dir SEND|RECV, SEND, RECV are ChanType Both, Send, Recv.
//   - ast.BranchStmt tokens are Break, Continue, Goto, Fallthrough.
//   - A nil FuncType.Params is printed as `Params (0)`, a nil IfStmt.Cond as `Cond:` BadExpr
//     (both only after go/parser errors, when files are not compared anyway).
//   - Expressions carry no positions in gorun's dump; statements, declarations and blocks
//     do (`@line:col`, byte columns, as go/token counts them, without //line adjustment).
//
// Not mapped: where go/parser and gc's parser themselves disagree and gorun follows gc, the
// difference shows. Known case: `type A[P (*struct{})] int` is an array type for go/parser
// (its isTypeElem ignores `*`) but a type parameter list for gc and gorun.
package main

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"strings"
	"unicode"
	"unicode/utf8"
)

type dumper struct {
	fset  *token.FileSet
	tf    *token.File
	src   []byte
	out   strings.Builder
	depth int
}

func (d *dumper) line(s string) {
	for i := 0; i < d.depth; i++ {
		d.out.WriteString("  ")
	}
	d.out.WriteString(s)
	d.out.WriteByte('\n')
}

func (d *dumper) nested(f func()) {
	d.depth++
	f()
	d.depth--
}

func (d *dumper) at(p token.Pos) string {
	if !p.IsValid() {
		return "0:0"
	}
	pos := d.tf.PositionFor(p, false)
	return fmt.Sprintf("%d:%d", pos.Line, pos.Column)
}

func (d *dumper) offset(p token.Pos) int { return d.tf.Offset(p) }

// litText is a literal's text as written in the source (go/ast strips \r from raw strings).
func (d *dumper) litText(lit *ast.BasicLit) string {
	if strings.HasPrefix(lit.Value, "`") {
		off := d.offset(lit.ValuePos)
		if off >= 0 && off < len(d.src) {
			end := off + 1
			for end < len(d.src) && d.src[end] != '`' {
				end++
			}
			if end < len(d.src) {
				end++
			}
			return string(d.src[off:end])
		}
	}
	return lit.Value
}

// rustDebug quotes s as Rust's `{:?}` for str does.
func rustDebug(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			// Not UTF-8: gorun's text is sanitized, so this does not happen there.
			b.WriteString(`\u{fffd}`)
			i++
			continue
		}
		i += size
		switch r {
		case '"':
			b.WriteString(`\"`)
		case '\\':
			b.WriteString(`\\`)
		case '\n':
			b.WriteString(`\n`)
		case '\r':
			b.WriteString(`\r`)
		case '\t':
			b.WriteString(`\t`)
		case 0:
			b.WriteString(`\0`)
		default:
			if unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Me, r) || !unicode.IsPrint(r) && r != ' ' {
				fmt.Fprintf(&b, `\u{%x}`, r)
			} else {
				b.WriteRune(r)
			}
		}
	}
	b.WriteByte('"')
	return b.String()
}

func (d *dumper) file(f *ast.File) {
	d.line(fmt.Sprintf("File package %s @%s", f.Name.Name, d.at(f.Package)))
	d.depth++
	for _, cg := range f.Comments {
		for _, c := range cg.List {
			if text, ok := d.directive(c); ok {
				d.line("Directive " + rustDebug(text))
			}
		}
	}
	for _, decl := range f.Decls {
		d.decl(decl)
	}
	d.depth--
}

// directive returns the source text of a `//go:`, `//line ` or `/*line ` comment.
func (d *dumper) directive(c *ast.Comment) (string, bool) {
	if !strings.HasPrefix(c.Text, "//go:") && !strings.HasPrefix(c.Text, "//line ") && !strings.HasPrefix(c.Text, "/*line ") {
		return "", false
	}
	off := d.offset(c.Slash)
	if off < 0 || off >= len(d.src) {
		return c.Text, true
	}
	rest := d.src[off:]
	if strings.HasPrefix(c.Text, "//") {
		if i := strings.IndexByte(string(rest), '\n'); i >= 0 {
			rest = rest[:i]
		}
	} else if i := strings.Index(string(rest), "*/"); i >= 0 {
		rest = rest[:i+2]
	}
	return string(rest), true
}

func (d *dumper) labeledExpr(label string, x ast.Expr) {
	d.line(label + ":")
	d.nested(func() { d.expr(x) })
}

func (d *dumper) optExpr(label string, x ast.Expr) {
	if x != nil {
		d.labeledExpr(label, x)
	}
}

func (d *dumper) decl(decl ast.Decl) {
	switch decl := decl.(type) {
	case *ast.BadDecl:
		d.line("BadDecl @" + d.at(decl.From))
	case *ast.GenDecl:
		d.genDecl(decl)
	case *ast.FuncDecl:
		kind := "Func"
		if decl.Recv != nil {
			kind = "Method"
		}
		body := ""
		if decl.Body == nil {
			body = " (no body)"
		}
		d.line(fmt.Sprintf("%s %s @%s%s", kind, decl.Name.Name, d.at(decl.Type.Func), body))
		d.nested(func() {
			if decl.Recv != nil {
				d.fieldList("Recv", decl.Recv)
			}
			d.funcType(decl.Type)
			if decl.Body != nil {
				d.block("Body", decl.Body)
			}
		})
	default:
		d.line(fmt.Sprintf("?decl %T", decl))
	}
}

var keywords = map[token.Token]string{
	token.IMPORT: "Import",
	token.CONST:  "Const",
	token.TYPE:   "Type",
	token.VAR:    "Var",
}

func (d *dumper) genDecl(g *ast.GenDecl) {
	grouped := ""
	if g.Lparen.IsValid() {
		grouped = " (grouped)"
	}
	d.line(fmt.Sprintf("%s%s @%s", keywords[g.Tok], grouped, d.at(g.TokPos)))
	d.nested(func() {
		for i, spec := range g.Specs {
			switch s := spec.(type) {
			case *ast.ImportSpec:
				name := ""
				if s.Name != nil {
					name = " as " + s.Name.Name
				}
				d.line("Import " + d.litText(s.Path) + name)
			case *ast.ValueSpec:
				var names []string
				for _, n := range s.Names {
					names = append(names, n.Name)
				}
				iota := 0
				if g.Tok == token.CONST {
					iota = i
				}
				d.line(fmt.Sprintf("Spec %s iota=%d", strings.Join(names, ", "), iota))
				d.nested(func() {
					d.optExpr("Type", s.Type)
					for _, v := range s.Values {
						d.labeledExpr("Value", v)
					}
				})
			case *ast.TypeSpec:
				alias := ""
				if s.Assign.IsValid() {
					alias = " (alias)"
				}
				d.line("TypeSpec " + s.Name.Name + alias)
				d.nested(func() {
					if s.TypeParams != nil {
						d.fieldList("TypeParams", s.TypeParams)
					}
					d.expr(s.Type)
				})
			default:
				d.line(fmt.Sprintf("?spec %T", spec))
			}
		}
	})
}

func (d *dumper) fieldList(label string, fl *ast.FieldList) {
	d.line(fmt.Sprintf("%s (%d)", label, len(fl.List)))
	d.nested(func() {
		for _, f := range fl.List {
			var names []string
			for _, n := range f.Names {
				names = append(names, n.Name)
			}
			tag := ""
			if f.Tag != nil {
				tag = " tag " + d.litText(f.Tag)
			}
			if len(names) == 0 {
				d.line("Field" + tag)
			} else {
				d.line("Field " + strings.Join(names, ", ") + tag)
			}
			d.nested(func() { d.expr(f.Type) })
		}
	})
}

func (d *dumper) funcType(ft *ast.FuncType) {
	if ft.TypeParams != nil {
		d.fieldList("TypeParams", ft.TypeParams)
	}
	params := ft.Params
	if params == nil {
		params = &ast.FieldList{}
	}
	d.fieldList("Params", params)
	if ft.Results != nil {
		d.fieldList("Results", ft.Results)
	}
}

func (d *dumper) block(label string, b *ast.BlockStmt) {
	d.line(fmt.Sprintf("%s @%s", label, d.at(b.Lbrace)))
	d.nested(func() { d.stmtList(b.List) })
}

func (d *dumper) stmtList(list []ast.Stmt) {
	for _, s := range list {
		if _, ok := s.(*ast.EmptyStmt); ok {
			continue // gorun drops explicit empty statements
		}
		d.stmt(s)
	}
}

var branchNames = map[token.Token]string{
	token.BREAK:       "Break",
	token.CONTINUE:    "Continue",
	token.GOTO:        "Goto",
	token.FALLTHROUGH: "Fallthrough",
}

func (d *dumper) stmt(s ast.Stmt) {
	at := d.at(s.Pos())
	switch s := s.(type) {
	case *ast.BadStmt:
		d.line("BadStmt @" + at)
	case *ast.DeclStmt:
		if g, ok := s.Decl.(*ast.GenDecl); ok {
			d.genDecl(g)
		} else {
			d.decl(s.Decl)
		}
	case *ast.EmptyStmt:
		d.line("Empty @" + at)
	case *ast.LabeledStmt:
		d.line(fmt.Sprintf("Label %s @%s", s.Label.Name, at))
		d.nested(func() {
			if _, ok := s.Stmt.(*ast.EmptyStmt); ok {
				d.line("Empty @" + d.at(s.Colon+1))
			} else {
				d.stmt(s.Stmt)
			}
		})
	case *ast.ExprStmt:
		d.line("ExprStmt @" + at)
		d.nested(func() { d.expr(s.X) })
	case *ast.SendStmt:
		d.line("Send @" + at)
		d.nested(func() {
			d.expr(s.Chan)
			d.expr(s.Value)
		})
	case *ast.IncDecStmt:
		kind := "Inc"
		if s.Tok == token.DEC {
			kind = "Dec"
		}
		d.line(fmt.Sprintf("%s @%s", kind, at))
		d.nested(func() { d.expr(s.X) })
	case *ast.AssignStmt:
		d.line(fmt.Sprintf("Assign %s @%s", s.Tok, at))
		d.nested(func() {
			for _, x := range s.Lhs {
				d.labeledExpr("Lhs", x)
			}
			for _, x := range s.Rhs {
				d.labeledExpr("Rhs", x)
			}
		})
	case *ast.GoStmt:
		d.line("Go @" + at)
		d.nested(func() { d.expr(s.Call) })
	case *ast.DeferStmt:
		d.line("Defer @" + at)
		d.nested(func() { d.expr(s.Call) })
	case *ast.ReturnStmt:
		d.line("Return @" + at)
		d.nested(func() {
			for _, x := range s.Results {
				d.expr(x)
			}
		})
	case *ast.BranchStmt:
		label := ""
		if s.Label != nil {
			label = " " + s.Label.Name
		}
		d.line(fmt.Sprintf("%s%s @%s", branchNames[s.Tok], label, at))
	case *ast.BlockStmt:
		d.block("Block", s)
	case *ast.IfStmt:
		d.line("If @" + at)
		d.nested(func() {
			d.init(s.Init)
			if s.Cond == nil {
				d.labeledExpr("Cond", &ast.BadExpr{})
			} else {
				d.labeledExpr("Cond", s.Cond)
			}
			d.block("Then", s.Body)
			if s.Else != nil {
				d.line("Else:")
				d.nested(func() { d.stmt(s.Else) })
			}
		})
	case *ast.SwitchStmt:
		d.line("Switch @" + at)
		d.nested(func() {
			d.init(s.Init)
			d.optExpr("Tag", s.Tag)
			d.caseClauses(s.Body)
		})
	case *ast.TypeSwitchStmt:
		bind := ""
		var x ast.Expr
		switch a := s.Assign.(type) {
		case *ast.ExprStmt:
			x = a.X
		case *ast.AssignStmt:
			if len(a.Lhs) == 1 {
				if id, ok := a.Lhs[0].(*ast.Ident); ok {
					bind = " " + id.Name + " :="
				}
			}
			if len(a.Rhs) == 1 {
				x = a.Rhs[0]
			}
		}
		if ta, ok := x.(*ast.TypeAssertExpr); ok && ta.Type == nil {
			x = ta.X
		}
		d.line(fmt.Sprintf("TypeSwitch%s @%s", bind, at))
		d.nested(func() {
			d.init(s.Init)
			if x == nil {
				x = &ast.BadExpr{}
			}
			d.labeledExpr("X", x)
			d.caseClauses(s.Body)
		})
	case *ast.SelectStmt:
		d.line("Select @" + at)
		d.nested(func() {
			for _, c := range s.Body.List {
				cc, ok := c.(*ast.CommClause)
				if !ok {
					d.line(fmt.Sprintf("?clause %T", c))
					continue
				}
				if cc.Comm != nil {
					d.line("Case")
					d.nested(func() { d.stmt(cc.Comm) })
				} else {
					d.line("Default")
				}
				d.nested(func() { d.stmtList(cc.Body) })
			}
		})
	case *ast.ForStmt:
		d.line("For @" + at)
		d.nested(func() {
			d.init(s.Init)
			d.optExpr("Cond", s.Cond)
			if s.Post != nil {
				d.line("Post:")
				d.nested(func() { d.stmt(s.Post) })
			}
			d.block("Body", s.Body)
		})
	case *ast.RangeStmt:
		tok := ""
		switch s.Tok {
		case token.DEFINE:
			tok = " :="
		case token.ILLEGAL:
		default:
			tok = " ="
		}
		d.line(fmt.Sprintf("Range%s @%s", tok, at))
		d.nested(func() {
			d.optExpr("Key", s.Key)
			d.optExpr("Value", s.Value)
			d.labeledExpr("X", s.X)
			d.block("Body", s.Body)
		})
	default:
		d.line(fmt.Sprintf("?stmt %T @%s", s, at))
	}
}

func (d *dumper) init(s ast.Stmt) {
	if s != nil {
		d.line("Init:")
		d.nested(func() { d.stmt(s) })
	}
}

func (d *dumper) caseClauses(body *ast.BlockStmt) {
	for _, c := range body.List {
		cc, ok := c.(*ast.CaseClause)
		if !ok {
			d.line(fmt.Sprintf("?clause %T", c))
			continue
		}
		if cc.List != nil {
			d.line("Case")
			d.nested(func() {
				for _, x := range cc.List {
					d.expr(x)
				}
			})
		} else {
			d.line("Default")
		}
		d.nested(func() { d.stmtList(cc.Body) })
	}
}

var litKinds = map[token.Token]string{
	token.INT:    "Int",
	token.FLOAT:  "Float",
	token.IMAG:   "Imag",
	token.CHAR:   "Char",
	token.STRING: "String",
}

func (d *dumper) unaryNode(label string, x ast.Expr) {
	d.line(label)
	d.nested(func() { d.expr(x) })
}

func (d *dumper) expr(x ast.Expr) {
	switch x := x.(type) {
	case nil:
		d.line("?nil")
	case *ast.BadExpr:
		d.line("BadExpr")
	case *ast.Ident:
		d.line("Ident " + x.Name)
	case *ast.BasicLit:
		d.line(litKinds[x.Kind] + " " + d.litText(x))
	case *ast.CompositeLit:
		d.line("CompositeLit")
		d.nested(func() {
			if x.Type != nil {
				d.labeledExpr("Type", x.Type)
			}
			for _, e := range x.Elts {
				d.expr(e)
			}
		})
	case *ast.FuncLit:
		d.line("FuncLit")
		d.nested(func() {
			d.funcType(x.Type)
			d.block("Body", x.Body)
		})
	case *ast.ParenExpr:
		d.unaryNode("Paren", x.X)
	case *ast.SelectorExpr:
		d.unaryNode("Selector ."+x.Sel.Name, x.X)
	case *ast.IndexExpr:
		d.line("Index")
		d.nested(func() {
			d.expr(x.X)
			d.labeledExpr("Index", x.Index)
		})
	case *ast.IndexListExpr:
		d.line("Index")
		d.nested(func() {
			d.expr(x.X)
			for _, i := range x.Indices {
				d.labeledExpr("Index", i)
			}
		})
	case *ast.SliceExpr:
		if x.Slice3 {
			d.line("Slice3")
		} else {
			d.line("Slice")
		}
		d.nested(func() {
			d.expr(x.X)
			d.optExpr("Low", x.Low)
			d.optExpr("High", x.High)
			d.optExpr("Max", x.Max)
		})
	case *ast.TypeAssertExpr:
		if x.Type != nil {
			d.line("TypeAssert")
		} else {
			d.line("TypeAssert (type)")
		}
		d.nested(func() {
			d.expr(x.X)
			if x.Type != nil {
				d.labeledExpr("Type", x.Type)
			}
		})
	case *ast.CallExpr:
		if x.Ellipsis.IsValid() {
			d.line("Call ...")
		} else {
			d.line("Call")
		}
		d.nested(func() {
			d.expr(x.Fun)
			for _, a := range x.Args {
				d.labeledExpr("Arg", a)
			}
		})
	case *ast.StarExpr:
		d.unaryNode("Star", x.X)
	case *ast.UnaryExpr:
		d.unaryNode("Unary "+x.Op.String(), x.X)
	case *ast.BinaryExpr:
		d.line("Binary " + x.Op.String())
		d.nested(func() {
			d.expr(x.X)
			d.expr(x.Y)
		})
	case *ast.KeyValueExpr:
		d.line("KeyValue")
		d.nested(func() {
			d.expr(x.Key)
			d.expr(x.Value)
		})
	case *ast.ArrayType:
		if x.Len != nil {
			d.line("ArrayType")
		} else {
			d.line("SliceType")
		}
		d.nested(func() {
			if x.Len != nil {
				d.labeledExpr("Len", x.Len)
			}
			d.expr(x.Elt)
		})
	case *ast.Ellipsis:
		d.line("Ellipsis")
		if x.Elt != nil {
			d.nested(func() { d.expr(x.Elt) })
		}
	case *ast.StructType:
		d.fieldList("StructType", x.Fields)
	case *ast.FuncType:
		d.line("FuncType")
		d.nested(func() { d.funcType(x) })
	case *ast.InterfaceType:
		d.fieldList("InterfaceType", x.Methods)
	case *ast.MapType:
		d.line("MapType")
		d.nested(func() {
			d.expr(x.Key)
			d.expr(x.Value)
		})
	case *ast.ChanType:
		dir := "Both"
		switch x.Dir {
		case ast.SEND:
			dir = "Send"
		case ast.RECV:
			dir = "Recv"
		}
		d.unaryNode("ChanType "+dir, x.Value)
	default:
		d.line(fmt.Sprintf("?expr %T", x))
	}
}

// dump parses one file and returns its tree in gorun's format.
func dump(path string) (string, error) {
	src, err := os.ReadFile(path)
	if err != nil {
		return "", err
	}
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, path, src, parser.SkipObjectResolution|parser.ParseComments)
	if err != nil {
		return "", err
	}
	d := &dumper{fset: fset, tf: fset.File(f.Package), src: src}
	d.file(f)
	return d.out.String(), nil
}

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: astdiff FILE.go")
		os.Exit(2)
	}
	out, err := dump(os.Args[1])
	if err != nil {
		fmt.Fprintf(os.Stderr, "astdiff: %v\n", err)
		os.Exit(1)
	}
	os.Stdout.WriteString(out)
}
