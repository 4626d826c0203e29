//! A macro that adds attributes to the items it is given.

/// Marks every item it wraps `#[inline]`.
macro_rules! inline_items {
    ($($item:tt)*) => (
        #[inline]
        $($item)*
    );
}
