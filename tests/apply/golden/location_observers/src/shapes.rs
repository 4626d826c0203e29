//! Plain types whose paths other modules observe with `type_name`.

pub use location_observers_naming::shapes::*;
/// A circle; its path is observed by `naming::circle_type`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Circle {
    pub radius: f64,
}

impl Circle {
    pub fn new(radius: f64) -> Self {
        Circle { radius }
    }

    pub fn area(&self) -> f64 {
        std::f64::consts::PI * self.radius * self.radius
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn areas() {
        assert_eq!(Square::new(3).area(), 9);
        assert!((Circle::new(1.0).area() - std::f64::consts::PI).abs() < 1e-12);
    }
}
