//! Points to and from CSV text.

use crate::geometry::Point;

/// One `x,y` line per point.
pub fn to_csv(points: &[Point]) -> String {
    let mut text = String::new();
    for point in points {
        text.push_str(&format!("{},{}\n", point.x, point.y));
    }
    text
}
