//! Part of `feature_deps`, split out by crate-split.
#![allow(rustdoc::broken_intra_doc_links)]
pub mod codec;
pub mod plain;
