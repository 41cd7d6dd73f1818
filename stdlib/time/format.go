package time

import "errors"

// Layouts for Format and Parse. A layout shows how the reference time,
//
//	Mon Jan 2 15:04:05 MST 2006
//
// (Unix time 1136239445, in a zone at -0700) would be written; each
// element of the reference time stands for that element of the formatted
// time.
const (
	Layout      = "01/02 03:04:05PM '06 -0700" // the reference time, in numerical order
	ANSIC       = "Mon Jan _2 15:04:05 2006"
	UnixDate    = "Mon Jan _2 15:04:05 MST 2006"
	RubyDate    = "Mon Jan 02 15:04:05 -0700 2006"
	RFC822      = "02 Jan 06 15:04 MST"
	RFC822Z     = "02 Jan 06 15:04 -0700" // RFC822 with a numeric zone
	RFC850      = "Monday, 02-Jan-06 15:04:05 MST"
	RFC1123     = "Mon, 02 Jan 2006 15:04:05 MST"
	RFC1123Z    = "Mon, 02 Jan 2006 15:04:05 -0700" // RFC1123 with a numeric zone
	RFC3339     = "2006-01-02T15:04:05Z07:00"
	RFC3339Nano = "2006-01-02T15:04:05.999999999Z07:00"
	Kitchen     = "3:04PM"
	// Time stamps.
	Stamp      = "Jan _2 15:04:05"
	StampMilli = "Jan _2 15:04:05.000"
	StampMicro = "Jan _2 15:04:05.000000"
	StampNano  = "Jan _2 15:04:05.000000000"
	DateTime   = "2006-01-02 15:04:05"
	DateOnly   = "2006-01-02"
	TimeOnly   = "15:04:05"
)

// Kinds of layout elements.
const (
	stdNone         = iota
	stdLongMonth    // "January"
	stdMonth        // "Jan"
	stdNumMonth     // "1"
	stdZeroMonth    // "01"
	stdLongWeekDay  // "Monday"
	stdWeekDay      // "Mon"
	stdDay          // "2"
	stdUnderDay     // "_2"
	stdZeroDay      // "02"
	stdUnderYearDay // "__2"
	stdZeroYearDay  // "002"
	stdHour         // "15"
	stdHour12       // "3"
	stdZeroHour12   // "03"
	stdMinute       // "4"
	stdZeroMinute   // "04"
	stdSecond       // "5"
	stdZeroSecond   // "05"
	stdLongYear     // "2006"
	stdYear         // "06"
	stdPM           // "PM"
	stdpm           // "pm"
	stdTZ           // "MST"
	stdISO8601TZ    // "Z0700": Z for UTC
	stdISO8601SecondsTZ
	stdISO8601ShortTZ
	stdISO8601ColonTZ
	stdISO8601ColonSecondsTZ
	stdNumTZ // "-0700"
	stdNumSecondsTz
	stdNumShortTZ
	stdNumColonTZ
	stdNumColonSecondsTZ
	stdFracSecond0 // ".000": exactly this many digits
	stdFracSecond9 // ".999": up to this many digits, trailing zeros removed
)

// stdElem is one element of a layout.
type stdElem struct {
	kind   int
	digits int  // for fractional seconds
	sep    byte // '.' or ',' for fractional seconds
}

// zeroStd maps the digit after a '0' ("01" to "06") to its element.
var zeroStd = [...]int{stdZeroMonth, stdZeroDay, stdZeroHour12, stdZeroMinute, stdZeroSecond, stdYear}

func startsWithLower(s string) bool {
	return len(s) > 0 && 'a' <= s[0] && s[0] <= 'z'
}

func isDigit(s string, i int) bool {
	return i < len(s) && '0' <= s[i] && s[i] <= '9'
}

// hasPrefixAt reports whether s[i:] begins with p.
func hasPrefixAt(s string, i int, p string) bool {
	return len(s) >= i+len(p) && s[i:i+len(p)] == p
}

