//! Part of `macro_expansion_names`, split out by crate-split.
#![allow(rustdoc::broken_intra_doc_links)]
#[macro_use]
extern crate macro_expansion_names_traits;
pub use macro_expansion_names_traits::*;
pub mod report;
#[doc(hidden)]
pub mod traits {
    pub use macro_expansion_names_traits::traits::*;
}
