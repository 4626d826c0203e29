//! Shapes that know how to render themselves, and renderers that know about
//! shapes: `shapes` and `render` depend on each other (a module cycle).
//! `stats` depends on `util`, and `util` depends on nothing local.
//!
//! ```
//! use module_cycle::shapes::Circle;
//!
//! let c = Circle::new(1.0, 2.0, 3.0);
//! assert!(c.to_svg().starts_with("<circle"));
//! ```

pub mod render;
pub mod shapes;
pub mod stats;
pub mod util;

pub use shapes::Circle;
