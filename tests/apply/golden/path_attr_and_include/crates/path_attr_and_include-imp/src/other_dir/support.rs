//! `crate::imp::support`, found at src/other_dir/support.rs.

pub(crate) fn rotate(x: u32, n: u32) -> u32 {
    x.rotate_left(n)
}
