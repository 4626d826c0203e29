//! Part of `name_clashes`, split out by crate-split.
#![allow(rustdoc::broken_intra_doc_links)]
#[macro_use]
#[doc(hidden)]
pub mod macros;

/// std's `fmt`, as tracing re-exports `tracing_core::callsite` beside its
/// `callsite!` macro: one name, a module and a macro.
pub use std::fmt::{self, Write as _};

pub mod record;
pub mod shapes;

/// Squares a number; a root macro re-exported by path.
#[macro_export]
#[doc(hidden)]
macro_rules! square {
    ($x:expr) => {
        $x * $x
    };
}
