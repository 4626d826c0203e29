//! Part of `reexport_chains`, split out by crate-split.
#![allow(rustdoc::broken_intra_doc_links)]
pub use reexport_chains_tools::*;
pub mod api;
#[doc(hidden)]
pub mod engine {
    pub use reexport_chains_tools::engine::*;
}
#[doc(hidden)]
pub mod parts {
    pub use reexport_chains_tools::parts::*;
}
#[doc(hidden)]
pub mod prelude {
    /// Re-export of the fastest gear.
    ///
    /// Defined in `crate::engine`.
    pub use crate::engine::fastest;
    /// Re-export of a box of gears.
    ///
    /// Defined in `crate::engine`.
    pub use crate::engine::gearbox;
    /// Re-export of runs a gear.
    ///
    /// Defined in `crate::engine`.
    pub use crate::engine::run;
    /// Re-export of the spin of a gearbox.
    ///
    /// Defined in `crate::engine`.
    pub use crate::engine::total_spin;
    /// Re-export of a gear.
    ///
    /// Defined in `crate::engine`.
    pub use crate::engine::Gear;
    /// Re-export of the torque of every gear.
    ///
    /// Defined in `crate::engine`.
    pub use crate::engine::TORQUE;
    /// Re-export of bolts of every size.
    ///
    /// Defined in `crate::parts`.
    pub use crate::parts::assortment;
    /// Re-export of the bolt for a gear.
    ///
    /// Defined in `crate::parts`.
    pub use crate::parts::bolt_for;
    /// Re-export of the largest bolt.
    ///
    /// Defined in `crate::parts`.
    pub use crate::parts::largest;
    /// Re-export of the size of some bolts.
    ///
    /// Defined in `crate::parts`.
    pub use crate::parts::total_size;
    /// Re-export of a bolt.
    ///
    /// Defined in `crate::parts`.
    pub use crate::parts::Bolt;
    /// Re-export of a gear, as parts call it.
    ///
    /// Defined in `crate::parts`.
    pub use crate::parts::Cog;
    /// Re-export of whether a toolbox turns a bolt.
    ///
    /// Defined in `crate::tools`.
    pub use crate::tools::has_wrench_for;
    /// Re-export of a box of wrenches.
    ///
    /// Defined in `crate::tools`.
    pub use crate::tools::toolbox;
    /// Re-export of the wrench for a bolt.
    ///
    /// Defined in `crate::tools`.
    pub use crate::tools::wrench_for;
    /// Re-export of a wrench.
    ///
    /// Defined in `crate::tools`.
    pub use crate::tools::Wrench;
}
#[doc(hidden)]
pub mod tools {
    pub use reexport_chains_tools::tools::*;
}
