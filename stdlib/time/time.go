// Package time is gorun's implementation of Go's time package: instants,
// durations, calendars, time zones, formatting and parsing, and timers.
//
// Native functions (9): now, Sleep, loadLocation, loadTZData, lookupZone,
// lookupZoneName, startTimer, stopTimer and resetTimer. The calendar,
// formatting and parsing are written in Go; time zone rules other than UTC
// and fixed offsets come from the runtime.
package time

import "errors"

// Time is an instant with nanosecond precision, together with the location
// used to present it and, for times from Now, a monotonic clock reading.
// The zero value is January 1, year 1, 00:00:00.000000000 UTC.
//
// Comparing Times with == compares the location and monotonic reading
// too; use Equal to compare instants.
type Time struct {
	sec     int64 // seconds since January 1, year 1, 00:00:00 UTC
	nsec    int32 // nanoseconds within the second, [0, 999999999]
	hasMono bool  // whether mono holds a monotonic clock reading
	mono    int64 // monotonic clock reading, in nanoseconds
	loc     *Location
}

const (
	secondsPerMinute = 60
	secondsPerHour   = 60 * secondsPerMinute
	secondsPerDay    = 24 * secondsPerHour

	// unixToInternal is the number of seconds from January 1, year 1 to
	// January 1, 1970.
	unixToInternal int64 = (1969*365 + 1969/4 - 1969/100 + 1969/400) * secondsPerDay
	internalToUnix int64 = -unixToInternal

	minDuration Duration = -1 << 63
	maxDuration Duration = 1<<63 - 1
)

func (t *Time) stripMono() {
	t.hasMono = false
	t.mono = 0
}

// setLoc sets the location, dropping the monotonic reading; UTC is stored
// as nil.
func (t *Time) setLoc(loc *Location) {
	t.stripMono()
	if loc == &utcLoc {
		loc = nil // UTC is kept as nil
	}
	t.loc = loc
}

// withLoc is t with its location set to loc.
func (t Time) withLoc(loc *Location) Time {
	t.setLoc(loc)
	return t
}

func (t Time) unixSec() int64 { return t.sec + internalToUnix }

// After reports whether t is after u.
func (t Time) After(u Time) bool {
	if t.hasMono && u.hasMono {
		return t.mono > u.mono
	}
	return t.sec > u.sec || t.sec == u.sec && t.nsec > u.nsec
}

// Before reports whether t is before u.
func (t Time) Before(u Time) bool {
	if t.hasMono && u.hasMono {
		return t.mono < u.mono
	}
	return t.sec < u.sec || t.sec == u.sec && t.nsec < u.nsec
}

// Compare returns -1, 0 or +1 as t is before, equal to or after u.
func (t Time) Compare(u Time) int {
	if t.hasMono && u.hasMono {
		return compareInt64(t.mono, u.mono)
	}
	if c := compareInt64(t.sec, u.sec); c != 0 {
		return c
	}
	return compareInt64(int64(t.nsec), int64(u.nsec))
}

// compareInt64 is -1, 0 or +1 as a is less than, equal to or greater
// than b.
func compareInt64(a, b int64) int {
	if a < b {
		return -1
	}
	if a > b {
		return +1
	}
	return 0
}

// Equal reports whether t and u are the same instant, whatever their
// locations.
func (t Time) Equal(u Time) bool {
	if t.hasMono && u.hasMono {
		return t.mono == u.mono
	}
	return t.sec == u.sec && t.nsec == u.nsec
}

// IsZero reports whether t is the zero time, January 1, year 1, 00:00:00
// UTC.
func (t Time) IsZero() bool {
	return t.sec == 0 && t.nsec == 0
}

// Add returns t+d.
func (t Time) Add(d Duration) Time {
	secs := int64(d / Second)
	nanos := t.nsec + int32(d%Second) // in (-1e9, 2e9)
	switch {
	case nanos >= 1e9:
		secs, nanos = secs+1, nanos-1e9
	case nanos < 0:
		secs, nanos = secs-1, nanos+1e9
	}
	t.sec += secs
	t.nsec = nanos
	if t.hasMono {
		// Keep the monotonic reading unless it would wrap around.
		moved := t.mono + int64(d)
		if wrapped := (d > 0 && moved < t.mono) || (d < 0 && moved > t.mono); wrapped {
			t.stripMono()
		} else {
			t.mono = moved
		}
	}
	return t
}

