//! The facade's features must switch on the same code in whichever crate
//! holds it: each test compares behaviour with this package's `cfg!`.

use feature_deps::{checksum, codec, errors, plain};

#[test]
fn std_switches_on_the_optional_dependency() {
    let expected = if cfg!(feature = "std") { "error: x" } else { "plain: x" };
    assert_eq!(errors::wrap("x"), expected);
    assert_eq!(codec::HAS_BOXED, cfg!(feature = "std"));
}

#[test]
fn alt_switches_on_the_dep_syntax_dependency() {
    let expected = if cfg!(feature = "alt") { "feature_deps_alt" } else { "local" };
    assert_eq!(checksum::implementation(), expected);
}

#[test]
fn extra_is_weak_and_needs_std() {
    let loud = cfg!(feature = "extra") && cfg!(feature = "std");
    assert_eq!(errors::shout("x") == "ERROR: X", loud);
}

#[test]
fn verbose_reaches_every_module() {
    let expected = if cfg!(feature = "verbose") { "error: code 1 (verbose)" } else { "error: code 1" };
    if cfg!(feature = "std") {
        assert_eq!(errors::describe(1), expected);
    }
    assert_eq!(plain::n_greetings(), 1 + usize::from(cfg!(feature = "std")) + usize::from(cfg!(feature = "verbose")));
}

#[cfg(feature = "std")]
#[test]
fn std_only_items_exist_with_std() {
    assert_eq!(plain::owned_greeting(), "hello");
    assert_eq!(&*codec::encode_boxed(5), "#5");
}
