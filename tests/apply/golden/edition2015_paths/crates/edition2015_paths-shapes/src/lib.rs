//! Part of `edition2015_paths`, split out by crate-split.
#![allow(rustdoc::broken_intra_doc_links)]
pub mod shapes;
#[doc(hidden)]
pub mod util;
