//! Part of `glob_reexports`, split out by crate-split.
#![allow(rustdoc::broken_intra_doc_links)]
pub mod a;
pub mod consumer;
pub mod e;
