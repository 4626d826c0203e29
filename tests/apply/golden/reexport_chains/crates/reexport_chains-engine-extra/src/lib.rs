//! Part of `reexport_chains`, split out by crate-split.
#![allow(unused_imports)]
#![allow(rustdoc::broken_intra_doc_links)]
#[allow(unused_imports)]
pub use reexport_chains_tools::*;
pub mod engine;
