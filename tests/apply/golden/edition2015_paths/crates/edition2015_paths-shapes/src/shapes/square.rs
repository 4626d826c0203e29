#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Square {
    pub side: u32,
}

impl Square {
    pub fn new(side: u32) -> Square {
        Square { side }
    }

    /// The area. A 2015 doc test reaches the crate only through the
    /// `extern crate edition2015_paths;` that rustdoc adds because the
    /// test names the crate under test:
    ///
    /// ```
    /// use edition2015_paths::shapes::Square;
    ///
    /// assert_eq!(Square::new(3).area(), 9);
    /// ```
    pub fn area(&self) -> u32 {
        // Leading `::` in an expression path: the crate root in 2015.
        ::util::async(self.side)
    }
}

#[cfg(test)]
mod tests {
    // 2015 `use`: crate-relative, so this is `crate::shapes::Square`.
    use shapes::Square;

    #[test]
    fn area_is_side_squared() {
        assert_eq!(Square::new(4).area(), 16);
    }
}
