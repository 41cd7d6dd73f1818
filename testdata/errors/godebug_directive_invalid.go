//go:debug foo=1
//go:debug panicnil
//go:debug panicnil=1 extra
//go:debug gctrace=1
//go:debug x509sha1=1
//go:debug  panicnil=0

// Tests the go command's errors for bad //go:debug directives (unknown settings, runtime-only variables, malformed ones, removed settings at old values).
package main

//go:debug ignored=1

func main() {}
