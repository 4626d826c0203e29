"""Names that resolve without any local definition: the standard prelude,
primitive types, built-in macros and attributes, and the crates every
crate can name (``std``, ``core``, ``alloc``).

The lists follow the Rust reference and the std/core prelude modules of the
2021 edition; they are deliberately generous (a name that is in some
edition's prelude counts), because the cost of a false "external" is small
and the cost of a false "unresolved" is a noisy report.
"""

from __future__ import annotations

#: Crates in the extern prelude of every crate, whatever its manifest says.
BUILTIN_CRATES = frozenset({"std", "core", "alloc", "proc_macro", "test"})

PRIMITIVE_TYPES = frozenset(
    "bool char str u8 u16 u32 u64 u128 usize i8 i16 i32 i64 i128 isize f32 f64 f16 f128".split()
)

PRELUDE_TYPES = frozenset(
    """
    Copy Send Sized Sync Unpin Drop Fn FnMut FnOnce AsyncFn AsyncFnMut AsyncFnOnce
    Box ToOwned Clone PartialEq PartialOrd Eq Ord AsRef AsMut Into From Default
    Iterator Extend IntoIterator DoubleEndedIterator ExactSizeIterator Option Result
    String ToString Vec TryFrom TryInto FromIterator Debug Hash
    """.split()
)

PRELUDE_VALUES = frozenset("Some None Ok Err drop".split())

#: Macros of std and core usable without import, plus built-in attribute-like macros.
BUILTIN_MACROS = frozenset(
    """
    assert assert_eq assert_ne debug_assert debug_assert_eq debug_assert_ne cfg column
    compile_error concat dbg env eprint eprintln file format format_args include
    include_bytes include_str line matches module_path option_env panic print println
    stringify thread_local todo try unimplemented unreachable vec write writeln
    is_x86_feature_detected const_format_args concat_idents trace_macros log_syntax
    global_asm asm naked_asm addr_of addr_of_mut unreachable_unchecked
    """.split()
)

#: Derives built into the compiler.
BUILTIN_DERIVES = frozenset("Clone Copy Debug Default Eq Hash Ord PartialEq PartialOrd".split())
