//! Functions written inside the calls of a pass-through macro, as
//! lexical-core's `perftools_inline!` does, and re-exported for the crate
//! only.
//!
//! ```
//! assert_eq!(macro_wrapped_items::parse::parse_rounded("2.5"), Some(2));
//! assert_eq!(macro_wrapped_items::float::ties(&[0.5, 1.0, 2.5]), 2);
//! ```

#[macro_use]
extern crate macro_wrapped_items_float_rounding;
#[doc = "A macro that adds attributes to the items it is given."]
#[allow(hidden_glob_reexports)]
mod inline {}

#[doc = "Rounding of floats, with its helpers re-exported for the crate only."]
pub mod float {
    pub use macro_wrapped_items_float_rounding::float::*;
    #[doc = "The rounding helpers: each is written inside an `inline_items!` call."]
    #[allow(hidden_glob_reexports)]
    mod rounding {}
}
#[doc = "Parsing, rounded by the helpers of another module."]
pub mod parse {
    pub use macro_wrapped_items_parse::parse::*;
}
