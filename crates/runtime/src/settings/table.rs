//! The table of GODEBUG settings gorun knows, sorted by name.
//!
//! Two sources make it up, both as of Go 1.27: the runtime's own debugging variables (which Go
//! parses as integers) and Go's compatibility settings, the ones a `//go:debug` directive may
//! name. A few settings are both. Defaults are what a Go 1.27 program on linux/amd64 sees with
//! nothing set; "since" is the release Go's GODEBUG history files the setting under, or for a
//! runtime debugging variable the release that added it.

use super::{Kind, Setting, Status};

/// A runtime debugging variable: an integer, not allowed in `//go:debug`.
const fn rt(
    name: &'static str,
    default: &'static str,
    values: &'static str,
    since: &'static str,
    doc: &'static str,
) -> Setting {
    Setting { name, default, values, doc, since, status: Status::Registered, kind: Kind::Int32, directive: false }
}

/// A compatibility setting read by a package: any text, allowed in `//go:debug`.
const fn pkg(
    name: &'static str,
    default: &'static str,
    values: &'static str,
    since: &'static str,
    doc: &'static str,
) -> Setting {
    Setting { name, default, values, doc, since, status: Status::Registered, kind: Kind::Text, directive: true }
}

/// A compatibility setting the runtime itself reads as an integer.
const fn both(
    name: &'static str,
    default: &'static str,
    values: &'static str,
    since: &'static str,
    doc: &'static str,
) -> Setting {
    Setting { name, default, values, doc, since, status: Status::Registered, kind: Kind::Int32, directive: true }
}

impl Setting {
    /// The same setting, marked as implemented by gorun.
    const fn working(self) -> Setting {
        Setting { status: Status::Working, ..self }
    }
}

