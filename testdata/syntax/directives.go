//go:build linux || darwin

//go:debug panicnil=1

// Package directives keeps //go: comments and line directives.
package directives

//go:noinline
func f() {}

//line other.go:10
func g() {}
