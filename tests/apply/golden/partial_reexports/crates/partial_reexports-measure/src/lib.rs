//! Part of `partial_reexports`, split out by crate-split.
#![allow(rustdoc::broken_intra_doc_links)]
pub mod measure;
pub mod shapes;

#[doc(hidden)]
pub mod graph {
    pub use {crate::shapes::area, crate::shapes::Circle, crate::shapes::DefaultUnit};
}
