//! Declared by a plain `mod square;`; re-exported inside `cfg_std!`.

use crate::utils::double;

/// A square of the given side.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Square(pub u32);

impl Square {
    /// Side times side.
    pub fn area(&self) -> u32 {
        self.0 * self.0
    }

    /// Four sides.
    pub fn perimeter(&self) -> u32 {
        double(double(self.0))
    }
}