// nextStd finds the first layout element in layout and returns the text
// before it, the element, and the text after it. If there is none, the
// element's kind is stdNone and prefix is the whole layout.
func nextStd(layout string) (prefix string, std stdElem, suffix string) {
	for i := 0; i < len(layout); i++ {
		found := func(kind, n int) (string, stdElem, string) {
			return layout[:i], stdElem{kind: kind}, layout[i+n:]
		}
		switch c := layout[i]; c {
		case 'J':
			if hasPrefixAt(layout, i, "Jan") {
				if hasPrefixAt(layout, i, "January") {
					return found(stdLongMonth, 7)
				}
				if !startsWithLower(layout[i+3:]) {
					return found(stdMonth, 3)
				}
			}
		case 'M':
			if hasPrefixAt(layout, i, "Mon") {
				if hasPrefixAt(layout, i, "Monday") {
					return found(stdLongWeekDay, 6)
				}
				if !startsWithLower(layout[i+3:]) {
					return found(stdWeekDay, 3)
				}
			}
			if hasPrefixAt(layout, i, "MST") {
				return found(stdTZ, 3)
			}
		case '0':
			if i+1 < len(layout) && '1' <= layout[i+1] && layout[i+1] <= '6' {
				return found(zeroStd[layout[i+1]-'1'], 2)
			}
			if hasPrefixAt(layout, i, "002") {
				return found(stdZeroYearDay, 3)
			}
		case '1':
			if hasPrefixAt(layout, i, "15") {
				return found(stdHour, 2)
			}
			return found(stdNumMonth, 1)
		case '2':
			if hasPrefixAt(layout, i, "2006") {
				return found(stdLongYear, 4)
			}
			return found(stdDay, 1)
		case '_':
			if hasPrefixAt(layout, i, "_2") {
				// "_2006" is a literal underscore and a year.
				if hasPrefixAt(layout, i, "_2006") {
					return layout[:i+1], stdElem{kind: stdLongYear}, layout[i+5:]
				}
				return found(stdUnderDay, 2)
			}
			if hasPrefixAt(layout, i, "__2") {
				return found(stdUnderYearDay, 3)
			}
		case '3':
			return found(stdHour12, 1)
		case '4':
			return found(stdMinute, 1)
		case '5':
			return found(stdSecond, 1)
		case 'P':
			if hasPrefixAt(layout, i, "PM") {
				return found(stdPM, 2)
			}
		case 'p':
			if hasPrefixAt(layout, i, "pm") {
				return found(stdpm, 2)
			}
		case '-':
			switch {
			case hasPrefixAt(layout, i, "-070000"):
				return found(stdNumSecondsTz, 7)
			case hasPrefixAt(layout, i, "-07:00:00"):
				return found(stdNumColonSecondsTZ, 9)
			case hasPrefixAt(layout, i, "-0700"):
				return found(stdNumTZ, 5)
			case hasPrefixAt(layout, i, "-07:00"):
				return found(stdNumColonTZ, 6)
			case hasPrefixAt(layout, i, "-07"):
				return found(stdNumShortTZ, 3)
			}
		case 'Z':
			switch {
			case hasPrefixAt(layout, i, "Z070000"):
				return found(stdISO8601SecondsTZ, 7)
			case hasPrefixAt(layout, i, "Z07:00:00"):
				return found(stdISO8601ColonSecondsTZ, 9)
			case hasPrefixAt(layout, i, "Z0700"):
				return found(stdISO8601TZ, 5)
			case hasPrefixAt(layout, i, "Z07:00"):
				return found(stdISO8601ColonTZ, 6)
			case hasPrefixAt(layout, i, "Z07"):
				return found(stdISO8601ShortTZ, 3)
			}
		case '.', ',':
			// A run of 0s or 9s after the separator, not followed by
			// another digit, is a fractional second.
			if i+1 < len(layout) && (layout[i+1] == '0' || layout[i+1] == '9') {
				d := layout[i+1]
				j := i + 1
				for j < len(layout) && layout[j] == d {
					j++
				}
				if !isDigit(layout, j) {
					kind := stdFracSecond0
					if d == '9' {
						kind = stdFracSecond9
					}
					return layout[:i], stdElem{kind: kind, digits: j - (i + 1), sep: c}, layout[j:]
				}
			}
		}
	}
	return layout, stdElem{}, ""
}

// appendInt appends x in decimal, zero-padded to width digits.
func appendInt(b []byte, x int, width int) []byte {
	u := uint(x)
	if x < 0 {
		b = append(b, '-')
		u = uint(-x)
	}
	var buf [20]byte
	i := len(buf)
	for u >= 10 {
		i--
		buf[i] = byte('0' + u%10)
		u /= 10
	}
	i--
	buf[i] = byte('0' + u)
	for w := len(buf) - i; w < width; w++ {
		b = append(b, '0')
	}
	return append(b, buf[i:]...)
}

