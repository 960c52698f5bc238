"""The normalise stage: a value as a lab prints it ("<5", "18,2", "1 234 ng/mL") read into a Measurement in a known
unit, with the notes a reader needs (an assumed unit, an implausible value). The text of a value (comparator, number,
unit text) is read by readers/values.py; which test a name is comes from the reference layer's recogniser
(reference/identify.py). The names below are the ones `vitd_cli.normalise` has always offered."""

from ..readers.values import COMPARATOR_RE, MAX_VALUE_CHARS, parse_number, split_value, too_long
from .values import Measurement, normalise

__all__ = ["COMPARATOR_RE", "MAX_VALUE_CHARS", "Measurement", "normalise", "parse_number", "split_value", "too_long"]