// Sub returns t-u, clamped to the range of Duration.
func (t Time) Sub(u Time) Duration {
	if t.hasMono && u.hasMono {
		d := Duration(t.mono - u.mono)
		switch {
		case t.mono > u.mono && d < 0:
			return maxDuration
		case t.mono < u.mono && d > 0:
			return minDuration
		}
		return d
	}
	d := Duration(t.sec-u.sec)*Second + Duration(t.nsec-u.nsec)
	switch {
	case u.Add(d).Equal(t):
		return d
	case t.Before(u):
		return minDuration
	}
	return maxDuration
}

// Since returns the time elapsed since t: Now().Sub(t).
func Since(t Time) Duration {
	return Now().Sub(t)
}

// Until returns the duration until t: t.Sub(Now()).
func Until(t Time) Duration {
	return t.Sub(Now())
}

// AddDate returns t with the given numbers of years, months and days
// added, normalized as Date does (October 31 plus one month is December 1).
func (t Time) AddDate(years int, months int, days int) Time {
	year, month, day := t.Date()
	hour, min, sec := t.Clock()
	return Date(year+years, month+Month(months), day+days, hour, min, sec, int(t.nsec), t.Location())
}

// UTC returns t with the location set to UTC.
func (t Time) UTC() Time { return t.withLoc(&utcLoc) }

// Local returns t with the location set to local time.
func (t Time) Local() Time { return t.withLoc(Local) }

// In returns t with the location set to loc. It panics if loc is nil.
func (t Time) In(loc *Location) Time {
	if loc != nil {
		return t.withLoc(loc)
	}
	panic("time: missing Location in call to Time.In")
}

// Location returns t's location.
func (t Time) Location() *Location {
	if t.loc == nil {
		return UTC
	}
	return t.loc
}

// Zone returns the abbreviated name of the zone in effect at t and its
// offset in seconds east of UTC.
func (t Time) Zone() (name string, offset int) {
	name, offset, _, _, _ = t.loc.lookup(t.unixSec())
	return
}

// ZoneBounds returns the bounds of the zone in effect at t: [start, end).
// A zero Time stands for an unbounded side.
func (t Time) ZoneBounds() (start, end Time) {
	_, _, from, to, _ := t.loc.lookup(t.unixSec())
	// Unbounded ends stay the zero Time.
	if from != alpha {
		start = Time{sec: unixToInternal + from}.withLoc(t.loc)
	}
	if to != omega {
		end = Time{sec: unixToInternal + to}.withLoc(t.loc)
	}
	return start, end
}

// IsDST reports whether daylight saving time is in effect at t.
func (t Time) IsDST() bool {
	_, _, _, _, isDST := t.loc.lookup(t.unixSec())
	return isDST
}

// Unix returns t as seconds since January 1, 1970 UTC.
func (t Time) Unix() int64 { return t.unixSec() }

// UnixMilli returns t as milliseconds since January 1, 1970 UTC.
func (t Time) UnixMilli() int64 {
	return t.unixSec()*1e3 + int64(t.nsec)/1e6
}

// UnixMicro returns t as microseconds since January 1, 1970 UTC.
func (t Time) UnixMicro() int64 {
	return t.unixSec()*1e6 + int64(t.nsec)/1e3
}

// UnixNano returns t as nanoseconds since January 1, 1970 UTC (undefined
// if that does not fit in an int64).
func (t Time) UnixNano() int64 {
	return t.unixSec()*1e9 + int64(t.nsec)
}

// Unix returns the local Time for the given Unix seconds and nanoseconds;
// nsec may be outside [0, 999999999].
func Unix(sec int64, nsec int64) Time {
	// Move whole seconds out of nsec so that it ends up in [0, 1e9).
	if nsec < 0 || nsec >= 1e9 {
		carry := nsec / 1e9
		sec, nsec = sec+carry, nsec-carry*1e9
		if nsec < 0 {
			sec, nsec = sec-1, nsec+1e9
		}
	}
	return Time{sec: unixToInternal + sec, nsec: int32(nsec), loc: Local}
}

// UnixMilli returns the local Time for the given Unix milliseconds.
func UnixMilli(msec int64) Time {
	return Unix(msec/1e3, (msec%1e3)*1e6)
}

// UnixMicro returns the local Time for the given Unix microseconds.
func UnixMicro(usec int64) Time {
	return Unix(usec/1e6, (usec%1e6)*1e3)
}

