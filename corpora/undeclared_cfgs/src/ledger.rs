//! Sums over an inventory.

use crate::inventory::Inventory;
use crate::Map;

/// Everything counted.
pub fn total(stock: &Inventory) -> u32 {
    stock.counts.values().sum()
}

/// Counts above `floor`, by name.
pub fn above(stock: &Inventory, floor: u32) -> Map<String, u32> {
    stock.counts.iter().filter(|(_, c)| **c > floor).map(|(n, c)| (n.clone(), *c)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sums_and_filters() {
        let mut stock = Inventory::default();
        stock.add("bolt", 5);
        stock.add("nut", 1);
        assert_eq!(total(&stock), 6);
        assert_eq!(above(&stock, 2).len(), 1);
    }
}
