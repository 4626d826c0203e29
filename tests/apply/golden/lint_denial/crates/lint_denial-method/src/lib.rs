//! Part of `lint_denial`, split out by crate-split.
#![deny(warnings, missing_docs, missing_debug_implementations)]
#![deny(rustdoc::broken_intra_doc_links)]
#![allow(rustdoc::broken_intra_doc_links)]

use std::io::{Error, ErrorKind};

pub mod method;

#[doc(hidden)]
pub fn invalid(message: &str) -> Error {
    Error::new(ErrorKind::InvalidInput, message)
}
