//! Macros used by other modules; their bodies name `Describe` and `label`,
//! which they do not import: the expansion finds them where it is called.

/// Implements `Describe` for each primitive type it is given.
macro_rules! impl_describe {
    ($($t:ident)*) => {$(
        impl Describe for $t {
            fn describe(&self) -> String {
                label(stringify!($t), &self.to_string())
            }
        }
    )*};
}

/// The total length of the descriptions of `values`.
macro_rules! described_len {
    ($values:expr) => {
        $values.iter().map(|value| value.describe().len()).sum::<usize>()
    };
}
