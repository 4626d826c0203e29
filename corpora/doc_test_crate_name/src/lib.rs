//! Shapes with areas, the units they are measured in, labels, and a tally.
//!
//! The doc test of `Area::doubled` brings the prelude into scope as
//! `crate::doc_test_crate_name::prelude::*`: that path exists only because
//! rustdoc adds `extern crate doc_test_crate_name;` to a doc test of the
//! crate under test.

pub mod labels;
pub mod prelude;
pub mod shapes;
pub mod tally;
pub mod units;
