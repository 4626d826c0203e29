"""What paths mean at module level, worked out once per analysis.

The reference walk resolves the same paths in the same modules over and
over (``Vec``, ``Result``, ``self::Node``); once the scopes are built they
no longer change, so each (module, path, namespace) is resolved once, and
so are its other meanings under ``#[cfg]`` alternatives.

Invariant: only used after ``build_scopes`` has finished (the import
fixpoint changes what paths mean while it runs).
"""

from __future__ import annotations

from crate_split.analysis.scope import TYPE, VALUE, Resolution, Scopes
from crate_split.model import ModulePath

#: No other meanings (shared: never changed).
_NOTHING_ELSE: list[Resolution] = []


class ResolvedPaths:
    """What paths mean at module level, each worked out once per analysis.

    The scopes are final once the walk starts, so a path written in a
    module always resolves the same way there (locals aside, which the
    walker checks first); crates write the same paths over and over.
    """

    __slots__ = ("_alternatives", "_paths", "_scopes")

    def __init__(self, scopes: Scopes) -> None:
        self._scopes = scopes
        self._paths: dict[tuple[ModulePath, tuple[str, ...], str], Resolution | None] = {}
        self._alternatives: dict[tuple[ModulePath, tuple[str, ...], str, Resolution], list[Resolution]] = {}

    def resolve(self, module: ModulePath, segments: tuple[str, ...], namespace: str) -> Resolution | None:
        key = (module, segments, namespace)
        try:
            return self._paths[key]
        except KeyError:
            pass
        scopes = self._scopes
        found = scopes.resolve_path(module, segments, namespace)
        if found is None and len(segments) == 1 and namespace == VALUE:
            found = scopes.lookup_lexical(module, TYPE, segments[0])
        elif found is None and len(segments) == 1 and namespace == TYPE:
            # A const generic argument, `Gen<N>`, is a value in type position.
            found = scopes.resolve_path(module, segments, VALUE)
        self._paths[key] = found
        return found

    def alternatives(
        self, module: ModulePath, segments: tuple[str, ...], namespace: str, primary: Resolution
    ) -> list[Resolution]:
        scopes = self._scopes
        if not scopes.item_alternatives:
            scope = scopes.modules.get(module)
            if scope is None or not scope.alternatives:
                return _NOTHING_ELSE  # The crate has no cfg alternatives here.
        key = (module, segments, namespace, primary)
        found = self._alternatives.get(key)
        if found is None:
            found = self._alternatives[key] = self._scopes.cfg_alternatives(module, segments, namespace, primary)
        return found