// appendNano appends the fractional second nanosec as the element asks.
func appendNano(b []byte, nanosec int, std stdElem) []byte {
	trim := std.kind == stdFracSecond9
	if trim && (std.digits == 0 || nanosec == 0) {
		return b
	}
	b = append(b, std.sep)
	b = appendInt(b, nanosec, 9)
	if std.digits < 9 {
		b = b[:len(b)-9+std.digits]
	}
	if trim {
		for len(b) > 0 && b[len(b)-1] == '0' {
			b = b[:len(b)-1]
		}
		if len(b) > 0 && b[len(b)-1] == std.sep {
			b = b[:len(b)-1]
		}
	}
	return b
}

// String formats t as "2006-01-02 15:04:05.999999999 -0700 MST", followed
// by the monotonic clock reading as " m=±<seconds>" if t has one.
func (t Time) String() string {
	s := t.Format("2006-01-02 15:04:05.999999999 -0700 MST")
	if t.hasMono {
		m := uint64(t.mono)
		sign := byte('+')
		if t.mono < 0 {
			sign = '-'
			m = -m
		}
		b := []byte(" m=")
		b = append(b, sign)
		b = appendUint(b, m/1e9)
		b = append(b, '.')
		b = appendInt(b, int(m%1e9), 9)
		s += string(b)
	}
	return s
}

// GoString formats t as Go source: a call of time.Date.
func (t Time) GoString() string {
	_, _, sec := t.local()
	days, secOfDay := dayClock(sec)
	year, month, day := civil(days)
	b := []byte("time.Date(")
	b = appendInt(b, year, 0)
	if January <= month && month <= December {
		b = append(b, ", time."...)
		b = append(b, longMonthNames[month-1]...)
	} else {
		b = appendInt(b, int(month), 0)
	}
	b = append(b, ", "...)
	b = appendInt(b, day, 0)
	b = append(b, ", "...)
	b = appendInt(b, secOfDay/secondsPerHour, 0)
	b = append(b, ", "...)
	b = appendInt(b, secOfDay%secondsPerHour/secondsPerMinute, 0)
	b = append(b, ", "...)
	b = appendInt(b, secOfDay%secondsPerMinute, 0)
	b = append(b, ", "...)
	b = appendInt(b, int(t.nsec), 0)
	b = append(b, ", "...)
	switch loc := t.Location(); loc {
	case UTC, nil:
		b = append(b, "time.UTC"...)
	case Local:
		b = append(b, "time.Local"...)
	default:
		b = append(b, "time.Location("...)
		b = append(b, quote(loc.name)...)
		b = append(b, ')')
	}
	b = append(b, ')')
	return string(b)
}

// Format returns t written according to layout (see the Layout
// constants).
func (t Time) Format(layout string) string {
	return string(t.AppendFormat(make([]byte, 0, len(layout)+10), layout))
}

// AppendFormat is like Format but appends to b.
func (t Time) AppendFormat(b []byte, layout string) []byte {
	v := t.shown()
	for layout != "" {
		prefix, elem, rest := nextStd(layout)
		b = append(b, prefix...)
		if elem.kind == stdNone {
			break
		}
		layout = rest
		b = v.appendElem(b, elem)
	}
	return b
}

// shownTime holds what a layout can show of a time, in its location.
type shownTime struct {
	zone                 string
	offset               int
	days                 int64 // since 1970-01-01, for the weekday and day of year
	year                 int
	month                Month
	day                  int
	hour, minute, second int
	nsec                 int
}

func (t Time) shown() shownTime {
	zone, offset, sec := t.local()
	days, clock := dayClock(sec)
	v := shownTime{zone: zone, offset: offset, days: days, nsec: int(t.nsec)}
	v.year, v.month, v.day = civil(days)
	v.hour = clock / secondsPerHour
	v.minute = clock / secondsPerMinute % 60
	v.second = clock % secondsPerMinute
	return v
}

// width2 is 2 (zero-padded to two digits) if padded, else 0 (no padding).
func width2(padded bool) int {
	if padded {
		return 2
	}
	return 0
}

