//! An SVG rendering of points.

use crate::geometry::Point;

/// A polyline through the points, scaled by 10.
pub fn svg(points: &[Point]) -> String {
    let mut path = String::new();
    for point in points {
        let p = point.scaled(10.0);
        if !path.is_empty() {
            path.push(' ');
        }
        path.push_str(&format!("{},{}", p.x, p.y));
    }
    format!("<svg><polyline points=\"{path}\"/></svg>")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn two_points_make_one_segment() {
        let text = svg(&[Point::origin(), Point::new(1.0, 2.0)]);
        assert_eq!(text, "<svg><polyline points=\"0,0 10,20\"/></svg>");
    }
}
