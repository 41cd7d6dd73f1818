//! `time`'s natives that need no scheduler: the clock, and time zones read from the
//! system's TZif files (`/usr/share/zoneinfo`, `/etc/localtime`, `$TZ`, `$ZONEINFO`), with
//! Go's rules for looking a zone up at an instant, including the POSIX TZ rule a file
//! gives for times past its last transition.
//!
//! A zone's rules live in a process-wide registry; Go code holds them by handle (index
//! plus one).

use super::{arg_int, ret_str};
use crate::goroutine::Goroutine;
use crate::interp::{Machine, Trap};
use crate::natives::{Native, arg_str};
use std::sync::{Arc, Mutex, OnceLock};
use std::time::{Instant, SystemTime, UNIX_EPOCH};

pub fn lookup(name: &str) -> Option<Native> {
    let f: Native = match name {
        "time.now" => now,
        "time.loadLocation" => load_location,
        "time.loadTZData" => load_tz_data,
        "time.lookupZone" => lookup_zone,
        "time.lookupZoneName" => lookup_zone_name,
        _ => return None,
    };
    Some(f)
}

/// The monotonic clock's origin: the first reading (near the program's start).
fn mono_origin() -> Instant {
    static ORIGIN: OnceLock<Instant> = OnceLock::new();
    *ORIGIN.get_or_init(Instant::now)
}

/// The wall clock as Unix seconds and nanoseconds.
fn wall_now() -> (i64, i64) {
    match SystemTime::now().duration_since(UNIX_EPOCH) {
        Ok(d) => (d.as_secs() as i64, i64::from(d.subsec_nanos())),
        Err(e) => {
            // Before 1970: a negative time with a non-negative nanosecond part.
            let d = e.duration();
            let (s, n) = (-(d.as_secs() as i64), i64::from(d.subsec_nanos()));
            if n == 0 { (s, 0) } else { (s - 1, 1_000_000_000 - n) }
        }
    }
}

/// `now() (sec int64, nsec int32, mono int64)`: the wall clock as Unix time, and the
/// monotonic clock in nanoseconds since the program started (at least 1, as in Go).
fn now(_: &mut Machine<'_>, g: &mut Goroutine, base: usize) -> Result<(), Trap> {
    let origin = mono_origin();
    let (sec, nsec) = wall_now();
    let mono = origin.elapsed().as_nanos() as i64 + 1;
    g.stack[base] = sec as u64;
    g.stack[base + 1] = nsec as u64;
    g.stack[base + 2] = mono as u64;
    Ok(())
}

// ---- Zones ----

const ALPHA: i64 = i64::MIN;
const OMEGA: i64 = i64::MAX;
const SECONDS_PER_DAY: i64 = 86400;

/// One of a location's zones: a name ("CEST"), an offset east of UTC, and whether it is
/// daylight saving time.
#[derive(Clone, Debug, PartialEq)]
struct Zone {
    name: Vec<u8>,
    offset: i64,
    is_dst: bool,
}

/// A location's rules, as a TZif file gives them.
#[derive(Debug)]
struct Rules {
    zones: Vec<Zone>,
    /// Transitions: (Unix time, index of the zone from then on), sorted.
    tx: Vec<(i64, usize)>,
    /// The POSIX TZ rule for times after the last transition ("" if none).
    extend: Vec<u8>,
}

/// The registry: handle - 1 to rules; and the handles of zones loaded by name.
struct Registry {
    rules: Vec<Arc<Rules>>,
    by_name: Vec<(Vec<u8>, usize)>,
}

fn registry() -> std::sync::MutexGuard<'static, Registry> {
    static REG: OnceLock<Mutex<Registry>> = OnceLock::new();
    REG.get_or_init(|| Mutex::new(Registry { rules: Vec::new(), by_name: Vec::new() }))
        .lock()
        .unwrap_or_else(|e| e.into_inner())
}

fn register(rules: Rules) -> usize {
    let mut r = registry();
    r.rules.push(Arc::new(rules));
    r.rules.len()
}

fn rules_of(handle: i64) -> Option<Arc<Rules>> {
    let r = registry();
    usize::try_from(handle).ok().and_then(|h| h.checked_sub(1)).and_then(|i| r.rules.get(i).cloned())
}

/// A big-endian reader over TZif data.
struct Reader<'a> {
    data: &'a [u8],
}

