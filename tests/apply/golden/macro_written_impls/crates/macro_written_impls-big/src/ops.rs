//! `Add` and `Shl` for `Big`: std's traits for a local type, so the impls
//! live in `Big`'s crate (orphan rule), but macros write them here.

use crate::big::Big;
use std::ops::{Add, Shl};

/// The digits of `left + right`.
fn add_digits(left: &Big, right: &Big) -> Big {
    let mut digits = Vec::new();
    let mut carry = 0u64;
    for index in 0..left.digits.len().max(right.digits.len()) {
        let sum = u64::from(left.digits.get(index).copied().unwrap_or(0))
            + u64::from(right.digits.get(index).copied().unwrap_or(0))
            + carry;
        digits.push(sum as u32);
        carry = sum >> 32;
    }
    digits.push(carry as u32);
    let mut big = Big { digits };
    big.normalize();
    big
}

/// `Add` for `Big`, by `add_digits`.
macro_rules! impl_add {
    () => {
        impl Add<Big> for Big {
            type Output = Big;

            fn add(self, other: Big) -> Big {
                add_digits(&self, &other)
            }
        }
    };
}

impl_add!();

forward_ref_binop!(impl Add for Big, add);

fn shifted(big: &Big, bits: u32) -> Big {
    let mut result = big.clone();
    for _ in 0..bits {
        result = result.clone() + result;
    }
    result
}

/// `Shl<$rhs> for Big` for each primitive shift amount.
macro_rules! impl_shift {
    ($($rhs:ty),*) => {$(
        impl Shl<$rhs> for Big {
            type Output = Big;

            fn shl(self, bits: $rhs) -> Big {
                shifted(&self, u32::from(bits))
            }
        }
    )*};
}

impl_shift!(u8, u16, u32);

#[cfg(test)]
mod tests {
    use crate::big::Big;

    #[test]
    fn adds_and_shifts() {
        assert_eq!((&Big::from_u64(2) + Big::from_u64(5)).to_u64(), 7);
        assert_eq!((Big::from_u64(1) << 40u32).to_u64(), 1 << 40);
    }
}
