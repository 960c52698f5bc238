"""What an option's value may be, checked the same way by every command: a format among a command's formats,
NAME=VALUE pairs, an existing file."""

from __future__ import annotations

from pathlib import Path

from ..errors import VitdError

INTERPRET_FORMATS = ("rich", "json", "html", "fhir", "ndjson", "csv", "tsv", "parquet")  # vitd interpret --format, any input
TYPED_FORMATS = ("rich", "json", "html", "fhir")


def check_format(fmt: str, allowed: tuple[str, ...]) -> str:
    if fmt not in allowed:
        raise VitdError("format-unknown", f"unknown format {fmt!r}", f"use one of {', '.join(allowed)}")
    return fmt


def pairs(items: list[str] | None, option: str) -> dict[str, str]:
    out = {}
    for item in items or []:
        key, sep, val = item.partition("=")
        if not sep or not key.strip() or not val.strip():
            raise VitdError("option-invalid", f"{option} {item!r} is not NAME=VALUE", "e.g. --scheme calcium=statpearls")
        out[key.strip()] = val.strip()
    return out


def readable(path: Path) -> str:
    if not path.is_file():
        raise VitdError("file-missing", f"cannot read {str(path)!r}: no such file", "give the path of an existing file")
    return str(path)
