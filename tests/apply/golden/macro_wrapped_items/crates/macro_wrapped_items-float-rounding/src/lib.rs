//! Part of `macro_wrapped_items`, split out by crate-split.
#![allow(rustdoc::broken_intra_doc_links)]
#[macro_use]
#[doc(hidden)]
pub mod inline;

pub mod float;
