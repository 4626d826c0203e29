use crate::traits::Area;
use crate::types::Square;

/// Local trait for local type.
impl Area for Square {
    fn area(&self) -> f64 {
        self.side * self.side
    }
}

/// Local trait for a foreign type (`Vec`) with a local type argument: must
/// stay in the crate that defines `Area`.
impl Area for Vec<Square> {
    fn area(&self) -> f64 {
        self.iter().map(Area::area).sum()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn area_of_vec_of_squares() {
        let v = vec![Square::new(1.0), Square::new(3.0)];
        assert_eq!(v.area(), 10.0);
    }
}
