"""``use`` items a crate's copy of a module can leave out.

Every crate copies the ``use`` items of the modules it holds, but a split
leaves some of them with nothing to serve: the facade keeps ``use
std::io::{Error, ErrorKind};`` at its root after the only function naming
them moved to a member, and a crate that denies warnings then fails with
``unused_imports``. This module finds the imports one crate provably does
not need; it leaves the decision to keep everything else to
:mod:`crate_files`, and edits nothing itself.

A private ``use`` in module M binds names; a name counts as used in one
crate when it appears as a word in an item the crate keeps in M or below
M (paths, ``super::name``, macro arguments, attributes, even comments), in
any ``use`` item there, or in the body of any ``macro_rules!`` of the
crate (macros expand where they are called, and name what is in scope
there). A name that may be a trait also counts as used wherever the crate
keeps code in M or below, because method calls use a trait without naming
it. Globs, ``pub`` and ``pub(..)`` imports (other modules may name them)
and imports that do not resolve are always kept, except a member's root
re-exports, which only its own code and that of the members depending on
it can reach (the facade names its API itself).

A root ``use`` the original marks ``#[allow(unused_imports)]`` (or
``allow(unused)``) is one rustc finds no code using: it serves the crate
docs (``// Just for rustdoc``), which stay in the facade, or code of a cfg
that is off. The facade keeps it; a member keeps it only where a word of an
item of its root names it, or of a module that globs the root
(``use super::*;`` in a child, directly or through another glob); method
calls and macro bodies do not count for it.

Invariant: a wrong answer keeps an import (which ``apply --check`` then
removes where rustc finds it unused, :mod:`crate_split.verify.unused_imports`),
never drops a needed one, as far as the words of the source show.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping

from crate_split.analysis import CrateModel
from crate_split.analysis.paths import import_specs
from crate_split.analysis.syntax import parse_rust
from crate_split.model import ItemId, ItemKind, ModulePath
from crate_split.model.items import Item, Reference

_WORD = re.compile(rb"[A-Za-z_][A-Za-z0-9_]*")
#: Items that hold no code that could call a method.
_CODE_FREE_KINDS = frozenset(
    {
        ItemKind.USE,
        ItemKind.MODULE,
        ItemKind.EXTERN_CRATE,
        ItemKind.STRUCT,
        ItemKind.ENUM,
        ItemKind.UNION,
        ItemKind.TYPE_ALIAS,
    }
)
_LOCAL_ROOTS = frozenset({b"super", b"crate", b"self"})
_LOCAL_GLOB = re.compile(rb"\buse\s+((?:(?:crate|self|super)\s*::\s*)+)\*")
_ALLOWED_UNUSED = re.compile(r"\bunused(?:_imports)?\b")
_STD_CRATES = frozenset({"std", "core", "alloc"})
#: Types of the standard library commonly imported by name (path after the
#: crate). Another capitalised name from outside the crate may be a trait.
_STD_TYPES = frozenset(
    """
    io::Error io::ErrorKind io::Result io::Cursor io::SeekFrom io::BufReader io::BufWriter io::Empty io::Sink
    io::Stdin io::Stdout io::Stderr io::Take io::Bytes io::Chain io::Lines io::IoSlice io::IoSliceMut
    fmt::Formatter fmt::Result fmt::Arguments fmt::Error fmt::Alignment
    collections::HashMap collections::HashSet collections::BTreeMap collections::BTreeSet collections::VecDeque
    collections::BinaryHeap collections::LinkedList collections::hash_map::Entry collections::btree_map::Entry
    collections::hash_map::DefaultHasher collections::hash_map::RandomState
    borrow::Cow rc::Rc rc::Weak sync::Arc sync::Weak sync::Mutex sync::MutexGuard sync::RwLock sync::Condvar
    sync::Once sync::OnceLock sync::Barrier sync::mpsc::Sender sync::mpsc::SyncSender sync::mpsc::Receiver
    sync::atomic::Ordering sync::atomic::AtomicBool sync::atomic::AtomicUsize sync::atomic::AtomicIsize
    sync::atomic::AtomicU8 sync::atomic::AtomicU16 sync::atomic::AtomicU32 sync::atomic::AtomicU64
    sync::atomic::AtomicI8 sync::atomic::AtomicI16 sync::atomic::AtomicI32 sync::atomic::AtomicI64
    sync::atomic::AtomicPtr
    cell::Cell cell::RefCell cell::UnsafeCell cell::OnceCell cell::Ref cell::RefMut
    path::Path path::PathBuf path::Component path::Components fs::File fs::OpenOptions fs::Metadata
    fs::Permissions fs::DirEntry fs::ReadDir fs::FileType time::Duration time::Instant time::SystemTime
    cmp::Ordering cmp::Reverse marker::PhantomData marker::PhantomPinned ffi::OsStr ffi::OsString ffi::CStr
    ffi::CString ffi::c_void mem::ManuallyDrop mem::MaybeUninit ptr::NonNull pin::Pin ops::Range
    ops::RangeInclusive ops::RangeFrom ops::RangeTo ops::RangeFull ops::Bound ops::ControlFlow
    string::String string::FromUtf8Error vec::Vec vec::IntoIter boxed::Box option::Option result::Result
    num::NonZeroUsize num::NonZeroU8 num::NonZeroU16 num::NonZeroU32 num::NonZeroU64 num::Wrapping
    num::ParseIntError num::ParseFloatError num::IntErrorKind num::TryFromIntError str::Utf8Error
    str::Chars str::CharIndices str::Bytes str::Split str::Lines char::CharTryFromError thread::JoinHandle
    thread::Thread net::SocketAddr net::IpAddr net::Ipv4Addr net::Ipv6Addr net::TcpStream net::TcpListener
    net::UdpSocket process::Command process::Child process::Stdio process::ExitStatus process::Output
    env::Args env::VarError any::TypeId alloc::Layout hash::BuildHasherDefault iter::Peekable iter::Empty
    iter::Once slice::Iter slice::IterMut slice::Chunks array::IntoIter
    """.split()
)


def unused_uses(
    model: CrateModel,
    holds: Callable[[ItemId], bool],
    use_references: Mapping[ItemId, tuple[Reference, ...]],
    read: Callable[[str], bytes],
    *,
    dependents_words: frozenset[bytes] | None = None,
) -> frozenset[ItemId]:
    """The private ``use`` items nothing a crate keeps needs.

    Args:
        model: the analysed crate.
        holds: whether the crate keeps an item (for ``use`` items: whether
            it holds their module).
        use_references: the ``use`` references of each ``use`` item.
        read: reads an original file.
        dependents_words: for a member, the words of what the members
            depending on it keep. Its root's ``pub`` re-exports then count as
            used only where its own code or theirs names them: the facade
            names its API itself, and a dependent reaches the member's root
            only through ``pub use member::*``.

    Returns:
        The ``use`` items the crate can leave out.
    """
    words: dict[ItemId, frozenset[bytes]] = {}
    counts: dict[ModulePath, Counter[bytes]] = {}
    code_modules: set[ModulePath] = set()
    macro_words: set[bytes] = set()
    #: The modules each module globs by a ``self``/``super``/``crate`` path (``use super::*;``).
    local_globs: dict[ModulePath, set[ModulePath]] = {}
    for item_id, item in model.items.items():
        if item_id.kind is ItemKind.MACRO:
            macro_words |= _words_of(item, read)
        if item_id.kind is ItemKind.MODULE or not holds(item_id):
            continue
        words[item_id] = _words_of(item, read)
        counts.setdefault(item_id.module, Counter()).update(words[item_id])
        if item_id.kind not in _CODE_FREE_KINDS:
            code_modules.add(item_id.module)
        if item_id.kind is ItemKind.USE and words[item_id] & _LOCAL_ROOTS:
            target = _local_glob_target(item_id.module, _text_of(item, read))
            if target is not None:
                local_globs.setdefault(item_id.module, set()).add(target)
    root_seers = _seeing_root(local_globs)
    unused: set[ItemId] = set()
    for item_id, item in model.items.items():
        if item_id.kind is not ItemKind.USE or item_id not in words:
            continue
        if item.visibility and (dependents_words is None or item_id.module):
            continue
        below = [module for module in counts if module[: len(item_id.module)] == item_id.module]
        # The original's rustc finds no code using a root import it allows
        # unused: it serves the crate docs (intra-doc links), which stay in
        # the facade, or code of a cfg that is off. A member keeps it only
        # where its root's items, or a module globbing a local path, name it.
        allowed_unused = not item_id.module and _allows_unused(item)
        if allowed_unused and dependents_words is None:
            continue
        if allowed_unused:
            below = [module for module in below if not module or module in root_seers]
        has_code = any(module in code_modules for module in below)
        names = _bound_names(item, use_references.get(item_id, ()), read)
        if names is None:
            continue

        def used(name: str, may_be_trait: bool, target: ItemId | None) -> bool:
            word = name.encode()
            # The import's own words are in the counts once; other items count beyond that.
            elsewhere = sum(counts[module][word] for module in below) - (word in words[item_id])  # noqa: B023
            if item.visibility and dependents_words is not None:  # noqa: B023 (used in this iteration)
                if word in dependents_words:
                    return True
                # A re-export of an item the crate holds: its definition names it.
                elsewhere -= target is not None and word in words.get(target, ())
            if allowed_unused:  # noqa: B023 (used in this iteration)
                # No method call, and no macro the original expands, used it.
                return elsewhere > 0
            return elsewhere > 0 or word in macro_words or (may_be_trait and has_code)  # noqa: B023

        if not any(used(name, may_be_trait, target) for name, may_be_trait, target in names):
            unused.add(item_id)
    return frozenset(unused)


def _local_glob_target(module: ModulePath, text: bytes) -> ModulePath | None:
    """The module a ``use self::*``, ``use super::*`` or ``use crate::*``
    (segments of these only) written in ``module`` globs, else None."""
    match = _LOCAL_GLOB.search(text)
    if match is None:
        return None
    target = module
    for segment in re.findall(rb"crate|self|super", match.group(1)):
        if segment == b"crate":
            target = ()
        elif segment == b"super":
            target = target[:-1]
    return target


def _seeing_root(globs: Mapping[ModulePath, set[ModulePath]]) -> frozenset[ModulePath]:
    """Modules whose local globs bring the root's imports in, directly or
    through another such module."""
    seeing: set[ModulePath] = set()
    changed = True
    while changed:
        changed = False
        for module, targets in globs.items():
            if module not in seeing and any(not target or target in seeing for target in targets):
                seeing.add(module)
                changed = True
    return frozenset(seeing)


def _allows_unused(item: Item) -> bool:
    """The item carries ``#[allow(unused_imports)]`` (or ``allow(unused)``)."""
    return any(
        attribute.startswith("allow") and _ALLOWED_UNUSED.search(attribute) is not None for attribute in item.attributes
    )


