//! Part of `macro_modules`, split out by crate-split.
#![allow(rustdoc::broken_intra_doc_links)]
#[macro_use]
extern crate macro_modules_platform;
pub use macro_modules_platform::*;
/// A counter, in a module declared inside `items!`.
pub mod counter;
pub use counter::Counter;

pub mod shapes;
pub use shapes::Shape;

#[doc(hidden)]
pub mod platform {
    pub use macro_modules_platform::platform::*;
}

pub mod report;
