//! Imports in all their shapes: globs, `pub use` chains, renames, nested use
//! trees, `self` in use lists, enum variant imports and shadowed globs.
//!
//! ```
//! use glob_reexports::prelude::*;
//!
//! // `Deep` is defined in `a::c` and re-exported three times.
//! let d: glob_reexports::Deep = glob_reexports::a::c::Deep::new(3);
//! assert_eq!(d.depth, 3);
//! assert_eq!(make_widget(7).id, 7);
//! assert_eq!(Color::Green.hex(), "#00ff00");
//! ```

#[allow(missing_docs)]
pub mod a {
    pub use glob_reexports_consumer::a::*;
    pub use glob_reexports_renames::a::*;
    #[allow(missing_docs)]
    pub mod b {
        pub use glob_reexports_consumer::a::b::*;
    }
    #[allow(missing_docs)]
    pub mod c {
        pub use glob_reexports_renames::a::c::*;
    }
}
#[doc = "Enum variants imported by glob. Without the imports, `Red` etc. in the"]
pub mod colors {
    pub use glob_reexports_colors::colors::*;
}
#[doc = "Two globs that both export `Widget` and `helper`. The explicit import of"]
pub mod consumer {
    pub use glob_reexports_consumer::consumer::*;
}
#[allow(missing_docs)]
pub mod e {
    pub use glob_reexports_consumer::e::*;
}
#[doc = "Second hop: a re-export of a re-export."]
pub mod mid {
    pub use glob_reexports_renames::mid::*;
}
#[doc = "Renamed imports and `self` in a use list."]
pub mod renames {
    pub use glob_reexports_renames::renames::*;
}
#[doc = "A nested use tree."]
pub mod trees {
    pub use glob_reexports_renames::trees::*;
}

/// Third hop of the chain `a::c::Deep` -> `a::Deep` -> `mid::Deep` -> `crate::Deep`.
pub use mid::Deep;

#[doc = "A glob re-export: everything public in `a::b`, plus one enum."]
pub mod prelude {
    pub use glob_reexports_colors::prelude::*;
}
