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

/// Consts (imported, by path, associated) in patterns are not bindings;
/// `value` in the guard arm is a binding that shadows `types::value`.
pub fn classify(n: u32) -> &'static str {
    match n {
        limits::ZERO => "zero",
        MIN => "min",
        Config::DEFAULT_LEVEL => "default",
        MAX => "max",
        value if value > MAX => "over",
        _ => "within",
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shadowed_names_resolve_to_locals() {
        assert_eq!(effective_level(), 3);
        assert_eq!(bump(1), 2);
        assert_eq!(doubled_limits(), vec![8, 20]);
        assert_eq!(nested_item(), 100);
        assert_eq!(plain_value(), 7);
        assert_eq!(namespaces(), 12);
    }

    #[test]
    fn const_patterns() {
        let got: Vec<_> = [0, 1, 3, 10, 11, 5].iter().map(|&n| classify(n)).collect();
        assert_eq!(got, ["zero", "min", "default", "max", "over", "within"]);
    }

    #[test]
    fn bindings_in_if_let_and_for() {
        assert_eq!(first_name(&[]), "default");
        let items = vec![Config::new("a"), Config::new("b").with_level(1)];
        assert_eq!(first_name(&items), "a");
        assert_eq!(capped_total(&items), 1 + 1 + 4);
    }

    #[test]
    fn generic_t_versus_struct_t() {
        assert_eq!(pick_first(&"x", &"y"), "x");
        assert_eq!(make_t(1).next(), T { id: 2 });
        assert_eq!(make_t(4).name(), "T#4");
    }

    #[test]
    fn struct_patterns_and_bounds() {
        assert_eq!(exclaim(Config::new("hi")).name, "hi!");
        assert_eq!(weight(&Config::new("abc")), 6 + 30);
        assert_eq!(names([make_t(1), make_t(2)]), ["T#1", "T#2"]);
    }
}
