//! Part of `macro_scoping`, split out by crate-split.
#![allow(rustdoc::broken_intra_doc_links)]
// Declared before `#[macro_use] mod macros;`: the textual macros are NOT in
// scope inside `early`, which has to name them by path.
#[doc(hidden)]
pub mod early;

#[macro_use]
#[doc(hidden)]
pub mod macros;

// Declared after `macros`: `square!` and `point_struct!` are in textual scope.
pub mod geometry;
pub mod registry;
pub mod units;

pub use early::{early_clamp, early_clamp_f};
