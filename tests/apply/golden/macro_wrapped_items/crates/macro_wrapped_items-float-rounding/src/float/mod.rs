//! Rounding of floats, with its helpers re-exported for the crate only.

#[doc(hidden)]
pub mod rounding;

pub use self::rounding::Mode;
#[doc(hidden)]
pub use self::rounding::nearest;
#[doc(hidden)]
pub use self::rounding::{half, mode_of};
pub(crate) use self::rounding::is_tie;

/// How many of `values` lie halfway between two integers.
pub fn ties(values: &[f64]) -> usize {
    values.iter().filter(|value| is_tie(**value)).count()
}
