//! Part of `trait_impl_orphan_rule`, split out by crate-split.
#![allow(rustdoc::broken_intra_doc_links)]
pub mod display;
pub mod impls;
pub mod inherent;
pub mod types;
