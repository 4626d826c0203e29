//! `crate::outer::deep`, loaded from src/outer/deep.rs because `mod deep;`
//! sits inside the inline `mod outer { .. }` in src/lib.rs.

// Relative to this file: pastes src/outer/deep_consts.rs here.
include!("deep_consts.rs");

pub fn fold(data: &[u8], seed: u32) -> u32 {
    data.iter()
        .fold(seed, |acc, &b| (acc ^ u32::from(b)).wrapping_mul(DEEP_PRIME))
}
