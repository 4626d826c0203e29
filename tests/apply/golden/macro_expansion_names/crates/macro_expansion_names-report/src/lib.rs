//! Part of `macro_expansion_names`, split out by crate-split.
#![allow(unused_imports)]
#![allow(rustdoc::broken_intra_doc_links)]
#[macro_use]
#[allow(unused_imports)]
extern crate macro_expansion_names_traits;
#[allow(unused_imports)]
pub use macro_expansion_names_traits::*;
pub mod report;
#[doc(hidden)]
pub mod traits {
    #[allow(unused_imports)]
    pub use macro_expansion_names_traits::traits::*;
}
