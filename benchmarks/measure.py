"""Run a command and measure it: wall time and the peak RSS of that process alone. Commands that are compared run
interleaved, one round at a time, so a slow moment on the machine hits all of them alike.

Peak RSS: when Python spawns a child (vfork/posix_spawn), Linux counts the parent's own RSS high-water mark in the
child's ru_maxrss, so a plain os.wait4 would report at least the harness's ~20 MB. GNU time forks the command from a
1 MB process, so each command runs under `/usr/bin/time -f %M` when that exists. The wall time still comes from
perf_counter, since %e has only 10 ms resolution. Without GNU time (macOS, busybox), the fallback is os.wait4's
ru_maxrss, which covers only this child and its tree (RUSAGE_CHILDREN would add up every run). A value no higher than
the harness's own peak is then only an upper bound, and is shown as "≤ N MB".
"""

from __future__ import annotations

import contextlib
import os
import resource
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field

RSS_UNIT_BYTES = 1 if sys.platform == "darwin" else 1024  # ru_maxrss is bytes on macOS, KiB on Linux


def _find_gnu_time() -> str | None:
    for path in ("/usr/bin/time", "/bin/time"):
        try:
            proc = subprocess.run([path, "-f", "%M", "true"], capture_output=True, text=True, timeout=10)
        except (OSError, subprocess.SubprocessError):
            continue
        if proc.returncode == 0 and proc.stderr.strip().splitlines()[-1:] and proc.stderr.strip().splitlines()[-1].isdigit():
            return path
    return None


GNU_TIME = _find_gnu_time()


@dataclass(frozen=True)
class Command:
    argv: list[str]
    env: dict[str, str] | None = None  # None: inherit


@dataclass
class Measurement:
    seconds: list[float] = field(default_factory=list)
    rss_bytes: list[int] = field(default_factory=list)
    rss_bound: bool = False  # True: some RSS reading is only an upper bound (see the module doc)
    error: str | None = None  # set when a run failed: the measurement is then unusable

    @property
    def ok(self) -> bool:
        return self.error is None and bool(self.seconds)

    @property
    def median_seconds(self) -> float:
        return statistics.median(self.seconds)

    @property
    def peak_rss_mb(self) -> float:
        return max(self.rss_bytes) / 1e6

    @property
    def peak_rss_text(self) -> str:
        return f"{'≤ ' if self.rss_bound else ''}{self.peak_rss_mb:.0f} MB"


class RunFailed(Exception):
    pass


def _last_line(data: bytes) -> str:
    lines = data.decode("utf-8", "replace").strip().splitlines()
    return lines[-1][:200] if lines else "no message"


def run_once(command: Command, timeout: float) -> tuple[float, int, bool]:
    """One run with stdout to /dev/null: (wall seconds, peak RSS bytes, whether the RSS is exact), or RunFailed."""
    timed_out = threading.Event()
    with open(os.devnull, "wb") as devnull, tempfile.TemporaryFile() as stderr, \
            tempfile.NamedTemporaryFile(prefix="vitd-bench-", suffix=".rss") as rss_file:
        argv = [GNU_TIME, "-o", rss_file.name, "-f", "%M", *command.argv] if GNU_TIME else command.argv
        started = time.perf_counter()
        try:  # a session of its own, so that a timeout kills the command and not only /usr/bin/time
            proc = subprocess.Popen(argv, stdin=subprocess.DEVNULL, stdout=devnull, stderr=stderr, env=command.env,
                                    start_new_session=True)
        except OSError as exc:
            raise RunFailed(f"cannot start {command.argv[0]}: {exc}") from exc

        def kill() -> None:
            timed_out.set()
            with contextlib.suppress(ProcessLookupError):  # it ended meanwhile
                os.killpg(proc.pid, signal.SIGKILL)

        timer = threading.Timer(timeout, kill)
        timer.start()
        try:
            _, status, usage = os.wait4(proc.pid, 0)
        except BaseException:  # Ctrl-C or a kill of the harness: do not leave the command running on its own
            kill()
            raise
        finally:
            timer.cancel()
        seconds = time.perf_counter() - started
        proc.returncode = os.waitstatus_to_exitcode(status)  # reaped here: keep Popen from waiting again
        if timed_out.is_set():
            raise RunFailed(f"killed after {timeout:.0f} s (--timeout)")
        if proc.returncode != 0:
            stderr.seek(0)
            raise RunFailed(f"exit {proc.returncode}: {_last_line(stderr.read())}")
        if GNU_TIME:
            return seconds, int(_last_line(rss_file.read())) * 1024, True
    rss = usage.ru_maxrss * RSS_UNIT_BYTES
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * RSS_UNIT_BYTES
    return seconds, rss, rss > own


def measure_together(commands: dict[str, Command], runs: int, timeout: float, warmup: int = 0,
                     log: Callable[[str], None] = print) -> dict[str, Measurement]:
    """`warmup` unrecorded runs of each, then `runs` rounds of each command in turn; a failing command drops out."""
    results = {name: Measurement() for name in commands}
    for round_no in range(-warmup, runs):
        for name, command in commands.items():
            result = results[name]
            if result.error:
                continue
            try:
                seconds, rss, exact = run_once(command, timeout)
            except RunFailed as exc:
                result.error = str(exc)
                log(f"    {name}: {exc}")
                continue
            if round_no >= 0:
                result.seconds.append(seconds)
                result.rss_bytes.append(rss)
                result.rss_bound |= not exact
        if round_no >= 0:
            log("    run {}/{}: {}".format(round_no + 1, runs, ", ".join(
                f"{n} {r.seconds[-1]:.2f} s" for n, r in results.items() if r.ok and len(r.seconds) == round_no + 1)))
    return results
