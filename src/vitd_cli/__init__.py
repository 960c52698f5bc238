"""vitd: interpret vitamin D, calcium and magnesium lab results, and how they relate to muscle symptoms."""

__version__ = "0.1.0"

from .interpret import interpret  # noqa: E402

__all__ = ["interpret", "__version__"]
