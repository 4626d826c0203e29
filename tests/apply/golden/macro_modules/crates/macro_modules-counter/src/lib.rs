//! Part of `macro_modules`, split out by crate-split.
#![allow(unused_imports)]
#![allow(rustdoc::broken_intra_doc_links)]
#[macro_use]
#[allow(unused_imports)]
extern crate macro_modules_platform;
#[allow(unused_imports)]
pub use macro_modules_platform::*;
    /// A counter, in a module declared inside `items!`.
    pub mod counter;
    pub use counter::Counter;

    pub mod shapes;
    pub use shapes::Shape;

#[doc(hidden)]
pub mod platform {
    #[allow(unused_imports)]
    pub use macro_modules_platform::platform::*;
}

pub mod report;
