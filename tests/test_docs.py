from __future__ import annotations

from pathlib import Path

from graph.ontology import write_docs


def test_pylode_writes_the_ontology_documentation(tmp_path: Path) -> None:
    index = write_docs(tmp_path / "ontology")
    html = index.read_text(encoding="utf-8")
    assert index == tmp_path / "ontology" / "index.html"
    assert "Social Economy Knowledge Graph ontology" in html
    for term in ("Municipality", "BestPracticeCase", "Partnership", "OutcomeObservation", "qualifiedPartnership"):
        assert term in html
    assert "기초자치단체" in html
