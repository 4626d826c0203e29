//! Part of `reexport_chains`, split out by crate-split.
#![allow(rustdoc::broken_intra_doc_links)]
pub mod engine;
pub mod parts;
pub mod tools;
