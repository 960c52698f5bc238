#!/usr/bin/env python3
"""Rewrite the generated part of docs/clinical.md (every band, symptom and finding with its urgency and sources) from
reference_ranges/, between the BEGIN/END GENERATED markers.

    python scripts/gen_clinical_doc.py            # rewrite docs/clinical.md
    python scripts/gen_clinical_doc.py --check    # exit 1 if the committed file is out of date

tests/test_clinical_safety.py fails when the committed page differs from a fresh generation.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DOC = ROOT / "docs" / "clinical.md"
BEGIN, END = "<!-- BEGIN GENERATED: scripts/gen_clinical_doc.py -->", "<!-- END GENERATED -->"
ANALYTES = ("calcium", "ionized_calcium", "magnesium", "vitamin_d", "albumin", "pth", "phosphate")


def _limits(limit: dict[str, float]) -> str:
    return ", ".join(f"{v:g} {u}" for u, v in limit.items())


def tables() -> str:
    sys.path.insert(0, str(ROOT / "src"))
    from vitd_cli.reference import load

    ref = load()
    out: list[str] = []
    for analyte in ANALYTES:
        for s in ref.schemes[analyte].values():
            out += [f"#### {analyte}: `{s.id}`{' (default)' if s.default else ''}", "",
                    "| band (upper end) | grade | urgency | source of the cut-off | source of the urgency |", "|---|---|---|---|---|"]
            for b in s.bands:
                end = "above" if b.limit is None else ("< " if b.below is not None else "<= ") + _limits(b.limit)
                grade = b.label + (f" ({b.severity})" if b.severity else "")
                out.append(f"| {end} | {grade} | {b.effective_urgency} | {b.source} | {b.urgency_source or '-'} |")
            out.append("")
    out += ["## 4. Symptoms and findings", "", "### Symptoms", "",
            "| symptom | red flag | urgency when no result explains it | source | asks for |", "|---|---|---|---|---|"]
    for sid, d in ref.symptoms.items():
        out.append(f"| `{sid}` ({d.label}) | {d.red_flag or '-'} | {'urgent' if d.red_flag else d.urgency} | {d.urgency_source} | "
                   f"{', '.join(d.ask_for) or '-'} |")
    out += ["", "### Findings: what they explain, from which level, and their urgency", ""]
    for code, f in ref.findings.items():
        out.append(f"- **`{code}`**: {f.title}. Source: {f.source}.")
        if f.explains:
            out.append(f"  - explains: {', '.join(f.explains)}")
        for lv in f.explains_when:
            parts = [f"{a} below {_limits(lim)}" for a, lim in lv.below.items()]
            parts += [f"{a} at or above {_limits(lim)}" for a, lim in lv.above.items()]
            out.append(f"  - only when {' or '.join(parts)}: {', '.join(lv.symptoms)} ({lv.source})")
        if f.urgent_with:
            out.append(f"  - urgent when it explains: {', '.join(f.urgent_with)} ({f.urgent_with_source})")
        if f.urgency:
            out.append(f"  - pattern urgency: {f.urgency} ({f.urgency_source})")
        if f.level:
            parts = [f"{a} below {_limits(lim)}" for a, lim in f.level.below.items()]
            out.append(f"  - raised only when {' or '.join(parts)} ({f.level.source})")
    import tomllib

    raw = tomllib.loads((ROOT / "reference_ranges" / "sentences.toml").read_text(encoding="utf-8"))
    out += ["", "### What to do, at each urgency (sentences.toml)", "", "| when | sentence | source |", "|---|---|---|"]
    out += [f"| `{k}` | {v['text']} | {v['source']} |" for k, v in raw["advice"].items()]
    out += ["", f"Every report ends with: \"{raw['disclaimer']['text']}\"", "",
            f"The paragraph on how the results link to muscle symptoms (shown with a symptom or any of "
            f"{', '.join(f'`{c}`' for c in raw['mechanism']['findings'])}) follows {raw['mechanism']['source']}."]
    return "\n".join(out)


def render(text: str) -> str:
    head, _, rest = text.partition(BEGIN)
    _, _, tail = rest.partition(END)
    return f"{head}{BEGIN}\n\n{tables()}\n\n{END}{tail}"


def main(argv: list[str]) -> int:
    text = DOC.read_text(encoding="utf-8")
    new = render(text)
    if "--check" in argv:
        return 0 if new == text else 1
    DOC.write_text(new, encoding="utf-8")
    print(f"wrote {DOC.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
