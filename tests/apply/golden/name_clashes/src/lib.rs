//! Names shared by a module, a macro and a function, and modules with
//! `cfg` alternatives.
//!
//! ```
//! let entry = name_clashes::record!("x", 2);
//! assert_eq!(name_clashes::record::render(&entry), "x=2");
//! assert_eq!(name_clashes::record(3).value, 3);
//! ```

#[macro_use]
extern crate name_clashes_macros;
#[macro_use]
extern crate name_clashes_report;
pub use name_clashes_report::platform;
mod __name_clashes_macros_names {
    pub use name_clashes_macros::fmt;
    pub use name_clashes_macros::record;
}
pub use self::__name_clashes_macros_names::*;
mod __name_clashes_report_names {
    pub use name_clashes_report::record;
}
pub use self::__name_clashes_report_names::*;
#[doc = "Macros of the crate."]
#[allow(hidden_glob_reexports)]
mod macros {}

#[doc = "Collections: std's, re-exported by a glob, beside an item of its own."]
pub mod colls {
    pub use name_clashes_report::colls::*;
}

/// std's `fmt`, as tracing re-exports `tracing_core::callsite` beside its
/// `callsite!` macro: one name, a module and a macro.
pub use std::fmt::{self, Write as _};

#[doc = "A facade over `std::io` that names it `imp` on unix and loads a"]
pub mod io {
    pub use name_clashes_report::io::*;
}
#[doc = "Records: a module named like the macro `record!` and the function"]
pub mod record {
    pub use name_clashes_macros::record::*;
}
#[doc = "Reports over records, using the macros and the root function."]
pub mod report {
    pub use name_clashes_report::report::*;
}
#[doc = "Shapes, independent of records."]
pub mod shapes {
    pub use name_clashes_macros::shapes::*;
}

#[cfg(unix)]
#[allow(missing_docs)]
#[allow(hidden_glob_reexports)]
mod sys {}
#[cfg(not(unix))]
#[allow(missing_docs)]
#[allow(hidden_glob_reexports)]
mod sys {}

pub(crate) use square;
