//! Shapes: a module whose parts are declared and re-exported inside
//! wrapper calls, one of them behind a feature that is off by default.

#[cfg(feature = "unstable")]
#[cfg_attr(docsrs, doc(cfg(feature = "unstable")))]
#[doc(hidden)]
pub mod circle;
#[cfg(feature = "unstable")]
#[cfg_attr(docsrs, doc(cfg(feature = "unstable")))]
pub use circle::Circle;

use crate::utils::double;
