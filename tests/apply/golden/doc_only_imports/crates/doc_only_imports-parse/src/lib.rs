//! Part of `doc_only_imports`, split out by crate-split.
#![allow(rustdoc::broken_intra_doc_links)]
pub mod parse;
pub mod shapes;
