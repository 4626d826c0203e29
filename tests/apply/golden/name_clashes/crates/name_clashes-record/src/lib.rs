//! Part of `name_clashes`, split out by crate-split.
#![allow(unused_imports)]
#[macro_use]
#[doc(hidden)] pub mod macros;

#[doc(hidden)]
pub mod io {
    #[cfg(not(unix))]
    #[doc(hidden)]
    pub mod imp {
        #[allow(unused_imports)]
        pub use std::io::{Error, ErrorKind, Write};
    }
}
pub mod record;
pub mod shapes;


/// Squares a number; a root macro re-exported by path.
#[macro_export]
#[doc(hidden)]
macro_rules! square {
    ($x:expr) => {
        $x * $x
    };
}




