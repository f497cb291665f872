"""Helpers for the source-reader tests: the sample image builder, loaded from samples/."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

REPO = Path(__file__).resolve().parents[2]


def _load_image_builder() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "sample_image_builder", REPO / "samples" / "make_images.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def images() -> ModuleType:
    """samples/make_images.py: builders of JPEGs with IPTC (APP13) and XMP (APP1) captions."""
    return _load_image_builder()