impl<'a> Reader<'a> {
    fn read(&mut self, n: usize) -> Option<&'a [u8]> {
        if n > self.data.len() {
            return None;
        }
        let (head, rest) = self.data.split_at(n);
        self.data = rest;
        Some(head)
    }

    fn u32(&mut self) -> Option<u32> {
        self.read(4).map(|b| u32::from_be_bytes([b[0], b[1], b[2], b[3]]))
    }
}

/// Parses TZif data as Go's `LoadLocationFromTZData` does.
fn parse_tzif(data: &[u8]) -> Option<Rules> {
    let mut d = Reader { data };
    if d.read(4)? != b"TZif" {
        return None;
    }
    let version = match d.read(16)?[0] {
        0 => 1,
        b'2' => 2,
        b'3' => 3,
        _ => return None,
    };
    // isutcnt, isstdcnt, leapcnt, timecnt, typecnt, charcnt.
    let mut n = [0usize; 6];
    for c in &mut n {
        *c = d.u32()? as usize;
    }
    let mut size = 4;
    if version > 1 {
        // Skip the version 1 data and read the second header's counts.
        let skip = n[3] * 4 + n[3] + n[4] * 6 + n[5] + n[2] * 8 + n[1] + n[0] + 4 + 16;
        d.read(skip)?;
        for c in &mut n {
            *c = d.u32()? as usize;
        }
        size = 8;
    }
    let [n_utc, n_std, n_leap, n_time, n_zone, n_char] = n;
    let txtimes = d.read(n_time * size)?;
    let txzones = d.read(n_time)?;
    let zonedata = d.read(n_zone * 6)?;
    let abbrev = d.read(n_char)?;
    d.read(n_leap * (size + 4))?;
    d.read(n_std)?;
    d.read(n_utc)?;
    let rest = d.data;
    let extend = if rest.len() > 2 && rest[0] == b'\n' && rest[rest.len() - 1] == b'\n' {
        rest[1..rest.len() - 1].to_vec()
    } else {
        Vec::new()
    };
    if n_zone == 0 {
        return None;
    }
    let mut zones = Vec::with_capacity(n_zone);
    for z in zonedata.chunks(6) {
        let offset = i64::from(i32::from_be_bytes([z[0], z[1], z[2], z[3]]));
        let idx = usize::from(z[5]);
        if idx >= abbrev.len() {
            return None;
        }
        let name: Vec<u8> = abbrev[idx..].iter().take_while(|&&c| c != 0).copied().collect();
        zones.push(Zone { name, offset, is_dst: z[4] != 0 });
    }
    let mut tx = Vec::with_capacity(n_time.max(1));
    for i in 0..n_time {
        let b = &txtimes[i * size..(i + 1) * size];
        let when = if size == 4 {
            i64::from(i32::from_be_bytes([b[0], b[1], b[2], b[3]]))
        } else {
            i64::from_be_bytes([b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7]])
        };
        let idx = usize::from(txzones[i]);
        if idx >= zones.len() {
            return None;
        }
        tx.push((when, idx));
    }
    if tx.is_empty() {
        tx.push((ALPHA, 0));
    }
    Some(Rules { zones, tx, extend })
}

/// The result of a lookup: (name, offset, start, end, isDST).
type ZoneAt = (Vec<u8>, i64, i64, i64, bool);

impl Rules {
    /// The zone in effect at Unix time `sec`, as Go's `Location.lookup`.
    fn lookup(&self, sec: i64) -> ZoneAt {
        if self.tx.is_empty() || sec < self.tx[0].0 {
            let z = &self.zones[self.first_zone()];
            let end = self.tx.first().map_or(OMEGA, |t| t.0);
            return (z.name.clone(), z.offset, ALPHA, end, z.is_dst);
        }
        // The last transition at or before sec.
        let (mut lo, mut hi, mut end) = (0, self.tx.len(), OMEGA);
        while hi - lo > 1 {
            let m = (lo + hi) / 2;
            let lim = self.tx[m].0;
            if sec < lim {
                end = lim;
                hi = m;
            } else {
                lo = m;
            }
        }
        let z = &self.zones[self.tx[lo].1];
        let start = self.tx[lo].0;
        if lo == self.tx.len() - 1
            && !self.extend.is_empty()
            && let Some(r) = tzset(&self.extend, start, sec)
        {
            return r;
        }
        (z.name.clone(), z.offset, start, end, z.is_dst)
    }

