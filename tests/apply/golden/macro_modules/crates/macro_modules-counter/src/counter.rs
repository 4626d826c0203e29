//! Declared by `items! { pub mod counter; }` in src/lib.rs.

/// Counts up from zero.
#[derive(Debug, Default, Clone, Copy, PartialEq)]
pub struct Counter {
    value: u32,
}

impl Counter {
    pub fn new() -> Self {
        Counter { value: 0 }
    }

    pub fn bump(self) -> Self {
        Counter { value: self.value + 1 }
    }

    pub fn value(&self) -> u32 {
        self.value
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn bump_adds_one() {
        assert_eq!(super::Counter::new().bump().bump().value(), 2);
    }
}
