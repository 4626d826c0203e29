//! Part of `name_clashes`, split out by crate-split.
#![allow(unused_imports)]
#[macro_use]
#[allow(unused_imports)]
extern crate name_clashes_root;
#[allow(unused_imports)]
pub use name_clashes_root::*;
#[doc(hidden)]
pub mod macros {
    #[allow(unused_imports)]
    pub use name_clashes_root::macros::*;
}

pub mod record;
pub mod report;
#[doc(hidden)]
pub mod shapes {
    #[allow(unused_imports)]
    pub use name_clashes_root::shapes::*;
}

#[cfg(unix)]
#[doc(hidden)]
pub mod sys {
    #[allow(unused_imports)]
    pub use name_clashes_root::sys::*;
}
#[cfg(not(unix))]
#[doc(hidden)]
pub mod sys {
    #[allow(unused_imports)]
    pub use name_clashes_root::sys::*;
}

#[doc(hidden)] pub use square;


