//! Part of `macro_modules`, split out by crate-split.
#![allow(rustdoc::broken_intra_doc_links)]
/// Passes its items through unchanged (what a feature-gating helper does
/// when the feature is on).
#[macro_export]
#[doc(hidden)]
macro_rules! items {
    ($($item:item)*) => {
        $($item)*
    };
}

/// A small `cfg_if!`: the first branch whose predicate holds.
#[macro_export]
#[doc(hidden)]
macro_rules! cfg_if {
    (if #[cfg($meta:meta)] { $($yes:item)* } else { $($no:item)* }) => {
        $(#[cfg($meta)] $yes)*
        $(#[cfg(not($meta))] $no)*
    };
}

pub mod platform {
    //! Inline module whose children are declared by `cfg_if!`.

    cfg_if! {
        if #[cfg(unix)] {
            #[doc(hidden)]
            pub mod unix;
            pub use self::unix::NAME;
        } else {
            #[doc(hidden)]
            pub mod fallback;
            pub use self::fallback::NAME;
        }
    }
}
