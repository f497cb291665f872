"""The installed entry point run as a user runs it: a separate process, its exit status and
its stdout/stderr apart, no terminal on stdin."""

from __future__ import annotations

import os
import subprocess
import sys


def catalog(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "catalog", *args],
        capture_output=True,
        text=True,
        # Wide enough that rich does not fold a one-line message into two.
        env={**os.environ, "COLUMNS": "200", **(env or {})},
        stdin=subprocess.DEVNULL,
        timeout=120,
    )
