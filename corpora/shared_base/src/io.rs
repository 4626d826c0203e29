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

/// Points of `x,y` lines; lines that are not two numbers are skipped.
pub fn from_csv(text: &str) -> Vec<Point> {
    let mut points = Vec::new();
    for line in text.lines() {
        let mut fields = line.split(',');
        let x = fields.next().and_then(|f| f.trim().parse().ok());
        let y = fields.next().and_then(|f| f.trim().parse().ok());
        if let (Some(x), Some(y), None) = (x, y, fields.next()) {
            points.push(Point::new(x, y));
        }
    }
    points
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_round_trip() {
        let points = vec![Point::new(1.5, 2.0), Point::origin()];
        assert_eq!(from_csv(&to_csv(&points)), points);
        assert_eq!(from_csv("x\n1,2,3\n4,5"), vec![Point::new(4.0, 5.0)]);
    }
}
