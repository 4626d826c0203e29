"""``syntax.leaves`` and ``syntax.tokens`` tokenise a node once while a
``token_memo`` is open (one analysis), and give the same tokens as without it."""

from __future__ import annotations

from crate_split.analysis import syntax

_SOURCE = b'm! { let x = "a b"; $y + f(1) }\nfn g() {}\n'


def _spelled(nodes: list[syntax.Node]) -> list[str]:
    return [syntax.text(node) for node in nodes]


def test_tokens_are_made_once_per_node_inside_the_memo_and_fresh_outside() -> None:
    root = syntax.parse_rust(_SOURCE).root_node
    plain_leaves, plain_tokens = syntax.leaves(root), syntax.tokens(root)
    assert syntax.leaves(root) is not plain_leaves
    with syntax.token_memo():
        leaves = syntax.leaves(root)
        tokens = syntax.tokens(root)
        assert syntax.leaves(root) is leaves
        assert syntax.tokens(root) is tokens
        assert _spelled(leaves) == _spelled(plain_leaves)
        assert _spelled(tokens) == _spelled(plain_tokens)
        with syntax.token_memo():
            assert syntax.leaves(root) is leaves
    assert syntax.leaves(root) is not leaves
    assert '"a b"' in _spelled(tokens) and '"a b"' not in _spelled(leaves)


def _childless(root: syntax.Node) -> list[tuple[int, int, str]]:
    found, stack = [], [root]
    while stack:
        node = stack.pop()
        if node.child_count:
            stack.extend(reversed(node.children))
        else:
            found.append((node.start_byte, node.end_byte, node.type))
    return found


def test_leaves_are_every_childless_node_in_order_also_inside_literals_and_metavariables() -> None:
    root = syntax.parse_rust(_SOURCE + b"macro_rules! n { ($a:ident) => { 'c' $a r\"x\" }; }\n").root_node
    expected = _childless(root)
    for memo in (False, True):
        if memo:
            with syntax.token_memo():
                found = syntax.leaves(root)
        else:
            found = syntax.leaves(root)
        assert [(node.start_byte, node.end_byte, node.type) for node in found] == expected


def _spans(nodes: list[syntax.Node]) -> list[tuple[int, int, str]]:
    return [(node.start_byte, node.end_byte, node.type) for node in nodes]


def test_a_token_tree_after_its_call_is_a_slice_of_the_calls_tokens() -> None:
    # The call's tokens first (as the scopes ask), then its arguments' (as
    # the reference walk asks): the same nodes, and what a fresh walk gives.
    root = syntax.parse_rust(_SOURCE + b'n!(a::b, "s", { $c }) ;\n').root_node
    statements = [c.named_children[0] if c.type == "expression_statement" else c for c in root.named_children]
    calls = [c for c in statements if c.type == "macro_invocation"]
    assert len(calls) == 2
    for call in calls:
        arguments = next(c for c in call.named_children if c.type == "token_tree")
        fresh = _spans(syntax.tokens(arguments))
        with syntax.token_memo():
            whole = syntax.tokens(call)
            inside = syntax.tokens(arguments)
            assert all(any(token is other for other in whole) for token in inside)
        assert _spans(inside) == fresh
        assert _spans(whole)[-len(fresh) :] == fresh and len(whole) > len(fresh)
