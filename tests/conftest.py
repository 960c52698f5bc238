"""Shared fixtures: the reference data, ../shared (the cited worked cases and facts) when it is present, and one
SparkSession for every Spark test."""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

import pytest

import vitd_cli.reference

REPO = Path(__file__).resolve().parents[1]
SHARED = (REPO / ".." / "shared").resolve()
CASES_FILE = SHARED / "reference" / "clinical-cases.json"
SHARED_MISSING = "../shared not found: the cited cases live there"


@pytest.fixture(scope="session", autouse=True)
def _no_developer_config(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    """The suite never reads a developer's own vitd configuration (docs/config.md): the user file is looked for in an
    empty folder, and $VITD_CONFIG / VITD_NO_CONFIG are unset (for subprocesses too: they inherit os.environ). The
    search from the repository stops at its .git, and its pyproject.toml has no [tool.vitd] (test_config checks)."""
    patch = pytest.MonkeyPatch()
    patch.setenv("XDG_CONFIG_HOME", str(tmp_path_factory.mktemp("xdg-config-home")))
    patch.delenv("VITD_CONFIG", raising=False)
    patch.delenv("VITD_NO_CONFIG", raising=False)
    yield
    patch.undo()


@pytest.fixture(scope="session")
def repo() -> Path:
    return REPO


@pytest.fixture(scope="session")
def shared() -> Path:
    """The shared read-only material next to the repository (reference/clinical-cases.json and friends)."""
    if not SHARED.is_dir():
        pytest.skip(SHARED_MISSING)
    return SHARED


@pytest.fixture(scope="session")
def ref() -> vitd_cli.reference.ReferenceData:
    return vitd_cli.reference.load()


SPARK_INSTALL = "pip install -e '.[spark]' (PySpark; it needs a Java 17+ runtime)"


def spark_missing() -> str | None:
    """Why the Spark tests cannot run here (PySpark not importable, or no java), or None."""
    try:
        import pyspark  # noqa: F401
    except ImportError as exc:
        return f"PySpark is not importable ({exc}): {SPARK_INSTALL} to run the Spark tests"
    java_home = os.environ.get("JAVA_HOME")
    if not (java_home and os.access(os.path.join(java_home, "bin", "java"), os.X_OK)) and shutil.which("java") is None:
        return "no Java runtime (neither $JAVA_HOME/bin/java nor java on PATH): PySpark needs Java 17+ to run the Spark tests"
    return None


def skip_or_fail_without_spark() -> None:
    """Skip the test, with the reason, when Spark cannot run here; fail instead under CI (CI=true, as .ci/run runs)."""
    reason = spark_missing()
    if reason is not None:
        if os.environ.get("CI", "").strip().lower() in ("1", "true", "yes"):
            pytest.fail(f"CI is set and the Spark tests cannot run: {reason}", pytrace=False)
        pytest.skip(reason)


SPARK_TEST_CONF = {
    "spark.ui.enabled": "false",
    "spark.ui.showConsoleProgress": "false",
    "spark.sql.shuffle.partitions": "2",
    "spark.default.parallelism": "2",
    "spark.sql.analyzer.maxIterations": "1000",  # as vitd sql --dialect spark asks (its query has some 60 steps)
    "spark.driver.host": "127.0.0.1",  # no network: the driver and its block manager listen on loopback only
    "spark.driver.bindAddress": "127.0.0.1",
    "spark.pyspark.python": sys.executable,
    "spark.sql.session.timeZone": "UTC",
    "spark.driver.extraJavaOptions": "-Xss16m",  # as get_spark: the analyser recurses once per step of the query
    "spark.driver.memory": "2g",  # one session plans every test's query (the whole lab query as one statement among them)
}


@pytest.fixture(scope="session")
def spark():  # type: ignore[no-untyped-def]
    """One local SparkSession for the whole test run (starting one takes seconds), stopped at the end.

    local[2], 2 shuffle partitions, no UI, driver bound to 127.0.0.1 (no network). Skips the test, with the reason,
    when PySpark is not importable or Java is missing; under CI (CI=true, as .ci/run runs) it fails instead, so the
    Spark tests can never be skipped silently there."""
    skip_or_fail_without_spark()
    from pyspark.sql import SparkSession

    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)  # the workers (the wide layout's) import vitd: this Python, not python3
    saved = os.environ.get("SPARK_LOCAL_IP")
    os.environ["SPARK_LOCAL_IP"] = saved or "127.0.0.1"  # read when the JVM starts: no look-up of the host's address
    try:
        session = SparkSession.builder.master("local[2]").appName("vitd-tests").config(map=SPARK_TEST_CONF).getOrCreate()
    finally:
        if saved is None:
            del os.environ["SPARK_LOCAL_IP"]
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()
