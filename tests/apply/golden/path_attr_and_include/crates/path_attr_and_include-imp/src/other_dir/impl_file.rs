//! The module `crate::imp`, loaded through `#[path = "other_dir/impl_file.rs"]`.

// A `mod` inside a #[path]-loaded file resolves next to it:
// src/other_dir/support.rs (not src/other_dir/impl_file/support.rs).
#[doc(hidden)]
pub mod support;

/// A toy rolling hasher.
#[derive(Debug, Clone)]
pub struct Engine {
    shift: u32,
}

impl Engine {
    pub fn new() -> Self {
        Engine { shift: 5 }
    }

    pub fn hash(&self, data: &[u8]) -> u32 {
        data.iter().fold(crate::SEED, |acc, &b| {
            support::rotate(acc ^ u32::from(b), self.shift)
        })
    }
}

impl Default for Engine {
    fn default() -> Self {
        Self::new()
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn hash_depends_on_input() {
        let e = super::Engine::default();
        assert_ne!(e.hash(b"a"), e.hash(b"b"));
    }
}
