//! Part of `reexport_chains`, split out by crate-split.
#![allow(rustdoc::broken_intra_doc_links)]
pub use reexport_chains_tools::*;
pub mod engine;
