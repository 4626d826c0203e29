//! Part of `crate_identity`, split out by crate-split.
#![allow(unused_imports)]
#![allow(rustdoc::broken_intra_doc_links)]
pub mod registry;

pub use registry::Registry;
