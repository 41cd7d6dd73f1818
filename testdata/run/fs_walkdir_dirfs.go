// Tests fs.WalkDir over os.DirFS (its deferred interface method calls included) in lexical order.
package main

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

func main() {
	dir, _ := os.MkdirTemp("", "walk")
	defer os.RemoveAll(dir)
	os.MkdirAll(filepath.Join(dir, "a", "b"), 0o755)
	os.WriteFile(filepath.Join(dir, "a", "x.txt"), []byte("x"), 0o644)
	os.WriteFile(filepath.Join(dir, "a", "b", "y.txt"), []byte("yy"), 0o644)
	fs.WalkDir(os.DirFS(dir), ".", func(p string, d fs.DirEntry, err error) error {
		fmt.Println(p, d.IsDir(), err)
		return nil
	})
}
