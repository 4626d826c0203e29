//! Kernels stamped out by a macro, one per name.

macro_rules! kernel {
    ($name:ident, $factor:expr) => {
        /// A generated kernel.
        pub fn $name(value: u32) -> u32 {
            value * $factor
        }
    };
}

macro_rules! when_enabled {
    ($($items:tt)*) => {
        $($items)*
    };
}

when_enabled! {
    kernel!(double, 2);
    kernel!(triple, 3);
}

/// Emits the trait it is given, as petgraph's `trait_template!` does.
macro_rules! trait_template {
    ($($body:tt)*) => {
        $($body)*
    };
}

trait_template! {
    /// Doubling as a method.
    pub trait Twice {
        /// Twice the value.
        fn twice(&self) -> u32;
    }
}

impl Twice for u32 {
    fn twice(&self) -> u32 {
        double(*self)
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn kernels_multiply() {
        assert_eq!(super::double(2) + super::triple(1), 7);
    }
}
