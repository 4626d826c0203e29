//! Part of `core_lib`, split out by crate-split.
#![allow(unused_imports)]
#![allow(rustdoc::broken_intra_doc_links)]
#[allow(unused_imports)]
pub use core_lib_model_task::*;
#[doc(hidden)]
pub mod model {
    #[allow(unused_imports)]
    pub use core_lib_model_task::model::*;
}
pub mod render;

pub use model::{Task, TodoList};
