"""vitd: interpret vitamin D, calcium and magnesium lab results, and how they relate to muscle symptoms."""

from . import models
from .interpret import interpret
from .version import __version__

__all__ = ["interpret", "interpret_frame", "__version__"]


def __getattr__(name: str):  # type: ignore[no-untyped-def]
    """interpret_frame is imported on first use, so `import vitd_cli` stays light (notebook.py)."""
    if name == "interpret_frame":
        from .notebook import interpret_frame

        return interpret_frame
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _report_html(report: models.Report) -> str:
    from .notebook import report_html  # (on first use: notebook and its renderers stay out of `import vitd_cli`)

    return report_html(report)


models.HTML_VIEW.append(_report_html)
