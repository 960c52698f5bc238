"""Kept for scripts written against the earlier layout (`from vitd_cli.interop_records import interpret_records`,
as docs/interop.md showed): the same function as `vitd_cli.files.interpret_records`, whose code is in
pipeline/interop_records.py."""

from .pipeline.interop_records import interpret_records

__all__ = ["interpret_records"]
