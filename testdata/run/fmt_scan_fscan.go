// Tests fmt.Fscan, Fscanln and Fscanf over readers: a strings.Reader (an io.RuneScanner,
// whose unread rune goes back to it), a bufio.Reader, a reader with only Read (one rune of
// look-ahead is consumed from it), a reader handing out one byte per call with invalid
// UTF-8, and a reader whose own error (not io.EOF) ends the scan.
package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strings"
)

// slowReader returns at most one byte per Read and counts the calls.
type slowReader struct {
	data  string
	calls int
}

func (r *slowReader) Read(p []byte) (int, error) {
	r.calls++
	if len(r.data) == 0 {
		return 0, io.EOF
	}
	n := copy(p[:1], r.data)
	r.data = r.data[n:]
	return n, nil
}

// failReader returns its data, then a custom error.
type failReader struct {
	data string
	err  error
}

func (r *failReader) Read(p []byte) (int, error) {
	if len(r.data) == 0 {
		return 0, r.err
	}
	n := copy(p, r.data[:1])
	r.data = r.data[n:]
	return n, nil
}

var errBroken = errors.New("broken pipe (test)")

func main() {
	var a, b int
	var s string
	var f float64

	sr := strings.NewReader("10 20 rest of line\nsecond 3.5\n")
	n, err := fmt.Fscan(sr, &a, &b)
	fmt.Println("Fscan strings.Reader:", n, err, a, b, sr.Len())
	n, err = fmt.Fscanln(sr, &s)
	fmt.Println("Fscanln:", n, err, s)
	rest, _ := io.ReadAll(sr)
	fmt.Printf("left in reader: %q\n", rest)

	br := bufio.NewReader(strings.NewReader("7,8 tail"))
	n, err = fmt.Fscanf(br, "%d,%d", &a, &b)
	fmt.Println("Fscanf bufio:", n, err, a, b)
	tail, _ := br.ReadString('\n')
	fmt.Printf("left in bufio: %q\n", tail)

	slow := &slowReader{data: "42 hello 2.5\nnext"}
	n, err = fmt.Fscan(slow, &a, &s, &f)
	fmt.Println("Fscan slowReader:", n, err, a, s, f, "calls", slow.calls)
	fmt.Printf("left in slowReader: %q\n", slow.data)
	n, err = fmt.Fscan(slow, &s)
	fmt.Println("again:", n, err, s)
	n, err = fmt.Fscan(slow, &s)
	fmt.Println("at end:", n, err, err == io.EOF)

	bad := &slowReader{data: "a\xffb \xe2\x82 \xe2\x82\xac"}
	var x, y, z string
	n, err = fmt.Fscan(bad, &x, &y, &z)
	fmt.Printf("invalid utf8: %d %v %q %q %q\n", n, err, x, y, z)

	fr := &failReader{data: "12 3", err: errBroken}
	n, err = fmt.Fscan(fr, &a, &b)
	fmt.Println("failReader:", n, err, err == errBroken, a)

	fr = &failReader{data: "\"abc", err: io.EOF}
	n, err = fmt.Fscanf(fr, "%q", &s)
	fmt.Println("quote at EOF:", n, err, err == io.ErrUnexpectedEOF)

	lines := strings.NewReader("1 2\n3 4\n5\n")
	for {
		var p, q int
		n, err := fmt.Fscanln(lines, &p, &q)
		if err == io.EOF {
			fmt.Println("done")
			break
		}
		fmt.Println("line:", n, p, q, err)
	}
	multi := strings.NewReader("1 2\n3 4\n")
	for {
		var p, q int
		n, err := fmt.Fscanf(multi, "%d %d\n", &p, &q)
		if err != nil {
			fmt.Println("Fscanf loop end:", n, err, err == io.EOF)
			break
		}
		fmt.Println("pair:", p, q)
	}
}
