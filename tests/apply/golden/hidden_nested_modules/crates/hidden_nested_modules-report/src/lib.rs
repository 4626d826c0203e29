//! Part of `hidden_nested_modules`, split out by crate-split.
#![allow(unused_imports)]
#![allow(rustdoc::broken_intra_doc_links)]
#[allow(unused_imports)]
pub use hidden_nested_modules_shapes_square::*;
pub mod report;
#[doc(hidden)]
pub mod shapes {
    #[allow(unused_imports)]
    pub use hidden_nested_modules_shapes_square::shapes::*;
    #[doc(hidden)]
    pub mod hidden_export {
        #[allow(unused_imports)]
        pub use hidden_nested_modules_shapes_square::shapes::hidden_export::*;
    }
}
