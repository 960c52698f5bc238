"""The library side of vitd's helper commands: unit conversion (`vitd convert`), how a test name was identified
(`vitd identify --explain`), the audit of a file's test names (`vitd tests`) and guided entry of values. Above the
pipeline; only cli/ imports them."""