// now returns the wall clock time as Unix seconds and nanoseconds, and the
// monotonic clock in nanoseconds since the program started. (Native.)
func now() (sec int64, nsec int32, mono int64)

// Now returns the current local time, with a monotonic clock reading.
func Now() Time {
	sec, nsec, mono := now()
	return Time{sec: sec + unixToInternal, nsec: nsec, hasMono: true, mono: mono, loc: Local}
}

// lessThanHalf reports whether x+x < y, without overflow.
func lessThanHalf(x, y Duration) bool {
	return uint64(x)+uint64(x) < uint64(y)
}

// remainder returns t modulo d, measured from the zero Time (d > 0).
func remainder(t Time, d Duration) Duration {
	sec, nsec := t.sec, int64(t.nsec)
	neg := sec < 0
	if neg {
		// Work with the magnitude, then mirror the result.
		sec, nsec = -sec, -nsec
		if nsec < 0 {
			nsec += 1e9
			sec--
		}
	}
	// (sec*1e9 + nsec) mod d, with a 128-bit product.
	hi, lo := mul64(uint64(sec), 1e9)
	lo2 := lo + uint64(nsec)
	if lo2 < lo {
		hi++
	}
	r := Duration(rem128(hi, lo2, uint64(d)))
	if neg && r != 0 {
		r = d - r
	}
	return r
}

// mul64 returns the 128-bit product of x and y.
func mul64(x, y uint64) (hi, lo uint64) {
	const mask32 = 1<<32 - 1
	x0, x1 := x&mask32, x>>32
	y0, y1 := y&mask32, y>>32
	w0 := x0 * y0
	t := x1*y0 + w0>>32
	w1 := t&mask32 + x0*y1
	hi = x1*y1 + t>>32 + w1>>32
	lo = x * y
	return
}

// rem128 returns (hi*2**64 + lo) mod d, bit by bit.
func rem128(hi, lo, d uint64) uint64 {
	r := hi % d
	for i := 63; i >= 0; i-- {
		carry := r >> 63
		r = r<<1 | (lo>>uint(i))&1
		if carry != 0 || r >= d {
			r -= d
		}
	}
	return r
}

// Truncate returns t rounded down to a multiple of d since the zero Time,
// without its monotonic reading. d <= 0 just strips the reading.
func (t Time) Truncate(d Duration) Time {
	t.stripMono()
	if d > 0 {
		t = t.Add(-remainder(t, d))
	}
	return t
}

// Round returns t rounded to the nearest multiple of d since the zero
// Time (halfway values round up), without its monotonic reading. d <= 0
// just strips the reading.
func (t Time) Round(d Duration) Time {
	t.stripMono()
	if d <= 0 {
		return t
	}
	r := remainder(t, d)
	step := d - r // up, for halfway and beyond
	if lessThanHalf(r, d) {
		step = -r
	}
	return t.Add(step)
}

const (
	binaryVersionV1 byte = iota + 1 // offset in minutes
	binaryVersionV2                 // offset with seconds
)

// AppendBinary appends the binary form of t (as MarshalBinary) to b.
func (t Time) AppendBinary(b []byte) ([]byte, error) {
	// The zone is stored as its offset: whole minutes (-1 meaning UTC)
	// and, in version 2, the leftover seconds.
	version := binaryVersionV1
	zoneMin, zoneSec := int16(-1), int8(0)
	if t.Location() != UTC {
		_, offset := t.Zone()
		if offset%60 != 0 {
			version = binaryVersionV2
			zoneSec = int8(offset % 60)
		}
		mins := offset / 60
		if mins == -1 || mins < -1<<15 || mins >= 1<<15 {
			return b, errors.New("Time.MarshalBinary: unexpected zone offset")
		}
		zoneMin = int16(mins)
	}
	b = append(b, version)
	b = appendBigEndian(b, uint64(t.sec), 8)
	b = appendBigEndian(b, uint64(t.nsec), 4)
	b = appendBigEndian(b, uint64(uint16(zoneMin)), 2)
	if version == binaryVersionV2 {
		b = append(b, byte(zoneSec))
	}
	return b, nil
}

// appendBigEndian appends the low n bytes of v, most significant first.
func appendBigEndian(b []byte, v uint64, n int) []byte {
	for shift := 8 * (n - 1); shift >= 0; shift -= 8 {
		b = append(b, byte(v>>uint(shift)))
	}
	return b
}

