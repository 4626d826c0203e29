//! Part of `cfg_missing_module_files`, split out by crate-split.
#![allow(rustdoc::broken_intra_doc_links)]
pub mod numbers;
