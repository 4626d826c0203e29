//! A module moved whole to a member, with a `#[doc(hidden)]` submodule
//! declared in its file: the facade regenerates the module tree, and the
//! submodule must stay hidden (the public API is unchanged).
//!
//! ```
//! assert_eq!(hidden_nested_modules::shapes::area(&hidden_nested_modules::shapes::Square(3)), 9);
//! ```

#[doc = "Reports about shapes."]
pub mod report {
    pub use hidden_nested_modules_report::report::*;
}
#[doc = "Shapes."]
pub mod shapes {
    pub use hidden_nested_modules_shapes_square::shapes::*;
    #[doc(hidden)]
    #[allow(missing_docs)]
    pub mod hidden_export {
        pub use hidden_nested_modules_shapes_square::shapes::hidden_export::*;
    }
    #[allow(missing_docs)]
    #[allow(hidden_glob_reexports)]
    mod square {}
}
