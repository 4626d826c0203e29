//! Names shared by a module, a macro and a function, and modules with
//! `cfg` alternatives.
//!
//! ```
//! let entry = name_clashes::record!("x", 2);
//! assert_eq!(name_clashes::record::render(&entry), "x=2");
//! assert_eq!(name_clashes::record(3).value, 3);
//! ```

#[macro_use]
#[allow(unused_imports)]
extern crate name_clashes_record;
#[macro_use]
#[allow(unused_imports)]
extern crate name_clashes_root;
#[allow(unused_imports)]
pub use name_clashes_root::platform;
#[allow(unused_imports)]
mod __name_clashes_record_names {
    pub use name_clashes_record::record;
}
#[allow(unused_imports)]
pub use self::__name_clashes_record_names::*;
#[allow(unused_imports)]
mod __name_clashes_root_names {
    pub use name_clashes_root::record;
}
#[allow(unused_imports)]
pub use self::__name_clashes_root_names::*;
#[doc = "Macros of the crate."]
#[allow(hidden_glob_reexports)]
mod macros {
    #[allow(unused_imports)]
    pub use name_clashes_record::macros::*;
}

#[doc = "A facade over `std::io` that names it `imp` on unix and loads a"]
pub mod io {
    #[allow(unused_imports)]
    pub use name_clashes_root::io::*;
}
#[doc = "Records: a module named like the macro `record!` and the function"]
pub mod record {
    #[allow(unused_imports)]
    pub use name_clashes_record::record::*;
}
#[doc = "Reports over records, using the macros and the root function."]
pub mod report {
    #[allow(unused_imports)]
    pub use name_clashes_root::report::*;
}
#[doc = "Shapes, independent of records."]
pub mod shapes {
    #[allow(unused_imports)]
    pub use name_clashes_record::shapes::*;
}

#[cfg(unix)]
#[allow(missing_docs)]
#[allow(hidden_glob_reexports)]
mod sys {
    #[allow(unused_imports)]
    pub use name_clashes_root::sys::*;
}
#[cfg(not(unix))]
#[allow(missing_docs)]
#[allow(hidden_glob_reexports)]
mod sys {
    #[allow(unused_imports)]
    pub use name_clashes_root::sys::*;
}

pub(crate) use square;




