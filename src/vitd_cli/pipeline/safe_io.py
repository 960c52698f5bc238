"""What vitd writes to disk, and nothing more: the `-o` file written beside itself and renamed into place only when the
run succeeds, never an input; scratch space (DuckDB's spill files, the side file) in one private folder removed on
every exit path; SIGTERM and SIGHUP turned into an exception so that every one of those clean-ups runs.

Imports nothing from the package but its errors (docs/safety.md states the promises; tests/test_safety_outputs.py
holds them)."""

from __future__ import annotations

import io
import os
import signal
import stat
import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager, suppress
from typing import TextIO

from ..errors import Interrupted, VitdError

_SIGNALS = ("SIGINT", "SIGTERM", "SIGHUP")
_received: list[int] = []  # the signals that arrived, in order


def _raise_interrupted(signum: int, _frame: object) -> None:
    _received.append(signum)
    for name in _SIGNALS:  # a second signal while cleaning up must not cut the clean-up short
        with suppress(ValueError, OSError):
            signal.signal(getattr(signal, name), signal.SIG_IGN)
    if signum == signal.SIGINT:
        raise KeyboardInterrupt
    raise Interrupted(signum)


@contextmanager
def signals_caught() -> Iterator[None]:
    """While the block runs, SIGINT raises KeyboardInterrupt and SIGTERM and SIGHUP raise Interrupted, so that `finally`
    blocks run: the old output is kept and no temporary file is left. A signal the parent process ignores (nohup, a
    background job's SIGINT) stays ignored. The handlers before are put back afterwards (main thread only)."""
    _received.clear()
    before = {}
    for name in _SIGNALS:
        sig = getattr(signal, name, None)
        if sig is not None:
            with suppress(ValueError, OSError):
                old = signal.getsignal(sig)
                if old != signal.SIG_IGN:
                    signal.signal(sig, _raise_interrupted)
                    before[sig] = old
    try:
        yield
    finally:
        for sig, old in before.items():
            with suppress(ValueError, OSError, TypeError):
                signal.signal(sig, old)


def interrupted_by() -> int | None:
    """The first signal that arrived, if any: an exception a library raised after it (DuckDB's 'Query interrupted')
    is the interruption, not an error."""
    return _received[0] if _received else None


def _identity(path: str) -> tuple[int, int] | None:
    try:
        st = os.stat(path)
    except (OSError, ValueError):
        return None
    return (st.st_dev, st.st_ino) if stat.S_ISREG(st.st_mode) or stat.S_ISDIR(st.st_mode) else None


def _stdin_identity() -> tuple[int, int] | None:
    try:
        st = os.fstat(sys.stdin.fileno())
    except (OSError, ValueError, AttributeError):
        return None
    return (st.st_dev, st.st_ino) if stat.S_ISREG(st.st_mode) else None


def refuse_same_file(output: str, inputs: Iterable[str | None]) -> None:
    """Refuse an output that is one of the inputs (same device and inode, whatever the spelling or link), before
    anything is opened for writing. A folder input (Spark) may not contain the output either."""
    out = _identity(output)
    if out is None:
        return
    for given in inputs:
        if not given:
            continue
        ident = _stdin_identity() if given == "-" else _identity(given)
        if ident == out:
            what = "standard input" if given == "-" else "an input"
            raise VitdError("output-is-input", f"the output {os.path.basename(output)!r} is {what} of this run: writing it would destroy it",
                            "give -o another file name")


