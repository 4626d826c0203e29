//! Macros whose bodies name items that only the call site can see.
//!
//! ```
//! use macro_expansion_names::traits::Describe;
//! assert_eq!(7u8.describe(), "u8:7");
//! assert_eq!(macro_expansion_names::report::summary(&[1, 22]), "2 values, first u16:1");
//! ```

#[macro_use]
extern crate macro_expansion_names_traits;
#[doc = "Macros used by other modules; their bodies name `Describe` and `label`,"]
#[allow(hidden_glob_reexports)]
mod macros {}

#[doc = "`Describe` for primitive types, written by a macro of another module:"]
pub mod numbers {
    pub use macro_expansion_names_traits::numbers::*;
}
#[doc = "Summaries of values, measured by a macro whose body calls a method."]
pub mod report {
    pub use macro_expansion_names_report::report::*;
}
#[doc = "A trait and helpers that the macros of `macros` name."]
pub mod traits {
    pub use macro_expansion_names_traits::traits::*;
}
