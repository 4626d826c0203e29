//! Four modules in one cycle that runs only through what they all share.
//!
//! ```
//! use shared_base::geometry::{describe, Point};
//! let text = describe(&[Point::new(0.0, 0.0), Point::new(2.0, 0.0)]);
//! assert!(text.starts_with("2 points, mean x 1"));
//! ```

#[doc = "The shared point type, and a summary that needs every other module."]
pub mod geometry {
    pub use shared_base_geometry::geometry::*;
}
#[doc = "Points to and from CSV text."]
pub mod io {
    pub use shared_base_geometry::io::*;
}
#[doc = "An SVG rendering of points."]
pub mod render {
    pub use shared_base_geometry::render::*;
}
#[doc = "Statistics over points."]
pub mod stats {
    pub use shared_base_geometry::stats::*;
}
