//! Inherent impls for types defined in `crate::types` (a different file).

use crate::types::{Label, Square};

impl Square {
    pub fn new(side: f64) -> Self {
        Square { side }
    }

    pub fn side(&self) -> f64 {
        self.side
    }

    pub fn scaled(&self, factor: f64) -> Square {
        Square::new(self.side * factor)
    }
}

impl Label {
    pub fn new(text: &str) -> Self {
        Label(text.to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scaled_square() {
        assert_eq!(Square::new(2.0).scaled(1.5).side(), 3.0);
    }
}
