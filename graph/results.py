"""Query results as text: a table for people, CSV/TSV and SPARQL JSON for programs.

CSV and TSV follow the W3C "SPARQL 1.1 Query Results CSV and TSV Formats"
(CSV: plain values; TSV: terms in SPARQL/N-Triples syntax), JSON the W3C
"SPARQL 1.1 Query Results JSON Format", so other tools read them as they are.

>>> from pyoxigraph import Literal, NamedNode
>>> rows = Rows(("city", "jobs"), ((NamedNode("https://w3id.org/sekg/id/municipality/41360"),
...                                 Literal("38", datatype=NamedNode("http://www.w3.org/2001/XMLSchema#integer"))),))
>>> print(to_csv(rows), end="")
city,jobs\r
https://w3id.org/sekg/id/municipality/41360,38\r
>>> print(to_table(rows))
city                   jobs
---------------------  ----
id:municipality/41360    38
(1 row)
"""

from __future__ import annotations

import csv
import io
import json
import unicodedata

from pyoxigraph import BlankNode, Literal, NamedNode

from graph.namespaces import PREFIXES
from graph.repository import Rows, Term

_NUMERIC = {"integer", "decimal", "double", "float", "long", "int"}
_SHORT = sorted({**PREFIXES, "id": "https://w3id.org/sekg/id/"}.items(), key=lambda p: -len(p[1]))
XSD = "http://www.w3.org/2001/XMLSchema#"


def _plain(term: Term | None) -> str:
    return "" if term is None else term.value if not isinstance(term, BlankNode) else f"_:{term.value}"


def short(term: Term | None) -> str:
    """A term as a person reads it: prefixed IRIs, bare literal text."""
    if term is None:
        return ""
    if isinstance(term, NamedNode):
        for prefix, namespace in _SHORT:
            if term.value.startswith(namespace) and len(term.value) > len(namespace):
                return f"{prefix}:{term.value[len(namespace):]}"
        return term.value
    if isinstance(term, BlankNode):
        return f"_:{term.value}"
    return term.value


def _numeric(term: Term | None) -> bool:
    return isinstance(term, Literal) and term.datatype.value.removeprefix(XSD) in _NUMERIC


def _width(text: str) -> int:
    """Columns a terminal gives the text: Hangul and other wide characters take two."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _pad(text: str, width: int, *, right: bool = False) -> str:
    gap = " " * (width - _width(text))
    return gap + text if right else text + gap


def _clip(text: str, limit: int) -> str:
    while _width(text) > limit:
        text = text[:-2] + "…"
    return text


def to_table(rows: Rows, *, max_width: int = 60) -> str:
    clipped = [[_clip(short(t), max_width) for t in row] for row in rows]
    widths = [max([_width(v)] + [_width(r[i]) for r in clipped]) for i, v in enumerate(rows.variables)]
    right = [all(_numeric(row[i]) or row[i] is None for row in rows) and len(rows) > 0
             for i in range(len(rows.variables))]
    lines = ["  ".join(_pad(v, w) for v, w in zip(rows.variables, widths, strict=True)).rstrip(),
             "  ".join("-" * w for w in widths)]
    for row in clipped:
        lines.append("  ".join(_pad(c, w, right=r) for c, w, r in zip(row, widths, right, strict=True)).rstrip())
    lines.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(lines)


def to_csv(rows: Rows) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(rows.variables)
    for row in rows:
        writer.writerow([_plain(t) for t in row])
    return out.getvalue()


def to_tsv(rows: Rows) -> str:
    lines = ["\t".join("?" + v for v in rows.variables)]
    for row in rows:
        lines.append("\t".join("" if t is None else str(t) for t in row))
    return "\n".join(lines) + "\n"


def _json_term(term: Term) -> dict:
    if isinstance(term, NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, Literal):
        out = {"type": "literal", "value": term.value}
        if term.language:
            out["xml:lang"] = term.language
        elif term.datatype.value != XSD + "string":
            out["datatype"] = term.datatype.value
        return out
    return {"type": "triple", "value": {"subject": _json_term(term.subject), "predicate": _json_term(term.predicate),
                                        "object": _json_term(term.object)}}


def to_json(rows: Rows) -> str:
    bindings = [{v: _json_term(t) for v, t in zip(rows.variables, row, strict=True) if t is not None} for row in rows]
    return json.dumps({"head": {"vars": list(rows.variables)}, "results": {"bindings": bindings}},
                      ensure_ascii=False, indent=1) + "\n"


FORMATS = {"table": to_table, "csv": to_csv, "tsv": to_tsv, "json": to_json}
