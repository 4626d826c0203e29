//! Part of `macro_modules`, split out by crate-split.
#![allow(rustdoc::broken_intra_doc_links)]
#[macro_use]
extern crate macro_modules_counter;
pub use macro_modules_counter::*;
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

pub mod report;
