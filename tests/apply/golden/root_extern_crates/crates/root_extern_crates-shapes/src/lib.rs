//! Part of `root_extern_crates`, split out by crate-split.
#![allow(rustdoc::broken_intra_doc_links)]
#[macro_use]
extern crate location_observers_helper;

pub mod counts;
pub mod shapes;
