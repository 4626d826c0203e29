//! Part of `core_lib`, split out by crate-split.
#![allow(unused_imports)]
pub mod model;
pub mod parse;

pub use model::{Task, TodoList};
