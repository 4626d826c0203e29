//! An SVG rendering of points.

pub use shared_base_base::render::*;
use crate::geometry::Point;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn two_points_make_one_segment() {
        let text = svg(&[Point::origin(), Point::new(1.0, 2.0)]);
        assert_eq!(text, "<svg><polyline points=\"0,0 10,20\"/></svg>");
    }
}
