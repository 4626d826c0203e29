//! A scene: circles with their measures.

use crate::measure::{largest, total_area};
use crate::shapes::Circle;

/// Circles drawn together.
#[derive(Debug, Default)]
pub struct Scene {
    circles: Vec<Circle>,
}

impl Scene {
    pub fn of(circles: Vec<Circle>) -> Self {
        Scene { circles }
    }

    pub fn len(&self) -> usize {
        self.circles.len()
    }

    pub fn is_empty(&self) -> bool {
        self.circles.is_empty()
    }

    /// Total area and largest radius.
    pub fn summary(&self) -> (f64, f64) {
        (total_area(&self.circles), largest(&self.circles))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn summary_of_one_circle() {
        let (area, r) = Scene::of(vec![Circle::new(2.0)]).summary();
        assert!((area - 4.0 * std::f64::consts::PI).abs() < 1e-9);
        assert_eq!(r, 2.0);
    }
}
