"""setuptools finds the packages under catalog/; the Alembic migrations live at the top level
(migrations/) and ship inside the wheel as catalog.migrations (mapped in pyproject.toml), which
a find cannot discover, so they are added by name."""

from setuptools import find_packages, setup

setup(
    packages=[
        *find_packages(include=["catalog", "catalog.*"]),
        "catalog.migrations",
        "catalog.migrations.versions",
    ]
)
