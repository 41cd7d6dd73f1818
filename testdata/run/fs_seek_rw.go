// Tests reading and writing an *os.File at offsets: Seek, ReadAt, WriteAt,
// Truncate, Stat and Sync, plus os.Pipe and io helpers over files.
package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
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
	dir, err := os.MkdirTemp("", "")
	check("MkdirTemp", err)
	defer os.RemoveAll(dir)

	f, err := os.Create(dir + "/data.bin")
	check("Create", err)
	_, err = f.WriteString("0123456789abcdef")
	check("WriteString", err)

	pos, err := f.Seek(0, io.SeekCurrent)
	check("Seek current", err)
	fmt.Println("position after write:", pos)
	pos, err = f.Seek(4, io.SeekStart)
	check("Seek start", err)
	buf := make([]byte, 4)
	_, err = f.Read(buf)
	fmt.Println("read from Create'd file:", pos, err != nil)

	check("Close", f.Close())
	f, err = os.OpenFile(dir+"/data.bin", os.O_RDWR, 0)
	check("OpenFile", err)
	defer f.Close()

	pos, _ = f.Seek(4, io.SeekStart)
	n, err := f.Read(buf)
	fmt.Printf("at %d read %d %q %v\n", pos, n, buf[:n], err)
	pos, _ = f.Seek(-3, io.SeekEnd)
	n, _ = f.Read(buf)
	fmt.Printf("at %d read %d %q\n", pos, n, buf[:n])
	n, err = f.Read(buf)
	fmt.Println("at end:", n, err == io.EOF)
	pos, _ = f.Seek(-6, io.SeekCurrent)
	fmt.Println("back to", pos)
	_, err = f.Seek(-100, io.SeekCurrent)
	fmt.Println("negative seek fails:", err != nil)
	_, err = f.Seek(0, 7)
	fmt.Println("bad whence fails:", err != nil)

	n, err = f.ReadAt(buf, 10)
	fmt.Printf("ReadAt 10: %d %q %v\n", n, buf[:n], err)
	n, err = f.ReadAt(buf, 14)
	fmt.Printf("ReadAt 14: %d %q %v\n", n, buf[:n], err)
	_, err = f.ReadAt(buf, -1)
	fmt.Println("ReadAt negative:", err != nil)

	n, err = f.WriteAt([]byte("XYZ"), 2)
	fmt.Println("WriteAt:", n, err)
	n, err = f.WriteAt([]byte("!!"), 20)
	fmt.Println("WriteAt past end:", n, err)
	fi, err := f.Stat()
	check("Stat", err)
	fmt.Println("size:", fi.Size(), fi.Name(), fi.Mode().IsRegular())

	whole := make([]byte, 32)
	n, _ = f.ReadAt(whole, 0)
	fmt.Printf("whole: %q\n", whole[:n])

	check("Truncate", f.Truncate(6))
	fi, _ = f.Stat()
	fmt.Println("truncated size:", fi.Size())
	check("Sync", f.Sync())
	pos, _ = f.Seek(0, io.SeekCurrent)
	fmt.Println("position kept:", pos)
	_, err = f.Seek(0, io.SeekStart)
	check("rewind", err)
	rest, err := io.ReadAll(f)
	check("ReadAll", err)
	fmt.Printf("ReadAll: %q\n", rest)

	// Append mode forbids WriteAt.
	a, err := os.OpenFile(dir+"/data.bin", os.O_APPEND|os.O_RDWR, 0)
	check("OpenFile append", err)
	_, err = a.WriteAt([]byte("no"), 0)
	fmt.Println("WriteAt in append mode:", err)
	a.WriteString("++")
	a.Close()
	data, _ := os.ReadFile(dir + "/data.bin")
	fmt.Printf("after append: %q\n", data)

	// A closed file.
	c, _ := os.Open(dir + "/data.bin")
	c.Close()
	_, err = c.Read(buf)
	fmt.Println("read closed:", errors.Is(err, os.ErrClosed))
	err = c.Close()
	fmt.Println("close twice:", errors.Is(err, os.ErrClosed))

	// Writing a read-only file fails.
	r, _ := os.Open(dir + "/data.bin")
	_, err = r.Write([]byte("x"))
	fmt.Println("write read-only fails:", err != nil)
	r.Close()

	// bufio over a file, line by line.
	lines := "first\nsecond\nthird\n"
	check("WriteFile lines", os.WriteFile(dir+"/lines.txt", []byte(lines), 0644))
	lf, err := os.Open(dir + "/lines.txt")
	check("Open lines", err)
	sc := bufio.NewScanner(lf)
	for i := 1; sc.Scan(); i++ {
		fmt.Println(i, sc.Text())
	}
	lf.Close()

	// io.Copy between files.
	src, _ := os.Open(dir + "/lines.txt")
	dst, _ := os.Create(dir + "/copy.txt")
	copied, err := io.Copy(dst, src)
	fmt.Println("copied:", copied, err)
	src.Close()
	dst.Close()
	data, _ = os.ReadFile(dir + "/copy.txt")
	fmt.Println("copy equal:", string(data) == lines)

	// A pipe.
	pr, pw, err := os.Pipe()
	check("Pipe", err)
	fmt.Fprint(pw, "through the pipe")
	pw.Close()
	got, err := io.ReadAll(pr)
	fmt.Printf("pipe: %q %v\n", got, err)
	pr.Close()

	// Large content round trip.
	big := strings.Repeat("0123456789", 10000)
	check("WriteFile big", os.WriteFile(dir+"/big", []byte(big), 0644))
	bd, err := os.ReadFile(dir + "/big")
	check("ReadFile big", err)
	fmt.Println("big:", len(bd), string(bd) == big)
}
