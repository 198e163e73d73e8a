"""``sekg ontology check`` and ``sekg ontology docs``."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from graph.ontology import ONTOLOGY_FILE, write_docs
from graph.ontology_check import check_ontology


def _check(args: argparse.Namespace) -> int:
    report = check_ontology()
    if args.json:
        print(json.dumps({
            "ok": report.ok,
            "counts": report.counts,
            "examples": list(report.examples_checked),
            "problems": [{"term": p.term, "message": p.message} for p in report.problems],
        }, ensure_ascii=False, indent=2))
        return 0 if report.ok else 1
    counts = report.counts
    print(f"ontology: {ONTOLOGY_FILE}")
    print(
        f"  {counts.get('class', 0)} classes, {counts.get('property', 0)} properties, "
        f"{counts.get('concept scheme', 0)} concept schemes with {counts.get('concept', 0)} concepts, "
        f"{counts.get('data structure', 0)} data structures, {counts.get('shape', 0)} node shapes"
    )
    print(f"  examples validated: {', '.join(report.examples_checked) or 'none'}")
    if report.ok:
        print("ok: every term has ko/en labels and comments, every reused term is spelled as its "
              "vocabulary defines it, and the examples conform to the shapes")
        return 0
    print(f"{len(report.problems)} problem(s):")
    for problem in report.problems:
        print(f"  - {problem}")
    return 1


def _docs(args: argparse.Namespace) -> int:
    index = write_docs(Path(args.out))
    print(f"wrote {index}")
    return 0


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("ontology", help="check the ontology or write its documentation")
    commands = parser.add_subparsers(title="ontology commands", metavar="COMMAND", required=True)

    check = commands.add_parser(
        "check",
        help="labels, vocabulary spelling, SHACL meta-check and examples",
        description="Check ontology/sekg.ttl and ontology/shapes.ttl; exit 1 on any problem.",
    )
    check.add_argument("--json", action="store_true", help="print the report as JSON")
    check.set_defaults(run=_check)

    docs = commands.add_parser("docs", help="write HTML documentation with pyLODE")
    docs.add_argument("--out", default="dist/ontology", help="output directory (default: dist/ontology)")
    docs.set_defaults(run=_docs)
