//! Part of `lint_denial`, split out by crate-split.
#![deny(warnings, missing_docs, missing_debug_implementations)]
#![deny(rustdoc::broken_intra_doc_links)]
#![allow(rustdoc::broken_intra_doc_links)]
pub use lint_denial_method::*;

#[doc(hidden)]
pub mod method {
    pub use lint_denial_method::method::*;
}
pub mod request;
pub mod summary;
