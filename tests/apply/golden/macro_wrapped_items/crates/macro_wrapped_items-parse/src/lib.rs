//! Part of `macro_wrapped_items`, split out by crate-split.
#![allow(unused_imports)]
#![allow(rustdoc::broken_intra_doc_links)]
#[macro_use]
#[allow(unused_imports)]
extern crate macro_wrapped_items_float_rounding;
#[allow(unused_imports)]
pub use macro_wrapped_items_float_rounding::*;
#[doc(hidden)]
pub mod float {
    #[allow(unused_imports)]
    pub use macro_wrapped_items_float_rounding::float::*;
}
pub mod parse;
