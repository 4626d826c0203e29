//! Tools for parts.

use crate::parts::Bolt;

/// A wrench that fits one bolt size.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Wrench {
    /// The bolt it fits.
    pub fits: Bolt,
}

impl Wrench {
    /// Whether the wrench turns `bolt`.
    pub fn turns(&self, bolt: &Bolt) -> bool {
        self.fits.size == bolt.size
    }
}

/// A wrench for `bolt`.
pub fn wrench_for(bolt: Bolt) -> Wrench {
    Wrench { fits: bolt }
}

/// The wrenches for a set of bolts, smallest first.
pub fn toolbox(bolts: &[Bolt]) -> Vec<Wrench> {
    let mut wrenches: Vec<Wrench> = bolts.iter().copied().map(wrench_for).collect();
    wrenches.sort_by_key(|wrench| wrench.fits.size);
    wrenches.dedup();
    wrenches
}

/// Whether some wrench of the box turns `bolt`.
pub fn has_wrench_for(toolbox: &[Wrench], bolt: &Bolt) -> bool {
    toolbox.iter().any(|wrench| wrench.turns(bolt))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn toolbox_is_sorted_and_without_duplicates() {
        let bolts = [Bolt { size: 3 }, Bolt { size: 1 }, Bolt { size: 3 }];
        let wrenches = toolbox(&bolts);
        assert_eq!(wrenches.len(), 2);
        assert_eq!(wrenches[0].fits.size, 1);
        assert!(has_wrench_for(&wrenches, &Bolt { size: 3 }));
        assert!(!has_wrench_for(&wrenches, &Bolt { size: 2 }));
    }
}
