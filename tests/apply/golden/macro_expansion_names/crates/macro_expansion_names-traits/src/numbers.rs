//! `Describe` for primitive types, written by a macro of another module:
//! the impls must live with the trait (orphan rule), and the call needs
//! `Describe` and `label`, which only the macro's body names.

use crate::traits::*;

impl_describe!(u8 u16 u32 u64 i8 i16 i32 i64);

/// The widest description among `values`.
pub fn widest(values: &[u64]) -> usize {
    values.iter().map(|value| value.describe().len()).max().unwrap_or(0)
}

/// Every value described and padded to the widest.
pub fn table(values: &[u64]) -> Vec<String> {
    let width = widest(values);
    values.iter().map(|value| value.describe_padded(width)).collect()
}

/// The signed value of `value`, described.
pub fn signed(value: i32) -> String {
    value.describe()
}

#[cfg(test)]
mod tests {
    use crate::traits::Describe;

    #[test]
    fn primitives_describe_themselves() {
        assert_eq!(3u32.describe(), "u32:3");
        assert_eq!(super::signed(-4), "i32:-4");
    }

    #[test]
    fn tables_pad_to_the_widest() {
        assert_eq!(super::table(&[1, 100]), vec!["u64:1..", "u64:100"]);
    }
}
