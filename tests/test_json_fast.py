"""The JSON of a report is written by models.dumps_indented, not json.dumps(asdict(...), indent=2): the same bytes,
faster. Compared here on random documents (with the cases that differ between Python and JSON: 1, 1.0 and True;
0.0 and -0.0; NaN and infinities; non-ASCII and control characters; dict keys that are not strings) and on reports."""

from __future__ import annotations

import json
import math
from dataclasses import asdict, dataclass, field

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vitd_cli.models import dumps_indented


@dataclass
class Leaf:
    a: object = None
    b: object = None


@dataclass
class Node:
    name: str
    leaf: Leaf
    items: list[object] = field(default_factory=list)
    extra: dict[object, object] = field(default_factory=dict)


scalars = st.one_of(st.none(), st.booleans(), st.integers(), st.sampled_from([0.0, -0.0, 1.0, 1, True, math.inf, -math.inf, math.nan, 1e16, 1e-7]),
                    st.floats(allow_nan=True), st.text())
keys = st.one_of(st.text(), st.integers(), st.booleans(), st.none(), st.floats(allow_nan=False))
values = st.recursive(scalars, lambda inner: st.one_of(st.lists(inner, max_size=4), st.dictionaries(keys, inner, max_size=4),
                                                       st.builds(Leaf, scalars, scalars), st.tuples(inner, inner)), max_leaves=20)
nodes = st.builds(Node, st.text(), st.builds(Leaf, scalars, scalars), st.lists(st.one_of(values, st.builds(Leaf, scalars, scalars)), max_size=6),
                  st.dictionaries(keys, values, max_size=4))


@settings(max_examples=300, deadline=None)
@given(st.lists(nodes, max_size=5), st.sampled_from([0, 1, 2, 4]))
def test_same_text_as_json_dumps(doc: list[Node], indent: int) -> None:
    assert dumps_indented(doc, indent) == json.dumps([asdict(n) for n in doc], indent=indent, ensure_ascii=False)


def test_equal_values_of_other_types_are_not_confused() -> None:
    doc = [Leaf(1, 1.0), Leaf(1.0, 1), Leaf(True, 1), Leaf(0.0, -0.0), Leaf(-0.0, 0.0), Leaf(1, 1.0)]
    assert dumps_indented(doc, 2) == json.dumps([asdict(x) for x in doc], indent=2, ensure_ascii=False)


def test_unserialisable_is_an_error() -> None:
    with pytest.raises(TypeError):
        dumps_indented([Leaf(object())], 2)


def test_real_file_reports() -> None:
    from pathlib import Path

    from vitd_cli.files import read_report

    data = (Path(__file__).resolve().parents[1] / ".." / "shared" / "data").resolve()
    mimic = data / "mimic-iii-demo"
    if not (mimic / "LABEVENTS_calcium_mg_vitd_subset.csv").is_file():
        pytest.skip(f"{mimic} not found: the real exports live in ../shared/data")
    rep = read_report(str(mimic / "LABEVENTS_calcium_mg_vitd_subset.csv"), dictionary=str(mimic / "D_LABITEMS.csv"))
    assert len(rep.panels) > 100
    assert rep.model_dump_json(indent=2) == json.dumps(asdict(rep), indent=2, ensure_ascii=False)
