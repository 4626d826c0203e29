//! Part of `std_facade_module`, split out by crate-split.
#![deny(unused_imports)]
#![allow(rustdoc::broken_intra_doc_links)]
#[doc(hidden)]
pub mod lib {
    #[doc(hidden)]
    pub mod core {
        pub use std::*;
    }

    pub use self::core::{cmp, fmt, iter, mem};
    pub use self::core::fmt::{Debug, Display};

    pub use std::collections::BTreeMap;
    pub use std::string::{String, ToString};
    pub use std::vec::Vec;
}

pub mod shapes;

/// The largest of some squares (a root item that uses a member's type).
pub fn largest(squares: &[shapes::Square]) -> Option<shapes::Square> {
    squares.iter().copied().max()
}
