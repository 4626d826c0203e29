"""``ItemId``: interned values, so that equality and hashing are by identity.

The analysis and the planner hash and compare ids millions of times; an id
built from the same fields as a live one is that very object, whichever way
it was built (constructor, keywords, ``dataclasses.replace``, a copy or a
pickle round trip), and ids still order by module, name and kind.
"""

from __future__ import annotations

import copy
import dataclasses
import pickle

from crate_split.model import ItemId, ItemKind


def test_ids_with_equal_fields_are_one_object() -> None:
    first = ItemId(("a", "b"), ItemKind.FUNCTION, "run")
    again = ItemId(module=("a", "b"), kind=ItemKind.FUNCTION, name="run")
    assert first is again
    assert first == again and hash(first) == hash(again)
    assert ItemId(("a", "b"), ItemKind.STRUCT, "run") is not first


def test_copies_replacements_and_pickles_are_the_interned_id() -> None:
    item = ItemId(("m",), ItemKind.STRUCT, "Point")
    assert copy.copy(item) is item
    assert copy.deepcopy(item) is item
    assert pickle.loads(pickle.dumps(item)) is item
    assert dataclasses.replace(item, name="Line") is ItemId(("m",), ItemKind.STRUCT, "Line")


def test_ids_order_by_module_then_name_then_kind_and_read_as_before() -> None:
    ids = [
        ItemId(("b",), ItemKind.FUNCTION, "a"),
        ItemId(("a",), ItemKind.STRUCT, "z"),
        ItemId(("a",), ItemKind.FUNCTION, "z"),
        ItemId((), ItemKind.MODULE, "a"),
    ]
    assert [item.qualified() + " " + item.kind.value for item in sorted(ids)] == [
        "a mod",
        "a::z fn",
        "a::z struct",
        "b::a fn",
    ]
    assert repr(ids[0]) == "ItemId(module=('b',), kind=<ItemKind.FUNCTION: 'fn'>, name='a')"


def test_ids_stay_immutable() -> None:
    item = ItemId((), ItemKind.CONST, "LIMIT")
    try:
        item.name = "OTHER"  # type: ignore[misc]
    except dataclasses.FrozenInstanceError:
        pass
    else:
        raise AssertionError("an id could be changed")
    assert item.name == "LIMIT"
