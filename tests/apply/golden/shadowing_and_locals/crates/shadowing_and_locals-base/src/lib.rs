//! Part of `shadowing_and_locals`, split out by crate-split.
#![allow(rustdoc::broken_intra_doc_links)]
pub mod config;
pub mod limits;
pub mod logic;
pub mod traits;
pub mod types;
