"""What the installed vitd can do, read from `vitd interpret --help`, so a benchmark of a missing feature is reported
as 'not available' instead of failing; and which interpreter runs vitd (the stack floor must use the same one)."""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

BOX_CHARS = re.compile(r"[│┃╭╮╰╯─━┌┐└┘]")


@dataclass(frozen=True)
class Features:
    help_text: str

    def _option_block(self, option: str) -> str | None:
        """The help text of one option: from its name to the next line that starts another option."""
        match = re.search(rf"(?m)^[ \t]*(?:-\w, )?{re.escape(option)}(?![\w-]).*(?:\n[ \t]+[^-\s].*)*", self.help_text)
        return match.group(0) if match else None

    def has_option(self, option: str) -> bool:
        return self._option_block(option) is not None

    @property
    def file_input(self) -> bool:
        """A positional argument after [OPTIONS] in the usage line, e.g. `vitd interpret [OPTIONS] [FILE]`."""
        return re.search(r"Usage: \S+ interpret \[OPTIONS\] \[?[A-Z_]+", self.help_text) is not None

    @property
    def csv_output(self) -> bool:
        block = self._option_block("--format") or ""
        return re.search(r"\bcsv\b", block) is not None

    @property
    def python_engine(self) -> bool:
        block = self._option_block("--engine") or ""
        return re.search(r"\bpython\b", block) is not None

    def missing(self, *needs: str) -> str | None:
        """None when every need is met, else why not, e.g. 'vitd interpret has no --map option'."""
        for need in needs:
            if need == "FILE" and not self.file_input:
                return "vitd interpret takes no FILE argument yet"
            if need == "csv" and not self.csv_output:
                return "vitd interpret has no --format csv yet"
            if need.startswith("--") and not self.has_option(need):
                return f"vitd interpret has no {need} option yet"
        return None


def find_vitd(given: str | None) -> Path:
    """--vitd, else the vitd next to this interpreter, else the one on PATH."""
    if given:
        return Path(given).resolve()
    beside = Path(sys.executable).parent / "vitd"
    if beside.is_file():
        return beside
    found = shutil.which("vitd")
    if not found:
        sys.exit("benchmarks: no vitd executable found: install the project (pip install -e .) or pass --vitd PATH")
    return Path(found)


def vitd_python(vitd: Path) -> str:
    """The interpreter that runs vitd: its console script's #! line, else the python beside it, else this one."""
    try:
        first = vitd.open("rb").readline().decode("utf-8", "replace")
    except OSError:
        first = ""
    if first.startswith("#!"):
        candidate = first[2:].strip().split()[0] if first[2:].strip() else ""
        if "python" in Path(candidate).name and os.access(candidate, os.X_OK):
            return candidate
    for name in ("python", "python3"):
        beside = vitd.parent / name
        if os.access(beside, os.X_OK):
            return str(beside)
    return sys.executable


def probe(vitd: Path) -> Features:
    env = {**os.environ, "COLUMNS": "200", "NO_COLOR": "1"}
    proc = subprocess.run([str(vitd), "interpret", "--help"], capture_output=True, text=True, env=env, timeout=120)
    if proc.returncode != 0:
        sys.exit(f"benchmarks: `{vitd} interpret --help` failed (exit {proc.returncode}): {proc.stderr.strip()[:300]}")
    return Features(BOX_CHARS.sub(" ", proc.stdout))


def source_fingerprint(python: str) -> str:
    """A digest of the names, sizes and mtimes of the vitd_cli package's files. It differs when someone edits vitd
    during a run (an editable install), which would mix two versions in one table."""
    proc = subprocess.run([python, "-c", "import os, vitd_cli; print(os.path.dirname(vitd_cli.__file__))"],
                          capture_output=True, text=True)
    if proc.returncode != 0:
        return ""
    digest = hashlib.sha256()
    for path in sorted(Path(proc.stdout.strip()).rglob("*.py")):
        stat = path.stat()
        digest.update(f"{path}:{stat.st_size}:{stat.st_mtime_ns}\n".encode())
    return digest.hexdigest()
