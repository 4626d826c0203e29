//! `use` items that name functions a macro generates: the analysis cannot
//! resolve them, yet every crate holding their module must keep them.
//!
//! ```
//! assert_eq!(macro_generated_imports::convert::total(&[1, 2]), 10);
//! ```

pub mod convert;
pub mod kernels;
