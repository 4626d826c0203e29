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
extern crate cfg_wrapper_macros_utils;
#[doc = "The wrapper macros and crate-private helpers some of them wrap."]
#[allow(hidden_glob_reexports)]
mod utils {}

#[cfg(feature = "std")]
#[doc = "Shapes, declared inside `cfg_std!`."]
pub mod shapes {
    pub use cfg_wrapper_macros_shapes::shapes::*;
    pub use cfg_wrapper_macros_utils::shapes::*;
    #[cfg(feature = "unstable")]
    #[doc = "Declared inside `cfg_unstable!`: absent unless the feature is on."]
    #[allow(hidden_glob_reexports)]
    mod circle {}
    #[doc = "Declared by a plain `mod square;`; re-exported inside `cfg_std!`."]
    #[allow(hidden_glob_reexports)]
    mod square {}
}
#[cfg(feature = "std")]
#[doc = "Describes shapes through a crate-private trait written inside `cfg_std!`."]
pub mod report {
    pub use cfg_wrapper_macros_shapes::report::*;
}

#[cfg_attr(docsrs, doc(cfg(feature = "unstable")))]
#[cfg(feature = "unstable")]
#[doc = "Only with the `unstable` feature."]
pub mod extra {
    pub use cfg_wrapper_macros_shapes::extra::*;
}

#[cfg(feature = "std")]
pub use shapes::{Shape, Square};
