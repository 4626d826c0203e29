//! Part of `name_clashes`, split out by crate-split.
#![allow(unused_imports)]
#[macro_use]
#[allow(unused_imports)]
extern crate name_clashes_record;
#[allow(unused_imports)]
pub use name_clashes_record::*;
#[doc(hidden)]
pub mod macros {
    #[allow(unused_imports)]
    pub use name_clashes_record::macros::*;
}

pub mod io;
#[doc(hidden)]
pub mod record {
    #[allow(unused_imports)]
    pub use name_clashes_record::record::*;
}
pub mod report;
#[doc(hidden)]
pub mod shapes {
    #[allow(unused_imports)]
    pub use name_clashes_record::shapes::*;
}

#[cfg(unix)]
#[doc(hidden)]
pub mod sys {
    #[allow(unused_imports)]
    pub use name_clashes_record::sys::*;
}
#[cfg(not(unix))]
#[doc(hidden)]
pub mod sys {
    #[allow(unused_imports)]
    pub use name_clashes_record::sys::*;
}

#[doc(hidden)] pub use square;


