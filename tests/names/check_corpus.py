"""Sanity check for tests/names/corpus.csv and tests/names/loinc.csv (stdlib only).

Run: python tests/names/check_corpus.py
"""
import collections
import csv
import pathlib

HERE = pathlib.Path(__file__).resolve().parent
ALLOWED = {'vitamin_d', 'calcium', 'ionized_calcium', 'corrected_calcium', 'magnesium',
           'albumin', 'pth', 'phosphate', 'none'}


def load(name, columns, key):
    with open(HERE / name, newline='', encoding='utf-8') as f:
        reader = csv.DictReader(f)
        assert reader.fieldnames == columns, (name, reader.fieldnames)
        rows = list(reader)
    seen = set()
    for i, r in enumerate(rows, 2):
        for col in ('expected', 'source') + ((key[0],) if key[0] != 'code' else ('code',)):
            assert r[col].strip(), f'{name}:{i}: empty {col}'
        assert r['expected'] in ALLOWED, f'{name}:{i}: bad expected {r["expected"]!r}'
        k = tuple(r[c] for c in key)
        assert k not in seen, f'{name}:{i}: duplicate {k}'
        seen.add(k)
    return rows


corpus = load('corpus.csv', ['name', 'code', 'code_system', 'expected', 'source', 'notes'], ('name', 'expected'))
loinc = load('loinc.csv', ['code', 'long_common_name', 'short_name', 'component', 'property', 'system',
                           'scale', 'method', 'expected', 'source'], ('code',))
print('corpus.csv rows:', len(corpus))
for label, n in sorted(collections.Counter(r['expected'] for r in corpus).items()):
    print(f'  {label:18} {n}')
print('loinc.csv codes:', len(loinc))
for label, n in sorted(collections.Counter(r['expected'] for r in loinc).items()):
    print(f'  {label:18} {n}')
