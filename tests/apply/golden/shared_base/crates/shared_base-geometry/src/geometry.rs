//! The shared point type, and a summary that needs every other module.

use crate::{io, render, stats};

/// A point in the plane.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Point {
    pub x: f64,
    pub y: f64,
}

impl Point {
    pub fn new(x: f64, y: f64) -> Point {
        Point { x, y }
    }

    pub fn distance(&self, other: &Point) -> f64 {
        let dx = self.x - other.x;
        let dy = self.y - other.y;
        (dx * dx + dy * dy).sqrt()
    }

    pub fn scaled(&self, factor: f64) -> Point {
        Point::new(self.x * factor, self.y * factor)
    }

    pub fn origin() -> Point {
        Point::new(0.0, 0.0)
    }
}

/// One line about `points`: count, statistics, and both renderings.
pub fn describe(points: &[Point]) -> String {
    format!(
        "{} points, mean x {}, spread {}, {} svg bytes, csv {}",
        points.len(),
        stats::mean_x(points),
        stats::spread(points),
        render::svg(points).len(),
        io::to_csv(points).replace('\n', ";"),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn distance_of_a_right_triangle() {
        assert_eq!(Point::new(3.0, 4.0).distance(&Point::origin()), 5.0);
    }
}
