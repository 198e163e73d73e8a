"""The reliability suite: what each test measured is collected and printed at the end.

Tests call ``figures.record(section, name=value, ...)``; the figures go to the
terminal summary and to ``dist/reliability.json`` so that a run can be quoted.

Hypothesis runs under one of two profiles (``HYPOTHESIS_PROFILE``): ``ci``
(the default in ``make test``) draws the same examples every run, so a green
suite stays green until the code changes; ``explore`` (``make
test-reliability``) draws new ones each time, and more of them.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import psutil
import pytest
from hypothesis import HealthCheck, settings

ROOT = Path(__file__).resolve().parents[2]
FIGURES_FILE = ROOT / "dist" / "reliability.json"

_SLOW_OK = [HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.large_base_example]
settings.register_profile("ci", derandomize=True, deadline=None, database=None, suppress_health_check=_SLOW_OK,
                          max_examples=int(os.environ.get("SEKG_HYPOTHESIS_EXAMPLES", "60")))
settings.register_profile("explore", deadline=None, suppress_health_check=_SLOW_OK,
                          max_examples=int(os.environ.get("SEKG_HYPOTHESIS_EXAMPLES", "300")))
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))


def tree_rss_mb(process: psutil.Process) -> float:
    """Resident memory of ``process`` and its children (query workers, the Oxigraph server), in MB."""
    total = 0
    for member in [process, *process.children(recursive=True)]:
        try:
            total += member.memory_info().rss
        except psutil.NoSuchProcess:
            pass
    return total / 2**20


class Figures:
    def __init__(self) -> None:
        self.sections: dict[str, dict[str, object]] = {}

    def record(self, section: str, **values: object) -> None:
        self.sections.setdefault(section, {}).update(values)


_FIGURES = Figures()


@pytest.fixture(scope="session")
def figures() -> Figures:
    return _FIGURES


def pytest_terminal_summary(terminalreporter) -> None:
    if not _FIGURES.sections:
        return
    terminalreporter.section("reliability figures")
    for section, values in _FIGURES.sections.items():
        shown = ", ".join(f"{name} {value}" for name, value in values.items())
        terminalreporter.write_line(f"{section}: {shown}")
    FIGURES_FILE.parent.mkdir(parents=True, exist_ok=True)
    FIGURES_FILE.write_text(json.dumps(_FIGURES.sections, ensure_ascii=False, indent=2), encoding="utf-8")
    terminalreporter.write_line(f"(written to {FIGURES_FILE.relative_to(ROOT)})")
