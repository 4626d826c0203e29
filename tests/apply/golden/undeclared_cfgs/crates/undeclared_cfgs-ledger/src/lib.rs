//! Part of `undeclared_cfgs`, split out by crate-split.
#![allow(rustdoc::broken_intra_doc_links)]
pub use undeclared_cfgs_inventory::*;

#[cfg(any(feature = "ordered", feature = "nightly"))]
use std::collections::BTreeMap as Map;
#[cfg(not(any(feature = "ordered", feature = "nightly")))]
use std::collections::HashMap as Map;

#[doc(hidden)]
pub mod inventory {
    pub use undeclared_cfgs_inventory::inventory::*;
}
pub mod ledger;
