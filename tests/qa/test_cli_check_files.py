"""`rightnote check FILE` with the files a new user really has: a note saved by Windows
PowerShell's `>` or Notepad's "Unicode" (UTF-16 with a byte-order mark) was refused as "not
UTF-8 text"; the same without its mark was checked as gibberish with no error ("never says thank
you"); a folder was "no such file"; /dev/stdin (not a regular file) was "no such file" too."""

from __future__ import annotations

import codecs
import os
import threading
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from app.cli import _register
from app.cli import app as cli_app

_register()

NOTE = "Thank you for the time today. I enjoyed hearing how the team ships billing.\r\n"


def _check(*args: str, stdin: bytes | None = None) -> tuple[int, str]:
    result = CliRunner().invoke(cli_app, ["check", *args, "--scenario", "gratitude"], input=stdin)
    return result.exit_code, result.output


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-8-sig", "utf-8"])
def test_a_note_with_a_byte_order_mark_is_read_in_its_encoding(
    tmp_path: Path, encoding: str
) -> None:
    raw = NOTE.encode(encoding)
    if encoding == "utf-16-le":
        raw = codecs.BOM_UTF16_LE + raw
    elif encoding == "utf-16-be":
        raw = codecs.BOM_UTF16_BE + raw
    note = tmp_path / "note.txt"
    note.write_bytes(raw)
    code, output = _check(str(note))
    assert code == 0, output
    assert "verdict: send" in output and "14 words" in output


def test_utf16_without_its_mark_is_refused_not_checked_as_gibberish(tmp_path: Path) -> None:
    note = tmp_path / "note.txt"
    note.write_bytes(NOTE.encode("utf-16-le"))  # valid UTF-8 bytes, every other one NUL
    code, output = _check(str(note))
    assert code == 2
    assert "not UTF-8 text" in output and "byte-order mark" in output
    code, output = _check("-", stdin=b"Thanks\x00 a lot")
    assert code == 2 and "standard input" in output


def test_a_folder_is_named_as_a_folder(tmp_path: Path) -> None:
    code, output = _check(str(tmp_path))
    assert code == 2
    assert "is a folder" in output and "no such file" not in output
    code, output = _check(str(tmp_path / "missing.txt"))
    assert code == 2 and "no such file" in output


def test_a_note_that_is_not_a_regular_file_is_read(tmp_path: Path) -> None:
    fifo = tmp_path / "note.pipe"
    os.mkfifo(fifo)

    def write() -> None:
        # The writer end, as a shell's process substitution would be; it gives up after 10 s
        # when nobody opens the reading end (the old code never did).
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            try:
                fd = os.open(fifo, os.O_WRONLY | os.O_NONBLOCK)
            except OSError:  # ENXIO: no reader yet
                time.sleep(0.01)
                continue
            os.set_blocking(fd, True)
            with os.fdopen(fd, "wb") as writer:
                writer.write(NOTE.encode())
            return

    writer = threading.Thread(target=write)
    writer.start()
    try:
        code, output = _check(str(fifo))
    finally:
        writer.join()
    assert code == 0, output
    assert "verdict: send" in output
