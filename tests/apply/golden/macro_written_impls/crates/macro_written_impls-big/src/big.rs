//! A little big number: base 2^32 digits, least significant first.

/// A non-negative number of any size.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Big {
    pub(crate) digits: Vec<u32>,
}

impl Big {
    /// The number `value`.
    pub fn from_u64(value: u64) -> Big {
        let mut big = Big { digits: vec![value as u32, (value >> 32) as u32] };
        big.normalize();
        big
    }

    /// The low 64 bits.
    pub fn to_u64(&self) -> u64 {
        let low = u64::from(self.digits.first().copied().unwrap_or(0));
        let high = u64::from(self.digits.get(1).copied().unwrap_or(0));
        low | (high << 32)
    }

    /// Whether the number is zero.
    pub fn is_zero(&self) -> bool {
        self.digits.is_empty()
    }

    /// Drops the zero digits at the top.
    pub(crate) fn normalize(&mut self) {
        while self.digits.last() == Some(&0) {
            self.digits.pop();
        }
    }

    /// The number of significant bits.
    pub fn bits(&self) -> u64 {
        match self.digits.last() {
            None => 0,
            Some(top) => 32 * self.digits.len() as u64 - u64::from(top.leading_zeros()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Big;

    #[test]
    fn round_trips_through_u64() {
        assert_eq!(Big::from_u64(u64::MAX).to_u64(), u64::MAX);
        assert!(Big::from_u64(0).is_zero());
        assert_eq!(Big::from_u64(5).bits(), 3);
    }
}
