"""The reference layer: the one loader of reference_ranges/ (cited data), the unit sizes generated from pint, and the
lexicon of test names with the recogniser that answers "which analyte is this test?". Everything above reads the
reference data through here; nothing here imports a stage above it."""

from .loader import ADVICE_KEYS, SCHEME_FILES, ReferenceData, Sentences, data_dir, load, load_schemes, norm_name, validate_shipped

__all__ = ["ADVICE_KEYS", "SCHEME_FILES", "ReferenceData", "Sentences", "data_dir", "load", "load_schemes", "norm_name", "validate_shipped"]
