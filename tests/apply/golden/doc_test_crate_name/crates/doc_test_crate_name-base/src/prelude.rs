//! The traits most code wants in scope.

pub use crate::shapes::Area;
