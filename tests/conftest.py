"""Shared fixtures: the reference data, and ../shared (the cited worked cases and facts) when it is present."""

from __future__ import annotations

from pathlib import Path

import pytest

import vitd_cli.reference

REPO = Path(__file__).resolve().parents[1]
SHARED = (REPO / ".." / "shared").resolve()
CASES_FILE = SHARED / "reference" / "clinical-cases.json"
SHARED_MISSING = "../shared not found: the cited cases live there"


@pytest.fixture(scope="session")
def repo() -> Path:
    return REPO


@pytest.fixture(scope="session")
def shared() -> Path:
    """The shared read-only material next to the repository (reference/clinical-cases.json and friends)."""
    if not SHARED.is_dir():
        pytest.skip(SHARED_MISSING)
    return SHARED


@pytest.fixture(scope="session")
def ref() -> vitd_cli.reference.ReferenceData:
    return vitd_cli.reference.load()
