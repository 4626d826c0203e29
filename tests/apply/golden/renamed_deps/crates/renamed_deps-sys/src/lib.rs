//! Part of `renamed_deps`, split out by crate-split.
#![allow(rustdoc::broken_intra_doc_links)]
pub mod sys;
