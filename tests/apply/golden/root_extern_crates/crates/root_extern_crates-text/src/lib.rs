//! Part of `root_extern_crates`, split out by crate-split.
#![allow(rustdoc::broken_intra_doc_links)]
extern crate alloc;
extern crate edition2015_helper as helper;

pub mod text;
