//! Part of `macro_wrapped_items`, split out by crate-split.
#![allow(rustdoc::broken_intra_doc_links)]
#[macro_use]
extern crate macro_wrapped_items_float_rounding;
pub use macro_wrapped_items_float_rounding::*;
#[doc(hidden)]
pub mod float {
    pub use macro_wrapped_items_float_rounding::float::*;
}
pub mod parse;
