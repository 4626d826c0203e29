//! Part of `impl_homes`, split out by crate-split.
#![allow(rustdoc::broken_intra_doc_links)]
pub mod check;
pub mod report;
