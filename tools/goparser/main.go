// goparser parses Go files with go/parser, for comparison with gorun's parser.
//
// Usage: goparser [-skip-resolution] < file-list
//
// It reads file paths (one per line) from standard input, parses each file in turn on one
// goroutine, and prints the number of files, bytes, errors, seconds and MB/s.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"go/parser"
	"go/token"
	"os"
	"time"
)

func main() {
	skip := flag.Bool("skip-resolution", false, "parse with parser.SkipObjectResolution")
	flag.Parse()
	var paths []string
	sc := bufio.NewScanner(os.Stdin)
	for sc.Scan() {
		if line := sc.Text(); line != "" {
			paths = append(paths, line)
		}
	}
	mode := parser.Mode(0)
	if *skip {
		mode = parser.SkipObjectResolution
	}
	start := time.Now()
	var bytes, errors int
	for _, p := range paths {
		src, err := os.ReadFile(p)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			errors++
			continue
		}
		bytes += len(src)
		fset := token.NewFileSet()
		if _, err := parser.ParseFile(fset, p, src, mode); err != nil {
			errors++
		}
	}
	secs := time.Since(start).Seconds()
	fmt.Printf("go/parser: %d files, %.1f MB in %.3f s (%.1f MB/s); %d with errors\n",
		len(paths), float64(bytes)/1e6, secs, float64(bytes)/1e6/secs, errors)
}
