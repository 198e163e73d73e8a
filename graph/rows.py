"""The solutions of a SELECT as the CLI and the explorer pass them around."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from pyoxigraph import (
    BlankNode,
    Literal,
    NamedNode,
    QueryResultsFormat,
    QuerySolutions,
    Triple,
    parse_query_results,
)

from graph.errors import SekgError

Term = NamedNode | BlankNode | Literal | Triple


class EndpointError(SekgError):
    """A remote endpoint that cannot be reached or answers with an error."""


@dataclass(frozen=True)
class Rows:
    """The solutions of a SELECT: variable names and one tuple of terms (or None) per row."""

    variables: tuple[str, ...]
    rows: tuple[tuple[Term | None, ...], ...]

    def __iter__(self) -> Iterator[tuple[Term | None, ...]]:
        return iter(self.rows)

    def __len__(self) -> int:
        return len(self.rows)

    def dicts(self) -> list[dict[str, Term]]:
        """Each row as {variable: term}, unbound variables left out."""
        return [{v: t for v, t in zip(self.variables, row, strict=True) if t is not None} for row in self.rows]

    @classmethod
    def from_solutions(cls, solutions: QuerySolutions) -> Rows:
        variables = tuple(v.value for v in solutions.variables)
        return cls(variables, tuple(tuple(solution[v] for v in variables) for solution in solutions))

    @classmethod
    def from_json(cls, data: bytes) -> Rows:
        """Parse W3C SPARQL 1.1 Query Results JSON."""
        parsed = parse_query_results(data, format=QueryResultsFormat.JSON)
        if isinstance(parsed, bool):
            raise EndpointError("expected SELECT results, got a boolean")
        return cls.from_solutions(parsed)
