//! Operator impls for a local type, written by macros in other modules
//! than the type's, as num-bigint's `impl_shift!` and `forward_*!` do.
//!
//! ```
//! use macro_written_impls::big::Big;
//! assert_eq!((Big::from_u64(3) << 2u8).to_u64(), 12);
//! assert_eq!((Big::from_u64(3) + Big::from_u64(4)).to_u64(), 7);
//! ```

#[macro_use]
extern crate macro_written_impls_big;
#[doc = "Forwarding macros: the trait and the type are the caller's arguments."]
#[allow(hidden_glob_reexports)]
mod macros {}

#[doc = "A little big number: base 2^32 digits, least significant first."]
pub mod big {
    pub use macro_written_impls_big::big::*;
}
#[doc = "`Add` and `Shl` for `Big`: std's traits for a local type, so the impls"]
pub mod ops {
    pub use macro_written_impls_big::ops::*;
}
#[doc = "Powers of two, built with `<<` and `+` on `Big`."]
pub mod report {
    pub use macro_written_impls_report::report::*;
}
