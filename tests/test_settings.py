from __future__ import annotations

from pathlib import Path

import pytest

from graph.settings import DEFAULT_STORE, Settings, SettingsError


def test_defaults_point_into_the_checkout() -> None:
    settings = Settings.from_env({})
    assert settings.store_path == DEFAULT_STORE
    assert settings.store_path.parts[-2:] == ("data", "store")
    assert (settings.store_path.parents[1] / "pyproject.toml").is_file()
    assert settings.endpoint is None
    assert settings.base_iri == "https://w3id.org/sekg/id/"


def test_sekg_store_selects_the_store(tmp_path: Path) -> None:
    assert Settings.from_env({"SEKG_STORE": str(tmp_path / "kg")}).store_path == tmp_path / "kg"


@pytest.mark.parametrize(
    ("env", "message"),
    [
        ({"SEKG_BASE_IRI": "urn:x"}, "SEKG_BASE_IRI must be an http(s) IRI, got 'urn:x'"),
        ({"SEKG_ENDPOINT": "localhost:7878"}, "SEKG_ENDPOINT must be an http(s) URL, got 'localhost:7878'"),
    ],
)
def test_bad_settings_are_refused_with_their_name(env: dict[str, str], message: str) -> None:
    with pytest.raises(SettingsError) as error:
        Settings.from_env(env)
    assert str(error.value) == message
