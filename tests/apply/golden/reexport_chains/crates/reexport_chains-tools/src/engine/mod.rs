//! The engine: its items live in the private `inner` module and reach this
//! module only through re-exports.

#[doc(hidden)]
pub mod inner;

pub(crate) use self::inner::spin;
pub use self::inner::Gear;
pub use self::inner::*;

/// Spins a gear's teeth twice.
pub fn run(gear: Gear) -> u32 {
    spin(gear.teeth) + spin(0)
}

#[cfg(test)]
mod tests {
    #[test]
    fn run_doubles_the_teeth() {
        assert_eq!(super::run(super::Gear::new(3)), 6);
        assert_eq!(super::TORQUE, 10);
    }
}

/// Gears for every tooth count from 1 to `n`.
pub fn gearbox(n: u32) -> Vec<Gear> {
    (1..=n).map(Gear::new).collect()
}

/// The gear with the most teeth, if any.
pub fn fastest(gears: &[Gear]) -> Option<Gear> {
    gears.iter().copied().max_by_key(|gear| gear.teeth)
}

/// The spins of a gearbox, summed.
pub fn total_spin(gears: &[Gear]) -> u32 {
    gears.iter().map(|gear| spin(gear.teeth)).sum()
}
