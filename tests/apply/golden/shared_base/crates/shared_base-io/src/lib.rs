//! Part of `shared_base`, split out by crate-split.
#![allow(rustdoc::broken_intra_doc_links)]
pub use shared_base_base::*;
pub mod geometry;
pub mod io;
pub mod render;
pub mod stats;
