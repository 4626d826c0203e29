//! Macros of the crate.

/// Builds a `record::Entry`.
#[macro_export]
macro_rules! record {
    ($name:expr, $value:expr) => {
        $crate::record::Entry { name: String::from($name), value: $value }
    };
}

/// Sums its arguments; crate-internal, re-exported by path.
#[macro_export]
#[doc(hidden)]
macro_rules! tally {
    ($($x:expr),*) => { 0 $(+ $x)* };
}
#[doc(hidden)]
pub use tally;

/// Wraps a value in angle brackets; named like the module `fmt` the crate
/// root imports from std.
#[macro_export]
macro_rules! fmt {
    ($value:expr) => {
        format!("<{}>", $value)
    };
}