def kept_words(model: CrateModel, holds: Callable[[ItemId], bool], read: Callable[[str], bytes]) -> frozenset[bytes]:
    """Every word of the items a crate keeps (``use`` items of its modules included)."""
    found: set[bytes] = set()
    for item_id, item in model.items.items():
        if item_id.kind is not ItemKind.MODULE and holds(item_id):
            found |= _words_of(item, read)
    return frozenset(found)


def _words_of(item: Item, read: Callable[[str], bytes]) -> frozenset[bytes]:
    return frozenset(_WORD.findall(_text_of(item, read)))


def _text_of(item: Item, read: Callable[[str], bytes]) -> bytes:
    return read(item.span.file)[item.span.start : item.span.end]


def _bound_names(
    item: Item, references: Iterable[Reference], read: Callable[[str], bytes]
) -> list[tuple[str, bool, ItemId | None]] | None:
    """Each name the ``use`` binds, whether it may be a trait, and what it
    names when that is known; None when it cannot tell."""
    text = read(item.span.file)[item.span.start : item.span.end]
    declaration = next((n for n in parse_rust(text).root_node.named_children if n.type == "use_declaration"), None)
    if declaration is None:
        return None
    by_path = {reference.text: reference for reference in references}
    names: list[tuple[str, bool, ItemId | None]] = []
    for spec in import_specs(declaration):
        reference = by_path.get("::".join(spec.segments))
        if spec.is_glob or reference is None or not reference.is_resolved or not spec.segments:
            return None
        names.append((spec.alias or spec.segments[-1], _may_be_trait(reference, spec.segments), reference.target))
    return names


def _may_be_trait(reference: Reference, segments: tuple[str, ...]) -> bool:
    if reference.target is not None and reference.target.kind is not ItemKind.MACRO_CALL:
        return (
            reference.target.kind in (ItemKind.TRAIT, ItemKind.TRAIT_ALIAS)
            and segments[-1] == reference.target.base_name
        )
    # Unresolved, or an item a macro call generates (petgraph's traits come
    # from `trait_template!`): judged by its name.
    name = segments[-1]
    if not name[:1].isupper() or name.isupper():
        return False
    return not (segments[0] in _STD_CRATES and "::".join(segments[1:]) in _STD_TYPES)
