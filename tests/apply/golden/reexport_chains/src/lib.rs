//! Items reached through `pub use` and `pub(crate) use` chains.
//!
//! ```
//! use reexport_chains::prelude::*;
//!
//! let gear = Gear::new(4);
//! assert_eq!(reexport_chains::api::turn(gear), 8);
//! assert_eq!(reexport_chains::api::label(&Bolt { size: 2 }), "bolt 2");
//! ```

#[doc = "The public entry points, naming everything through re-exports."]
pub mod api {
    #[allow(unused_imports)]
    pub use reexport_chains_api::api::*;
}
#[doc = "The engine: its items live in the private `inner` module and reach this"]
pub mod engine {
    #[allow(unused_imports)]
    pub use reexport_chains_engine_extra::engine::*;
    #[allow(unused_imports)]
    pub use reexport_chains_tools::engine::*;
    #[allow(unused_imports)]
    pub use self::inner::*;
    #[allow(unused_imports)]
    pub use self::inner::Gear;
    #[doc = "Extras for gears: a child of `engine` that another crate may hold, so"]
    pub mod extra {
        #[allow(unused_imports)]
        pub use reexport_chains_engine_extra::engine::extra::*;
    }
    #[allow(missing_docs)]
    #[allow(hidden_glob_reexports)]
    mod inner {
        #[allow(unused_imports)]
        pub use reexport_chains_tools::engine::inner::*;
    }
}
#[doc = "Parts, independent of the engine; they also re-export the tool that"]
pub mod parts {
    #[allow(unused_imports)]
    pub use reexport_chains_tools::parts::*;
    #[allow(unused_imports)]
    pub use crate::engine::Gear as Cog;
    #[allow(unused_imports)]
    pub use crate::tools::Wrench;
}
#[doc = "A prelude that only re-exports items of other modules. Other modules"]
pub mod prelude {
    #[allow(unused_imports)]
    pub use reexport_chains_prelude::prelude::*;
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
#[doc = "Tools for parts."]
pub mod tools {
    #[allow(unused_imports)]
    pub use reexport_chains_tools::tools::*;
}
