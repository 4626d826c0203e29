pub use glob_reexports_consumer::a::*;
#[doc(hidden)]
pub mod b {
    pub use glob_reexports_consumer::a::b::*;
}
pub mod c;

/// First hop of the re-export chain for `c::Deep`.
pub use self::c::Deep;
