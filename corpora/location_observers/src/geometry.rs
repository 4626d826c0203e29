//! Geometry on plain numbers, in millimetres, using `units`. Its test
//! reads a snapshot beside this file (`snapshots/`, named after the
//! module path), through another crate's macro as with `insta`.

use crate::units::{inches_to_mm, round_to, to_radians};

/// A point in millimetres.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Point {
    pub x: f64,
    pub y: f64,
}

impl Point {
    /// A point given in inches.
    pub fn from_inches(x: f64, y: f64) -> Self {
        Point { x: inches_to_mm(x), y: inches_to_mm(y) }
    }

    /// Distance to another point, rounded to micrometres.
    pub fn distance(&self, other: &Point) -> f64 {
        let (dx, dy) = (self.x - other.x, self.y - other.y);
        round_to((dx * dx + dy * dy).sqrt(), 3)
    }

    /// The point turned around the origin by `degrees`.
    pub fn rotated(&self, degrees: f64) -> Point {
        let (sin, cos) = to_radians(degrees).sin_cos();
        Point { x: round_to(self.x * cos - self.y * sin, 6), y: round_to(self.x * sin + self.y * cos, 6) }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn measures_and_rotates() {
        let a = Point::from_inches(0.0, 0.0);
        let b = Point::from_inches(3.0, 4.0);
        assert_eq!(a.distance(&b), 127.0);
        assert_eq!(Point { x: 1.0, y: 0.0 }.rotated(90.0), Point { x: 0.0, y: 1.0 });
    }

    #[test]
    fn a_rotation_matches_its_snapshot_beside_this_file() {
        // Read the way `insta` reads snapshots: `snapshots/` next to this
        // file, the file named after this module's path.
        let snapshot = location_observers_helper::snapshot_file!("rotation");
        let expected = std::fs::read_to_string(&snapshot).unwrap();
        assert_eq!(format!("{:?}", Point { x: 1.0, y: 0.0 }.rotated(90.0)), expected.trim());
    }
}
