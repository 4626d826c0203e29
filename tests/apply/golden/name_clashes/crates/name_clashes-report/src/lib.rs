//! Part of `name_clashes`, split out by crate-split.
#![allow(rustdoc::broken_intra_doc_links)]
#[macro_use]
extern crate name_clashes_macros;
pub use name_clashes_macros::*;
#[doc(hidden)]
pub mod macros {
    pub use name_clashes_macros::macros::*;
}

pub mod colls;

/// std's `fmt`, as tracing re-exports `tracing_core::callsite` beside its
/// `callsite!` macro: one name, a module and a macro.
pub use std::fmt::{self, Write as _};

pub mod io;
#[doc(hidden)]
pub mod record {
    pub use name_clashes_macros::record::*;
}
pub mod report;

#[cfg(unix)]
#[doc(hidden)]
pub mod sys;
#[cfg(not(unix))]
#[path = "sys_other.rs"]
#[doc(hidden)]
pub mod sys;

#[doc(hidden)]
pub use square;

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
#[doc(hidden)]
pub fn record_has_no_name() {
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
