"""Replacing a file only once its new content is complete."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

from ...errors import ValidationError


@contextmanager
def atomic_output(path: Path) -> Iterator[BinaryIO]:
    """A binary stream that becomes ``path`` when the ``with`` block ends without an error.

    The data goes to a hidden temporary file in the same folder (so the final move is a
    rename on one file system), is flushed to disk, then replaces ``path`` in one step;
    on an error the temporary file is removed and ``path`` is left as it was.
    """
    folder = path.parent
    if not folder.is_dir():
        raise ValidationError("The feed folder {folder} does not exist.", folder=str(folder))
    try:
        handle, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise ValidationError(
            "Can't write in the feed folder {folder}: {reason}", folder=str(folder), reason=exc.strerror or str(exc),
        ) from exc
    temp = Path(temp_name)
    try:
        with os.fdopen(handle, "wb", buffering=1 << 20) as stream:
            yield stream
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temp, 0o644)  # mkstemp makes it private; a feed is read by a web server
        try:
            os.replace(temp, path)
        except OSError as exc:
            raise ValidationError(
                "Can't replace {path} (is it open in another program?): {reason}",
                path=str(path), reason=exc.strerror or str(exc),
            ) from exc
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
