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

#[doc = "Rendering of shapes. Depends on `crate::shapes` (and `shapes` depends on"]
pub mod render {
    pub use module_cycle_shapes::render::*;
    #[doc = "SVG output for shapes."]
    pub mod svg {
        pub use module_cycle_shapes::render::svg::*;
    }
}
#[doc = "Geometric shapes. Rendering is delegated to `crate::render`, which in turn"]
pub mod shapes {
    pub use module_cycle_shapes::shapes::*;
}
#[doc = "Descriptive statistics built on `crate::util` (no cycle: `util` does not"]
pub mod stats {
    pub use module_cycle_stats::stats::*;
}
#[doc = "Small numeric helpers. Uses nothing from this crate."]
pub mod util {
    pub use module_cycle_stats::util::*;
}

pub use shapes::Circle;
