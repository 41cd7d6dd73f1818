package strings

import "io"

// Replacer replaces a list of strings with replacements. It is safe for
// concurrent use by several goroutines.
type Replacer struct {
	old, new []string
	first    [256]bool // first bytes of the non-empty old strings
	hasEmpty bool      // some old string is empty
}

// NewReplacer returns a Replacer from old, new string pairs. Replacements
// happen in the order the matches appear in the target, without overlap;
// where several old strings match at the same place, the one given first
// wins. It panics if given an odd number of arguments.
func NewReplacer(oldnew ...string) *Replacer {
	if len(oldnew)%2 == 1 {
		panic("strings.NewReplacer: odd argument count")
	}
	r := &Replacer{}
	for i := 0; i < len(oldnew); i += 2 {
		r.old = append(r.old, oldnew[i])
		r.new = append(r.new, oldnew[i+1])
		if oldnew[i] == "" {
			r.hasEmpty = true
		} else {
			r.first[oldnew[i][0]] = true
		}
	}
	return r
}

// match returns the index of the pair matching at the start of s, or -1.
// An empty old string is not considered if skipEmpty is set.
func (r *Replacer) match(s string, skipEmpty bool) int {
	for k, o := range r.old {
		if o == "" {
			if !skipEmpty {
				return k
			}
		} else if HasPrefix(s, o) {
			return k
		}
	}
	return -1
}

// replace calls emit with the pieces of the result in order.
func (r *Replacer) replace(s string, emit func(string) error) error {
	last := 0
	prevEmpty := false
	for i := 0; i <= len(s); {
		if !r.hasEmpty && (i == len(s) || !r.first[s[i]]) {
			i++
			continue
		}
		k := r.match(s[i:], prevEmpty)
		prevEmpty = k >= 0 && r.old[k] == ""
		if k < 0 {
			i++
			continue
		}
		if err := emit(s[last:i]); err != nil {
			return err
		}
		if err := emit(r.new[k]); err != nil {
			return err
		}
		i += len(r.old[k])
		last = i
	}
	if last != len(s) {
		return emit(s[last:])
	}
	return nil
}

// Replace returns a copy of s with all replacements performed.
func (r *Replacer) Replace(s string) string {
	var b []byte
	r.replace(s, func(piece string) error {
		b = append(b, piece...)
		return nil
	})
	return string(b)
}

// WriteString writes s to w with all replacements performed.
func (r *Replacer) WriteString(w io.Writer, s string) (n int, err error) {
	err = r.replace(s, func(piece string) error {
		if piece == "" {
			return nil
		}
		m, err := io.WriteString(w, piece)
		n += m
		return err
	})
	return n, err
}
