//! Constants that are used as patterns in `crate::logic::classify`.

pub const ZERO: u32 = 0;
pub const MIN: u32 = 1;
pub const MAX: u32 = 10;
