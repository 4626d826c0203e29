//! Part of `macro_generated_imports`, split out by crate-split.
#![allow(rustdoc::broken_intra_doc_links)]
pub mod kernels;
