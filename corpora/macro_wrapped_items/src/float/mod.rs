//! Rounding of floats, with its helpers re-exported for the crate only.

mod rounding;

pub use self::rounding::Mode;
pub(crate) use self::rounding::nearest;
pub(crate) use self::rounding::{half, mode_of};
pub(crate) use self::rounding::is_tie;

/// How many of `values` lie halfway between two integers.
pub fn ties(values: &[f64]) -> usize {
    values.iter().filter(|value| is_tie(**value)).count()
}
