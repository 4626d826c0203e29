//! Every function here binds a local name that is also a crate item.

use crate::config::{config, Config};
use crate::limits::{self, MAX, MIN};
use crate::traits::{scale, Named, Scale};
use crate::types::{limit, value, T};

/// `let config = config();`: the right side is the fn, later uses are the local.
pub fn effective_level() -> u32 {
    let config = config();
    config.level
}

/// Parameter `value` shadows `types::value` in the whole body.
pub fn bump(value: u32) -> u32 {
    value + 1
}

/// Closure parameter `limit` shadows `types::limit` only inside the closure.
pub fn doubled_limits() -> Vec<u32> {
    let double = |limit: u32| limit * 2;
    vec![double(limit()), double(MAX)]
}

/// `if let` binding `config` exists only in the first branch.
pub fn first_name(items: &[Config]) -> String {
    if let Some(config) = items.first() {
        config.name.clone()
    } else {
        config().name
    }
}

/// `for` pattern bindings `config` and `limit`; after the loop `limit()` is the fn again.
pub fn capped_total(items: &[Config]) -> u32 {
    let mut total = 0;
    for (config, limit) in items.iter().zip([1u32, 2, 3]) {
        total += config.level.min(limit);
    }
    total + limit()
}

/// Generic parameter `T` hides the imported `struct T` inside this fn.
pub fn pick_first<T: Clone>(a: &T, _b: &T) -> T {
    a.clone()
}

/// Here `T` is `crate::types::T`.
pub fn make_t(id: u32) -> T {
    T { id }
}

/// A local `limits` (value namespace) next to the module `limits` (type namespace).
pub fn namespaces() -> u32 {
    let limits = [MIN, MAX];
    limits.len() as u32 + limits::MAX
}

/// A nested fn item shadows the imported `value` in this block.
pub fn nested_item() -> u32 {
    fn value() -> u32 {
        100
    }
    value()
}

/// Struct pattern and struct literal, both naming `Config` and its fields.
pub fn exclaim(c: Config) -> Config {
    let Config { level, name } = c;
    Config {
        level,
        name: format!("{}!", name),
    }
}

/// Trait bounds with local traits; `.scale(..)` is the method
/// `Scale::scale`, `scale(..)` is the free fn `traits::scale`.
pub fn weight<S: Scale + Named>(s: &S) -> u32 {
    s.scale(2) + scale(s.name().len() as u32)
}

/// A where clause with a local trait on an associated type.
pub fn names<I>(items: I) -> Vec<String>
where
    I: IntoIterator,
    I::Item: Named,
{
    items.into_iter().map(|item| item.name()).collect()
}

/// Calls the original, unshadowed `types::value`.
pub fn plain_value() -> u32 {
    value()
}
