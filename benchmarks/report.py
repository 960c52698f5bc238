"""The results: one Markdown table (with the machine it ran on), saved as results/latest.md beside a JSON copy of
the ratios; each ratio compared with the previous run's, where a change for the worse beyond 20% is a regression."""

from __future__ import annotations

import datetime as dt
import json
import os
import platform
import subprocess
from dataclasses import asdict, dataclass
from pathlib import Path

RESULTS = Path(__file__).resolve().parent / "results"
REGRESSION = 0.20  # a ratio more than 20% worse than last time is a bug


@dataclass
class Row:
    benchmark: str  # also the key that matches a row across runs
    vitd: str
    comparator: str
    ratio: float | None = None  # None: not measured
    target: str = "—"
    met: bool | None = None  # None: no target here, or nothing measured
    better: str = "lower"  # which way the ratio should move: "lower" (times, memory) or "higher" (rows/s)

    def cells(self) -> list[str]:
        ratio = "—" if self.ratio is None else f"{self.ratio:.2f}x"
        met = {True: "yes", False: "**no**", None: "—"}[self.met]
        return [self.benchmark, self.vitd, self.comparator, ratio, self.target, met]


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith(("model name", "Model", "Hardware")):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def git_revision(repo: Path) -> str:
    def git(*args: str) -> str:
        proc = subprocess.run(["git", "-C", str(repo), *args], capture_output=True, text=True)
        return proc.stdout.strip() if proc.returncode == 0 else ""
    revision = git("rev-parse", "--short", "HEAD") or "unknown"
    return revision + (" + uncommitted changes" if git("status", "--porcelain", "--", "src") else "")


def machine(python: str, repo: Path) -> dict[str, str]:
    version = subprocess.run([python, "-c", "import platform; print(platform.python_version())"],
                             capture_output=True, text=True).stdout.strip()
    return {
        "cpu": cpu_model(),
        "cores": str(os.cpu_count()),
        "python": f"{version} ({python})",
        "os": f"{platform.system()} {platform.release()}",
        "date": dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "vitd": git_revision(repo),
    }


def same_machine(a: dict[str, str], b: dict[str, str]) -> bool:
    return a.get("cpu") == b.get("cpu") and a.get("cores") == b.get("cores")


def markdown(rows: list[Row], info: dict[str, str], settings: str, warning: str = "") -> str:
    head = (f"Machine: {info['cpu']}, {info['cores']} cores, {info['os']}; Python {info['python']}; "
            f"vitd at git {info['vitd']}; {info['date']}.  \n{settings}\n")
    if warning:
        head += f"\n**Warning:** {warning}\n"
    lines = ["| benchmark | vitd | comparator | ratio | target | met? |", "|---|---|---|---|---|---|"]
    lines += ["| " + " | ".join(cell.replace("|", "\\|") for cell in row.cells()) + " |" for row in rows]
    return head + "\n" + "\n".join(lines) + "\n"


def worse_by(old: float, new: float, better: str) -> float:
    """How much worse `new` is than `old` as a fraction (negative: better)."""
    return new / old - 1 if better == "lower" else 1 - new / old


def compare(previous: dict, rows: list[Row]) -> tuple[list[str], bool]:
    """One line per ratio measured in both runs, and whether any got worse by more than REGRESSION."""
    old = {r["benchmark"]: r for r in previous.get("rows", []) if r.get("ratio")}
    lines, regressed = [], False
    for row in rows:
        before = old.get(row.benchmark)
        if not before or not row.ratio:
            continue
        change = worse_by(before["ratio"], row.ratio, row.better)
        regressed |= change > REGRESSION
        verdict = f"{abs(change):.0%} " + ("worse" if change > 0 else "better") if round(change, 2) else "unchanged"
        flag = "  <-- REGRESSION" if change > REGRESSION else ""
        lines.append(f"  {row.benchmark}: {before['ratio']:.2f}x -> {row.ratio:.2f}x, {verdict}{flag}")
    return lines, regressed


def load(path: Path) -> dict:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def files(stem: str) -> tuple[Path, Path]:
    """(this run's, the previous run's) results file stem: latest/previous, or quick/quick-previous for --quick."""
    return RESULTS / stem, RESULTS / ("previous" if stem == "latest" else f"{stem}-previous")


def baseline(stem: str) -> dict:
    """The run to compare with: the last one, unless it regressed; then the one before it, which a regressed run
    never replaces (so running again cannot make a regression disappear)."""
    current, previous = files(stem)
    last = load(current.with_suffix(".json"))
    return load(previous.with_suffix(".json")) if last.get("regressed") else last


def save(stem: str, table: str, rows: list[Row], info: dict[str, str], regressed: bool) -> Path:
    """Write <stem>.md and .json; the old ones become the previous run's files, unless they were a regressed run."""
    RESULTS.mkdir(exist_ok=True)
    current, previous = files(stem)
    if current.with_suffix(".json").is_file() and not load(current.with_suffix(".json")).get("regressed"):
        for suffix in (".json", ".md"):
            if current.with_suffix(suffix).is_file():
                current.with_suffix(suffix).replace(previous.with_suffix(suffix))
    current.with_suffix(".md").write_text(table, encoding="utf-8")
    document = {"machine": info, "regressed": regressed, "rows": [asdict(r) for r in rows]}
    current.with_suffix(".json").write_text(json.dumps(document, indent=2) + "\n", encoding="utf-8")
    return current.with_suffix(".md")