// appendElem appends the layout element elem for v.
func (v *shownTime) appendElem(b []byte, elem stdElem) []byte {
	switch k := elem.kind; k {
	case stdLongYear:
		return appendInt(b, v.year, 4)
	case stdYear:
		// The last two digits, without a sign.
		twoDigits := v.year % 100
		if twoDigits < 0 {
			twoDigits = -twoDigits
		}
		return appendInt(b, twoDigits, 2)
	case stdLongMonth, stdMonth:
		return appendName(b, v.month.String(), k == stdMonth)
	case stdLongWeekDay, stdWeekDay:
		return appendName(b, weekday(v.days).String(), k == stdWeekDay)
	case stdNumMonth, stdZeroMonth:
		return appendInt(b, int(v.month), width2(k == stdZeroMonth))
	case stdDay, stdZeroDay:
		return appendInt(b, v.day, width2(k == stdZeroDay))
	case stdUnderDay:
		return appendInt(padSpaces(b, v.day, 10), v.day, 0)
	case stdUnderYearDay, stdZeroYearDay:
		_, yday := yearDay(v.days)
		if k == stdZeroYearDay {
			return appendInt(b, yday, 3)
		}
		return appendInt(padSpaces(padSpaces(b, yday, 100), yday, 10), yday, 0)
	case stdHour:
		return appendInt(b, v.hour, 2)
	case stdHour12, stdZeroHour12:
		h := v.hour % 12
		if h == 0 {
			h = 12 // noon and midnight are 12
		}
		return appendInt(b, h, width2(k == stdZeroHour12))
	case stdMinute, stdZeroMinute:
		return appendInt(b, v.minute, width2(k == stdZeroMinute))
	case stdSecond, stdZeroSecond:
		return appendInt(b, v.second, width2(k == stdZeroSecond))
	case stdPM, stdpm:
		marker := "AM"
		if v.hour >= 12 {
			marker = "PM"
		}
		if k == stdpm {
			marker = string([]byte{marker[0] + 'a' - 'A', 'm'})
		}
		return append(b, marker...)
	case stdTZ:
		if v.zone != "" {
			return append(b, v.zone...)
		}
		// A zone without a name is written as its offset, -0700.
		return appendZoneOffset(b, stdNumTZ, v.offset)
	case stdFracSecond0, stdFracSecond9:
		return appendNano(b, v.nsec, elem)
	case stdISO8601TZ, stdISO8601ColonTZ, stdISO8601SecondsTZ, stdISO8601ShortTZ, stdISO8601ColonSecondsTZ,
		stdNumTZ, stdNumColonTZ, stdNumSecondsTz, stdNumShortTZ, stdNumColonSecondsTZ:
		return appendZoneOffset(b, k, v.offset)
	}
	return b
}

// appendName appends a month or weekday name, or its first three letters.
func appendName(b []byte, name string, short bool) []byte {
	if short {
		name = name[:3]
	}
	return append(b, name...)
}

// padSpaces appends a space if n is below limit (for space-padded fields).
func padSpaces(b []byte, n, limit int) []byte {
	if n < limit {
		b = append(b, ' ')
	}
	return b
}

// appendZoneOffset writes the zone offset (seconds east of UTC) in the
// numeric form of the layout element kind: "Z" for UTC in the ISO 8601
// forms, then a sign and hours, and depending on the form a colon,
// minutes and seconds.
func appendZoneOffset(b []byte, kind int, offset int) []byte {
	iso := kind >= stdISO8601TZ && kind <= stdISO8601ColonSecondsTZ
	if iso && offset == 0 {
		return append(b, 'Z')
	}
	var colon, hoursOnly, seconds bool
	switch kind {
	case stdISO8601ColonTZ, stdNumColonTZ:
		colon = true
	case stdISO8601ColonSecondsTZ, stdNumColonSecondsTZ:
		colon, seconds = true, true
	case stdISO8601SecondsTZ, stdNumSecondsTz:
		seconds = true
	case stdISO8601ShortTZ, stdNumShortTZ:
		hoursOnly = true
	}
	// The sign comes from the whole minutes, as in Go: an offset of less
	// than a minute west gets "+" (and a negative seconds field).
	mins, secs := offset/60, offset
	sign := byte('+')
	if mins < 0 {
		sign, mins, secs = '-', -mins, -secs
	}
	b = appendInt(append(b, sign), mins/60, 2)
	if colon {
		b = append(b, ':')
	}
	if !hoursOnly {
		b = appendInt(b, mins%60, 2)
	}
	if seconds {
		if colon {
			b = append(b, ':')
		}
		b = appendInt(b, secs%60, 2)
	}
	return b
}

