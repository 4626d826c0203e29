//! Forwarding macros: the trait and the type are the caller's arguments.

/// `impl $imp for &$res` by cloning into the owned impl.
macro_rules! forward_ref_binop {
    (impl $imp:ident for $res:ty, $method:ident) => {
        impl<'a> $imp<$res> for &'a $res {
            type Output = $res;

            fn $method(self, other: $res) -> $res {
                $imp::$method(self.clone(), other)
            }
        }
    };
}
