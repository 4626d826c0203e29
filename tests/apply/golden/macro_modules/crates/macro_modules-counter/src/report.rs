//! Uses the modules the macros declared.

use crate::counter::Counter;
use crate::shapes::Shape;

/// A line about a counter, a shape and the platform.
pub fn describe(counter: Counter, shape: Shape) -> String {
    format!("{} {} {}", counter.value(), shape.area(), crate::platform::NAME)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn describes_all_three() {
        let line = describe(Counter::new().bump(), Shape::Rect(2, 3));
        assert!(line.starts_with("1 6 "));
    }
}
