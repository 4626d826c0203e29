//! A private module re-exporting std for the whole crate, as serde does:
//! every other module names std items as `crate::lib::...`.
//!
//! ```
//! let shape = std_facade_module::shapes::Square::new(3);
//! assert_eq!(std_facade_module::report::describe(&[shape]), "square(3)");
//! ```
#![deny(unused_imports)]
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

pub mod count;
pub mod report;
pub mod shapes;

/// The largest of some squares (a root item that uses a member's type).
pub fn largest(squares: &[shapes::Square]) -> Option<shapes::Square> {
    squares.iter().copied().max()
}
