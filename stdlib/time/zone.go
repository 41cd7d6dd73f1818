package time

import (
	"errors"
	"sync"
)

// Location maps instants to the zone in use there: a name such as "CEST"
// and an offset from UTC. Locations other than UTC and fixed zones get
// their rules from the runtime's time zone database.
type Location struct {
	name   string
	zone   string // the zone's name, for UTC and fixed zones
	offset int    // the zone's offset, for UTC and fixed zones
	handle int    // the runtime's zone rules, if > 0
	lazy   bool   // Local: the rules are looked up on first use
}

// Bounds of "all time" for zone lookups.
const (
	alpha = -1 << 63
	omega = 1<<63 - 1
)

var utcLoc = Location{name: "UTC", zone: "UTC"}

// UTC is Coordinated Universal Time.
var UTC *Location = &utcLoc

var localLoc = Location{name: "Local", lazy: true}

var localOnce sync.Once

func initLocal() {
	if h, ok := loadLocation("Local"); ok {
		localLoc.handle = h
	} else {
		localLoc.zone = "UTC"
	}
}

// Local is the system's local time zone: the TZ environment variable if
// set (UTC if empty), otherwise the system's configured zone.
var Local *Location = &localLoc

// loadLocation asks the runtime for the rules of the named zone ("Local"
// for the system's local zone) and returns a handle for them. (Native.)
func loadLocation(name string) (handle int, ok bool)

// loadTZData makes a zone from the contents of a TZif file and returns a
// handle for it. (Native.)
func loadTZData(name string, data []byte) (handle int, ok bool)

// lookupZone returns the zone in effect at the Unix time sec under the
// rules with the given handle: its name and offset, the Unix times when it
// started and ends (alpha and omega if unbounded) and whether it is
// daylight saving time. (Native.)
func lookupZone(handle int, sec int64) (name string, offset int, start, end int64, isDST bool)

// lookupZoneName returns the offset of the zone called name in effect
// near the Unix time sec under the rules with the given handle. (Native.)
func lookupZoneName(handle int, name string, sec int64) (offset int, ok bool)

// get resolves nil (UTC) and the lazily initialized Local.
func (l *Location) get() *Location {
	switch {
	case l == nil:
		return &utcLoc
	case l.lazy:
		localOnce.Do(initLocal)
	}
	return l
}

// String returns the location's name: "UTC", "Local", the name given to
// LoadLocation or FixedZone.
func (l *Location) String() string {
	return l.get().name
}

// lookup returns the zone in effect at the Unix time sec.
func (l *Location) lookup(sec int64) (name string, offset int, start, end int64, isDST bool) {
	l = l.get()
	if l.handle > 0 {
		return lookupZone(l.handle, sec)
	}
	return l.zone, l.offset, alpha, omega, false
}

// lookupName returns the offset of the zone called name in effect near
// the Unix time sec.
func (l *Location) lookupName(name string, sec int64) (offset int, ok bool) {
	l = l.get()
	if l.handle > 0 {
		return lookupZoneName(l.handle, name, sec)
	}
	if l.zone == name {
		return l.offset, true
	}
	return 0, false
}

// FixedZone returns a Location that always uses the zone name and offset
// (seconds east of UTC).
func FixedZone(name string, offset int) *Location {
	return &Location{name: name, zone: name, offset: offset}
}

var errLocation = errors.New("time: invalid location name")

// LoadLocation returns the Location with the given name: "" or "UTC"
// gives UTC, "Local" gives Local, and other names are looked up in the
// IANA time zone database ("America/New_York").
func LoadLocation(name string) (*Location, error) {
	switch name {
	case "", "UTC":
		return UTC, nil
	case "Local":
		return Local, nil
	}
	// Names that could reach outside the zone database are refused.
	if name[0] == '/' || name[0] == '\\' || containsDotDot(name) {
		return nil, errLocation
	}
	if h, ok := loadLocation(name); ok {
		return &Location{name: name, handle: h}, nil
	}
	return nil, errors.New("unknown time zone " + name)
}

// containsDotDot reports whether s contains "..".
func containsDotDot(s string) bool {
	for k := 1; k < len(s); k++ {
		if s[k-1] == '.' && s[k] == '.' {
			return true
		}
	}
	return false
}

// LoadLocationFromTZData returns a Location with the given name from the
// contents of a TZif time zone file.
func LoadLocationFromTZData(name string, data []byte) (*Location, error) {
	h, ok := loadTZData(name, data)
	if !ok {
		return nil, errors.New("malformed time zone information")
	}
	return &Location{name: name, handle: h}, nil
}
