//! Extras for gears: a child of `engine` that another crate may hold, so
//! that crate has its own part of `engine` with a copy of its `use` items.

use super::Gear;

/// A pair of meshing gears.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Pair {
    /// The driving gear.
    pub driver: Gear,
    /// The driven gear.
    pub driven: Gear,
}

impl Pair {
    /// A pair of gears.
    pub fn new(driver: Gear, driven: Gear) -> Self {
        Pair { driver, driven }
    }

    /// The gear ratio, driven teeth over driver teeth, as a fraction.
    pub fn ratio(&self) -> (u32, u32) {
        let divisor = gcd(self.driven.teeth, self.driver.teeth);
        (self.driven.teeth / divisor, self.driver.teeth / divisor)
    }

    /// The pair the other way round.
    pub fn reversed(&self) -> Pair {
        Pair::new(self.driven, self.driver)
    }

    /// Whether the driven gear turns slower than the driver.
    pub fn reduces(&self) -> bool {
        self.driven.teeth > self.driver.teeth
    }
}

/// Greatest common divisor.
pub fn gcd(a: u32, b: u32) -> u32 {
    if b == 0 {
        a.max(1)
    } else {
        gcd(b, a % b)
    }
}

/// Pairs of neighbouring gears of a train.
pub fn train(gears: &[Gear]) -> Vec<Pair> {
    gears.windows(2).map(|pair| Pair::new(pair[0], pair[1])).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ratios_are_reduced() {
        let pair = Pair::new(Gear::new(4), Gear::new(10));
        assert_eq!(pair.ratio(), (5, 2));
        assert!(pair.reduces());
        assert!(!pair.reversed().reduces());
        assert_eq!(train(&[Gear::new(1), Gear::new(2), Gear::new(3)]).len(), 2);
    }
}
