// Tests directory listing: os.ReadDir's sorted entries and their types,
// File.ReadDir and Readdirnames in batches, MkdirAll and RemoveAll on a tree.
package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"sort"
	"strings"
)

func check(what string, err error) {
	if err != nil {
		fmt.Println(what, "failed:", err)
		os.Exit(1)
	}
}

func main() {
	dir, err := os.MkdirTemp("", "gorun-readdir-")
	check("MkdirTemp", err)
	defer os.RemoveAll(dir)

	entries, err := os.ReadDir(dir)
	check("ReadDir empty", err)
	fmt.Println("empty:", len(entries), entries != nil)

	for _, name := range []string{"zeta.txt", "alpha.go", "Mid", "beta"} {
		check("WriteFile", os.WriteFile(dir+"/"+name, []byte(name), 0644))
	}
	check("Mkdir", os.Mkdir(dir+"/dir1", 0755))
	check("MkdirAll", os.MkdirAll(dir+"/dir2/a/b/c", 0755))
	check("MkdirAll again", os.MkdirAll(dir+"/dir2/a/b", 0755))
	check("Symlink", os.Symlink("alpha.go", dir+"/link"))

	entries, err = os.ReadDir(dir)
	check("ReadDir", err)
	for _, e := range entries {
		info, err := e.Info()
		check("Info", err)
		size := int64(-1)
		if info.Mode().IsRegular() {
			size = info.Size()
		}
		fmt.Printf("%-9s dir=%-5v type=%v size=%d\n", e.Name(), e.IsDir(), e.Type(), size)
	}
	fmt.Println(fs.FormatDirEntry(entries[0]))

	// Batches of 3 from an open directory; order is the system's, so sort.
	f, err := os.Open(dir)
	check("Open dir", err)
	var names []string
	batches := 0
	for {
		list, err := f.ReadDir(3)
		if err == io.EOF {
			fmt.Println("EOF after", batches, "batches, last had", len(list))
			break
		}
		check("ReadDir(3)", err)
		batches++
		if len(list) > 3 {
			fmt.Println("too many:", len(list))
		}
		for _, e := range list {
			names = append(names, e.Name())
		}
	}
	sort.Strings(names)
	fmt.Println(strings.Join(names, ","))
	// After a rewind the directory reads again.
	_, err = f.Seek(0, io.SeekStart)
	check("Seek dir", err)
	all, err := f.Readdirnames(-1)
	check("Readdirnames", err)
	sort.Strings(all)
	fmt.Println("again:", len(all), strings.Join(all, ","))
	check("Close dir", f.Close())

	// Readdir returns FileInfos.
	f, err = os.Open(dir + "/dir2/a")
	check("Open dir2/a", err)
	infos, err := f.Readdir(-1)
	check("Readdir", err)
	for _, fi := range infos {
		fmt.Println("info:", fi.Name(), fi.IsDir(), fi.Mode().Type())
	}
	f.Close()

	// Reading a file as a directory fails.
	f, err = os.Open(dir + "/beta")
	check("Open beta", err)
	_, err = f.ReadDir(-1)
	fmt.Println("readdir on file fails:", err != nil)
	f.Close()
	_, err = os.ReadDir(dir + "/nope")
	fmt.Println("missing dir:", errors.Is(err, fs.ErrNotExist), strings.TrimPrefix(err.Error(), "open "+dir))

	// Many entries: more than one buffer's worth.
	check("Mkdir many", os.Mkdir(dir+"/many", 0755))
	for i := range 300 {
		name := fmt.Sprintf("%s/many/file-with-a-longish-name-%03d", dir, i)
		check("WriteFile many", os.WriteFile(name, nil, 0644))
	}
	entries, err = os.ReadDir(dir + "/many")
	check("ReadDir many", err)
	ok := len(entries) == 300
	for i, e := range entries {
		if e.Name() != fmt.Sprintf("file-with-a-longish-name-%03d", i) {
			ok = false
		}
	}
	fmt.Println("many:", len(entries), ok)

	// A recursive walk with os.ReadDir (sorted at each level).
	var walked []string
	var walk func(rel string)
	walk = func(rel string) {
		list, err := os.ReadDir(dir + "/" + rel)
		check("ReadDir walk", err)
		for _, e := range list {
			if e.Name() == "many" {
				continue
			}
			walked = append(walked, rel+e.Name())
			if e.IsDir() {
				walk(rel + e.Name() + "/")
			}
		}
	}
	walk("")
	fmt.Println("walked:", strings.Join(walked, " "))

	check("RemoveAll dir2", os.RemoveAll(dir+"/dir2"))
	check("RemoveAll many", os.RemoveAll(dir+"/many"))
	entries, _ = os.ReadDir(dir)
	var left []string
	for _, e := range entries {
		left = append(left, e.Name())
	}
	fmt.Println("left:", strings.Join(left, " "))
}
