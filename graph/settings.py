"""Run-time settings, read once from the environment.

Every command takes its store, endpoint and base IRI from here, so that one
variable switches them all:

- ``SEKG_STORE``: the Oxigraph store directory (default ``data/store/`` in the checkout);
- ``SEKG_ENDPOINT``: a remote SPARQL 1.1 endpoint that reading commands use instead;
- ``SEKG_BASE_IRI``: the base of instance IRIs (default ``https://w3id.org/sekg/id/``).

>>> s = Settings.from_env({"SEKG_STORE": "/tmp/kg", "SEKG_ENDPOINT": "http://127.0.0.1:7878/query"})
>>> s.store_path
PosixPath('/tmp/kg')
>>> s.endpoint
'http://127.0.0.1:7878/query'
>>> s.base_iri
'https://w3id.org/sekg/id/'
>>> Settings.from_env({"SEKG_BASE_IRI": "https://kg.example.org/id"}).base_iri
'https://kg.example.org/id/'
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

CHECKOUT = Path(__file__).resolve().parents[1]
DEFAULT_STORE = CHECKOUT / "data" / "store"
DEFAULT_BASE_IRI = "https://w3id.org/sekg/id/"


class SettingsError(ValueError):
    """A setting from the environment that cannot be used."""


@dataclass(frozen=True)
class Settings:
    store_path: Path
    endpoint: str | None
    base_iri: str

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> Settings:
        env = os.environ if environ is None else environ
        store = env.get("SEKG_STORE") or str(DEFAULT_STORE)
        endpoint = env.get("SEKG_ENDPOINT") or None
        base = env.get("SEKG_BASE_IRI") or DEFAULT_BASE_IRI
        if not base.startswith(("http://", "https://")):
            raise SettingsError(f"SEKG_BASE_IRI must be an http(s) IRI, got {base!r}")
        if endpoint is not None and not endpoint.startswith(("http://", "https://")):
            raise SettingsError(f"SEKG_ENDPOINT must be an http(s) URL, got {endpoint!r}")
        # Instance IRIs are built by appending "kind/key": a base without a
        # trailing slash would glue the kind onto its last segment.
        if not base.endswith(("/", "#")):
            base += "/"
        return cls(store_path=Path(store).expanduser(), endpoint=endpoint, base_iri=base)
