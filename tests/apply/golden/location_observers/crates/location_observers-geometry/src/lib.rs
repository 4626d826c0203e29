//! Part of `location_observers`, split out by crate-split.
#![allow(unused_imports)]
#[macro_use]
#[allow(unused_imports)]
extern crate location_observers_units;
#[allow(unused_imports)]
pub use location_observers_units::*;
pub mod geometry;
#[doc(hidden)]
pub mod report {
    #[allow(unused_imports)]
    pub use location_observers_units::report::*;
}
#[doc(hidden)]
pub mod units {
    #[allow(unused_imports)]
    pub use location_observers_units::units::*;
}


