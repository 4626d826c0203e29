//! Part of `private_path_reexports`, split out by crate-split.
#![allow(rustdoc::broken_intra_doc_links)]
pub mod shelf;
