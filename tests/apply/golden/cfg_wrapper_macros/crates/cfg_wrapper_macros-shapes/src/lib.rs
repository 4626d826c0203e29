//! Part of `cfg_wrapper_macros`, split out by crate-split.
#![allow(rustdoc::broken_intra_doc_links)]
#[macro_use]
extern crate cfg_wrapper_macros_utils;
pub use cfg_wrapper_macros_utils::*;
#[doc(hidden)]
pub mod utils {
    pub use cfg_wrapper_macros_utils::utils::*;
}

#[cfg(feature = "std")]
pub mod report;
#[cfg(feature = "std")]
/// Shapes, declared inside `cfg_std!`.
pub mod shapes;

#[cfg(feature = "unstable")]
#[cfg_attr(docsrs, doc(cfg(feature = "unstable")))]
/// Only with the `unstable` feature.
pub mod extra;

#[cfg(feature = "std")]
pub use shapes::{Shape, Square};
