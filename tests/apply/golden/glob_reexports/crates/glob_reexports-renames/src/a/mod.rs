pub mod b;
pub mod c;

/// First hop of the re-export chain for `c::Deep`.
pub use self::c::Deep;
