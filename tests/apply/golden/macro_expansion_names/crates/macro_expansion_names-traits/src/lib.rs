//! Part of `macro_expansion_names`, split out by crate-split.
#![allow(rustdoc::broken_intra_doc_links)]
#[macro_use]
#[doc(hidden)]
pub mod macros;

pub mod numbers;
pub mod traits;
