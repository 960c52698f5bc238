"""The classify stage: a measurement against the bands of a scheme (pure: no I/O, no reference loading), and the
normal range a scheme gives in a unit."""

from .bands import Verdict, classify, normal_range, published_precision

__all__ = ["Verdict", "classify", "normal_range", "published_precision"]
