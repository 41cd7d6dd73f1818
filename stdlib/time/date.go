package time

// Month is a month of the year (January = 1).
type Month int

const (
	January Month = 1 + iota
	February
	March
	April
	May
	June
	July
	August
	September
	October
	November
	December
)

var longMonthNames = []string{
	"January", "February", "March", "April", "May", "June",
	"July", "August", "September", "October", "November", "December",
}

var shortMonthNames = []string{
	"Jan", "Feb", "Mar", "Apr", "May", "Jun",
	"Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
}

// String returns the English name of the month ("January", "February",
// ...).
func (m Month) String() string {
	if January <= m && m <= December {
		return longMonthNames[m-1]
	}
	return "%!Month(" + string(appendUint(nil, uint64(m))) + ")"
}

// Weekday is a day of the week (Sunday = 0).
type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
	Thursday
	Friday
	Saturday
)

var longDayNames = []string{
	"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
}

var shortDayNames = []string{
	"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat",
}

// String returns the English name of the day ("Sunday", "Monday", ...).
func (d Weekday) String() string {
	if Sunday <= d && d <= Saturday {
		return longDayNames[d]
	}
	return "%!Weekday(" + string(appendUint(nil, uint64(d))) + ")"
}

// floorDiv returns a/b rounded down (b > 0).
func floorDiv(a, b int64) int64 {
	q := a / b
	if a%b < 0 {
		q--
	}
	return q
}

// civil returns the proleptic Gregorian date of day number z, counting
// days from January 1, 1970 (Howard Hinnant's algorithm: years are counted
// from March so that the leap day comes last).
func civil(z int64) (year int, month Month, day int) {
	z += 719468 // days from 0000-03-01 to 1970-01-01
	era := floorDiv(z, 146097)
	doe := z - era*146097                                  // day of era, [0, 146096]
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365 // year of era, [0, 399]
	y := yoe + era*400
	doy := doe - (365*yoe + yoe/4 - yoe/100) // day of year from March 1, [0, 365]
	mp := (5*doy + 2) / 153                  // month from March, [0, 11]
	day = int(doy - (153*mp+2)/5 + 1)
	m := mp + 3
	if m > 12 {
		m -= 12
	}
	if m <= 2 {
		y++
	}
	return int(y), Month(m), day
}

// daysFromCivil returns the day number (from January 1, 1970) of the
// given date; day may be outside the month (it is simply added).
func daysFromCivil(year int64, month Month, day int64) int64 {
	y := year
	if month <= February {
		y--
	}
	era := floorDiv(y, 400)
	yoe := y - era*400
	mp := (int64(month) + 9) % 12
	doy := (153*mp+2)/5 + day - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return era*146097 + doe - 719468
}

func isLeap(year int) bool {
	return year%4 == 0 && (year%100 != 0 || year%400 == 0)
}

// daysBefore[m] is the number of days in a non-leap year before month m+1.
var daysBefore = [...]int32{
	0,
	31,
	31 + 28,
	31 + 28 + 31,
	31 + 28 + 31 + 30,
	31 + 28 + 31 + 30 + 31,
	31 + 28 + 31 + 30 + 31 + 30,
	31 + 28 + 31 + 30 + 31 + 30 + 31,
	31 + 28 + 31 + 30 + 31 + 30 + 31 + 31,
	31 + 28 + 31 + 30 + 31 + 30 + 31 + 31 + 30,
	31 + 28 + 31 + 30 + 31 + 30 + 31 + 31 + 30 + 31,
	31 + 28 + 31 + 30 + 31 + 30 + 31 + 31 + 30 + 31 + 30,
	31 + 28 + 31 + 30 + 31 + 30 + 31 + 31 + 30 + 31 + 30 + 31,
}

func daysIn(m Month, year int) int {
	if m == February && isLeap(year) {
		return 29
	}
	return int(daysBefore[m] - daysBefore[m-1])
}

// local returns t's wall clock as seconds since 1970 in t's zone, with the
// zone's name and offset.
func (t Time) local() (name string, offset int, sec int64) {
	name, offset, _, _, _ = t.loc.lookup(t.unixSec())
	return name, offset, t.unixSec() + int64(offset)
}

// dayClock splits local seconds since 1970 into a day number and the
// seconds within that day.
func dayClock(sec int64) (days int64, secOfDay int) {
	days = floorDiv(sec, secondsPerDay)
	return days, int(sec - days*secondsPerDay)
}

