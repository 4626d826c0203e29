//! The wrapper macros and crate-private helpers some of them wrap.

/// Items that exist with the `std` feature.
macro_rules! cfg_std {
    ($($item:item)*) => {
        $(
            #[cfg(feature = "std")]
            $item
        )*
    }
}

/// Items that exist with the `unstable` feature, marked so in the docs.
macro_rules! cfg_unstable {
    ($($item:item)*) => {
        $(
            #[cfg(feature = "unstable")]
            #[cfg_attr(docsrs, doc(cfg(feature = "unstable")))]
            $item
        )*
    }
}

#[cfg(feature = "std")]
/// Twice `value`; crate-private, used by other modules.
#[doc(hidden)]
pub fn double(value: u32) -> u32 {
    value * 2
}

#[cfg(feature = "std")]
/// A name for a value; crate-private, implemented by other modules.
#[doc(hidden)]
pub trait Describe {
    fn describe(&self) -> String;
}

#[cfg(all(test, feature = "std"))]
mod tests {
    #[test]
    fn doubles() {
        assert_eq!(super::double(21), 42);
    }
}
