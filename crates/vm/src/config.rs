//! The running program's settings.
//!
//! Go's runtime reads GODEBUG (over the program's `//go:debug` defaults), GOGC, GOMEMLIMIT,
//! GOMAXPROCS and GOTRACEBACK once at start-up; `runtime/debug`'s setters and
//! `runtime.GOMAXPROCS` change the live values afterwards, returning the old ones. A
//! [`Config`] is that state for one machine. The values of the environment variables come
//! in as a [`RuntimeEnv`] (the command line takes them from its process; an embedder may
//! pass anything), so machines in one process can run with different settings. Parsing
//! follows Go exactly and lives in `gorun_runtime::settings`.

use gorun_runtime::settings::{self, Godebug, Traceback};

/// The values of the runtime's environment variables (`None`: unset).
#[derive(Clone, Debug, Default)]
pub struct RuntimeEnv {
    pub godebug: Option<String>,
    pub gogc: Option<String>,
    pub gomemlimit: Option<String>,
    pub gomaxprocs: Option<String>,
    pub gotraceback: Option<String>,
}

impl RuntimeEnv {
    /// The variables of the current process.
    pub fn from_process() -> RuntimeEnv {
        let var = |name: &str| std::env::var(name).ok();
        RuntimeEnv {
            godebug: var("GODEBUG"),
            gogc: var("GOGC"),
            gomemlimit: var("GOMEMLIMIT"),
            gomaxprocs: var("GOMAXPROCS"),
            gotraceback: var("GOTRACEBACK"),
        }
    }
}

/// Go's default stack limit on 64-bit systems (`runtime/debug.SetMaxStack`).
pub const DEFAULT_MAX_STACK: usize = 1_000_000_000;
/// Go's default limit on OS threads (`runtime/debug.SetMaxThreads`).
pub const DEFAULT_MAX_THREADS: i64 = 10_000;

/// One machine's live settings.
#[derive(Clone, Debug)]
pub struct Config {
    pub godebug: Godebug,
    /// The GC percentage; -1 when collection is off.
    pub gc_percent: i64,
    /// The soft memory limit in bytes (`i64::MAX`: none).
    pub mem_limit: i64,
    /// A goroutine's stack limit in bytes.
    pub max_stack: usize,
    pub max_threads: i64,
    pub gomaxprocs: i64,
    /// What crash reports print; never below `traceback_floor`.
    pub traceback: Traceback,
    /// The level GOTRACEBACK set, which `SetTraceback` cannot go below.
    pub traceback_floor: Traceback,
    pub panic_on_fault: bool,
}

impl Default for Config {
    fn default() -> Config {
        Config::new(&[], &RuntimeEnv::default()).expect("the defaults are valid")
    }
}

impl Config {
    /// The settings of a program with `//go:debug` defaults `directives` started with
    /// `env`, or the text Go prints (before exiting with status 2) when they are fatal.
    pub fn new(directives: &[(String, String)], env: &RuntimeEnv) -> Result<Config, String> {
        let godebug = Godebug::parse(directives, env.godebug.as_deref());
        if let Some(e) = godebug.startup_error() {
            return Err(e.to_string());
        }
        let mem_limit = settings::parse_memlimit(env.gomemlimit.as_deref())?;
        let ncpu = std::thread::available_parallelism().map_or(1, |n| n.get());
        let traceback = settings::parse_gotraceback(env.gotraceback.as_deref());
        Ok(Config {
            godebug,
            gc_percent: settings::parse_gogc(env.gogc.as_deref()).unwrap_or(-1),
            mem_limit,
            max_stack: DEFAULT_MAX_STACK,
            max_threads: DEFAULT_MAX_THREADS,
            gomaxprocs: settings::parse_gomaxprocs(env.gomaxprocs.as_deref(), ncpu) as i64,
            traceback,
            traceback_floor: traceback,
            panic_on_fault: false,
        })
    }

    /// `debug.SetTraceback(level)`: never below what GOTRACEBACK asked for.
    pub fn set_traceback(&mut self, level: &str) {
        let t = settings::parse_gotraceback(Some(level));
        let floor = self.traceback_floor;
        self.traceback =
            Traceback { level: t.level.max(floor.level), all: t.all || floor.all, crash: t.crash || floor.crash };
    }
}
