//! The engine: its items live in the private `inner` module and reach this
//! module only through re-exports.

pub use reexport_chains_tools::engine::*;
pub mod extra;
#[doc(hidden)]
pub mod inner {
    pub use reexport_chains_tools::engine::inner::*;
}

pub use self::inner::Gear;
pub use self::inner::*;
