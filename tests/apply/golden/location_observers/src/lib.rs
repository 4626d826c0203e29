//! Code that observes where it lives: its module path, its file, its
//! package's name and directory, and the paths of types. Tests compare
//! these with the original crate's values.
//!
//! ```
//! assert_eq!(location_observers::report::origin(), "location_observers::report");
//! ```

#[macro_use]
extern crate location_observers_naming;
#[doc = "Geometry on plain numbers, in millimetres, using `units`. Its test"]
pub mod geometry {
    pub use location_observers_geometry::geometry::*;
}
pub mod naming;
pub mod report;
pub mod shapes;
#[doc = "Unit conversions; observes its place only through another crate's"]
pub mod units {
    pub use location_observers_geometry::units::*;
}

/// Where the crate root is, for messages.
pub fn root_path() -> &'static str {
    module_path!()
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_root_path_is_the_crate_name() {
        assert_eq!(super::root_path(), "location_observers");
    }
}
