"""The `sekg` command as a user runs it: a real subprocess of the installed script."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from graph.cli import main
from graph.errors import InputError
from graph.ontology import EXAMPLES_DIR, ONTOLOGY_FILE
from graph.ontology_check import check_ontology

SEKG = str(Path(sys.executable).with_name("sekg"))


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([SEKG, *args], capture_output=True, text=True, timeout=120)


def test_help_lists_the_commands_and_the_environment() -> None:
    result = run("--help")
    assert result.returncode == 0
    assert "ontology" in result.stdout
    assert "SEKG_STORE" in result.stdout and "SEKG_ENDPOINT" in result.stdout


def test_version() -> None:
    result = run("--version")
    assert (result.returncode, result.stdout.strip()) == (0, "sekg 0.1.0")


def test_ontology_check_passes() -> None:
    result = run("ontology", "check")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "39 classes, 46 properties, 13 concept schemes with 172 concepts" in result.stdout
    assert result.stdout.splitlines()[-1].startswith("ok: ")


def test_ontology_check_json() -> None:
    result = run("ontology", "check", "--json")
    report = json.loads(result.stdout)
    assert (result.returncode, report["ok"], report["problems"], report["examples"]) == (0, True, [], ["example.ttl"])


def test_without_a_command_help_is_shown_and_status_is_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([]) == 2
    assert "usage: sekg" in capsys.readouterr().out


def test_a_broken_ontology_file_is_named_in_the_error(tmp_path: Path) -> None:
    broken = tmp_path / "sekg.ttl"
    broken.write_text("@prefix sekg: <https://w3id.org/sekg/ontology#> .\nsekg:A a .\n", encoding="utf-8")
    with pytest.raises(InputError) as error:
        check_ontology(ontology_path=broken)
    assert str(error.value).startswith(f"{broken}: not valid Turtle")


def test_an_unlabelled_term_and_a_failing_example_are_reported(tmp_path: Path) -> None:
    ontology = tmp_path / "sekg.ttl"
    ontology.write_text(
        ONTOLOGY_FILE.read_text(encoding="utf-8")
        + '\nsekg:Orphan a owl:Class ; rdfs:label "Orphan"@en ; rdfs:comment "No Korean."@en .\n',
        encoding="utf-8",
    )
    examples = tmp_path / "examples"
    examples.mkdir()
    (examples / "example.ttl").write_text(
        (EXAMPLES_DIR / "example.ttl").read_text(encoding="utf-8").replace(
            'sekg:value 29 ;', 'sekg:value "29명" ;'),
        encoding="utf-8",
    )
    report = check_ontology(ontology_path=ontology, examples_dir=examples)
    assert [str(p) for p in report.problems] == [
        "https://w3id.org/sekg/ontology#Orphan: class has no @ko label",
        "https://w3id.org/sekg/ontology#Orphan: class has no @ko comment or definition",
        "https://w3id.org/sekg/id/observation/희망키움터-employees-2016-12: example.ttl: Violation "
        "NodeConstraintComponent on https://w3id.org/sekg/ontology#value: "
        "Value does not conform to Shape sekgsh:Number. See details for more information.",
    ]
    assert not report.ok
