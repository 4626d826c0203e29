//! Part of `core_lib`, split out by crate-split.
#![allow(rustdoc::broken_intra_doc_links)]
pub mod model;
pub mod parse;

pub use model::{Task, TodoList};
