//! Every function here binds a local name that is also a crate item.

pub use shadowing_and_locals_base::logic::*;

use crate::config::{config, Config};
use crate::limits::{self, MAX, MIN};
use crate::traits::{scale, Named, Scale};
use crate::types::{limit, value, T};

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
