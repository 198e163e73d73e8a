"""``sekg validate``: the built graph against ``ontology/shapes.ttl``.

The report is grouped by shape, because a fix is usually one change in the
pipeline per shape, and names each focus node with its label so that a person
can find it in the documents.
"""

from __future__ import annotations

import argparse
from collections import defaultdict

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDFS, SH

from graph.namespaces import PREFIXES
from graph.ontology import SHAPES_FILE, load_turtle
from graph.settings import Settings
from graph.store import StoreLocation
from graph.validation import ValidationReport, ValidationResult, store_graph, validate


def _short(node, graph: Graph) -> str:
    text = str(node)
    for prefix, namespace in sorted(PREFIXES.items(), key=lambda p: -len(p[1])):
        if text.startswith(namespace) and len(text) > len(namespace):
            return f"{prefix}:{text[len(namespace):]}"
    return f"<{text}>" if isinstance(node, URIRef) else text


def _label(node, data: Graph) -> str | None:
    labels = [o for o in data.objects(node, RDFS.label) if isinstance(o, Literal)]
    labels.sort(key=lambda label: (label.language != "ko", str(label)))
    return str(labels[0]) if labels else None


def shape_name(shape, shapes: Graph) -> str:
    """A shape's English label, its IRI when it has none, or 'inline property shape'."""
    for label in shapes.objects(shape, RDFS.label):
        if getattr(label, "language", None) == "en":
            return str(label)
    if isinstance(shape, URIRef):
        return _short(shape, shapes)
    for parent in shapes.subjects(SH.property, shape):
        return f"{shape_name(parent, shapes)} (property)"
    return "inline shape"


def format_report(report: ValidationReport, data: Graph, shapes: Graph, *, brief: bool = False) -> str:
    """The results grouped by shape: each focus node with its label, path, value and message.

    ``brief`` lists violations in full and gives warnings as a count per shape.
    """
    groups: dict[str, list[ValidationResult]] = defaultdict(list)
    for result in report.results:
        groups[shape_name(result.source_shape, shapes)].append(result)
    lines = []
    for name in sorted(groups, key=lambda n: (groups[n][0].severity != "Violation", n)):
        results = groups[name]
        lines.append(f"{name} — {len(results)} {results[0].severity.lower()}(s)")
        if brief and results[0].severity != "Violation":
            continue
        for r in results[:20]:
            label = _label(r.focus, data)
            where = _short(r.focus, data) + (f" “{label}”" if label else "")
            path = f" {_short(URIRef(r.path.lstrip('^')), data)}" if r.path else ""
            value = f" = {_short(r.value, data)}" if r.value is not None else ""
            lines.append(f"  {where}{path}{value}: {r.message}")
        if len(results) > 20:
            lines.append(f"  … and {len(results) - 20} more")
    return "\n".join(lines)


def _run(args: argparse.Namespace) -> int:
    shapes = load_turtle(args.shapes) if args.shapes else None
    if args.file:
        data = load_turtle(args.file)
        where = args.file
    else:
        location = StoreLocation(Settings.from_env().store_path)
        data = store_graph(location.open(read_only=True))
        where = str(location.path)
    shapes_graph = shapes if shapes is not None else load_turtle(SHAPES_FILE)
    report = validate(data, shapes=shapes_graph)
    print(f"validated {where}: {len(data)} triples against the shapes")
    if report.results:
        print(format_report(report, data, shapes_graph, brief=args.brief))
    verdict = "conforms" if report.conforms else "does not conform"
    print(f"{verdict}: {len(report.violations)} violation(s), {len(report.warnings)} warning(s)")
    return 0 if report.conforms else 1


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "validate", help="check the built graph against the SHACL shapes",
        description="Validate the store at SEKG_STORE (or --file) against ontology/shapes.ttl with pySHACL; "
                    "exit 1 on any violation. Warnings (sh:Warning) are listed but do not fail.")
    parser.add_argument("--file", help="validate this Turtle file instead of the store")
    parser.add_argument("--shapes", help="use these shapes instead of ontology/shapes.ttl")
    parser.add_argument("--brief", action="store_true",
                        help="list violations in full, warnings as a count per shape")
    parser.set_defaults(run=_run)