def refuse_stdout_is_input(inputs: Iterable[str | None]) -> None:
    """Refuse when standard output is a regular file that is one of the inputs (`vitd interpret labs.csv >> labs.csv`
    would read its own output for ever)."""
    try:
        st = os.fstat(sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        return
    if not stat.S_ISREG(st.st_mode):
        return
    for given in inputs:
        if given and given != "-" and _identity(given) == (st.st_dev, st.st_ino):
            raise VitdError("output-is-input", "standard output is an input file of this run: writing it would destroy it",
                            "redirect the output to another file, or give -o FILE")


def _target(path: str) -> str:
    """Where -o really goes: a symbolic link is followed, so the link stays and its target gets the new content."""
    return os.path.realpath(path) if os.path.islink(path) else path


def _mode_for(target: str) -> int:
    """The new file's permission bits: the old file's, or those `open()` would give a new one (0666 less the umask)."""
    try:
        return stat.S_IMODE(os.stat(target).st_mode)
    except OSError:
        mask = os.umask(0)
        os.umask(mask)
        return 0o666 & ~mask


@contextmanager
def output_file(path: str | None, inputs: Iterable[str | None] = (), *, folder: bool = False) -> Iterator[str | None]:
    """Yield the path a run should write its -o output to: a new temporary file (or folder, for Spark) in the same
    directory as `path`, with the same name ending (.gz, .parquet), renamed over `path` when the block ends without an
    exception, and removed otherwise, leaving any old `path` as it was. `path` None (stdout) yields None; an output that
    is not a regular file (a FIFO, /dev/null, a terminal) is written directly. Refuses an output that is an input.

    A file `path` ending in .gz is gzip, whoever wrote it: a writer that opens it with open_text (or wrote gzip itself,
    as DuckDB does) streams compressed bytes; a temporary file still holding plain text when the block ends is
    compressed before it is put in place."""
    inputs = list(inputs)
    if not path:
        refuse_stdout_is_input(inputs)
        yield None
        return
    refuse_same_file(path, inputs)
    target = _target(path)
    try:
        st = os.stat(target)
    except OSError:
        st = None
    if st is not None and not (stat.S_ISREG(st.st_mode) or stat.S_ISDIR(st.st_mode)):
        yield path  # a device or a pipe: nothing to keep, nothing to rename
        return
    if st is not None and stat.S_ISDIR(st.st_mode) and not folder:
        raise VitdError("output-unwritable", f"cannot write {path!r}: it is a folder", "give a file name with -o")
    import tempfile  # (stdlib, but not needed for a run without -o: start-up stays as it was)

    directory, name = os.path.split(os.path.abspath(target))
    try:
        if folder:
            tmp = tempfile.mkdtemp(prefix=".vitd-", suffix="-" + name, dir=directory)
        else:
            fd, tmp = tempfile.mkstemp(prefix=".vitd-", suffix="-" + name, dir=directory)
            os.close(fd)
            os.chmod(tmp, _mode_for(target))
    except OSError as exc:
        raise VitdError("output-unwritable", f"cannot write {path!r}: {exc.strerror}", "check the folder exists and its permissions") from None
    done = False
    try:
        yield tmp
        if folder:
            _replace_folder(tmp, target)
        else:
            if is_gz(target):
                _gzip_file(tmp, os.path.basename(target))
            os.replace(tmp, target)
        done = True
    finally:
        if not done:
            _remove(tmp)


GZIP_MAGIC = b"\x1f\x8b"


def is_gz(path: str) -> bool:
    """Does this output name ask for gzip (x.csv.gz, x.json.GZ)?"""
    return path.lower().endswith(".gz")


def open_text(path: str) -> TextIO:
    """An output file opened for UTF-8 text (newlines as written), gzip-compressed when its name ends in .gz."""
    import gzip

    if is_gz(path):
        # the gzip header names no file (it would be the temporary one) and no time: same input, same bytes
        raw = open(path, "wb")  # noqa: SIM115 - closed with the text stream
        gz = gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0)
        text = io.TextIOWrapper(gz, encoding="utf-8", newline="")
        _close_gz = text.close

        def close() -> None:
            try:
                _close_gz()
            finally:
                raw.close()

        text.close = close  # type: ignore[method-assign]
        return text
    return open(path, "w", encoding="utf-8", newline="")  # noqa: SIM115


def _gzip_file(path: str, name: str) -> None:  # (name: the output's, for the temporary file's)
    """Compress the file at `path` in place (through a temporary file beside it), unless it is gzip already."""
    import gzip
    import shutil
    import tempfile

    with open(path, "rb") as fh:
        if fh.read(2) == GZIP_MAGIC:
            return
    directory = os.path.dirname(os.path.abspath(path))
    fd, tmp = tempfile.mkstemp(prefix=".vitd-", suffix="-" + name, dir=directory)
    try:
        with os.fdopen(fd, "wb") as raw, open(path, "rb") as plain, gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0) as gz:
            shutil.copyfileobj(plain, gz, 1 << 20)
        shutil.copymode(path, tmp)
        os.replace(tmp, path)
    except BaseException:
        _remove(tmp)
        raise


def _replace_folder(new: str, target: str) -> None:
    """Put the folder `new` at `target`: an old folder there is moved aside first and removed once `new` is in place."""
    import shutil
    import tempfile

    if not os.path.exists(target):
        os.rename(new, target)
        return
    old = tempfile.mkdtemp(prefix=".vitd-old-", dir=os.path.dirname(os.path.abspath(target)))
    os.rmdir(old)
    os.rename(target, old)
    try:
        os.rename(new, target)
    except BaseException:
        os.rename(old, target)
        raise
    shutil.rmtree(old, ignore_errors=True)


def _remove(path: str) -> None:
    import shutil

    with suppress(OSError):
        if os.path.isdir(path) and not os.path.islink(path):
            shutil.rmtree(path, ignore_errors=True)
        else:
            os.remove(path)


@contextmanager
def scratch_dir() -> Iterator[str]:
    """A private folder (mode 0700, under $TMPDIR) for a run's scratch files, removed when the block ends, however it
    ends (signals included, within signals_caught())."""
    import shutil
    import tempfile

    path = tempfile.mkdtemp(prefix="vitd-")
    try:
        yield path
    finally:
        shutil.rmtree(path, ignore_errors=True)