    /// The zone for times before the first transition (Go's `lookupFirstZone`).
    fn first_zone(&self) -> usize {
        if !self.tx.iter().any(|t| t.1 == 0) {
            return 0;
        }
        if let Some(&(_, first)) = self.tx.first()
            && self.zones[first].is_dst
            && let Some(zi) = (0..first).rev().find(|&zi| !self.zones[zi].is_dst)
        {
            return zi;
        }
        self.zones.iter().position(|z| !z.is_dst).unwrap_or(0)
    }

    /// The offset of the zone called `name` near Unix time `sec` (Go's `lookupName`).
    fn lookup_name(&self, name: &[u8], sec: i64) -> Option<i64> {
        for z in self.zones.iter().filter(|z| z.name == name) {
            let (n, offset, ..) = self.lookup(sec.wrapping_sub(z.offset));
            if n == z.name {
                return Some(offset);
            }
        }
        self.zones.iter().find(|z| z.name == name).map(|z| z.offset)
    }
}

// ---- POSIX TZ rules ----

/// A zone name of a TZ rule: three or more letters, or anything in <...>.
fn tz_name(s: &[u8]) -> Option<(&[u8], &[u8])> {
    if s.is_empty() {
        return None;
    }
    if s[0] != b'<' {
        match s.iter().position(|c| matches!(c, b'0'..=b'9' | b',' | b'-' | b'+')) {
            Some(i) if i < 3 => None,
            Some(i) => Some((&s[..i], &s[i..])),
            None if s.len() < 3 => None,
            None => Some((s, &[])),
        }
    } else {
        let i = s.iter().position(|&c| c == b'>')?;
        Some((&s[1..i], &s[i + 1..]))
    }
}

/// A decimal number in [min, max].
fn tz_num(s: &[u8], min: i64, max: i64) -> Option<(i64, &[u8])> {
    if s.is_empty() {
        return None;
    }
    let mut num = 0;
    for (i, &c) in s.iter().enumerate() {
        if !c.is_ascii_digit() {
            if i == 0 || num < min {
                return None;
            }
            return Some((num, &s[i..]));
        }
        num = num * 10 + i64::from(c - b'0');
        if num > max {
            return None;
        }
    }
    if num < min {
        return None;
    }
    Some((num, &[]))
}

/// [+-]hh[:mm[:ss]] in seconds.
fn tz_offset(s: &[u8]) -> Option<(i64, &[u8])> {
    let (neg, s) = match s.first()? {
        b'+' => (false, &s[1..]),
        b'-' => (true, &s[1..]),
        _ => (false, s),
    };
    let sign = |off: i64| if neg { -off } else { off };
    let (hours, s) = tz_num(s, 0, 24 * 7)?;
    let mut off = hours * 3600;
    if s.first() != Some(&b':') {
        return Some((sign(off), s));
    }
    let (mins, s) = tz_num(&s[1..], 0, 59)?;
    off += mins * 60;
    if s.first() != Some(&b':') {
        return Some((sign(off), s));
    }
    let (secs, s) = tz_num(&s[1..], 0, 59)?;
    Some((sign(off + secs), s))
}

/// When in the year a TZ rule switches.
#[derive(Clone, Copy)]
enum RuleDay {
    /// Jn: day 1..365, never counting February 29.
    Julian(i64),
    /// n: day 0..365, counting February 29.
    Doy(i64),
    /// Mm.w.d: day d (0 = Sunday) of week w (5 = last) of month m.
    MonthWeekDay { mon: i64, week: i64, day: i64 },
}

fn tz_rule(s: &[u8]) -> Option<((RuleDay, i64), &[u8])> {
    let (day, s) = match *s.first()? {
        b'J' => {
            let (d, s) = tz_num(&s[1..], 1, 365)?;
            (RuleDay::Julian(d), s)
        }
        b'M' => {
            let (mon, s) = tz_num(&s[1..], 1, 12)?;
            let s = s.strip_prefix(b".")?;
            let (week, s) = tz_num(s, 1, 5)?;
            let s = s.strip_prefix(b".")?;
            let (day, s) = tz_num(s, 0, 6)?;
            (RuleDay::MonthWeekDay { mon, week, day }, s)
        }
        _ => {
            let (d, s) = tz_num(s, 0, 365)?;
            (RuleDay::Doy(d), s)
        }
    };
    match s.strip_prefix(b"/") {
        None => Some(((day, 2 * 3600), s)),
        Some(rest) => {
            let (time, s) = tz_offset(rest)?;
            Some(((day, time), s))
        }
    }
}

fn is_leap(year: i64) -> bool {
    year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
}

