//! Kernels stamped out by a macro, one per name.

#[allow(unused_imports)]
pub use macro_generated_imports_base::kernels::*;

macro_rules! when_enabled {
    ($($items:item)*) => {
        $($items)*
    };
}

when_enabled! {
    kernel!(double, 2);
    kernel!(triple, 3);
}

#[cfg(test)]
mod tests {
    #[test]
    fn kernels_multiply() {
        assert_eq!(super::double(2) + super::triple(1), 7);
    }
}
