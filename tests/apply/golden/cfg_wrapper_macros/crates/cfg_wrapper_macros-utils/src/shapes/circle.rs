//! Declared inside `cfg_unstable!`: absent unless the feature is on.

/// A circle of the given radius.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Circle(pub u32);

impl Circle {
    /// Twice the radius.
    pub fn diameter(&self) -> u32 {
        crate::utils::double(self.0)
    }
}
