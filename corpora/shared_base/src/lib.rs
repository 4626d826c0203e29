//! Four modules in one cycle that runs only through what they all share.
//!
//! ```
//! use shared_base::geometry::{describe, Point};
//! let text = describe(&[Point::new(0.0, 0.0), Point::new(2.0, 0.0)]);
//! assert!(text.starts_with("2 points, mean x 1"));
//! ```

pub mod geometry;
pub mod io;
pub mod render;
pub mod stats;
