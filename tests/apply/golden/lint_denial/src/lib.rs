//! A tiny request model whose root denies warnings, missing docs and missing
//! `Debug` implementations: none of them fires here, and a split must not
//! make one fire.

#![deny(warnings, missing_docs, missing_debug_implementations)]
#![deny(rustdoc::broken_intra_doc_links)]
use lint_denial_method::invalid;

#[doc = "Request methods."]
pub mod method {
    pub use lint_denial_method::method::*;
}
#[doc = "Requests: a method, a path and header lines."]
pub mod request {
    pub use lint_denial_summary::request::*;
}
#[doc = "One-line summaries of requests, and counts over many of them."]
pub mod summary {
    pub use lint_denial_summary::summary::*;
}
