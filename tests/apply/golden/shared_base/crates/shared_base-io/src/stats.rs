//! Statistics over points.

pub use shared_base_base::stats::*;
use crate::geometry::Point;

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
