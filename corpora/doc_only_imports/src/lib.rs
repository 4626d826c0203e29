//! Squares, parsed from text and reported: see [`Square`], which
//! implements [`FromStr`].
//!
//! ```
//! let square: doc_only_imports::shapes::Square = "3".parse().unwrap();
//! assert_eq!(doc_only_imports::report::describe(&square), "square of side 3, area 9");
//! ```

// Just for rustdoc
#[allow(unused_imports)]
use crate::shapes::Square;
#[allow(unused_imports)]
use core::str::FromStr;

pub mod parse;
pub mod report;
pub mod shapes;