/// Every GODEBUG setting gorun supports, sorted by name (a test checks the order).
#[rustfmt::skip] // one setting per line reads better than rustfmt's five
pub const SETTINGS: &[Setting] = &[
    rt("adaptivestackstart", "1", "0, 1", "1.19", "start new goroutines with a stack sized from the average stack seen so far"),
    pkg("allowmultiplevcs", "0", "0, 1", "1.25", "go command: stamp build information even when several version control systems are found"),
    rt("asyncpreemptoff", "0", "0, 1", "1.14", "turn off signal-based preemption of running goroutines"),
    rt("cgocheck", "1", "0, 1", "1.6", "check pointers passed to C; a value above 1 is a fatal error at startup"),
    rt("checkfinalizers", "0", "0, 1", "1.25", "run extra collections that look for common mistakes in finalizers and cleanups"),
    rt("clobberfree", "0", "0, 1", "1.12", "overwrite the memory of every object the collector frees with a bad pattern"),
    both("containermaxprocs", "1", "0, 1", "1.25", "let cgroup CPU limits lower the default GOMAXPROCS (Linux)"),
    pkg("cryptocustomrand", "0", "0, 1", "1.26", "crypto: honour a caller-supplied random source instead of the system one"),
    both("dataindependenttiming", "0", "0, 1", "1.24", "run the whole program in the CPU's data-independent timing mode (arm64)"),
    both("decoratemappings", "1", "0, 1", "1.25", "name the runtime's anonymous memory mappings in /proc/self/maps (Linux)"),
    rt("disablethp", "0", "0, 1", "1.22", "turn off transparent huge pages for the heap (Linux)"),
    rt("dontfreezetheworld", "0", "0, 1", "1.21", "let other goroutines keep running while a fatal panic or throw is reported"),
    rt("efence", "0", "0, 1", "1.3", "give every object its own page and never reuse an address"),
    pkg("embedfollowsymlinks", "0", "0, 1", "1.25", "go command: let //go:embed follow symbolic links to regular files"),
    pkg("execerrdot", "1", "0, 1", "1.19", "os/exec: refuse to run a program found through a relative PATH entry"),
    pkg("fips140", "off", "off, on, only", "1.24", "crypto: FIPS 140-3 mode; only also rejects algorithms FIPS does not approve"),
    pkg("fips140ems", "1", "0, 1", "1.27", "crypto/tls: require Extended Master Secret for TLS 1.2 in FIPS 140-3 mode"),
    rt("gccheckmark", "0", "0, 1", "1.5", "check each concurrent mark with a second mark while the world is stopped"),
    rt("gcpacertrace", "0", "0, 1", "1.5", "print the collector pacer's internal state each cycle"),
    rt("gcshrinkstackoff", "0", "0, 1", "1.5", "never move a goroutine to a smaller stack"),
    rt("gcstoptheworld", "0", "0, 1, 2", "1.5", "1: collect with the world stopped; 2: also sweep with the world stopped"),
    rt("gctrace", "0", "0, 1, 2", "1.2", "print one summary line per collection to standard error (2 adds detail)"),
    pkg("gocachehash", "0", "0, 1", "1.10", "go command: print the inputs of every cache key it computes"),
    pkg("gocachetest", "0", "0, 1", "1.10", "go command: explain every decision about reusing cached test results"),
    pkg("gocacheverify", "0", "0, 1", "1.10", "go command: rebuild everything and check the result against the cache"),
    pkg("gotestjsonbuildtext", "0", "0, 1", "1.24", "go command: report build failures under go test -json as text, not JSON"),
    rt("harddecommit", "0", "0, 1", "1.16", "also remove access permissions from memory returned to the OS"),
    pkg("htmlmetacontenturlescape", "1", "0, 1", "1.27", "html/template: escape URLs in the content attribute of meta elements"),
    pkg("http2client", "1", "0, 1", "1.6", "net/http: let the client use HTTP/2"),
    pkg("http2debug", "0", "0, 1, 2", "1.6", "net/http: log HTTP/2 activity (2 also dumps frames)"),
    pkg("http2server", "1", "0, 1", "1.6", "net/http: let the server use HTTP/2"),
    pkg("httpcookiemaxnum", "3000", "a count; 0 = no limit", "1.26", "net/http: the most cookies accepted from one header"),
    pkg("httplaxcontentlength", "0", "0, 1", "1.22", "net/http: accept an empty Content-Length header"),
    pkg("httpmuxgo121", "0", "0, 1", "1.22", "net/http: ServeMux patterns and matching as in Go 1.21"),
    pkg("httpservecontentkeepheaders", "0", "0, 1", "1.23", "net/http: keep caching and encoding headers when ServeContent fails"),
    pkg("httpservecontentmaxranges", "200", "a count; 0 = no limit", "1.27", "net/http: the most ranges served from one Range header"),
    rt("inittrace", "0", "0, 1", "1.16", "print the time and memory each package initialisation takes"),
    pkg("installgoroot", "", "all", "1.20", "go command: install standard library packages as .a files again"),
    rt("invalidptr", "1", "0, 1", "1.4", "crash when a pointer-typed word holds something that is not a valid pointer"),
    pkg("jstmpllitinterp", "0", "0, 1", "1.21", "html/template: formerly allowed actions in JS template literals; no effect now"),
    rt("madvdontneed", "1", "0, 1", "1.12", "return memory to the OS with MADV_DONTNEED rather than MADV_FREE"),
    Setting { kind: Kind::Int, ..rt("memprofilerate", "524288", "bytes per sample; 0 = off", "1.5", "set runtime.MemProfileRate at startup") },
    pkg("multipartmaxheaders", "10000", "a count", "1.21", "mime/multipart: the most header lines accepted in a form"),
    pkg("multipartmaxparts", "1000", "a count", "1.21", "mime/multipart: the most parts accepted in a form"),
    pkg("multipathtcp", "2", "0, 1, 2, 3", "1.21", "net: Multipath TCP for 1 both dialers and listeners, 2 listeners only, 3 dialers only"),
    pkg("netdns", "", "go, cgo, a debug level 1 or 2, or mode+level", "1.5", "net: choose the DNS resolver and how much it logs"),
    pkg("netedns0", "1", "0, 1", "1.19", "net: add an EDNS0 record to DNS queries"),
    both("panicnil", "0", "0, 1", "1.21", "let panic(nil) panic with a nil value instead of *runtime.PanicNilError").working(),
    rt("profstackdepth", "128", "0 to 1024", "1.23", "the deepest stack the memory, block and mutex profilers record"),
    pkg("randautoseed", "1", "0, 1", "1.20", "math/rand: seed the global generator randomly at startup"),
    pkg("randseednop", "1", "0, 1", "1.24", "math/rand: make the top-level Seed function do nothing"),
    pkg("rsa1024min", "1", "0, 1", "1.24", "crypto/rsa: refuse keys shorter than 1024 bits"),
    rt("sbrk", "0", "0, 1", "1.5", "replace the allocator and collector with one that never frees"),
    rt("scavtrace", "0", "0, 1", "1.14", "print one line per cycle about memory returned to the OS"),
    rt("scheddetail", "0", "0, 1", "1.2", "with schedtrace, print every P, M and goroutine as well"),
    rt("schedtrace", "0", "milliseconds; 0 = off", "1.2", "print a scheduler summary line this often"),
    pkg("tarinsecurepath", "1", "0, 1", "1.20", "archive/tar: accept entry names that escape the destination"),
    pkg("tlsmaxrsasize", "8192", "bits", "1.22", "crypto/tls: the largest RSA key accepted in a handshake"),
    pkg("tlsmlkem", "1", "0, 1", "1.24", "crypto/tls: offer the X25519MLKEM768 key exchange by default"),
    pkg("tlssecpmlkem", "1", "0, 1", "1.26", "crypto/tls: offer the SecP256r1 and SecP384r1 ML-KEM hybrids by default"),
    pkg("tlssha1", "0", "0, 1", "1.25", "crypto/tls: allow SHA-1 signatures in TLS 1.2 handshakes"),
    rt("traceadvanceperiod", "1000000000", "nanoseconds", "1.22", "how often the execution tracer starts a new generation"),
    rt("traceallocfree", "0", "0, 1", "1.23", "record every allocation and free in execution traces"),
    rt("tracebackancestors", "0", "a count", "1.11", "add the stacks that created a goroutine, this many levels up, to tracebacks"),
    both("tracebacklabels", "1", "0, 1", "1.26", "show a goroutine's pprof labels in its traceback header"),
    rt("tracecheckstackownership", "0", "0, 1", "1.23", "execution tracer: double-check who owns a stack before walking it"),
    rt("tracefpunwindoff", "0", "0, 1", "1.21", "make the tracer and profilers unwind stacks without frame pointers"),
    both("updatemaxprocs", "1", "0, 1", "1.25", "let the runtime adjust the default GOMAXPROCS when CPU limits change"),
    pkg("urlmaxqueryparams", "10000", "a count; 0 = no limit", "1.26", "net/url: the most parameters accepted in a query string"),
    pkg("urlstrictcolons", "1", "0, 1", "1.26", "net/url: reject colons in a host name outside IPv6 brackets"),
    pkg("winreadlinkvolume", "1", "0, 1", "1.23", "os: leave volume names in Readlink results alone (Windows)"),
    pkg("winsymlink", "1", "0, 1", "1.23", "os: stop reporting mount points as symbolic links (Windows)"),
    pkg("x509negativeserial", "0", "0, 1", "1.23", "crypto/x509: accept certificates with negative serial numbers"),
    pkg("x509rsacrt", "1", "0, 1", "1.24", "crypto/x509: use and check the CRT values stored in RSA private keys"),
    pkg("x509sha256skid", "1", "0, 1", "1.25", "crypto/x509: derive missing subject key IDs with SHA-256, not SHA-1"),
    pkg("x509sslcertoverrideplatform", "1", "0, 1", "1.27", "crypto/x509: SSL_CERT_FILE and SSL_CERT_DIR replace the platform verifier"),
    pkg("x509usefallbackroots", "0", "0, 1", "1.20", "crypto/x509: use registered fallback roots even when system roots exist"),
    pkg("x509usepolicies", "1", "0, 1", "1.22", "crypto/x509: write certificate policies from Policies, not PolicyIdentifiers"),
    pkg("zipinsecurepath", "1", "0, 1", "1.20", "archive/zip: accept entry names that escape the destination"),
];