// MarshalBinary implements encoding.BinaryMarshaler.
func (t Time) MarshalBinary() ([]byte, error) {
	enc, err := t.AppendBinary(make([]byte, 0, 16))
	if err != nil {
		enc = nil
	}
	return enc, err
}

// UnmarshalBinary implements encoding.BinaryUnmarshaler.
func (t *Time) UnmarshalBinary(data []byte) error {
	buf := data
	if len(buf) == 0 {
		return errors.New("Time.UnmarshalBinary: no data")
	}
	version := buf[0]
	if version != binaryVersionV1 && version != binaryVersionV2 {
		return errors.New("Time.UnmarshalBinary: unsupported version")
	}
	want := 1 + 8 + 4 + 2
	if version == binaryVersionV2 {
		want++
	}
	if len(buf) != want {
		return errors.New("Time.UnmarshalBinary: invalid length")
	}
	buf = buf[1:]
	var sec int64
	for i := 0; i < 8; i++ {
		sec = sec<<8 | int64(buf[i])
	}
	buf = buf[8:]
	nsec := int32(buf[0])<<24 | int32(buf[1])<<16 | int32(buf[2])<<8 | int32(buf[3])
	buf = buf[4:]
	offset := int(int16(buf[0])<<8|int16(buf[1])) * 60
	if version == binaryVersionV2 {
		offset += int(int8(buf[2]))
	}
	*t = Time{sec: sec, nsec: nsec}
	if offset == -60 {
		t.setLoc(&utcLoc)
	} else if _, local, _, _, _ := Local.lookup(t.unixSec()); offset == local {
		t.setLoc(Local)
	} else {
		t.setLoc(FixedZone("", offset))
	}
	return nil
}

// GobEncode implements the gob.GobEncoder interface.
func (t Time) GobEncode() ([]byte, error) {
	return t.MarshalBinary()
}

// GobDecode implements the gob.GobDecoder interface.
func (t *Time) GobDecode(data []byte) error {
	return t.UnmarshalBinary(data)
}

// appendStrictRFC3339 appends t in RFC 3339 format with nanoseconds,
// failing for times RFC 3339 cannot express.
func (t Time) appendStrictRFC3339(b []byte) ([]byte, error) {
	n0 := len(b)
	b = t.AppendFormat(b, RFC3339Nano)
	switch {
	case b[n0+4] != '-':
		return b, errors.New("year outside of range [0,9999]")
	case b[len(b)-1] != 'Z':
		c := b[len(b)-6]
		hh := 10*(b[len(b)-5]-'0') + (b[len(b)-4] - '0')
		if ('0' <= c && c <= '9') || hh >= 24 {
			return b, errors.New("timezone hour outside of range [0,23]")
		}
	}
	return b, nil
}

// MarshalJSON implements json.Marshaler: t as a quoted RFC 3339 string.
func (t Time) MarshalJSON() ([]byte, error) {
	opened := append(make([]byte, 0, len(RFC3339Nano)+2), '"')
	body, err := t.appendStrictRFC3339(opened)
	if err != nil {
		return nil, errors.New("Time.MarshalJSON: " + err.Error())
	}
	return append(body, '"'), nil
}

// UnmarshalJSON implements json.Unmarshaler; "null" leaves t unchanged.
func (t *Time) UnmarshalJSON(data []byte) error {
	text := string(data)
	if text == "null" {
		return nil // no change, by convention
	}
	n := len(text)
	if n < 2 || text[0] != '"' || text[n-1] != '"' {
		return errors.New("Time.UnmarshalJSON: input is not a JSON string")
	}
	parsed, err := Parse(RFC3339, text[1:n-1])
	*t = parsed
	return err
}

// AppendText appends t in RFC 3339 format (as MarshalText) to b.
func (t Time) AppendText(b []byte) ([]byte, error) {
	out, err := t.appendStrictRFC3339(b)
	if err == nil {
		return out, nil
	}
	return nil, errors.New("Time.AppendText: " + err.Error())
}

// MarshalText implements encoding.TextMarshaler: t in RFC 3339 format.
func (t Time) MarshalText() ([]byte, error) {
	b, err := t.appendStrictRFC3339(make([]byte, 0, len(RFC3339Nano)))
	if err != nil {
		return nil, errors.New("Time.MarshalText: " + err.Error())
	}
	return b, nil
}

// UnmarshalText implements encoding.TextUnmarshaler: an RFC 3339 time.
func (t *Time) UnmarshalText(data []byte) error {
	var err error
	*t, err = Parse(RFC3339, string(data))
	return err
}
