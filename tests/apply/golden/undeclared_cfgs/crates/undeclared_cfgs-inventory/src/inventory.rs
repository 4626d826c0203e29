//! Counts by name.

use crate::Map;

/// How many of each thing there are.
#[derive(Debug, Default)]
pub struct Inventory {
    /// Count by name.
    pub counts: Map<String, u32>,
}

impl Inventory {
    /// Adds `count` of `name`.
    pub fn add(&mut self, name: &str, count: u32) {
        *self.counts.entry(name.to_string()).or_insert(0) += count;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn adds_up() {
        let mut stock = Inventory::default();
        stock.add("nut", 2);
        stock.add("nut", 1);
        assert_eq!(stock.counts["nut"], 3);
    }
}
