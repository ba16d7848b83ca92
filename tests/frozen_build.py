"""The frozen application's build, started in the background as soon as the run knows it
will test it, so that its minute or two of PyInstaller overlaps the rest of the suite
(the frozen app's tests are moved to the end of the run)."""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
BUILD_SCRIPT = REPO_ROOT / "build" / "build.py"
TEST_FILE = "test_frozen_app.py"


class FrozenBuild:
    """``build/build.py`` running into a temporary dist folder, its output in a log file."""

    def __init__(self) -> None:
        self.dist = Path(tempfile.mkdtemp(prefix="backoffice-frozen-"))
        self.log = self.dist / "build.log"
        with self.log.open("wb") as log:
            self.process = subprocess.Popen(
                [sys.executable, str(BUILD_SCRIPT), "--distpath", str(self.dist)],
                cwd=REPO_ROOT, stdout=log, stderr=subprocess.STDOUT,
            )

    def wait(self, timeout: float) -> tuple[int, str]:
        """The build's exit status and the end of its output."""
        try:
            status = self.process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
            return -1, f"the build took more than {timeout:.0f} s"
        return status, self.log.read_text(errors="replace")[-8000:]

    def close(self) -> None:
        """Stop the build if it still runs and remove what it made."""
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait()
        shutil.rmtree(self.dist, ignore_errors=True)
