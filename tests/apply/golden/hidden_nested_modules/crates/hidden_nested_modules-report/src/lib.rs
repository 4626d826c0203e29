//! Part of `hidden_nested_modules`, split out by crate-split.
#![allow(rustdoc::broken_intra_doc_links)]
pub use hidden_nested_modules_shapes_square::*;
pub mod report;
#[doc(hidden)]
pub mod shapes {
    pub use hidden_nested_modules_shapes_square::shapes::*;
    #[doc(hidden)]
    pub mod hidden_export {
        pub use hidden_nested_modules_shapes_square::shapes::hidden_export::*;
    }
}
