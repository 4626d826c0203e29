//! Part of `edition2015_paths`, split out by crate-split.
#![allow(rustdoc::broken_intra_doc_links)]
// Renamed: everywhere in this crate the helper crate is `helper`
// (`use helper::..` or `::helper::..`), never `edition2015_helper`.
extern crate edition2015_helper as helper;

pub mod shapes;
#[doc(hidden)]
pub mod util;
