//! A tiny request model whose root denies warnings, missing docs and missing
//! `Debug` implementations: none of them fires here, and a split must not
//! make one fire.

#![deny(warnings, missing_docs, missing_debug_implementations)]
#![deny(rustdoc::broken_intra_doc_links)]

use std::io::{Error, ErrorKind};

pub mod method;
pub mod request;
pub mod summary;

fn invalid(message: &str) -> Error {
    Error::new(ErrorKind::InvalidInput, message)
}
