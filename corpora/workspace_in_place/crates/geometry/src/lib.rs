#![doc = include_str!("../README.md")]

pub mod render;
pub mod shapes;
pub mod stats;

pub use shapes::{Circle, Rect, Shape};

/// The version of this crate, read from the workspace's `[workspace.package]`.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

/// Total area of some shapes, in square metres.
///
/// ```
/// use geometry::{total_area, Rect};
/// assert_eq!(total_area(&[Rect::new(2.0, 3.0)]).0, 6.0);
/// ```
pub fn total_area(shapes: &[impl Shape]) -> units::SquareMetres {
    units::SquareMetres(shapes.iter().map(|s| s.area().0).sum())
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_version_is_inherited_from_the_workspace() {
        assert_eq!(super::VERSION, "0.3.0");
    }
}
