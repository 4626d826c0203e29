//! Macros whose bodies name items that only the call site can see.
//!
//! ```
//! use macro_expansion_names::traits::Describe;
//! assert_eq!(7u8.describe(), "u8:7");
//! assert_eq!(macro_expansion_names::report::summary(&[1, 22]), "2 values, first u16:1");
//! ```

#[macro_use]
mod macros;

pub mod numbers;
pub mod report;
pub mod traits;
