//! Modules, re-exports and functions declared inside cfg-gating wrapper
//! macros of the crate itself, the way async-std's `cfg_std! { .. }` and
//! `cfg_unstable! { .. }` do it: each call stands for its items with the
//! attributes the macro adds.
//!
//! ```
//! # #[cfg(feature = "std")] {
//! use cfg_wrapper_macros::{Shape, Square};
//! assert_eq!(Square(3).area(), 9);
//! assert_eq!(Shape::Line(4).length(), 8);
//! assert_eq!(cfg_wrapper_macros::report::describe_all(&[Square(1)]), "square 1");
//! # }
//! ```

#[macro_use]
mod utils;

cfg_std! {
    /// Shapes, declared inside `cfg_std!`.
    pub mod shapes;
    pub mod report;
}

cfg_unstable! {
    /// Only with the `unstable` feature.
    pub mod extra;
}

cfg_std! {
    pub use shapes::{Shape, Square};
}
