//! Functions written inside the calls of a pass-through macro, as
//! lexical-core's `perftools_inline!` does, and re-exported for the crate
//! only.
//!
//! ```
//! assert_eq!(macro_wrapped_items::parse::parse_rounded("2.5"), Some(2));
//! assert_eq!(macro_wrapped_items::float::ties(&[0.5, 1.0, 2.5]), 2);
//! ```

#[macro_use]
mod inline;

pub mod float;
pub mod parse;
