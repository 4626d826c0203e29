//! `use` items that name functions a macro generates: the analysis cannot
//! resolve them, yet every crate holding their module must keep them.
//!
//! ```
//! assert_eq!(macro_generated_imports::convert::total(&[1, 2]), 10);
//! ```

#[macro_use]
extern crate macro_generated_imports_kernels;
#[doc = "Conversions built on the generated kernels."]
pub mod convert {
    pub use macro_generated_imports_convert::convert::*;
}
#[doc = "Kernels stamped out by a macro, one per name."]
pub mod kernels {
    pub use macro_generated_imports_kernels::kernels::*;
}
