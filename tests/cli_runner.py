"""Run `vitd ARGV` in this process and capture what it writes (shared by the hardening tests)."""

from __future__ import annotations

import io
import sys

from vitd_cli.cli import main


class _Bytes(io.BytesIO):
    def close(self) -> None:  # the CLI closes the stdout wrapper it made; keep the bytes readable
        pass


def run_cli(argv: list[str], stdin: bytes = b"") -> tuple[int, str, str]:
    """(exit code, stdout, stderr) of `vitd ARGV`, run in this process with `stdin` as its input."""
    out_b, err_b = _Bytes(), _Bytes()
    saved = sys.stdout, sys.stderr, sys.stdin
    sys.stdout = io.TextIOWrapper(out_b, encoding="utf-8", write_through=True)
    sys.stderr = io.TextIOWrapper(err_b, encoding="utf-8", write_through=True)
    sys.stdin = io.TextIOWrapper(io.BufferedReader(io.BytesIO(stdin)), encoding="utf-8")
    try:
        try:
            main(argv)
            code = 0
        except SystemExit as exc:
            code = int(exc.code or 0)
        sys.stdout.flush()
        sys.stderr.flush()
    finally:
        sys.stdout, sys.stderr, sys.stdin = saved
    return code, out_b.getvalue().decode("utf-8", "replace"), err_b.getvalue().decode("utf-8", "replace")
