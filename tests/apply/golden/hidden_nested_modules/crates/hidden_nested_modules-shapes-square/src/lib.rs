//! Part of `hidden_nested_modules`, split out by crate-split.
#![allow(rustdoc::broken_intra_doc_links)]
pub mod shapes;
