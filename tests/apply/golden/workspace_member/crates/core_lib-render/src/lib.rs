//! Part of `core_lib`, split out by crate-split.
#![allow(rustdoc::broken_intra_doc_links)]
pub use core_lib_model_task::*;
#[doc(hidden)]
pub mod model {
    pub use core_lib_model_task::model::*;
}
pub mod render;

pub use model::{Task, TodoList};