// ParseError describes a failure to parse a time string.
type ParseError struct {
	Layout     string
	Value      string
	LayoutElem string
	ValueElem  string
	Message    string
}

// quote quotes s for error messages, escaping non-printable and non-ASCII
// bytes as \x sequences.
func quote(s string) string {
	b := make([]byte, 1, len(s)+2)
	b[0] = '"'
	const hex = "0123456789abcdef"
	for i, c := range s {
		if c >= 0x80 || c < ' ' {
			width := len(string(c))
			if c == 0xFFFD {
				width = 1
				if i+2 < len(s) && s[i:i+3] == string(rune(0xFFFD)) {
					width = 3
				}
			}
			for j := 0; j < width; j++ {
				b = append(b, '\\', 'x', hex[s[i+j]>>4], hex[s[i+j]&0xF])
			}
		} else {
			if c == '"' || c == '\\' {
				b = append(b, '\\')
			}
			b = append(b, byte(c))
		}
	}
	return string(append(b, '"'))
}

// Error returns the description of the parse failure.
func (e *ParseError) Error() string {
	if e.Message == "" {
		return "parsing time " + quote(e.Value) + " as " + quote(e.Layout) +
			": cannot parse " + quote(e.ValueElem) + " as " + quote(e.LayoutElem)
	}
	return "parsing time " + quote(e.Value) + e.Message
}

var errBad = errors.New("bad value for field")

// atoi parses an optionally signed decimal integer that is all of s.
func atoi(s string) (int, error) {
	sign := 1
	if s != "" && (s[0] == '+' || s[0] == '-') {
		if s[0] == '-' {
			sign = -1
		}
		s = s[1:]
	}
	mag, rest, err := leadingInt(s)
	if err != nil || rest != "" {
		return 0, errBad
	}
	return sign * int(mag), nil
}

// getnum reads one or two digits (exactly two if fixed).
func getnum(s string, fixed bool) (int, string, error) {
	switch {
	case !isDigit(s, 0):
		return 0, s, errBad
	case isDigit(s, 1):
		return 10*int(s[0]-'0') + int(s[1]-'0'), s[2:], nil
	case fixed:
		return 0, s, errBad // a second digit was required
	}
	return int(s[0] - '0'), s[1:], nil
}

// getnum3 reads one to three digits (exactly three if fixed).
func getnum3(s string, fixed bool) (int, string, error) {
	value, digits := 0, 0
	for digits < 3 && isDigit(s, digits) {
		value = 10*value + int(s[digits]-'0')
		digits++
	}
	if digits == 0 || (fixed && digits < 3) {
		return 0, s, errBad
	}
	return value, s[digits:], nil
}

func cutspace(s string) string {
	k := 0
	for k < len(s) && s[k] == ' ' {
		k++
	}
	return s[k:]
}

// skip removes prefix from value; a space in prefix matches any run of
// spaces (at least one if value has anything else there).
func skip(value, prefix string) (string, error) {
	for prefix != "" {
		if prefix[0] != ' ' {
			if value == "" || value[0] != prefix[0] {
				return value, errBad
			}
			value, prefix = value[1:], prefix[1:]
			continue
		}
		// Spaces in the layout match a run of spaces (possibly empty,
		// but not followed by anything else).
		if value != "" && value[0] != ' ' {
			return value, errBad
		}
		value, prefix = cutspace(value), cutspace(prefix)
	}
	return value, nil
}

// matchFold reports whether the ASCII strings a and b (of a's length) are
// equal ignoring the case of letters.
func matchFold(a, b string) bool {
	lower := func(c byte) byte {
		if c >= 'A' && c <= 'Z' {
			return c + ('a' - 'A')
		}
		return c
	}
	for k := range len(a) {
		if lower(a[k]) != lower(b[k]) {
			return false
		}
	}
	return true
}

// lookupName finds which of the names value starts with (ignoring case).
func lookupName(names []string, value string) (int, string, error) {
	for i, v := range names {
		if len(value) >= len(v) && matchFold(value[:len(v)], v) {
			return i, value[len(v):], nil
		}
	}
	return -1, value, errBad
}

func commaOrPeriod(b byte) bool { return b == '.' || b == ',' }

