"""A real Django site from the package registry, started on loopback for a test."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


@contextmanager
def serving(script: Path, folder: Path, env: dict[str, str], *args: str) -> Iterator[str]:
    """Run ``script`` (which prints its port on its first line) with ``script``'s folder
    on the path and ``env`` added, working in ``folder``; yield ``http://127.0.0.1:PORT``
    and stop the site after the block."""
    process = subprocess.Popen(
        [sys.executable, str(script), *args], env={**os.environ, "PYTHONPATH": str(script.parent), **env},
        cwd=folder, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    try:
        assert process.stdout is not None and process.stderr is not None
        port = process.stdout.readline().strip()
        if not port.isdigit():
            process.kill()
            raise RuntimeError(f"{script.parent.name} did not start: {process.stderr.read()[-2000:]}")
        yield f"http://127.0.0.1:{port}"
    finally:
        process.terminate()
        process.wait(10)