/// Days before each month (January = 1) in a non-leap year.
const DAYS_BEFORE: [i64; 13] = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365];

fn days_in(mon: i64, year: i64) -> i64 {
    if mon == 2 && is_leap(year) { 29 } else { DAYS_BEFORE[mon as usize] - DAYS_BEFORE[mon as usize - 1] }
}

/// Seconds from the start of `year` (local time `off` east of UTC) to the switch.
fn rule_time(year: i64, (day, time): (RuleDay, i64), off: i64) -> i64 {
    let s = match day {
        RuleDay::Julian(d) => (d - 1) * SECONDS_PER_DAY + if is_leap(year) && d >= 60 { SECONDS_PER_DAY } else { 0 },
        RuleDay::Doy(d) => d * SECONDS_PER_DAY,
        RuleDay::MonthWeekDay { mon, week, day } => {
            // Zeller's congruence for the weekday of the month's first day.
            let m1 = (mon + 9) % 12 + 1;
            let yy0 = if mon <= 2 { year - 1 } else { year };
            let (yy1, yy2) = (yy0 / 100, yy0 % 100);
            let mut dow = ((26 * m1 - 2) / 10 + 1 + yy2 + yy2 / 4 + yy1 / 4 - 2 * yy1) % 7;
            if dow < 0 {
                dow += 7;
            }
            let mut d = day - dow;
            if d < 0 {
                d += 7;
            }
            for _ in 1..week {
                if d + 7 >= days_in(mon, year) {
                    break;
                }
                d += 7;
            }
            d += DAYS_BEFORE[mon as usize - 1];
            if is_leap(year) && mon > 2 {
                d += 1;
            }
            d * SECONDS_PER_DAY
        }
    };
    s + time - off
}

/// The (year, day of year from 1) of the day holding Unix time `sec`.
fn year_yday(sec: i64) -> (i64, i64) {
    let days = sec.div_euclid(SECONDS_PER_DAY);
    // Civil from days (Howard Hinnant's algorithm), in 400-year eras from 0000-03-01.
    let z = days + 719468;
    let era = z.div_euclid(146097);
    let doe = z - era * 146097;
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    let doy_mar = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy_mar + 2) / 153;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    let day = doy_mar - (153 * mp + 2) / 5 + 1;
    let yday = DAYS_BEFORE[month as usize - 1] + day + i64::from(month > 2 && is_leap(year));
    (year, yday)
}

/// The zone a POSIX TZ rule gives at Unix time `sec` (after the last transition, at
/// `last_tx`), as Go's `tzset`.
fn tzset(s: &[u8], last_tx: i64, sec: i64) -> Option<ZoneAt> {
    let (std_name, s) = tz_name(s)?;
    let (std_off, s) = tz_offset(s)?;
    // TZ offsets are west of UTC.
    let std_off = -std_off;
    if s.is_empty() || s[0] == b',' {
        return Some((std_name.to_vec(), std_off, last_tx, OMEGA, false));
    }
    let (dst_name, s) = tz_name(s)?;
    let (dst_off, s) = if s.is_empty() || s[0] == b',' {
        (std_off + 3600, s)
    } else {
        let (o, s) = tz_offset(s)?;
        (-o, s)
    };
    let s: &[u8] = if s.is_empty() { b",M3.2.0,M11.1.0" } else { s };
    if s[0] != b',' && s[0] != b';' {
        return None;
    }
    let (start_rule, s) = tz_rule(&s[1..])?;
    let s = s.strip_prefix(b",")?;
    let (end_rule, s) = tz_rule(s)?;
    if !s.is_empty() {
        return None;
    }
    let (year, yday) = year_yday(sec);
    let ysec = (yday - 1) * SECONDS_PER_DAY + sec % SECONDS_PER_DAY;
    let ystart = sec - ysec;
    let mut start = rule_time(year, start_rule, std_off);
    let mut end = rule_time(year, end_rule, dst_off);
    let (mut std, mut dst) = ((std_name, std_off, false), (dst_name, dst_off, true));
    if end < start {
        // Southern hemisphere: the year starts and ends in "daylight" time.
        std::mem::swap(&mut start, &mut end);
        std::mem::swap(&mut std, &mut dst);
    }
    Some(if ysec < start {
        (std.0.to_vec(), std.1, ystart, start + ystart, std.2)
    } else if ysec >= end {
        (std.0.to_vec(), std.1, end + ystart, ystart + 365 * SECONDS_PER_DAY, std.2)
    } else {
        (dst.0.to_vec(), dst.1, start + ystart, end + ystart, dst.2)
    })
}