/// Settings Go has removed, with the release that removed each and the values that are now
/// errors (a removed setting given any other value is accepted and does nothing).
pub const REMOVED: &[Removed] = &[
    Removed { name: "asynctimerchan", removed: 27, old: &["1", "2"] },
    Removed { name: "gotypesalias", removed: 27, old: &["0"] },
    Removed { name: "tls10server", removed: 27, old: &["1"] },
    Removed { name: "tls3des", removed: 27, old: &["1"] },
    Removed { name: "tlskyber", removed: 24, old: &["0"] },
    Removed { name: "tlsrsakex", removed: 27, old: &["1"] },
    Removed { name: "tlsunsafeekm", removed: 27, old: &["1"] },
    Removed { name: "x509keypairleaf", removed: 27, old: &["0"] },
    Removed { name: "x509sha1", removed: 24, old: &["1"] },
];

/// A GODEBUG setting Go has removed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Removed {
    /// The setting's name.
    pub name: &'static str,
    /// The Go 1.x minor version that removed it (24 for Go 1.24).
    pub removed: u32,
    /// The values that asked for the pre-removal behaviour and are now fatal.
    pub old: &'static [&'static str],
}

impl Removed {
    /// Whether `value` asks for behaviour Go no longer has.
    pub fn is_old(&self, value: &str) -> bool {
        self.old.contains(&value)
    }
}
