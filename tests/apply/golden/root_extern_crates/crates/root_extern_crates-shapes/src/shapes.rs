//! Rectangles, needing no other crate.

/// A rectangle by its width and height.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rect {
    pub width: u32,
    pub height: u32,
}

impl Rect {
    /// Width times height.
    pub fn area(&self) -> u32 {
        self.width * self.height
    }
}

#[cfg(test)]
mod tests {
    use super::Rect;

    #[test]
    fn area_multiplies_the_sides() {
        assert_eq!(Rect { width: 2, height: 5 }.area(), 10);
    }
}
