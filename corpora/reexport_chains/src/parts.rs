//! Parts, independent of the engine; they also re-export the tool that
//! fits them, although `tools` depends on `parts` and not the other way.

/// A bolt.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Bolt {
    /// Its size.
    pub size: u32,
}

pub use crate::engine::Gear as Cog;
pub use crate::tools::Wrench;

/// A bolt as large as a gear has teeth.
pub fn bolt_for(cog: Cog) -> Bolt {
    Bolt { size: cog.teeth }
}

/// The total size of some bolts.
pub fn total_size(bolts: &[Bolt]) -> u32 {
    bolts.iter().map(|bolt| bolt.size).sum()
}

/// The largest bolt, if any.
pub fn largest(bolts: &[Bolt]) -> Option<Bolt> {
    bolts.iter().copied().max_by_key(|bolt| bolt.size)
}

/// Bolts of every size from 1 to `n`.
pub fn assortment(n: u32) -> Vec<Bolt> {
    (1..=n).map(|size| Bolt { size }).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_add_up() {
        let bolts = assortment(4);
        assert_eq!(total_size(&bolts), 10);
        assert_eq!(largest(&bolts), Some(Bolt { size: 4 }));
        assert_eq!(largest(&[]), None);
    }
}
