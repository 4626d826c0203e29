//! Part of `reexport_chains`, split out by crate-split.
#![allow(unused_imports)]
#![allow(rustdoc::broken_intra_doc_links)]
#[allow(unused_imports)]
pub use reexport_chains_tools::*;
pub mod api;
#[doc(hidden)]
pub mod engine {
    #[allow(unused_imports)]
    pub use reexport_chains_tools::engine::*;
}
#[doc(hidden)]
pub mod parts {
    #[allow(unused_imports)]
    pub use reexport_chains_tools::parts::*;
}
#[doc(hidden)]
pub mod prelude {
    #[allow(unused_imports)]
    /// Re-export of a gear.
    ///
    /// Defined in `crate::engine`.
    pub use crate::engine::Gear;
    #[allow(unused_imports)]
    /// Re-export of the torque of every gear.
    ///
    /// Defined in `crate::engine`.
    pub use crate::engine::TORQUE;
    #[allow(unused_imports)]
    /// Re-export of the fastest gear.
    ///
    /// Defined in `crate::engine`.
    pub use crate::engine::fastest;
    #[allow(unused_imports)]
    /// Re-export of a box of gears.
    ///
    /// Defined in `crate::engine`.
    pub use crate::engine::gearbox;
    #[allow(unused_imports)]
    /// Re-export of runs a gear.
    ///
    /// Defined in `crate::engine`.
    pub use crate::engine::run;
    #[allow(unused_imports)]
    /// Re-export of the spin of a gearbox.
    ///
    /// Defined in `crate::engine`.
    pub use crate::engine::total_spin;
    #[allow(unused_imports)]
    /// Re-export of a bolt.
    ///
    /// Defined in `crate::parts`.
    pub use crate::parts::Bolt;
    #[allow(unused_imports)]
    /// Re-export of a gear, as parts call it.
    ///
    /// Defined in `crate::parts`.
    pub use crate::parts::Cog;
    #[allow(unused_imports)]
    /// Re-export of bolts of every size.
    ///
    /// Defined in `crate::parts`.
    pub use crate::parts::assortment;
    #[allow(unused_imports)]
    /// Re-export of the bolt for a gear.
    ///
    /// Defined in `crate::parts`.
    pub use crate::parts::bolt_for;
    #[allow(unused_imports)]
    /// Re-export of the largest bolt.
    ///
    /// Defined in `crate::parts`.
    pub use crate::parts::largest;
    #[allow(unused_imports)]
    /// Re-export of the size of some bolts.
    ///
    /// Defined in `crate::parts`.
    pub use crate::parts::total_size;
    #[allow(unused_imports)]
    /// Re-export of a wrench.
    ///
    /// Defined in `crate::tools`.
    pub use crate::tools::Wrench;
    #[allow(unused_imports)]
    /// Re-export of whether a toolbox turns a bolt.
    ///
    /// Defined in `crate::tools`.
    pub use crate::tools::has_wrench_for;
    #[allow(unused_imports)]
    /// Re-export of a box of wrenches.
    ///
    /// Defined in `crate::tools`.
    pub use crate::tools::toolbox;
    #[allow(unused_imports)]
    /// Re-export of the wrench for a bolt.
    ///
    /// Defined in `crate::tools`.
    pub use crate::tools::wrench_for;
}
#[doc(hidden)]
pub mod tools {
    #[allow(unused_imports)]
    pub use reexport_chains_tools::tools::*;
}
