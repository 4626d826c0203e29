//! Names shared by a module, a macro and a function, and modules with
//! `cfg` alternatives.
//!
//! ```
//! let entry = name_clashes::record!("x", 2);
//! assert_eq!(name_clashes::record::render(&entry), "x=2");
//! assert_eq!(name_clashes::record(3).value, 3);
//! ```

#[macro_use]
mod macros;

pub mod io;
pub mod record;
pub mod report;
pub mod shapes;

#[cfg(unix)]
mod sys;
#[cfg(not(unix))]
#[path = "sys_other.rs"]
mod sys;

/// Squares a number; a root macro re-exported by path.
macro_rules! square {
    ($x:expr) => {
        $x * $x
    };
}
pub(crate) use square;

/// An unnamed record: a function named like the module `record` and the
/// macro `record!`.
pub fn record(value: i64) -> record::Entry {
    record::Entry { name: String::new(), value }
}

/// The platform's name.
pub fn platform() -> &'static str {
    sys::NAME
}
