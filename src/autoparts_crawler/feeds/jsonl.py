"""Append-only JSON Lines files that survive a kill: one flushed ``write`` per line, cut lines repaired.

Used by the main feed (:mod:`.exporters`, :mod:`.storage`), the rejects/listings side files and
the JOBDIR seen-set: a crawl killed with SIGKILL keeps every line written so far, and a resumed
crawl never glues a new record onto a line the kill cut in half.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from pydantic import BaseModel


def cut_partial_line(path: Path) -> int:
    """Truncate ``path`` after its last newline; return how many bytes were cut (0 if none)."""
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        return 0
    if size == 0:
        return 0
    with path.open("rb+") as fh:
        fh.seek(size - 1)
        if fh.read(1) == b"\n":
            return 0
        keep, block = 0, 1 << 16
        position = size
        while position > 0:
            start = max(0, position - block)
            fh.seek(start)
            chunk = fh.read(position - start)
            newline = chunk.rfind(b"\n")
            if newline >= 0:
                keep = start + newline + 1
                break
            position = start
        fh.truncate(keep)
        fh.flush()
        os.fsync(fh.fileno())
    return size - keep


class JsonlSink:
    """Append-only (or overwriting) JSON Lines file, opened on first write, flushed per line."""

    def __init__(self, path: Path, *, overwrite: bool = False) -> None:
        self.path = path
        self.mode = "w" if overwrite else "a"
        self._fh: Any = None
        self.written = 0

    def open(self) -> None:
        """Create (or truncate, when overwriting) the file now."""
        if self._fh is None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._fh = self.path.open(self.mode, encoding="utf-8")

    def write(self, record: BaseModel | dict[str, Any]) -> None:
        data = record.model_dump(mode="json") if isinstance(record, BaseModel) else record
        self.open()
        self._fh.write(json.dumps(data, ensure_ascii=False) + "\n")
        self._fh.flush()
        self.written += 1

    def close(self) -> None:
        if self._fh is not None:
            fh, self._fh = self._fh, None
            fh.close()
