//! A module moved whole to a member, with a `#[doc(hidden)]` submodule
//! declared in its file: the facade regenerates the module tree, and the
//! submodule must stay hidden (the public API is unchanged).
//!
//! ```
//! assert_eq!(hidden_nested_modules::shapes::area(&hidden_nested_modules::shapes::Square(3)), 9);
//! ```

pub mod report;
pub mod shapes;
