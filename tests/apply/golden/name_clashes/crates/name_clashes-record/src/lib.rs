//! Part of `name_clashes`, split out by crate-split.
#![allow(unused_imports)]
#[macro_use]
#[doc(hidden)] pub mod macros;

#[doc(hidden)]
pub mod io {
    #[cfg(not(unix))]
    #[doc(hidden)]
    pub mod imp {
        #[allow(unused_imports)]
        pub use std::io::{Error, ErrorKind, Write};
    }
}
pub mod record;
pub mod shapes;

#[cfg(unix)]
#[doc(hidden)] pub mod sys;
#[cfg(not(unix))]
#[path = "sys_other.rs"]
#[doc(hidden)] pub mod sys;

/// Squares a number; a root macro re-exported by path.
#[macro_export]
#[doc(hidden)]
macro_rules! square {
    ($x:expr) => {
        $x * $x
    };
}

/// An unnamed record: a function named like the module `record` and the
/// macro `record!`.
pub fn record(value: i64) -> record::Entry {
    record::Entry { name: String::new(), value }
}

/// The platform's name.
pub fn platform() -> &'static str {
    sys::NAME
}
