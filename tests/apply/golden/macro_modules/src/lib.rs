//! Modules declared inside macro invocations, the way `cfg_if!` and
//! `cfg_feature!`-style helpers do it: the `mod name;` items are tokens of
//! the call, and their files still belong to the crate.
//!
//! ```
//! use macro_modules::{Counter, Shape};
//! assert_eq!(Counter::new().bump().value(), 1);
//! assert_eq!(Shape::Square(2).area(), 4);
//! assert_eq!(macro_modules::platform::NAME.is_empty(), false);
//! ```
#[macro_use]
extern crate macro_modules_platform;

#[doc = "A counter, in a module declared inside `items!`."]
pub mod counter {
    pub use macro_modules_counter::counter::*;
}
pub use counter::Counter;

#[doc = "Declared by `items! { pub mod shapes; }` in src/lib.rs."]
pub mod shapes {
    pub use macro_modules_counter::shapes::*;
}
pub use shapes::Shape;

#[doc = "Inline module whose children are declared by `cfg_if!`."]
pub mod platform {
    pub use macro_modules_platform::platform::*;
}

#[doc = "Uses the modules the macros declared."]
pub mod report {
    pub use macro_modules_counter::report::*;
}
