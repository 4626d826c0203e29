/// A text label. `Named` is implemented for it in `crate::impls::named`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Label(pub String);
