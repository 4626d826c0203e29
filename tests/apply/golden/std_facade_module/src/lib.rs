//! A private module re-exporting std for the whole crate, as serde does:
//! every other module names std items as `crate::lib::...`.
//!
//! ```
//! let shape = std_facade_module::shapes::Square::new(3);
//! assert_eq!(std_facade_module::report::describe(&[shape]), "square(3)");
//! ```
#![deny(unused_imports)]
pub use std_facade_module_shapes::largest;
mod lib {
    mod core {
        pub use std::*;
    }

    pub use self::core::{cmp, fmt, iter, mem};
    pub use self::core::fmt::{Debug, Display};

    pub use std::collections::BTreeMap;
    pub use std::string::{String, ToString};
    pub use std::vec::Vec;
}

#[doc = "Word counts in a `crate::lib::BTreeMap`, independent of the shapes."]
pub mod count {
    pub use std_facade_module_count::count::*;
}
#[doc = "Reports over shapes, built with `crate::lib::{String, Vec}`."]
pub mod report {
    pub use std_facade_module_count::report::*;
}
#[doc = "Shapes, displayed through `crate::lib::fmt`."]
pub mod shapes {
    pub use std_facade_module_shapes::shapes::*;
}
