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
    pub use reexport_chains_api::api::*;
}
#[doc = "The engine: its items live in the private `inner` module and reach this"]
pub mod engine {
    pub use reexport_chains_engine_extra::engine::*;
    pub use reexport_chains_tools::engine::*;
    #[doc = "Extras for gears: a child of `engine` that another crate may hold, so"]
    pub mod extra {
        pub use reexport_chains_engine_extra::engine::extra::*;
    }
    #[allow(missing_docs)]
    #[allow(hidden_glob_reexports)]
    mod inner {}
}
#[doc = "Parts, independent of the engine; they also re-export the tool that"]
pub mod parts {
    pub use reexport_chains_tools::parts::*;
}
#[doc = "A prelude that only re-exports items of other modules. Other modules"]
pub mod prelude {
    pub use reexport_chains_prelude::prelude::*;
}
#[doc = "Tools for parts."]
pub mod tools {
    pub use reexport_chains_tools::tools::*;
}
