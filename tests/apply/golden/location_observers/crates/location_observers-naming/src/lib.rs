//! Part of `location_observers`, split out by crate-split.
#![allow(rustdoc::broken_intra_doc_links)]
pub mod naming;
pub mod report;
pub mod shapes;
