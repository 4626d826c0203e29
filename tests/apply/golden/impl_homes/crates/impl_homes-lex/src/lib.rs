//! Part of `impl_homes`, split out by crate-split.
#![allow(rustdoc::broken_intra_doc_links)]
pub use impl_homes_base::*;
#[doc(hidden)]
pub mod check {
    pub use impl_homes_base::check::*;
}
pub mod lex;
pub mod report;

pub use report::Error;
