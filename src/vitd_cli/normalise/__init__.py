"""The normalise stage: a value as a lab prints it ("<5", "18,2", "1 234 ng/mL") read into a Measurement in a known
unit, with the notes a reader needs (an assumed unit, an implausible value). Which test a name is comes from the
reference layer's recogniser (reference/identify.py)."""

from .values import COMPARATOR_RE, MAX_VALUE_CHARS, Measurement, normalise, parse_number, split_value, too_long

__all__ = ["COMPARATOR_RE", "MAX_VALUE_CHARS", "Measurement", "normalise", "parse_number", "split_value", "too_long"]
