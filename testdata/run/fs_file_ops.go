// Tests file operations through package os: writing, reading, appending,
// truncating, renaming and removing files in a temporary directory, and the
// errors for a missing file.
package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"strings"
)

func check(what string, err error) {
	if err != nil {
		fmt.Println(what, "failed:", err)
		os.Exit(1)
	}
}

func main() {
	dir, err := os.MkdirTemp("", "gorun-fs-*")
	check("MkdirTemp", err)
	defer os.RemoveAll(dir)
	strip := func(s string) string { return strings.ReplaceAll(s, dir, "$DIR") }

	info, err := os.Stat(dir)
	check("Stat dir", err)
	fmt.Println("dir:", info.IsDir(), info.Mode().IsDir(), info.Mode().Perm())

	name := dir + "/hello.txt"
	check("WriteFile", os.WriteFile(name, []byte("hello, world\n"), 0644))
	data, err := os.ReadFile(name)
	check("ReadFile", err)
	fmt.Printf("read %d bytes: %q\n", len(data), data)

	f, err := os.OpenFile(name, os.O_APPEND|os.O_WRONLY, 0)
	check("OpenFile append", err)
	n, err := f.WriteString("second line\n")
	check("append", err)
	fmt.Println("appended", n)
	check("Close", f.Close())
	data, _ = os.ReadFile(name)
	fmt.Printf("now %q\n", data)

	info, err = os.Stat(name)
	check("Stat", err)
	fmt.Println("stat:", info.Name(), info.Size(), info.IsDir(), info.Mode().IsRegular())

	check("Truncate", os.Truncate(name, 5))
	data, _ = os.ReadFile(name)
	fmt.Printf("truncated %q\n", data)
	check("Truncate longer", os.Truncate(name, 8))
	data, _ = os.ReadFile(name)
	fmt.Printf("extended %q\n", data)

	newName := dir + "/renamed.txt"
	check("Rename", os.Rename(name, newName))
	_, err = os.Stat(name)
	fmt.Println("old name gone:", errors.Is(err, fs.ErrNotExist), os.IsNotExist(err))
	data, err = os.ReadFile(newName)
	check("ReadFile renamed", err)
	fmt.Printf("renamed holds %q\n", data)

	// Errors for missing files, with the temporary path hidden.
	_, err = os.Stat(dir + "/missing")
	fmt.Println("stat missing:", errors.Is(err, fs.ErrNotExist), strip(err.Error()))
	var pe *fs.PathError
	if errors.As(err, &pe) {
		fmt.Println("path error:", pe.Op, strip(pe.Path), pe.Err)
	}
	_, err = os.ReadFile(dir + "/missing")
	fmt.Println("read missing:", strip(err.Error()))
	_, err = os.Open(dir + "/missing/deeper")
	fmt.Println("open deeper:", strip(err.Error()))
	err = os.Remove(dir + "/missing")
	fmt.Println("remove missing:", strip(err.Error()))
	err = os.Mkdir(dir, 0755)
	fmt.Println("mkdir existing:", errors.Is(err, fs.ErrExist), os.IsExist(err), strip(err.Error()))

	// Exclusive creation.
	f, err = os.OpenFile(newName, os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0600)
	fmt.Println("excl on existing:", f == nil, errors.Is(err, fs.ErrExist))
	f, err = os.OpenFile(dir+"/fresh", os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0600)
	check("excl fresh", err)
	f.Close()

	// Removing.
	check("Remove file", os.Remove(newName))
	check("Remove fresh", os.Remove(dir+"/fresh"))
	_, err = os.Lstat(newName)
	fmt.Println("removed:", os.IsNotExist(err))
	check("Mkdir", os.Mkdir(dir+"/sub", 0755))
	check("WriteFile in sub", os.WriteFile(dir+"/sub/x", []byte("x"), 0644))
	err = os.Remove(dir + "/sub")
	fmt.Println("remove non-empty:", errors.Is(err, fs.ErrExist), strip(err.Error()))
	check("RemoveAll sub", os.RemoveAll(dir+"/sub"))
	_, err = os.Stat(dir + "/sub")
	fmt.Println("sub gone:", os.IsNotExist(err))
	check("RemoveAll missing", os.RemoveAll(dir+"/nothing"))

	// CreateTemp.
	tf, err := os.CreateTemp(dir, "tmp-*.txt")
	check("CreateTemp", err)
	base := strings.TrimPrefix(tf.Name(), dir+"/")
	fmt.Println("temp name:", strings.HasPrefix(base, "tmp-"), strings.HasSuffix(base, ".txt"))
	fmt.Fprintf(tf, "value=%d\n", 42)
	tf.Close()
	data, _ = os.ReadFile(tf.Name())
	fmt.Printf("temp holds %q\n", data)
	fmt.Println("done")
}
