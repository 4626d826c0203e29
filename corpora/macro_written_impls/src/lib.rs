//! Operator impls for a local type, written by macros in other modules
//! than the type's, as num-bigint's `impl_shift!` and `forward_*!` do.
//!
//! ```
//! use macro_written_impls::big::Big;
//! assert_eq!((Big::from_u64(3) << 2u8).to_u64(), 12);
//! assert_eq!((Big::from_u64(3) + Big::from_u64(4)).to_u64(), 7);
//! ```

#[macro_use]
mod macros;

pub mod big;
pub mod ops;
pub mod report;