// Date returns the year, month and day of t in its location.
func (t Time) Date() (year int, month Month, day int) {
	_, _, sec := t.local()
	days, _ := dayClock(sec)
	return civil(days)
}

// Year returns the year of t in its location.
func (t Time) Year() int {
	year, _, _ := t.Date()
	return year
}

// Month returns the month of t in its location.
func (t Time) Month() Month {
	_, month, _ := t.Date()
	return month
}

// Day returns the day of the month of t in its location.
func (t Time) Day() int {
	_, _, day := t.Date()
	return day
}

// Weekday returns the day of the week of t in its location.
func (t Time) Weekday() Weekday {
	_, _, sec := t.local()
	days, _ := dayClock(sec)
	return weekday(days)
}

// weekday returns the day of the week of a day number (January 1, 1970 was
// a Thursday).
func weekday(days int64) Weekday {
	return Weekday((days%7 + 7 + 4) % 7)
}

// yearDay returns the year of a day number and the day's position in it
// (1 to 366).
func yearDay(days int64) (year, yday int) {
	year, _, _ = civil(days)
	return year, int(days-daysFromCivil(int64(year), January, 1)) + 1
}

// YearDay returns the day of the year of t (1 to 365, or 366 in leap
// years).
func (t Time) YearDay() int {
	_, _, sec := t.local()
	days, _ := dayClock(sec)
	_, yday := yearDay(days)
	return yday
}

// ISOWeek returns the ISO 8601 year and week number of t. Weeks start on
// Monday; week 1 is the one containing the year's first Thursday.
func (t Time) ISOWeek() (year, week int) {
	_, _, sec := t.local()
	days, _ := dayClock(sec)
	// The Thursday of the same Monday-to-Sunday week decides the year.
	fromMonday := (int64(weekday(days)) + 6) % 7
	thu := days - fromMonday + 3
	year, yday := yearDay(thu)
	return year, (yday-1)/7 + 1
}

// Clock returns the hour, minute and second of t in its location.
func (t Time) Clock() (hour, min, sec int) {
	_, _, s := t.local()
	_, secOfDay := dayClock(s)
	return secOfDay / secondsPerHour, secOfDay % secondsPerHour / secondsPerMinute, secOfDay % secondsPerMinute
}

// Hour returns the hour of t in its location, [0, 23].
func (t Time) Hour() int {
	h, _, _ := t.Clock()
	return h
}

// Minute returns the minute of t in its location, [0, 59].
func (t Time) Minute() int {
	_, m, _ := t.Clock()
	return m
}

// Second returns the second of t in its location, [0, 59].
func (t Time) Second() int {
	_, _, s := t.Clock()
	return s
}

// Nanosecond returns the nanosecond offset of t within its second.
func (t Time) Nanosecond() int {
	return int(t.nsec)
}

// norm returns hi and lo normalized so that 0 <= lo < base, keeping
// hi*base + lo unchanged.
func norm(hi, lo, base int) (nhi, nlo int) {
	if lo < 0 {
		n := (-lo-1)/base + 1
		hi -= n
		lo += n * base
	}
	if lo >= base {
		n := lo / base
		hi += n
		lo -= n * base
	}
	return hi, lo
}

// Date returns the Time of the given date and clock reading in loc.
// Values outside their usual ranges are normalized (October 32 is
// November 1). At a zone transition a reading that occurs twice or not at
// all gets one of the two possible offsets, unspecified which. It panics
// if loc is nil.
func Date(year int, month Month, day, hour, min, sec, nsec int, loc *Location) Time {
	if loc == nil {
		panic("time: missing Location in call to Date")
	}
	m := int(month) - 1
	year, m = norm(year, m, 12)
	month = Month(m) + 1
	sec, nsec = norm(sec, nsec, 1e9)
	min, sec = norm(min, sec, 60)
	hour, min = norm(hour, min, 60)
	day, hour = norm(day, hour, 24)

	days := daysFromCivil(int64(year), month, int64(day))
	unix := days*secondsPerDay + int64(hour*secondsPerHour+min*secondsPerMinute+sec)

	// Find the offset in effect: first guessing with the wall reading as
	// if it were UTC, then checking the guess.
	_, offset, start, end, _ := loc.lookup(unix)
	if offset != 0 {
		utc := unix - int64(offset)
		if utc < start || utc >= end {
			_, offset, _, _, _ = loc.lookup(utc)
		}
		unix -= int64(offset)
	}
	t := Time{sec: unix + unixToInternal, nsec: int32(nsec)}
	t.setLoc(loc)
	return t
}
