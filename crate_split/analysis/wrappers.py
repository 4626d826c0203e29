"""Calls of attribute-adding wrapper macros, read as the items they hold.

Crates gate whole groups of items with a local helper::

    macro_rules! cfg_std {
        ($($item:item)*) => {
            $( #[cfg(feature = "std")] $item )*
        }
    }
    cfg_std! { pub mod io; pub use io::Read; }

Such a macro has one rule that takes a repetition of ``item`` fragments
and writes each one back after a fixed list of attributes (possibly none).
Its call means exactly those items with those attributes, so the analysis
reads the call's items as items of the module (each with the wrapper's
attributes before its own) and the rewrite writes them unwrapped (see
:func:`crate_split.rewrite.crate_files.file_edit`): a member holding one
of them needs neither the macro nor the call.

Invariant: the offsets of a ``WrapperCall`` are offsets of the original file.
"""

from __future__ import annotations

from crate_split.analysis import syntax
from crate_split.analysis.macro_items import reparsed_group
from crate_split.analysis.syntax import Node
from crate_split.model.items import WrapperCall


def wrapper_attributes(definition: Node) -> tuple[str, ...] | None:
    """The attributes a ``macro_rules!`` adds to each item it is given, or
    None when it is not such a wrapper.

    Args:
        definition: a ``macro_definition`` node.

    Returns:
        The attribute bodies (inside ``#[..]``) in the order written; an
        empty tuple for a macro that passes its items through unchanged.
    """
    rules = [rule for rule in definition.named_children if rule.type == "macro_rule"]
    if len(rules) != 1:
        return None
    name = _item_repetition(rules[0].child_by_field_name("left"))
    body = rules[0].child_by_field_name("right")
    if name is None or body is None or len(body.named_children) != 1:
        return None
    repetition = body.named_children[0]
    if repetition.type != "token_repetition" or syntax.text(repetition).rstrip()[-1:] not in ("*", "+"):
        return None
    parts = [c for c in repetition.children if c.type not in ("line_comment", "block_comment")]
    # `$ ( #[..] .. $item ) *`
    inner = parts[2:-2]
    if not inner or inner[-1].type != "metavariable" or syntax.text(inner[-1]) != name:
        return None
    attributes = []
    for index in range(0, len(inner) - 1, 2):
        hash_token, group = inner[index], inner[index + 1] if index + 1 < len(inner) - 1 else None
        if syntax.text(hash_token) != "#" or group is None or not syntax.text(group).startswith("["):
            return None
        text = syntax.text(group)[1:-1].strip()
        if "$" in text:
            return None
        attributes.append(" ".join(text.split()))
    return tuple(attributes)


def _item_repetition(matcher: Node | None) -> str | None:
    """``$name`` when ``matcher`` is ``($($name:item)*)`` (or ``+``)."""
    parts = matcher.named_children if matcher is not None else []
    if len(parts) != 1 or parts[0].type != "token_repetition_pattern":
        return None
    bindings = parts[0].named_children
    if len(bindings) != 1 or bindings[0].type != "token_binding_pattern":
        return None
    if syntax.text(bindings[0].child_by_field_name("type")) != "item":
        return None
    if syntax.text(parts[0]).rstrip()[-1:] not in ("*", "+"):
        return None
    return syntax.text(bindings[0].child_by_field_name("name"))


def unwrap_call(
    source: bytes, call: Node, outer: Node, start: int, attributes: tuple[str, ...]
) -> tuple[WrapperCall, Node] | None:
    """The call of a wrapper as a ``WrapperCall`` and the items it holds.

    Args:
        source: bytes of the file holding the call.
        call: the ``macro_invocation`` node.
        outer: the node the call's item ends with (its statement, with a ``;``).
        start: where the call begins, with its own attributes.
        attributes: the call's own attributes, then the wrapper's.

    Returns:
        The call and a container node whose named children are the items
        (offsets of the original file), or None when the call has no
        token group.
    """
    group = next((c for c in call.children if c.type == "token_tree"), None)
    if group is None:
        return None
    header = whole_lines(source, start, group.start_byte + 1)
    closer = whole_lines(source, group.end_byte - 1, outer.end_byte)
    return WrapperCall(header, closer, attributes), reparsed_group(source, group)


def whole_lines(source: bytes, start: int, end: int) -> tuple[int, int]:
    """``[start, end)`` grown to whole lines when nothing else shares them."""
    line_start = source.rfind(b"\n", 0, start) + 1
    if source[line_start:start].strip() == b"":
        start = line_start
    line_end = source.find(b"\n", end)
    line_end = len(source) if line_end == -1 else line_end + 1
    if source[end:line_end].strip() == b"":
        end = line_end
    return start, end
