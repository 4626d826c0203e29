//! Kernels stamped out by a macro, one per name.

#[macro_export]
#[doc(hidden)]
macro_rules! kernel {
    ($name:ident, $factor:expr) => {
        /// A generated kernel.
        pub fn $name(value: u32) -> u32 {
            value * $factor
        }
    };
}



