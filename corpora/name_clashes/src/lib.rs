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

pub mod colls;

/// std's `fmt`, as tracing re-exports `tracing_core::callsite` beside its
/// `callsite!` macro: one name, a module and a macro.
pub use std::fmt::{self, Write as _};

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

/// A test function at the root: it exists only in test builds, so the
/// facade must not import it back.
#[test]
fn record_has_no_name() {
    assert_eq!(record(1).name, "");
}

#[cfg(test)]
mod tests {
    /// An exported macro that exists only in test builds.
    #[macro_export]
    #[doc(hidden)]
    macro_rules! assert_twice {
        ($value:expr) => {
            assert_eq!($value * 2, $value + $value)
        };
    }

    #[test]
    fn twice_is_a_sum() {
        assert_twice!(crate::record(4).value);
    }
}
