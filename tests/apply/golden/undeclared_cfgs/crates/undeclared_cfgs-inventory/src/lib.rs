//! Part of `undeclared_cfgs`, split out by crate-split.
#![allow(rustdoc::broken_intra_doc_links)]
#[cfg(any(feature = "ordered", feature = "nightly"))]
use std::collections::BTreeMap as Map;
#[cfg(not(any(feature = "ordered", feature = "nightly")))]
use std::collections::HashMap as Map;

pub mod inventory;
