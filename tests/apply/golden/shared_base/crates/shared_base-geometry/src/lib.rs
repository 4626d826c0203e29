//! Part of `shared_base`, split out by crate-split.
#![allow(rustdoc::broken_intra_doc_links)]
pub mod geometry;
pub mod io;
pub mod render;
pub mod stats;
