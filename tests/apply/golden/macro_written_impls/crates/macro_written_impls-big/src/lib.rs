//! Part of `macro_written_impls`, split out by crate-split.
#![allow(rustdoc::broken_intra_doc_links)]
#[macro_use]
#[doc(hidden)]
pub mod macros;

pub mod big;
pub mod ops;