// parseNanoseconds parses a separator and up to nine digits of value[:n]
// as nanoseconds.
func parseNanoseconds(value string, n int) (ns int, rangeErr string, err error) {
	if !commaOrPeriod(value[0]) {
		return 0, "", errBad
	}
	if n > 10 {
		value = value[:10]
		n = 10
	}
	if ns, err = atoi(value[1:n]); err != nil {
		return 0, "", err
	}
	if ns < 0 {
		return 0, "fractional second", nil
	}
	for i := 0; i < 10-n; i++ {
		ns *= 10
	}
	return ns, "", nil
}

// parseTimeZone returns the length of the zone abbreviation at the start
// of value: three upper case letters, four or five ending in T, a few
// special names, or GMT/+hh/-hh offsets.
func parseTimeZone(value string) (length int, ok bool) {
	if len(value) < 3 {
		return 0, false
	}
	if len(value) >= 4 && (value[:4] == "ChST" || value[:4] == "MeST") {
		return 4, true
	}
	if value[:3] == "GMT" {
		return 3 + parseSignedOffset(value[3:]), true
	}
	if value[0] == '+' || value[0] == '-' {
		n := parseSignedOffset(value)
		return n, n > 0
	}
	upper := 0
	for upper < 6 && upper < len(value) && 'A' <= value[upper] && value[upper] <= 'Z' {
		upper++
	}
	switch upper {
	case 3:
		return 3, true
	case 4:
		if value[3] == 'T' || value[:4] == "WITA" {
			return 4, true
		}
	case 5:
		if value[4] == 'T' {
			return 5, true
		}
	}
	return 0, false
}

// parseSignedOffset returns the length of a +hh or -hh offset (hours up to
// 23) at the start of value, or 0.
func parseSignedOffset(value string) int {
	if len(value) == 0 || value[0] != '-' && value[0] != '+' {
		return 0
	}
	x, rest, err := leadingInt(value[1:])
	if err != nil || value[1:] == rest || x > 23 {
		return 0
	}
	return len(value) - len(rest)
}

// Parse parses value as a time written with layout (see the Layout
// constants). Elements the layout lacks default to zero (January 1 of
// year 0 for the date). Without a zone in the value, the result is in UTC;
// with an offset or abbreviation matching the local zone, in Local;
// otherwise in a fabricated fixed zone.
func Parse(layout, value string) (Time, error) {
	return parse(layout, value, UTC, Local)
}

// ParseInLocation is like Parse, but a value without zone information is
// interpreted in loc, and zone information is matched against loc rather
// than Local.
func ParseInLocation(layout, value string, loc *Location) (Time, error) {
	return parse(layout, value, loc, loc)
}

