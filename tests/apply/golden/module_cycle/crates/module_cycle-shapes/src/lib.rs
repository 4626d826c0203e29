//! Part of `module_cycle`, split out by crate-split.
#![allow(rustdoc::broken_intra_doc_links)]
pub mod render;
pub mod shapes;

pub use shapes::Circle;
