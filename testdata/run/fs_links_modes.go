// Tests symbolic and hard links, Lstat, file modes and permissions, Chtimes,
// and changing the working directory.
package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"strings"
	"time"
)

func check(what string, err error) {
	if err != nil {
		fmt.Println(what, "failed:", err)
		os.Exit(1)
	}
}

func main() {
	dir, err := os.MkdirTemp("", "gorun-links")
	check("MkdirTemp", err)
	defer os.RemoveAll(dir)
	strip := func(s string) string { return strings.ReplaceAll(s, dir, "$DIR") }

	target := dir + "/target.txt"
	check("WriteFile", os.WriteFile(target, []byte("target data"), 0600))
	check("Chmod", os.Chmod(target, 0640))
	info, err := os.Stat(target)
	check("Stat", err)
	fmt.Printf("mode %v perm %o regular %v\n", info.Mode(), info.Mode().Perm(), info.Mode().IsRegular())

	// Symbolic links.
	check("Symlink", os.Symlink("target.txt", dir+"/sym"))
	dest, err := os.Readlink(dir + "/sym")
	check("Readlink", err)
	fmt.Println("readlink:", dest)
	li, err := os.Lstat(dir + "/sym")
	check("Lstat", err)
	fmt.Println("lstat:", li.Mode()&fs.ModeSymlink != 0, li.Mode().Type() == fs.ModeSymlink, li.Name())
	si, err := os.Stat(dir + "/sym")
	check("Stat sym", err)
	fmt.Println("stat through link:", si.Mode(), si.Size(), os.SameFile(si, info))
	data, err := os.ReadFile(dir + "/sym")
	check("ReadFile sym", err)
	fmt.Printf("through link: %q\n", data)
	long := strings.Repeat("abcdefghi/", 30)
	check("Symlink long", os.Symlink(long, dir+"/longsym"))
	dest, err = os.Readlink(dir + "/longsym")
	check("Readlink long", err)
	fmt.Println("long readlink:", len(dest), dest == long)
	_, err = os.Stat(dir + "/longsym")
	fmt.Println("dangling:", os.IsNotExist(err))
	_, err = os.Readlink(target)
	fmt.Println("readlink on file:", strip(err.Error()))
	err = os.Symlink("x", dir+"/sym")
	var le *os.LinkError
	fmt.Println("symlink exists:", errors.As(err, &le), os.IsExist(err), strip(err.Error()))

	// Hard links.
	check("Link", os.Link(target, dir+"/hard"))
	hi, err := os.Stat(dir + "/hard")
	check("Stat hard", err)
	fmt.Println("hard link same file:", os.SameFile(hi, info), hi.Name())
	check("Remove target", os.Remove(target))
	data, err = os.ReadFile(dir + "/hard")
	check("ReadFile hard", err)
	fmt.Printf("hard link keeps %q\n", data)
	_, err = os.Stat(dir + "/sym")
	fmt.Println("symlink now dangling:", errors.Is(err, fs.ErrNotExist))

	// Modes.
	for _, perm := range []fs.FileMode{0755, 0644, 0400, 0700} {
		check("Chmod", os.Chmod(dir+"/hard", perm))
		fi, err := os.Stat(dir + "/hard")
		check("Stat", err)
		fmt.Printf("%v %v %#o\n", fi.Mode(), fi.Mode().Perm(), uint32(fi.Mode().Perm()))
	}
	check("Mkdir", os.Mkdir(dir+"/sub", 0700))
	check("Chmod dir", os.Chmod(dir+"/sub", 0751))
	di, err := os.Stat(dir + "/sub")
	check("Stat dir", err)
	fmt.Println("dir mode:", di.Mode(), di.IsDir(), di.Mode().Type() == fs.ModeDir)
	f, err := os.Open(dir + "/hard")
	check("Open", err)
	check("File.Chmod", f.Chmod(0604))
	fi, err := f.Stat()
	check("File.Stat", err)
	fmt.Println("after File.Chmod:", fi.Mode(), fi.Name())
	f.Close()

	// Times.
	when := time.Date(2021, time.March, 4, 5, 6, 7, 800000000, time.UTC)
	check("Chtimes", os.Chtimes(dir+"/hard", when, when))
	fi, err = os.Stat(dir + "/hard")
	check("Stat after Chtimes", err)
	fmt.Println("mtime:", fi.ModTime().UTC().Format(time.RFC3339Nano), fi.ModTime().Equal(when))
	old := time.Date(1960, time.January, 1, 0, 0, 0, 0, time.UTC)
	check("Chtimes old", os.Chtimes(dir+"/hard", old, old))
	fi, _ = os.Stat(dir + "/hard")
	fmt.Println("old mtime:", fi.ModTime().UTC().Format(time.RFC3339))

	// The working directory.
	wd, err := os.Getwd()
	check("Getwd", err)
	check("Chdir", os.Chdir(dir+"/sub"))
	inside, err := os.Getwd()
	check("Getwd inside", err)
	fmt.Println("inside:", strings.HasSuffix(inside, "/sub"), inside != wd)
	check("WriteFile relative", os.WriteFile("rel.txt", []byte("relative"), 0644))
	check("Chdir back", os.Chdir(wd))
	back, _ := os.Getwd()
	fmt.Println("back:", back == wd)
	data, err = os.ReadFile(dir + "/sub/rel.txt")
	check("ReadFile rel", err)
	fmt.Printf("relative file: %q\n", data)
	err = os.Chdir(dir + "/nowhere")
	fmt.Println("chdir missing:", os.IsNotExist(err), strip(err.Error()))
	err = os.Chdir(dir + "/hard")
	fmt.Println("chdir file:", strip(err.Error()))
	d, err := os.Open(dir + "/sub")
	check("Open sub", err)
	check("File.Chdir", d.Chdir())
	here, _ := os.Getwd()
	fmt.Println("fchdir:", strings.HasSuffix(here, "/sub"))
	d.Close()
	check("Chdir back again", os.Chdir(wd))
}
