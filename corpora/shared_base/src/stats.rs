//! Statistics over points.

use crate::geometry::Point;

/// The mean of the x coordinates (0 for no points).
pub fn mean_x(points: &[Point]) -> f64 {
    if points.is_empty() {
        return 0.0;
    }
    points.iter().map(|p| p.x).sum::<f64>() / points.len() as f64
}

/// The largest distance between two of the points.
pub fn spread(points: &[Point]) -> f64 {
    let mut largest = 0.0;
    for (i, a) in points.iter().enumerate() {
        for b in &points[i + 1..] {
            let d = a.distance(b);
            if d > largest {
                largest = d;
            }
        }
    }
    largest
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spread_of_a_segment() {
        let points = [Point::origin(), Point::new(0.0, 2.0), Point::new(0.0, 1.0)];
        assert_eq!(spread(&points), 2.0);
        assert_eq!(mean_x(&points), 0.0);
    }
}
