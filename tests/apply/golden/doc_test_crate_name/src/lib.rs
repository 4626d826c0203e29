//! Shapes with areas, the units they are measured in, labels, and a tally.
//!
//! The doc test of `Area::doubled` brings the prelude into scope as
//! `crate::doc_test_crate_name::prelude::*`: that path exists only because
//! rustdoc adds `extern crate doc_test_crate_name;` to a doc test of the
//! crate under test.

#[doc = "Labels for numbers: a name, a colon and the value."]
pub mod labels {
    pub use doc_test_crate_name_base::labels::*;
}
#[doc = "The traits most code wants in scope."]
pub mod prelude {
    pub use doc_test_crate_name_base::prelude::*;
}
#[doc = "Anything with an area."]
pub mod shapes {
    pub use doc_test_crate_name_base::shapes::*;
}
#[doc = "A tally of how often each word was seen."]
pub mod tally {
    pub use doc_test_crate_name_tally::tally::*;
}
#[doc = "Figures measured in units: squares and rectangles."]
pub mod units {
    pub use doc_test_crate_name_base::units::*;
}
