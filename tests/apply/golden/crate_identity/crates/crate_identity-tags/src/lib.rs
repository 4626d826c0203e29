//! Part of `crate_identity`, split out by crate-split.
#![allow(rustdoc::broken_intra_doc_links)]
pub mod tags;

pub use tags::Tag;
