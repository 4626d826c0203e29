//! Part of `cfg_wrapper_macros`, split out by crate-split.
#![allow(rustdoc::broken_intra_doc_links)]
#[macro_use]
#[doc(hidden)]
pub mod utils;

#[cfg(feature = "std")]
/// Shapes, declared inside `cfg_std!`.
pub mod shapes;
