//! Modules declared inside macro invocations, the way `cfg_if!` and
//! `cfg_feature!`-style helpers do it: the `mod name;` items are tokens of
//! the call, and their files still belong to the crate.
//!
//! ```
//! use macro_modules::{Counter, Shape};
//! assert_eq!(Counter::new().bump().value(), 1);
//! assert_eq!(Shape::Square(2).area(), 4);
//! assert_eq!(macro_modules::platform::NAME.is_empty(), false);
//! ```

/// Passes its items through unchanged (what a feature-gating helper does
/// when the feature is on).
macro_rules! items {
    ($($item:item)*) => {
        $($item)*
    };
}

/// A small `cfg_if!`: the first branch whose predicate holds.
macro_rules! cfg_if {
    (if #[cfg($meta:meta)] { $($yes:item)* } else { $($no:item)* }) => {
        $(#[cfg($meta)] $yes)*
        $(#[cfg(not($meta))] $no)*
    };
}

items! {
    /// A counter, in a module declared inside `items!`.
    pub mod counter;
    pub use counter::Counter;
}

items! {
    pub mod shapes;
    pub use shapes::Shape;
}

pub mod platform {
    //! Inline module whose children are declared by `cfg_if!`.

    cfg_if! {
        if #[cfg(unix)] {
            mod unix;
            pub use self::unix::NAME;
        } else {
            mod fallback;
            pub use self::fallback::NAME;
        }
    }
}

pub mod report;
