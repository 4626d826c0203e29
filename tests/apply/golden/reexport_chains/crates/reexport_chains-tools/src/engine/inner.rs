/// A gear with some teeth.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Gear {
    /// Number of teeth.
    pub teeth: u32,
}

impl Gear {
    /// A gear with `teeth` teeth.
    pub fn new(teeth: u32) -> Self {
        Gear { teeth }
    }
}

/// Torque of every gear, re-exported by the glob in `engine`.
pub const TORQUE: u32 = 10;

/// Crate-visible only, re-exported with `pub(crate) use`.
pub(crate) fn spin(teeth: u32) -> u32 {
    teeth * 2
}
