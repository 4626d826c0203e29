//! The public entry points, naming everything through re-exports.

use crate::engine::{Gear, TORQUE};
use crate::parts::Cog;
use crate::prelude::Bolt;

/// Runs the engine on a gear.
pub fn turn(gear: Gear) -> u32 {
    crate::engine::run(gear)
}

/// Describes a bolt.
pub fn label(bolt: &Bolt) -> String {
    format!("bolt {}", bolt.size)
}

/// The torque a cog transmits.
pub fn torque(cog: Cog) -> u32 {
    TORQUE * cog.teeth
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn torque_scales_with_teeth() {
        assert_eq!(torque(Cog::new(2)), 20);
        assert_eq!(crate::parts::bolt_for(Cog::new(5)).size, 5);
    }
}

/// Whether the wrench for a bolt named through `parts` turns it.
pub fn fits(bolt: Bolt) -> bool {
    let wrench: crate::parts::Wrench = crate::tools::wrench_for(bolt);
    wrench.turns(&bolt)
}

/// The bolts that a gearbox of `n` gears needs, one per gear.
pub fn bolts_for_gearbox(n: u32) -> Vec<Bolt> {
    crate::engine::gearbox(n).into_iter().map(crate::parts::bolt_for).collect()
}

/// Every bolt of a gearbox, with whether a toolbox for it turns it.
pub fn check_gearbox(n: u32) -> Vec<(Bolt, bool)> {
    let bolts = bolts_for_gearbox(n);
    bolts.iter().map(|bolt| (*bolt, fits(*bolt))).collect()
}

#[cfg(test)]
mod more_tests {
    use super::*;

    #[test]
    fn every_bolt_of_a_gearbox_fits() {
        let checked = check_gearbox(3);
        assert_eq!(checked.len(), 3);
        assert!(checked.iter().all(|(_, fits)| *fits));
    }
}
