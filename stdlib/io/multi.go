package io

// multiReader reads its readers one after another. Readers that are used
// up are dropped from the front of the list.
type multiReader struct {
	readers []Reader
}

func (mr *multiReader) Read(p []byte) (n int, err error) {
	for len(mr.readers) > 0 {
		head := mr.readers[0]
		// A multiReader that is the last one left is replaced by its own
		// readers, so chains of them do not nest ever deeper.
		if inner, ok := head.(*multiReader); ok && len(mr.readers) == 1 {
			mr.readers = inner.readers
			continue
		}
		n, err = head.Read(p)
		if err == EOF {
			// Leave a harmless reader behind in case the slice is shared
			// with an enclosing multiReader.
			mr.readers[0] = eofReader{}
			mr.readers = mr.readers[1:]
			if len(mr.readers) > 0 {
				// Not the end yet: report any data without the EOF.
				if n > 0 {
					return n, nil
				}
				continue
			}
		}
		if n > 0 || err != EOF {
			return n, err
		}
	}
	return 0, EOF
}

func (mr *multiReader) WriteTo(w Writer) (sum int64, err error) {
	return mr.writeAll(w, make([]byte, 32*1024))
}

// writeAll copies each remaining reader to w in turn through the shared
// staging buffer buf. After a failure the readers not yet finished stay in
// place, so a later call can carry on.
func (mr *multiReader) writeAll(w Writer, buf []byte) (sum int64, err error) {
	for i, r := range mr.readers {
		var n int64
		if inner, ok := r.(*multiReader); ok {
			n, err = inner.writeAll(w, buf)
		} else {
			n, err = copyBuffer(w, r, buf)
		}
		sum += n
		if err != nil {
			mr.readers = mr.readers[i:]
			return sum, err
		}
		mr.readers[i] = nil
	}
	mr.readers = nil
	return sum, nil
}

// eofReader is an exhausted Reader.
type eofReader struct{}

func (eofReader) Read([]byte) (int, error) { return 0, EOF }

// MultiReader concatenates readers: reading the result reads each of them
// to EOF in order. It returns EOF once they are all done; any other error
// is passed on as it is.
func MultiReader(readers ...Reader) Reader {
	own := append(make([]Reader, 0, len(readers)), readers...)
	return &multiReader{own}
}

// multiWriter duplicates each write to all of its writers.
type multiWriter struct {
	writers []Writer
}

func (t *multiWriter) Write(p []byte) (n int, err error) {
	for _, w := range t.writers {
		if n, err = w.Write(p); err == nil && n != len(p) {
			err = ErrShortWrite
		}
		if err != nil {
			return n, err
		}
	}
	return len(p), nil
}

func (t *multiWriter) WriteString(s string) (n int, err error) {
	var asBytes []byte // converted once, on first need
	for _, w := range t.writers {
		if sw, ok := w.(StringWriter); ok {
			n, err = sw.WriteString(s)
		} else {
			if asBytes == nil {
				asBytes = []byte(s)
			}
			n, err = w.Write(asBytes)
		}
		if err == nil && n != len(s) {
			err = ErrShortWrite
		}
		if err != nil {
			return n, err
		}
	}
	return len(s), nil
}

// MultiWriter returns a Writer that passes each write on to every one of
// writers, in order, stopping at the first that fails or writes short.
// Writers that are themselves MultiWriters are flattened into the list.
func MultiWriter(writers ...Writer) Writer {
	var flat []Writer
	for _, w := range writers {
		if inner, ok := w.(*multiWriter); ok {
			flat = append(flat, inner.writers...)
			continue
		}
		flat = append(flat, w)
	}
	return &multiWriter{flat}
}