// ---- Loading ----

/// Where Go looks for zone files on Unix.
const ZONE_SOURCES: [&str; 4] =
    ["/usr/share/zoneinfo/", "/usr/share/lib/zoneinfo/", "/usr/lib/locale/TZ/", "/etc/zoneinfo"];

/// The rules in file `name` of one of `dirs` ("" for a path as it is).
fn load_from(name: &str, dirs: &[&str]) -> Option<Rules> {
    dirs.iter().find_map(|dir| {
        let path = if dir.is_empty() { name.to_string() } else { format!("{dir}/{name}") };
        let meta = std::fs::metadata(&path).ok()?;
        // Go refuses files over 10 MB.
        if !meta.is_file() || meta.len() > 10 << 20 {
            return None;
        }
        parse_tzif(&std::fs::read(&path).ok()?)
    })
}

/// The rules of the zone called `name` ("Local": the system's, by $TZ).
fn load_named(name: &str) -> Option<Rules> {
    if name == "Local" {
        let tz = super::os::lookup_env(b"TZ");
        return match tz {
            None => load_from("localtime", &["/etc"]),
            Some(tz) => {
                let tz = String::from_utf8_lossy(&tz).into_owned();
                let tz = tz.strip_prefix(':').unwrap_or(&tz);
                if tz.starts_with('/') {
                    load_from(tz, &[""])
                } else if !tz.is_empty() && tz != "UTC" {
                    load_from(tz, &ZONE_SOURCES)
                } else {
                    None
                }
            }
        };
    }
    if let Some(dir) = super::os::lookup_env(b"ZONEINFO").filter(|d| !d.is_empty())
        && let Some(r) = load_from(name, &[&String::from_utf8_lossy(&dir)])
    {
        return Some(r);
    }
    load_from(name, &ZONE_SOURCES)
}

/// `loadLocation(name string) (handle int, ok bool)`.
fn load_location(_: &mut Machine<'_>, g: &mut Goroutine, base: usize) -> Result<(), Trap> {
    let name = arg_str(g, base);
    let cached = registry().by_name.iter().find(|(n, _)| *n == name).map(|&(_, h)| h);
    let handle = cached.or_else(|| {
        let rules = load_named(&String::from_utf8_lossy(&name))?;
        let h = register(rules);
        registry().by_name.push((name, h));
        Some(h)
    });
    g.stack[base] = handle.unwrap_or(0) as u64;
    g.stack[base + 1] = u64::from(handle.is_some());
    Ok(())
}

/// `loadTZData(name string, data []byte) (handle int, ok bool)`.
fn load_tz_data(_: &mut Machine<'_>, g: &mut Goroutine, base: usize) -> Result<(), Trap> {
    let data = arg_str(g, base + 2);
    let handle = parse_tzif(&data).map(register);
    g.stack[base] = handle.unwrap_or(0) as u64;
    g.stack[base + 1] = u64::from(handle.is_some());
    Ok(())
}

/// `lookupZone(handle int, sec int64) (name string, offset int, start, end int64, isDST bool)`.
fn lookup_zone(m: &mut Machine<'_>, g: &mut Goroutine, base: usize) -> Result<(), Trap> {
    let (handle, sec) = (arg_int(g, base), arg_int(g, base + 1));
    let (name, offset, start, end, is_dst) = match rules_of(handle) {
        Some(r) => r.lookup(sec),
        None => (b"UTC".to_vec(), 0, ALPHA, OMEGA, false),
    };
    ret_str(m, g, base, &name)?;
    g.stack[base + 2] = offset as u64;
    g.stack[base + 3] = start as u64;
    g.stack[base + 4] = end as u64;
    g.stack[base + 5] = u64::from(is_dst);
    Ok(())
}

/// `lookupZoneName(handle int, name string, sec int64) (offset int, ok bool)`.
fn lookup_zone_name(_: &mut Machine<'_>, g: &mut Goroutine, base: usize) -> Result<(), Trap> {
    let handle = arg_int(g, base);
    let name = arg_str(g, base + 1);
    let sec = arg_int(g, base + 3);
    let offset = rules_of(handle).and_then(|r| r.lookup_name(&name, sec));
    g.stack[base] = offset.unwrap_or(0) as u64;
    g.stack[base + 1] = u64::from(offset.is_some());
    Ok(())
}