func parse(layout, value string, defaultLoc, local *Location) (Time, error) {
	origLayout, origValue := layout, value
	rangeErr := "" // the field that is out of range, if any
	amSet, pmSet := false, false
	var (
		year       int
		month      = -1
		day        = -1
		yday       = -1
		hour       int
		min        int
		sec        int
		nsec       int
		z          *Location
		zoneOffset = -1
		zoneName   string
	)
	for {
		var err error
		prefix, std, suffix := nextStd(layout)
		stdstr := layout[len(prefix) : len(layout)-len(suffix)]
		value, err = skip(value, prefix)
		if err != nil {
			return Time{}, &ParseError{origLayout, origValue, prefix, value, ""}
		}
		if std.kind == stdNone {
			if len(value) != 0 {
				return Time{}, &ParseError{origLayout, origValue, "", value, ": extra text: " + quote(value)}
			}
			break
		}
		layout = suffix
		var p string
		hold := value
		switch std.kind {
		case stdYear:
			if len(value) < 2 {
				err = errBad
				break
			}
			p, value = value[0:2], value[2:]
			year, err = atoi(p)
			if err != nil {
				break
			}
			if year >= 69 {
				year += 1900
			} else {
				year += 2000
			}
		case stdLongYear:
			if len(value) < 4 || !isDigit(value, 0) {
				err = errBad
				break
			}
			p, value = value[0:4], value[4:]
			year, err = atoi(p)
		case stdMonth:
			month, value, err = lookupName(shortMonthNames, value)
			month++
		case stdLongMonth:
			month, value, err = lookupName(longMonthNames, value)
			month++
		case stdNumMonth, stdZeroMonth:
			month, value, err = getnum(value, std.kind == stdZeroMonth)
			if err == nil && (month <= 0 || 12 < month) {
				rangeErr = "month"
			}
		case stdWeekDay:
			_, value, err = lookupName(shortDayNames, value)
		case stdLongWeekDay:
			_, value, err = lookupName(longDayNames, value)
		case stdDay, stdUnderDay, stdZeroDay:
			if std.kind == stdUnderDay && len(value) > 0 && value[0] == ' ' {
				value = value[1:]
			}
			day, value, err = getnum(value, std.kind == stdZeroDay)
		case stdUnderYearDay, stdZeroYearDay:
			for i := 0; i < 2; i++ {
				if std.kind == stdUnderYearDay && len(value) > 0 && value[0] == ' ' {
					value = value[1:]
				}
			}
			yday, value, err = getnum3(value, std.kind == stdZeroYearDay)
		case stdHour:
			hour, value, err = getnum(value, false)
			if hour < 0 || 24 <= hour {
				rangeErr = "hour"
			}
		case stdHour12, stdZeroHour12:
			hour, value, err = getnum(value, std.kind == stdZeroHour12)
			if hour < 0 || 12 < hour {
				rangeErr = "hour"
			}
		case stdMinute, stdZeroMinute:
			min, value, err = getnum(value, std.kind == stdZeroMinute)
			if min < 0 || 60 <= min {
				rangeErr = "minute"
			}
		case stdSecond, stdZeroSecond:
			sec, value, err = getnum(value, std.kind == stdZeroSecond)
			if err != nil {
				break
			}
			if sec < 0 || 60 <= sec {
				rangeErr = "second"
				break
			}
			// A fractional second in the value with none in the layout is
			// accepted here.
			if len(value) >= 2 && commaOrPeriod(value[0]) && isDigit(value, 1) {
				_, next, _ := nextStd(layout)
				if next.kind == stdFracSecond0 || next.kind == stdFracSecond9 {
					break
				}
				n := 2
				for ; n < len(value) && isDigit(value, n); n++ {
				}
				nsec, rangeErr, err = parseNanoseconds(value, n)
				value = value[n:]
			}
		case stdPM, stdpm:
			if len(value) < 2 {
				err = errBad
				break
			}
			p, value = value[0:2], value[2:]
			pm, am := "PM", "AM"
			if std.kind == stdpm {
				pm, am = "pm", "am"
			}
			switch p {
			case pm:
				pmSet = true
			case am:
				amSet = true
			default:
				err = errBad
			}
		case stdISO8601TZ, stdISO8601ShortTZ, stdISO8601ColonTZ, stdISO8601SecondsTZ, stdISO8601ColonSecondsTZ,
			stdNumTZ, stdNumShortTZ, stdNumColonTZ, stdNumSecondsTz, stdNumColonSecondsTZ:
			iso := std.kind >= stdISO8601TZ && std.kind <= stdISO8601ColonSecondsTZ
			if iso && len(value) >= 1 && value[0] == 'Z' {
				value = value[1:]
				z = UTC
				break
			}
			var sign, hh, mm, ss string
			switch std.kind {
			case stdISO8601ColonTZ, stdNumColonTZ:
				if len(value) < 6 || value[3] != ':' {
					err = errBad
					break
				}
				sign, hh, mm, ss, value = value[0:1], value[1:3], value[4:6], "00", value[6:]
			case stdNumShortTZ, stdISO8601ShortTZ:
				if len(value) < 3 {
					err = errBad
					break
				}
				sign, hh, mm, ss, value = value[0:1], value[1:3], "00", "00", value[3:]
			case stdISO8601ColonSecondsTZ, stdNumColonSecondsTZ:
				if len(value) < 9 || value[3] != ':' || value[6] != ':' {
					err = errBad
					break
				}
				sign, hh, mm, ss, value = value[0:1], value[1:3], value[4:6], value[7:9], value[9:]
			case stdISO8601SecondsTZ, stdNumSecondsTz:
				if len(value) < 7 {
					err = errBad
					break
				}
				sign, hh, mm, ss, value = value[0:1], value[1:3], value[3:5], value[5:7], value[7:]
			default:
				if len(value) < 5 {
					err = errBad
					break
				}
				sign, hh, mm, ss, value = value[0:1], value[1:3], value[3:5], "00", value[5:]
			}
			if err != nil {
				break
			}
			var hr, mi, se int
			hr, _, err = getnum(hh, true)
			if err == nil {
				mi, _, err = getnum(mm, true)
			}
			if err == nil {
				se, _, err = getnum(ss, true)
			}
			// Offsets of 24 hours or 60 minutes or seconds are tolerated.
			if hr > 24 {
				rangeErr = "time zone offset hour"
			}
			if mi > 60 {
				rangeErr = "time zone offset minute"
			}
			if se > 60 {
				rangeErr = "time zone offset second"
			}
			zoneOffset = (hr*60+mi)*60 + se
			switch sign[0] {
			case '+':
			case '-':
				zoneOffset = -zoneOffset
			default:
				err = errBad
			}
		case stdTZ:
			if len(value) >= 3 && value[0:3] == "UTC" {
				z = UTC
				value = value[3:]
				break
			}
			n, ok := parseTimeZone(value)
			if !ok {
				err = errBad
				break
			}
			zoneName, value = value[:n], value[n:]
		case stdFracSecond0:
			n := 1 + std.digits
			if len(value) < n {
				err = errBad
				break
			}
			nsec, rangeErr, err = parseNanoseconds(value, n)
			value = value[n:]
		case stdFracSecond9:
			if len(value) < 2 || !commaOrPeriod(value[0]) || value[1] < '0' || '9' < value[1] {
				break // no fraction
			}
			i := 0
			for i+1 < len(value) && '0' <= value[i+1] && value[i+1] <= '9' {
				i++
			}
			nsec, rangeErr, err = parseNanoseconds(value, 1+i)
			value = value[1+i:]
		}
		if rangeErr != "" {
			return Time{}, &ParseError{origLayout, origValue, stdstr, value, ": " + rangeErr + " out of range"}
		}
		if err != nil {
			return Time{}, &ParseError{origLayout, origValue, stdstr, hold, ""}
		}
	}
	if pmSet && hour < 12 {
		hour += 12
	} else if amSet && hour == 12 {
		hour = 0
	}

	if yday >= 0 {
		// Turn the day of the year into a month and day.
		var d, m int
		if isLeap(year) {
			if yday == 31+29 {
				m = int(February)
				d = 29
			} else if yday > 31+29 {
				yday--
			}
		}
		if yday < 1 || yday > 365 {
			return Time{}, &ParseError{origLayout, origValue, "", value, ": day-of-year out of range"}
		}
		if m == 0 {
			m = (yday-1)/31 + 1
			if int(daysBefore[m]) < yday {
				m++
			}
			d = yday - int(daysBefore[m-1])
		}
		if month >= 0 && month != m {
			return Time{}, &ParseError{origLayout, origValue, "", value, ": day-of-year does not match month"}
		}
		month = m
		if day >= 0 && day != d {
			return Time{}, &ParseError{origLayout, origValue, "", value, ": day-of-year does not match day"}
		}
		day = d
	} else {
		if month < 0 {
			month = int(January)
		}
		if day < 0 {
			day = 1
		}
	}
	if day < 1 || day > daysIn(Month(month), year) {
		return Time{}, &ParseError{origLayout, origValue, "", value, ": day out of range"}
	}

	if z != nil {
		return Date(year, Month(month), day, hour, min, sec, nsec, z), nil
	}
	if zoneOffset != -1 {
		t := Date(year, Month(month), day, hour, min, sec, nsec, UTC)
		t.sec -= int64(zoneOffset)
		// Use the local zone if it has this offset (and name) then.
		name, offset, _, _, _ := local.lookup(t.unixSec())
		if offset == zoneOffset && (zoneName == "" || name == zoneName) {
			t.setLoc(local)
			return t, nil
		}
		t.setLoc(FixedZone(zoneName, zoneOffset))
		return t, nil
	}
	if zoneName != "" {
		t := Date(year, Month(month), day, hour, min, sec, nsec, UTC)
		// Use the local zone if it knows this abbreviation.
		offset, ok := local.lookupName(zoneName, t.unixSec())
		if ok {
			t.sec -= int64(offset)
			t.setLoc(local)
			return t, nil
		}
		// Otherwise the offset is unknown (except for GMT+h).
		if len(zoneName) > 3 && zoneName[:3] == "GMT" {
			offset, _ = atoi(zoneName[3:])
			offset *= 3600
		}
		t.setLoc(FixedZone(zoneName, offset))
		return t, nil
	}
	return Date(year, Month(month), day, hour, min, sec, nsec, defaultLoc), nil
}
