"""The answer of ``crate-split why`` as text and as JSON data.

The chains are found by :mod:`crate_split.splitter.why`; this only lays
them out.
"""

from __future__ import annotations

from typing import Any

from rich.console import Console

from crate_split.report.plan_render import hop_data
from crate_split.splitter.why import WhyAnswer


def why_data(answer: WhyAnswer) -> dict[str, Any]:
    """The answer as JSON-ready data."""
    return {
        "source": answer.source,
        "target": answer.target,
        "verdict": answer.verdict,
        "forward": [hop_data(h) for h in answer.forward],
        "backward": [hop_data(h) for h in answer.backward],
        "in_facade": [
            {
                "item": reason.item.qualified(),
                "rule": reason.rule.kind.value if reason.rule else None,
                "reason": reason.render(),
                "chain": [hop_data(h) for h in reason.chain],
            }
            for reason in answer.in_facade
        ],
    }


def render_why_human(answer: WhyAnswer, console: Console) -> None:
    """Print the verdict, then each chain with one hop a line."""
    console.print(answer.verdict)
    for title, chain in (
        (f"{answer.source} -> {answer.target}", answer.forward),
        (f"{answer.target} -> {answer.source}", answer.backward),
    ):
        if chain:
            console.print(f"{title}:")
            for hop in chain:
                console.print(f"  {hop.render()}")
    for reason in answer.in_facade:
        console.print(reason.render())
        for hop in reason.chain:
            console.print(f"  {hop.render()}")
