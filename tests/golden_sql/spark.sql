-- vitd: classify the lab results of labs (value=value, unit=unit, analyte=test, code=loinc) in place, one row at a time.
-- Appends vitd_status, vitd_analyte, vitd_value_si, vitd_unit_si, vitd_flag, vitd_category, vitd_severity, vitd_range, vitd_findings, vitd_panel, vitd_note and vitd_kind (why a row was not interpreted).
-- Generated from reference_ranges/ by `vitd sql --dialect spark`; do not edit. Needs: Spark SQL 3.4 or later (ANSI mode on or off).
-- Per row only: panel findings (corrected calcium, secondary hyperparathyroidism) come from `vitd interpret`.
WITH vitd_units AS (
  SELECT
    'g%' AS spelling,
    'g/dL' AS unit
  UNION ALL
  SELECT
    'g/100ml',
    'g/dL'
  UNION ALL
  SELECT
    'g/dl',
    'g/dL'
  UNION ALL
  SELECT
    'g/l',
    'g/L'
  UNION ALL
  SELECT
    'meq/l',
    'mEq/L'
  UNION ALL
  SELECT
    'mg%',
    'mg/dL'
  UNION ALL
  SELECT
    'mg/100ml',
    'mg/dL'
  UNION ALL
  SELECT
    'mg/dl',
    'mg/dL'
  UNION ALL
  SELECT
    'mg/l',
    'mg/L'
  UNION ALL
  SELECT
    'mgperdl',
    'mg/dL'
  UNION ALL
  SELECT
    'mm',
    'mmol/L'
  UNION ALL
  SELECT
    'mmol/l',
    'mmol/L'
  UNION ALL
  SELECT
    'mmolperl',
    'mmol/L'
  UNION ALL
  SELECT
    'mval/l',
    'mEq/L'
  UNION ALL
  SELECT
    'ng/cm3',
    'ng/mL'
  UNION ALL
  SELECT
    'ng/dl',
    'ng/dL'
  UNION ALL
  SELECT
    'ng/l',
    'pg/mL'
  UNION ALL
  SELECT
    'ng/ml',
    'ng/mL'
  UNION ALL
  SELECT
    'nm',
    'nmol/L'
  UNION ALL
  SELECT
    'nmol/l',
    'nmol/L'
  UNION ALL
  SELECT
    'pg/ml',
    'pg/mL'
  UNION ALL
  SELECT
    'pm',
    'pmol/L'
  UNION ALL
  SELECT
    'pmol/l',
    'pmol/L'
  UNION ALL
  SELECT
    'ug/l',
    'ng/mL'
  UNION ALL
  SELECT
    'umol/l',
    'umol/L'
), vitd_names AS (
  SELECT
    '25 hydroxy vitamin d' AS name,
    'vitamin_d' AS analyte
  UNION ALL
  SELECT
    '25 hydroxycalciferol',
    'vitamin_d'
  UNION ALL
  SELECT
    '25 hydroxyvitamin d',
    'vitamin_d'
  UNION ALL
  SELECT
    '25 hydroxyvitamin d (total)',
    'vitamin_d'
  UNION ALL
  SELECT
    '25 hydroxyvitamin d total',
    'vitamin_d'
  UNION ALL
  SELECT
    '25 hydroxyvitamin d2+d3',
    'vitamin_d'
  UNION ALL
  SELECT
    '25 oh d',
    'vitamin_d'
  UNION ALL
  SELECT
    '25 oh vit d',
    'vitamin_d'
  UNION ALL
  SELECT
    '25 oh vit d (total)',
    'vitamin_d'
  UNION ALL
  SELECT
    '25 oh vit d total',
    'vitamin_d'
  UNION ALL
  SELECT
    '25 oh vitamin d',
    'vitamin_d'
  UNION ALL
  SELECT
    '25 oh vitamin d total',
    'vitamin_d'
  UNION ALL
  SELECT
    '25 oh vitamin d3',
    'vitamin_d'
  UNION ALL
  SELECT
    '25(oh)d',
    'vitamin_d'
  UNION ALL
  SELECT
    '25ohd',
    'vitamin_d'
  UNION ALL
  SELECT
    'adjusted ca',
    'corrected_calcium'
  UNION ALL
  SELECT
    'adjusted calcium',
    'corrected_calcium'
  UNION ALL
  SELECT
    'alb',
    'albumin'
  UNION ALL
  SELECT
    'albumin',
    'albumin'
  UNION ALL
  SELECT
    'albumin (serum)',
    'albumin'
  UNION ALL
  SELECT
    'albumin adjusted calcium',
    'corrected_calcium'
  UNION ALL
  SELECT
    'albumin serum',
    'albumin'
  UNION ALL
  SELECT
    'albumin, serum',
    'albumin'
  UNION ALL
  SELECT
    'ca',
    'calcium'
  UNION ALL
  SELECT
    'ca total',
    'calcium'
  UNION ALL
  SELECT
    'ca++',
    'ionized_calcium'
  UNION ALL
  SELECT
    'ca2+',
    'ionized_calcium'
  UNION ALL
  SELECT
    'calcidiol',
    'vitamin_d'
  UNION ALL
  SELECT
    'calcium',
    'calcium'
  UNION ALL
  SELECT
    'calcium (total)',
    'calcium'
  UNION ALL
  SELECT
    'calcium (total, serum)',
    'calcium'
  UNION ALL
  SELECT
    'calcium corrected for albumin',
    'corrected_calcium'
  UNION ALL
  SELECT
    'calcium ionized',
    'ionized_calcium'
  UNION ALL
  SELECT
    'calcium serum',
    'calcium'
  UNION ALL
  SELECT
    'calcium total',
    'calcium'
  UNION ALL
  SELECT
    'calcium, albumin adjusted',
    'corrected_calcium'
  UNION ALL
  SELECT
    'calcium, corrected',
    'corrected_calcium'
  UNION ALL
  SELECT
    'calcium, free',
    'ionized_calcium'
  UNION ALL
  SELECT
    'calcium, ionised',
    'ionized_calcium'
  UNION ALL
  SELECT
    'calcium, ionized',
    'ionized_calcium'
  UNION ALL
  SELECT
    'calcium, serum',
    'calcium'
  UNION ALL
  SELECT
    'calcium, total',
    'calcium'
  UNION ALL
  SELECT
    'calcium, total, serum',
    'calcium'
  UNION ALL
  SELECT
    'calcium.ionized',
    'ionized_calcium'
  UNION ALL
  SELECT
    'corrected ca',
    'corrected_calcium'
  UNION ALL
  SELECT
    'corrected calcium',
    'corrected_calcium'
  UNION ALL
  SELECT
    'corrected calcium (albumin adjusted, estimate)',
    'corrected_calcium'
  UNION ALL
  SELECT
    'free calcium',
    'ionized_calcium'
  UNION ALL
  SELECT
    'free calcium (ionized)',
    'ionized_calcium'
  UNION ALL
  SELECT
    'ica',
    'ionized_calcium'
  UNION ALL
  SELECT
    'inorganic phosphate',
    'phosphate'
  UNION ALL
  SELECT
    'inorganic phosphorus',
    'phosphate'
  UNION ALL
  SELECT
    'intact pth',
    'pth'
  UNION ALL
  SELECT
    'ionic calcium',
    'ionized_calcium'
  UNION ALL
  SELECT
    'ionised ca2+',
    'ionized_calcium'
  UNION ALL
  SELECT
    'ionised calcium',
    'ionized_calcium'
  UNION ALL
  SELECT
    'ionized ca',
    'ionized_calcium'
  UNION ALL
  SELECT
    'ionized calcium',
    'ionized_calcium'
  UNION ALL
  SELECT
    'ipth',
    'pth'
  UNION ALL
  SELECT
    'mag',
    'magnesium'
  UNION ALL
  SELECT
    'magnesium',
    'magnesium'
  UNION ALL
  SELECT
    'magnesium (serum)',
    'magnesium'
  UNION ALL
  SELECT
    'magnesium serum',
    'magnesium'
  UNION ALL
  SELECT
    'magnesium, serum',
    'magnesium'
  UNION ALL
  SELECT
    'mg',
    'magnesium'
  UNION ALL
  SELECT
    'parathyrin',
    'pth'
  UNION ALL
  SELECT
    'parathyroid hormone',
    'pth'
  UNION ALL
  SELECT
    'parathyroid hormone (intact)',
    'pth'
  UNION ALL
  SELECT
    'parathyroid hormone, intact',
    'pth'
  UNION ALL
  SELECT
    'phos',
    'phosphate'
  UNION ALL
  SELECT
    'phosphate',
    'phosphate'
  UNION ALL
  SELECT
    'phosphate (serum, as phosphorus)',
    'phosphate'
  UNION ALL
  SELECT
    'phosphate, serum',
    'phosphate'
  UNION ALL
  SELECT
    'phosphorus',
    'phosphate'
  UNION ALL
  SELECT
    'phosphorus, inorganic',
    'phosphate'
  UNION ALL
  SELECT
    'phosphorus, serum',
    'phosphate'
  UNION ALL
  SELECT
    'po4',
    'phosphate'
  UNION ALL
  SELECT
    'pth',
    'pth'
  UNION ALL
  SELECT
    'pth intact',
    'pth'
  UNION ALL
  SELECT
    'pth, intact',
    'pth'
  UNION ALL
  SELECT
    'serum albumin',
    'albumin'
  UNION ALL
  SELECT
    'serum calcium',
    'calcium'
  UNION ALL
  SELECT
    'serum magnesium',
    'magnesium'
  UNION ALL
  SELECT
    'serum phosphate',
    'phosphate'
  UNION ALL
  SELECT
    'total calcium',
    'calcium'
  UNION ALL
  SELECT
    'vit d',
    'vitamin_d'
  UNION ALL
  SELECT
    'vitamin d',
    'vitamin_d'
  UNION ALL
  SELECT
    'vitamin d (25 oh)',
    'vitamin_d'
  UNION ALL
  SELECT
    'vitamin d 25 hydroxy',
    'vitamin_d'
  UNION ALL
  SELECT
    'vitamin d total',
    'vitamin_d'
  UNION ALL
  SELECT
    'vitamin d, 25 hydroxy',
    'vitamin_d'
  UNION ALL
  SELECT
    'vitamin d, 25 oh',
    'vitamin_d'
  UNION ALL
  SELECT
    'vitamin d, 25 oh, total',
    'vitamin_d'
  UNION ALL
  SELECT
    'vitamin d3 25 oh',
    'vitamin_d'
  UNION ALL
  SELECT
    'vitd',
    'vitamin_d'
  UNION ALL
  SELECT
    'vitd25oh',
    'vitamin_d'
), vitd_loinc AS (
  SELECT
    '12180-6' AS code,
    'ionized_calcium' AS analyte,
    CAST(NULL AS STRING) AS kind
  UNION ALL
  SELECT
    '14635-7',
    'vitamin_d',
    'molar'
  UNION ALL
  SELECT
    '14866-8',
    'pth',
    'molar'
  UNION ALL
  SELECT
    '14879-1',
    'phosphate',
    'molar'
  UNION ALL
  SELECT
    '1751-7',
    'albumin',
    'mass'
  UNION ALL
  SELECT
    '17861-6',
    'calcium',
    'mass'
  UNION ALL
  SELECT
    '17863-2',
    'ionized_calcium',
    'mass'
  UNION ALL
  SELECT
    '17864-0',
    'ionized_calcium',
    'mass'
  UNION ALL
  SELECT
    '19072-8',
    'ionized_calcium',
    CAST(NULL AS STRING)
  UNION ALL
  SELECT
    '19123-9',
    'magnesium',
    'mass'
  UNION ALL
  SELECT
    '1989-3',
    'vitamin_d',
    'mass'
  UNION ALL
  SELECT
    '1994-3',
    'ionized_calcium',
    'molar'
  UNION ALL
  SELECT
    '1995-0',
    'ionized_calcium',
    'molar'
  UNION ALL
  SELECT
    '1996-8',
    'calcium',
    'molar'
  UNION ALL
  SELECT
    '2000-8',
    'calcium',
    'molar'
  UNION ALL
  SELECT
    '21377-7',
    'magnesium',
    'mass'
  UNION ALL
  SELECT
    '2593-2',
    'magnesium',
    'molar'
  UNION ALL
  SELECT
    '2601-3',
    'magnesium',
    'molar'
  UNION ALL
  SELECT
    '2731-8',
    'pth',
    'mass'
  UNION ALL
  SELECT
    '2777-1',
    'phosphate',
    'mass'
  UNION ALL
  SELECT
    '2862-1',
    'albumin',
    'mass'
  UNION ALL
  SELECT
    '29265-6',
    'corrected_calcium',
    'molar'
  UNION ALL
  SELECT
    '34581-9',
    'ionized_calcium',
    CAST(NULL AS STRING)
  UNION ALL
  SELECT
    '35365-6',
    'vitamin_d',
    'mass'
  UNION ALL
  SELECT
    '38230-9',
    'ionized_calcium',
    'mass'
  UNION ALL
  SELECT
    '49054-0',
    'vitamin_d',
    'mass'
  UNION ALL
  SELECT
    '49765-1',
    'calcium',
    'mass'
  UNION ALL
  SELECT
    '61151-7',
    'albumin',
    CAST(NULL AS STRING)
  UNION ALL
  SELECT
    '61152-5',
    'albumin',
    CAST(NULL AS STRING)
  UNION ALL
  SELECT
    '62292-8',
    'vitamin_d',
    'mass'
), vitd_excluded AS (
  SELECT
    'loinc' AS by_what,
    '14957-5' AS key,
    'urine or body-fluid albumin, not serum' AS reason,
    'non-serum specimen' AS kind
  UNION ALL
  SELECT
    'loinc',
    '14959-1',
    'urine or body-fluid albumin, not serum',
    'non-serum specimen'
  UNION ALL
  SELECT
    'loinc',
    '15087-0',
    'PTH-related peptide, a different analyte from PTH',
    'other analyte'
  UNION ALL
  SELECT
    'loinc',
    '1649-3',
    '1,25-dihydroxyvitamin D (calcitriol), a different analyte from 25-hydroxyvitamin D',
    'other vitamin D form'
  UNION ALL
  SELECT
    'loinc',
    '1747-5',
    'urine or body-fluid albumin, not serum',
    'non-serum specimen'
  UNION ALL
  SELECT
    'loinc',
    '1748-3',
    'urine or body-fluid albumin, not serum',
    'non-serum specimen'
  UNION ALL
  SELECT
    'loinc',
    '1749-1',
    'urine or body-fluid albumin, not serum',
    'non-serum specimen'
  UNION ALL
  SELECT
    'loinc',
    '1754-1',
    'urine or body-fluid albumin, not serum',
    'non-serum specimen'
  UNION ALL
  SELECT
    'loinc',
    '17862-4',
    'urine calcium, not serum',
    'non-serum specimen'
  UNION ALL
  SELECT
    'loinc',
    '18488-7',
    'urine calcium, not serum',
    'non-serum specimen'
  UNION ALL
  SELECT
    'loinc',
    '19124-7',
    'urine magnesium, not serum',
    'non-serum specimen'
  UNION ALL
  SELECT
    'loinc',
    '1990-1',
    'parent vitamin D3 (cholecalciferol, LOINC 1990-1), not 25-hydroxyvitamin D',
    'other vitamin D form'
  UNION ALL
  SELECT
    'loinc',
    '2004-0',
    'urine calcium, not serum',
    'non-serum specimen'
  UNION ALL
  SELECT
    'loinc',
    '2236-8',
    'parent vitamin D2 (calciferol, LOINC 2236-8), not 25-hydroxyvitamin D',
    'other vitamin D form'
  UNION ALL
  SELECT
    'loinc',
    '24447-5',
    'urine magnesium, not serum',
    'non-serum specimen'
  UNION ALL
  SELECT
    'loinc',
    '2597-3',
    'red-blood-cell magnesium, not serum',
    'non-serum specimen'
  UNION ALL
  SELECT
    'loinc',
    '26746-8',
    'red-blood-cell magnesium, not serum',
    'non-serum specimen'
  UNION ALL
  SELECT
    'loinc',
    '2778-9',
    'urine phosphate, not serum',
    'non-serum specimen'
  UNION ALL
  SELECT
    'loinc',
    '29900-7',
    'red-blood-cell magnesium, not serum',
    'non-serum specimen'
  UNION ALL
  SELECT
    'loinc',
    '62290-2',
    '1,25-dihydroxyvitamin D (calcitriol), a different analyte from 25-hydroxyvitamin D',
    'other vitamin D form'
  UNION ALL
  SELECT
    'name',
    '1,25 (oh)2d',
    '1,25-dihydroxyvitamin D (calcitriol), a different analyte from 25-hydroxyvitamin D',
    'other vitamin D form'
  UNION ALL
  SELECT
    'name',
    '1,25 dihydroxy vitamin d',
    '1,25-dihydroxyvitamin D (calcitriol), a different analyte from 25-hydroxyvitamin D',
    'other vitamin D form'
  UNION ALL
  SELECT
    'name',
    '1,25 dihydroxyvitamin d',
    '1,25-dihydroxyvitamin D (calcitriol), a different analyte from 25-hydroxyvitamin D',
    'other vitamin D form'
  UNION ALL
  SELECT
    'name',
    '1,25 dihydroxyvitamin d3',
    '1,25-dihydroxyvitamin D (calcitriol), a different analyte from 25-hydroxyvitamin D',
    'other vitamin D form'
  UNION ALL
  SELECT
    'name',
    '1,25(oh)2d',
    '1,25-dihydroxyvitamin D (calcitriol), a different analyte from 25-hydroxyvitamin D',
    'other vitamin D form'
  UNION ALL
  SELECT
    'name',
    '24h urine calcium',
    'urine calcium, not serum',
    'non-serum specimen'
  UNION ALL
  SELECT
    'name',
    'albumin, ascites',
    'urine or body-fluid albumin, not serum',
    'non-serum specimen'
  UNION ALL
  SELECT
    'name',
    'albumin, body fluid',
    'urine or body-fluid albumin, not serum',
    'non-serum specimen'
  UNION ALL
  SELECT
    'name',
    'albumin, csf',
    'urine or body-fluid albumin, not serum',
    'non-serum specimen'
  UNION ALL
  SELECT
    'name',
    'albumin, pleural',
    'urine or body-fluid albumin, not serum',
    'non-serum specimen'
  UNION ALL
  SELECT
    'name',
    'albumin, urine',
    'urine or body-fluid albumin, not serum',
    'non-serum specimen'
  UNION ALL
  SELECT
    'name',
    'albumin/creatinine ratio',
    'urine or body-fluid albumin, not serum',
    'non-serum specimen'
  UNION ALL
  SELECT
    'name',
    'calciferol',
    'parent vitamin D2 (calciferol, LOINC 2236-8), not 25-hydroxyvitamin D',
    'other vitamin D form'
  UNION ALL
  SELECT
    'name',
    'calcitriol',
    '1,25-dihydroxyvitamin D (calcitriol), a different analyte from 25-hydroxyvitamin D',
    'other vitamin D form'
  UNION ALL
  SELECT
    'name',
    'calcium 24h urine',
    'urine calcium, not serum',
    'non-serum specimen'
  UNION ALL
  SELECT
    'name',
    'calcium, 24 hour urine',
    'urine calcium, not serum',
    'non-serum specimen'
  UNION ALL
  SELECT
    'name',
    'calcium, urine',
    'urine calcium, not serum',
    'non-serum specimen'
  UNION ALL
  SELECT
    'name',
    'calcium, urine 24h',
    'urine calcium, not serum',
    'non-serum specimen'
  UNION ALL
  SELECT
    'name',
    'calcium/creatinine ratio',
    'urine calcium, not serum',
    'non-serum specimen'
  UNION ALL
  SELECT
    'name',
    'cholecalciferol',
    'parent vitamin D3 (cholecalciferol, LOINC 1990-1), not 25-hydroxyvitamin D',
    'other vitamin D form'
  UNION ALL
  SELECT
    'name',
    'cholecalciferol (vit d3)',
    'parent vitamin D3 (cholecalciferol, LOINC 1990-1), not 25-hydroxyvitamin D',
    'other vitamin D form'
  UNION ALL
  SELECT
    'name',
    'ergocalciferol',
    'parent vitamin D2 (calciferol, LOINC 2236-8), not 25-hydroxyvitamin D',
    'other vitamin D form'
  UNION ALL
  SELECT
    'name',
    'magnesium rbc',
    'red-blood-cell magnesium, not serum',
    'non-serum specimen'
  UNION ALL
  SELECT
    'name',
    'magnesium, 24 hour urine',
    'urine magnesium, not serum',
    'non-serum specimen'
  UNION ALL
  SELECT
    'name',
    'magnesium, rbc',
    'red-blood-cell magnesium, not serum',
    'non-serum specimen'
  UNION ALL
  SELECT
    'name',
    'magnesium, red blood cell',
    'red-blood-cell magnesium, not serum',
    'non-serum specimen'
  UNION ALL
  SELECT
    'name',
    'magnesium, urine',
    'urine magnesium, not serum',
    'non-serum specimen'
  UNION ALL
  SELECT
    'name',
    'mgrbc',
    'red-blood-cell magnesium, not serum',
    'non-serum specimen'
  UNION ALL
  SELECT
    'name',
    'microalbumin',
    'urine or body-fluid albumin, not serum',
    'non-serum specimen'
  UNION ALL
  SELECT
    'name',
    'parathyroid hormone related protein',
    'PTH-related peptide, a different analyte from PTH',
    'other analyte'
  UNION ALL
  SELECT
    'name',
    'phosphate, urine',
    'urine phosphate, not serum',
    'non-serum specimen'
  UNION ALL
  SELECT
    'name',
    'phosphorus, urine',
    'urine phosphate, not serum',
    'non-serum specimen'
  UNION ALL
  SELECT
    'name',
    'pth related peptide',
    'PTH-related peptide, a different analyte from PTH',
    'other analyte'
  UNION ALL
  SELECT
    'name',
    'pthrp',
    'PTH-related peptide, a different analyte from PTH',
    'other analyte'
  UNION ALL
  SELECT
    'name',
    'rbc magnesium',
    'red-blood-cell magnesium, not serum',
    'non-serum specimen'
  UNION ALL
  SELECT
    'name',
    'red cell magnesium',
    'red-blood-cell magnesium, not serum',
    'non-serum specimen'
  UNION ALL
  SELECT
    'name',
    'urine albumin',
    'urine or body-fluid albumin, not serum',
    'non-serum specimen'
  UNION ALL
  SELECT
    'name',
    'urine calcium',
    'urine calcium, not serum',
    'non-serum specimen'
  UNION ALL
  SELECT
    'name',
    'urine magnesium',
    'urine magnesium, not serum',
    'non-serum specimen'
  UNION ALL
  SELECT
    'name',
    'urine phosphate',
    'urine phosphate, not serum',
    'non-serum specimen'
  UNION ALL
  SELECT
    'name',
    'vit d3',
    'parent vitamin D3 (cholecalciferol, LOINC 1990-1), not 25-hydroxyvitamin D',
    'other vitamin D form'
  UNION ALL
  SELECT
    'name',
    'vitamin d 1,25 dihydroxy',
    '1,25-dihydroxyvitamin D (calcitriol), a different analyte from 25-hydroxyvitamin D',
    'other vitamin D form'
  UNION ALL
  SELECT
    'name',
    'vitamin d2',
    'parent vitamin D2 (calciferol, LOINC 2236-8), not 25-hydroxyvitamin D',
    'other vitamin D form'
  UNION ALL
  SELECT
    'name',
    'vitamin d3',
    'parent vitamin D3 (cholecalciferol, LOINC 1990-1), not 25-hydroxyvitamin D',
    'other vitamin D form'
), vitd_analytes AS (
  SELECT
    'vitamin_d' AS analyte,
    '25-hydroxyvitamin D (total)' AS name,
    'nmol/L' AS si_unit,
    'ng/mL' AS conventional_unit,
    400.64e0 AS molar_mass,
    CAST(NULL AS INT) AS valence,
    2.0e0 AS plausible_lo,
    1500.0e0 AS plausible_hi,
    'endocrine-society-2011' AS scheme,
    '30-100 ng/mL (75-250 nmol/L) (endocrine-society-2011)' AS range_text
  UNION ALL
  SELECT
    'calcium',
    'Calcium (total, serum)',
    'mmol/L',
    'mg/dL',
    40.078e0,
    2,
    0.74e0,
    5.0e0,
    'msd',
    '8.8-10.4 mg/dL (2.2-2.6 mmol/L) (msd)'
  UNION ALL
  SELECT
    'ionized_calcium',
    'Ionized calcium',
    'mmol/L',
    'mg/dL',
    40.078e0,
    2,
    0.3e0,
    3.0e0,
    'pmc7276095',
    '1.1-1.3 mmol/L (4.4-5.2 mg/dL) (pmc7276095)'
  UNION ALL
  SELECT
    'albumin',
    'Albumin (serum)',
    'g/L',
    'g/dL',
    CAST(NULL AS DOUBLE),
    CAST(NULL AS INT),
    5.0e0,
    80.0e0,
    'standard',
    '3.5-5 g/dL (35-50 g/L) (standard)'
  UNION ALL
  SELECT
    'magnesium',
    'Magnesium (serum)',
    'mmol/L',
    'mg/dL',
    24.305e0,
    2,
    0.08e0,
    10.0e0,
    'msd',
    '1.8-2.6 mg/dL (0.7-1.05 mmol/L) (msd)'
  UNION ALL
  SELECT
    'pth',
    'Parathyroid hormone (intact)',
    'pmol/L',
    'pg/mL',
    9425.0e0,
    CAST(NULL AS INT),
    0.1e0,
    500.0e0,
    'pmc7276095',
    '15-65 pg/mL (1.6-6.9 pmol/L) (pmc7276095)'
  UNION ALL
  SELECT
    'phosphate',
    'Phosphate (serum, as phosphorus)',
    'mmol/L',
    'mg/dL',
    30.974e0,
    CAST(NULL AS INT),
    0.09e0,
    8.1e0,
    'davis',
    '2.5-4.5 mg/dL (0.81-1.45 mmol/L) (davis)'
  UNION ALL
  SELECT
    'corrected_calcium',
    'Corrected calcium (albumin-adjusted, estimate)',
    'mmol/L',
    'mg/dL',
    40.078e0,
    2,
    0.74e0,
    5.0e0,
    'msd',
    '8.8-10.4 mg/dL (2.2-2.6 mmol/L) (msd)'
), vitd_bands AS (
  SELECT
    'vitamin_d' AS analyte,
    'endocrine-society-2011' AS scheme,
    0 AS band_index,
    'deficient' AS category,
    'low' AS flag,
    'moderate' AS severity,
    'vitamin_d_deficiency' AS finding,
    'below' AS op,
    '20.0 ng/mL; 50.0 nmol/L' AS cutoffs
  UNION ALL
  SELECT
    'vitamin_d',
    'endocrine-society-2011',
    1,
    'insufficient',
    'low',
    'mild',
    'vitamin_d_insufficiency',
    'below',
    '30.0 ng/mL; 75.0 nmol/L'
  UNION ALL
  SELECT
    'vitamin_d',
    'endocrine-society-2011',
    2,
    'sufficient',
    'normal',
    CAST(NULL AS STRING),
    CAST(NULL AS STRING),
    'up_to',
    '100.0 ng/mL; 250.0 nmol/L'
  UNION ALL
  SELECT
    'vitamin_d',
    'endocrine-society-2011',
    3,
    'high',
    'high',
    'mild',
    'vitamin_d_excess',
    'up_to',
    '150.0 ng/mL; 375.0 nmol/L'
  UNION ALL
  SELECT
    'vitamin_d',
    'endocrine-society-2011',
    4,
    'toxic',
    'high',
    'severe',
    'vitamin_d_excess',
    CAST(NULL AS STRING),
    CAST(NULL AS STRING)
  UNION ALL
  SELECT
    'calcium',
    'msd',
    0,
    'hypocalcemia',
    'low',
    'severe',
    'hypocalcemia',
    'below',
    '7.0 mg/dL; 1.75 mmol/L'
  UNION ALL
  SELECT
    'calcium',
    'msd',
    1,
    'hypocalcemia',
    'low',
    'moderate',
    'hypocalcemia',
    'below',
    '7.5 mg/dL; 1.875 mmol/L'
  UNION ALL
  SELECT
    'calcium',
    'msd',
    2,
    'hypocalcemia',
    'low',
    'mild',
    'hypocalcemia',
    'below',
    '8.8 mg/dL; 2.2 mmol/L'
  UNION ALL
  SELECT
    'calcium',
    'msd',
    3,
    'normal',
    'normal',
    CAST(NULL AS STRING),
    CAST(NULL AS STRING),
    'up_to',
    '10.4 mg/dL; 2.6 mmol/L'
  UNION ALL
  SELECT
    'calcium',
    'msd',
    4,
    'hypercalcemia',
    'high',
    'mild',
    'hypercalcemia',
    'below',
    '12.0 mg/dL; 3.0 mmol/L'
  UNION ALL
  SELECT
    'calcium',
    'msd',
    5,
    'hypercalcemia',
    'high',
    'moderate',
    'hypercalcemia',
    'below',
    '14.0 mg/dL; 3.5 mmol/L'
  UNION ALL
  SELECT
    'calcium',
    'msd',
    6,
    'hypercalcemia',
    'high',
    'severe',
    'hypercalcemia',
    CAST(NULL AS STRING),
    CAST(NULL AS STRING)
  UNION ALL
  SELECT
    'ionized_calcium',
    'pmc7276095',
    0,
    'hypocalcemia',
    'low',
    'severe',
    'hypocalcemia',
    'below',
    '0.8 mmol/L'
  UNION ALL
  SELECT
    'ionized_calcium',
    'pmc7276095',
    1,
    'hypocalcemia',
    'low',
    'moderate',
    'hypocalcemia',
    'below',
    '0.9 mmol/L'
  UNION ALL
  SELECT
    'ionized_calcium',
    'pmc7276095',
    2,
    'hypocalcemia',
    'low',
    'mild',
    'hypocalcemia',
    'below',
    '1.1 mmol/L; 4.4 mg/dL'
  UNION ALL
  SELECT
    'ionized_calcium',
    'pmc7276095',
    3,
    'normal',
    'normal',
    CAST(NULL AS STRING),
    CAST(NULL AS STRING),
    'up_to',
    '1.3 mmol/L; 5.2 mg/dL'
  UNION ALL
  SELECT
    'ionized_calcium',
    'pmc7276095',
    4,
    'hypercalcemia',
    'high',
    CAST(NULL AS STRING),
    'hypercalcemia',
    CAST(NULL AS STRING),
    CAST(NULL AS STRING)
  UNION ALL
  SELECT
    'albumin',
    'standard',
    0,
    'hypoalbuminemia',
    'low',
    CAST(NULL AS STRING),
    'hypoalbuminemia',
    'below',
    '3.5 g/dL; 35.0 g/L'
  UNION ALL
  SELECT
    'albumin',
    'standard',
    1,
    'normal',
    'normal',
    CAST(NULL AS STRING),
    CAST(NULL AS STRING),
    'up_to',
    '5.0 g/dL; 50.0 g/L'
  UNION ALL
  SELECT
    'albumin',
    'standard',
    2,
    'high',
    'high',
    CAST(NULL AS STRING),
    CAST(NULL AS STRING),
    CAST(NULL AS STRING),
    CAST(NULL AS STRING)
  UNION ALL
  SELECT
    'magnesium',
    'msd',
    0,
    'hypomagnesemia',
    'low',
    'severe',
    'hypomagnesemia',
    'below',
    '0.4 mmol/L'
  UNION ALL
  SELECT
    'magnesium',
    'msd',
    1,
    'hypomagnesemia',
    'low',
    'moderate',
    'hypomagnesemia',
    'up_to',
    '0.63 mmol/L'
  UNION ALL
  SELECT
    'magnesium',
    'msd',
    2,
    'hypomagnesemia',
    'low',
    'mild',
    'hypomagnesemia',
    'below',
    '1.8 mg/dL; 0.7 mmol/L'
  UNION ALL
  SELECT
    'magnesium',
    'msd',
    3,
    'normal',
    'normal',
    CAST(NULL AS STRING),
    CAST(NULL AS STRING),
    'up_to',
    '2.6 mg/dL; 1.05 mmol/L'
  UNION ALL
  SELECT
    'magnesium',
    'msd',
    4,
    'hypermagnesemia',
    'high',
    'mild',
    'hypermagnesemia',
    'below',
    '6.0 mg/dL; 2.5 mmol/L'
  UNION ALL
  SELECT
    'magnesium',
    'msd',
    5,
    'hypermagnesemia',
    'high',
    'moderate',
    'hypermagnesemia',
    'below',
    '12.0 mg/dL; 5.0 mmol/L'
  UNION ALL
  SELECT
    'magnesium',
    'msd',
    6,
    'hypermagnesemia',
    'high',
    'severe',
    'hypermagnesemia',
    CAST(NULL AS STRING),
    CAST(NULL AS STRING)
  UNION ALL
  SELECT
    'pth',
    'pmc7276095',
    0,
    'low',
    'low',
    CAST(NULL AS STRING),
    'low_pth',
    'below',
    '15.0 pg/mL; 1.6 pmol/L'
  UNION ALL
  SELECT
    'pth',
    'pmc7276095',
    1,
    'normal',
    'normal',
    CAST(NULL AS STRING),
    CAST(NULL AS STRING),
    'up_to',
    '65.0 pg/mL; 6.9 pmol/L'
  UNION ALL
  SELECT
    'pth',
    'pmc7276095',
    2,
    'high',
    'high',
    CAST(NULL AS STRING),
    'elevated_pth',
    CAST(NULL AS STRING),
    CAST(NULL AS STRING)
  UNION ALL
  SELECT
    'phosphate',
    'davis',
    0,
    'hypophosphatemia',
    'low',
    CAST(NULL AS STRING),
    'hypophosphatemia',
    'below',
    '2.5 mg/dL; 0.81 mmol/L'
  UNION ALL
  SELECT
    'phosphate',
    'davis',
    1,
    'normal',
    'normal',
    CAST(NULL AS STRING),
    CAST(NULL AS STRING),
    'up_to',
    '4.5 mg/dL; 1.45 mmol/L'
  UNION ALL
  SELECT
    'phosphate',
    'davis',
    2,
    'hyperphosphatemia',
    'high',
    CAST(NULL AS STRING),
    'hyperphosphatemia',
    CAST(NULL AS STRING),
    CAST(NULL AS STRING)
  UNION ALL
  SELECT
    'corrected_calcium',
    'msd',
    0,
    'hypocalcemia',
    'low',
    'severe',
    'hypocalcemia',
    'below',
    '7.0 mg/dL; 1.75 mmol/L'
  UNION ALL
  SELECT
    'corrected_calcium',
    'msd',
    1,
    'hypocalcemia',
    'low',
    'moderate',
    'hypocalcemia',
    'below',
    '7.5 mg/dL; 1.875 mmol/L'
  UNION ALL
  SELECT
    'corrected_calcium',
    'msd',
    2,
    'hypocalcemia',
    'low',
    'mild',
    'hypocalcemia',
    'below',
    '8.8 mg/dL; 2.2 mmol/L'
  UNION ALL
  SELECT
    'corrected_calcium',
    'msd',
    3,
    'normal',
    'normal',
    CAST(NULL AS STRING),
    CAST(NULL AS STRING),
    'up_to',
    '10.4 mg/dL; 2.6 mmol/L'
  UNION ALL
  SELECT
    'corrected_calcium',
    'msd',
    4,
    'hypercalcemia',
    'high',
    'mild',
    'hypercalcemia',
    'below',
    '12.0 mg/dL; 3.0 mmol/L'
  UNION ALL
  SELECT
    'corrected_calcium',
    'msd',
    5,
    'hypercalcemia',
    'high',
    'moderate',
    'hypercalcemia',
    'below',
    '14.0 mg/dL; 3.5 mmol/L'
  UNION ALL
  SELECT
    'corrected_calcium',
    'msd',
    6,
    'hypercalcemia',
    'high',
    'severe',
    'hypercalcemia',
    CAST(NULL AS STRING),
    CAST(NULL AS STRING)
), vitd_cutoffs AS (
  SELECT
    'vitamin_d' AS analyte,
    'ng/mL' AS unit,
    'mass' AS kind,
    0 AS si_same,
    1e-06 AS si_fs,
    400.64e0 AS si_dv,
    1.0e0 AS si_ml,
    1e-09 AS si_fd,
    4 AS last_band,
    'ng/mL' AS cut_unit_0,
    20.0e0 AS cut_0,
    1 AS below_0,
    1 AS same_0,
    1e-06 AS fs_0,
    1.0e0 AS dv_0,
    1.0e0 AS ml_0,
    1e-06 AS fd_0,
    'ng/mL' AS cut_unit_1,
    30.0e0 AS cut_1,
    1 AS below_1,
    1 AS same_1,
    1e-06 AS fs_1,
    1.0e0 AS dv_1,
    1.0e0 AS ml_1,
    1e-06 AS fd_1,
    'ng/mL' AS cut_unit_2,
    100.0e0 AS cut_2,
    0 AS below_2,
    1 AS same_2,
    1e-06 AS fs_2,
    1.0e0 AS dv_2,
    1.0e0 AS ml_2,
    1e-06 AS fd_2,
    'ng/mL' AS cut_unit_3,
    150.0e0 AS cut_3,
    0 AS below_3,
    1 AS same_3,
    1e-06 AS fs_3,
    1.0e0 AS dv_3,
    1.0e0 AS ml_3,
    1e-06 AS fd_3,
    CAST(NULL AS STRING) AS cut_unit_4,
    CAST(NULL AS DOUBLE) AS cut_4,
    CAST(NULL AS INT) AS below_4,
    CAST(NULL AS INT) AS same_4,
    CAST(NULL AS DOUBLE) AS fs_4,
    CAST(NULL AS DOUBLE) AS dv_4,
    CAST(NULL AS DOUBLE) AS ml_4,
    CAST(NULL AS DOUBLE) AS fd_4,
    CAST(NULL AS STRING) AS cut_unit_5,
    CAST(NULL AS DOUBLE) AS cut_5,
    CAST(NULL AS INT) AS below_5,
    CAST(NULL AS INT) AS same_5,
    CAST(NULL AS DOUBLE) AS fs_5,
    CAST(NULL AS DOUBLE) AS dv_5,
    CAST(NULL AS DOUBLE) AS ml_5,
    CAST(NULL AS DOUBLE) AS fd_5
  UNION ALL
  SELECT
    'vitamin_d',
    'ng/dL',
    'mass',
    0,
    1e-08,
    400.64e0,
    1.0e0,
    1e-09,
    4,
    'ng/mL',
    20.0e0,
    1,
    0,
    1e-08,
    1.0e0,
    1.0e0,
    1e-06,
    'ng/mL',
    30.0e0,
    1,
    0,
    1e-08,
    1.0e0,
    1.0e0,
    1e-06,
    'ng/mL',
    100.0e0,
    0,
    0,
    1e-08,
    1.0e0,
    1.0e0,
    1e-06,
    'ng/mL',
    150.0e0,
    0,
    0,
    1e-08,
    1.0e0,
    1.0e0,
    1e-06,
    CAST(NULL AS STRING),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS INT),
    CAST(NULL AS INT),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS STRING),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS INT),
    CAST(NULL AS INT),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE)
  UNION ALL
  SELECT
    'vitamin_d',
    'pg/mL',
    'mass',
    0,
    1e-09,
    400.64e0,
    1.0e0,
    1e-09,
    4,
    'ng/mL',
    20.0e0,
    1,
    0,
    1e-09,
    1.0e0,
    1.0e0,
    1e-06,
    'ng/mL',
    30.0e0,
    1,
    0,
    1e-09,
    1.0e0,
    1.0e0,
    1e-06,
    'ng/mL',
    100.0e0,
    0,
    0,
    1e-09,
    1.0e0,
    1.0e0,
    1e-06,
    'ng/mL',
    150.0e0,
    0,
    0,
    1e-09,
    1.0e0,
    1.0e0,
    1e-06,
    CAST(NULL AS STRING),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS INT),
    CAST(NULL AS INT),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS STRING),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS INT),
    CAST(NULL AS INT),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE)
  UNION ALL
  SELECT
    'vitamin_d',
    'nmol/L',
    'molar',
    1,
    1e-09,
    1.0e0,
    1.0e0,
    1e-09,
    4,
    'nmol/L',
    50.0e0,
    1,
    1,
    1e-09,
    1.0e0,
    1.0e0,
    1e-09,
    'nmol/L',
    75.0e0,
    1,
    1,
    1e-09,
    1.0e0,
    1.0e0,
    1e-09,
    'nmol/L',
    250.0e0,
    0,
    1,
    1e-09,
    1.0e0,
    1.0e0,
    1e-09,
    'nmol/L',
    375.0e0,
    0,
    1,
    1e-09,
    1.0e0,
    1.0e0,
    1e-09,
    CAST(NULL AS STRING),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS INT),
    CAST(NULL AS INT),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS STRING),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS INT),
    CAST(NULL AS INT),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE)
  UNION ALL
  SELECT
    'vitamin_d',
    'pmol/L',
    'molar',
    0,
    1e-12,
    1.0e0,
    1.0e0,
    1e-09,
    4,
    'nmol/L',
    50.0e0,
    1,
    0,
    1e-12,
    1.0e0,
    1.0e0,
    1e-09,
    'nmol/L',
    75.0e0,
    1,
    0,
    1e-12,
    1.0e0,
    1.0e0,
    1e-09,
    'nmol/L',
    250.0e0,
    0,
    0,
    1e-12,
    1.0e0,
    1.0e0,
    1e-09,
    'nmol/L',
    375.0e0,
    0,
    0,
    1e-12,
    1.0e0,
    1.0e0,
    1e-09,
    CAST(NULL AS STRING),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS INT),
    CAST(NULL AS INT),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS STRING),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS INT),
    CAST(NULL AS INT),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE)
  UNION ALL
  SELECT
    'calcium',
    'mg/dL',
    'mass',
    0,
    0.01e0,
    40.078e0,
    1.0e0,
    0.001e0,
    6,
    'mg/dL',
    7.0e0,
    1,
    1,
    0.01e0,
    1.0e0,
    1.0e0,
    0.01e0,
    'mg/dL',
    7.5e0,
    1,
    1,
    0.01e0,
    1.0e0,
    1.0e0,
    0.01e0,
    'mg/dL',
    8.8e0,
    1,
    1,
    0.01e0,
    1.0e0,
    1.0e0,
    0.01e0,
    'mg/dL',
    10.4e0,
    0,
    1,
    0.01e0,
    1.0e0,
    1.0e0,
    0.01e0,
    'mg/dL',
    12.0e0,
    1,
    1,
    0.01e0,
    1.0e0,
    1.0e0,
    0.01e0,
    'mg/dL',
    14.0e0,
    1,
    1,
    0.01e0,
    1.0e0,
    1.0e0,
    0.01e0
  UNION ALL
  SELECT
    'calcium',
    'mg/L',
    'mass',
    0,
    0.001e0,
    40.078e0,
    1.0e0,
    0.001e0,
    6,
    'mg/dL',
    7.0e0,
    1,
    0,
    0.001e0,
    1.0e0,
    1.0e0,
    0.01e0,
    'mg/dL',
    7.5e0,
    1,
    0,
    0.001e0,
    1.0e0,
    1.0e0,
    0.01e0,
    'mg/dL',
    8.8e0,
    1,
    0,
    0.001e0,
    1.0e0,
    1.0e0,
    0.01e0,
    'mg/dL',
    10.4e0,
    0,
    0,
    0.001e0,
    1.0e0,
    1.0e0,
    0.01e0,
    'mg/dL',
    12.0e0,
    1,
    0,
    0.001e0,
    1.0e0,
    1.0e0,
    0.01e0,
    'mg/dL',
    14.0e0,
    1,
    0,
    0.001e0,
    1.0e0,
    1.0e0,
    0.01e0
  UNION ALL
  SELECT
    'calcium',
    'mmol/L',
    'molar',
    1,
    0.001e0,
    1.0e0,
    1.0e0,
    0.001e0,
    6,
    'mmol/L',
    1.75e0,
    1,
    1,
    0.001e0,
    1.0e0,
    1.0e0,
    0.001e0,
    'mmol/L',
    1.875e0,
    1,
    1,
    0.001e0,
    1.0e0,
    1.0e0,
    0.001e0,
    'mmol/L',
    2.2e0,
    1,
    1,
    0.001e0,
    1.0e0,
    1.0e0,
    0.001e0,
    'mmol/L',
    2.6e0,
    0,
    1,
    0.001e0,
    1.0e0,
    1.0e0,
    0.001e0,
    'mmol/L',
    3.0e0,
    1,
    1,
    0.001e0,
    1.0e0,
    1.0e0,
    0.001e0,
    'mmol/L',
    3.5e0,
    1,
    1,
    0.001e0,
    1.0e0,
    1.0e0,
    0.001e0
  UNION ALL
  SELECT
    'calcium',
    'mEq/L',
    'equivalent',
    0,
    0.001e0,
    2.0e0,
    1.0e0,
    0.001e0,
    6,
    'mmol/L',
    1.75e0,
    1,
    0,
    0.001e0,
    2.0e0,
    1.0e0,
    0.001e0,
    'mmol/L',
    1.875e0,
    1,
    0,
    0.001e0,
    2.0e0,
    1.0e0,
    0.001e0,
    'mmol/L',
    2.2e0,
    1,
    0,
    0.001e0,
    2.0e0,
    1.0e0,
    0.001e0,
    'mmol/L',
    2.6e0,
    0,
    0,
    0.001e0,
    2.0e0,
    1.0e0,
    0.001e0,
    'mmol/L',
    3.0e0,
    1,
    0,
    0.001e0,
    2.0e0,
    1.0e0,
    0.001e0,
    'mmol/L',
    3.5e0,
    1,
    0,
    0.001e0,
    2.0e0,
    1.0e0,
    0.001e0
  UNION ALL
  SELECT
    'ionized_calcium',
    'mg/dL',
    'mass',
    0,
    0.01e0,
    40.078e0,
    1.0e0,
    0.001e0,
    4,
    'mmol/L',
    0.8e0,
    1,
    0,
    0.01e0,
    40.078e0,
    1.0e0,
    0.001e0,
    'mmol/L',
    0.9e0,
    1,
    0,
    0.01e0,
    40.078e0,
    1.0e0,
    0.001e0,
    'mg/dL',
    4.4e0,
    1,
    1,
    0.01e0,
    1.0e0,
    1.0e0,
    0.01e0,
    'mg/dL',
    5.2e0,
    0,
    1,
    0.01e0,
    1.0e0,
    1.0e0,
    0.01e0,
    CAST(NULL AS STRING),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS INT),
    CAST(NULL AS INT),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS STRING),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS INT),
    CAST(NULL AS INT),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE)
  UNION ALL
  SELECT
    'ionized_calcium',
    'mmol/L',
    'molar',
    1,
    0.001e0,
    1.0e0,
    1.0e0,
    0.001e0,
    4,
    'mmol/L',
    0.8e0,
    1,
    1,
    0.001e0,
    1.0e0,
    1.0e0,
    0.001e0,
    'mmol/L',
    0.9e0,
    1,
    1,
    0.001e0,
    1.0e0,
    1.0e0,
    0.001e0,
    'mmol/L',
    1.1e0,
    1,
    1,
    0.001e0,
    1.0e0,
    1.0e0,
    0.001e0,
    'mmol/L',
    1.3e0,
    0,
    1,
    0.001e0,
    1.0e0,
    1.0e0,
    0.001e0,
    CAST(NULL AS STRING),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS INT),
    CAST(NULL AS INT),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS STRING),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS INT),
    CAST(NULL AS INT),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE)
  UNION ALL
  SELECT
    'ionized_calcium',
    'mEq/L',
    'equivalent',
    0,
    0.001e0,
    2.0e0,
    1.0e0,
    0.001e0,
    4,
    'mmol/L',
    0.8e0,
    1,
    0,
    0.001e0,
    2.0e0,
    1.0e0,
    0.001e0,
    'mmol/L',
    0.9e0,
    1,
    0,
    0.001e0,
    2.0e0,
    1.0e0,
    0.001e0,
    'mmol/L',
    1.1e0,
    1,
    0,
    0.001e0,
    2.0e0,
    1.0e0,
    0.001e0,
    'mmol/L',
    1.3e0,
    0,
    0,
    0.001e0,
    2.0e0,
    1.0e0,
    0.001e0,
    CAST(NULL AS STRING),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS INT),
    CAST(NULL AS INT),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS STRING),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS INT),
    CAST(NULL AS INT),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE)
  UNION ALL
  SELECT
    'albumin',
    'g/dL',
    'mass',
    0,
    10.0e0,
    1.0e0,
    1.0e0,
    1.0e0,
    2,
    'g/dL',
    3.5e0,
    1,
    1,
    10.0e0,
    1.0e0,
    1.0e0,
    10.0e0,
    'g/dL',
    5.0e0,
    0,
    1,
    10.0e0,
    1.0e0,
    1.0e0,
    10.0e0,
    CAST(NULL AS STRING),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS INT),
    CAST(NULL AS INT),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS STRING),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS INT),
    CAST(NULL AS INT),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS STRING),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS INT),
    CAST(NULL AS INT),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS STRING),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS INT),
    CAST(NULL AS INT),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE)
  UNION ALL
  SELECT
    'albumin',
    'g/L',
    'mass',
    1,
    1.0e0,
    1.0e0,
    1.0e0,
    1.0e0,
    2,
    'g/L',
    35.0e0,
    1,
    1,
    1.0e0,
    1.0e0,
    1.0e0,
    1.0e0,
    'g/L',
    50.0e0,
    0,
    1,
    1.0e0,
    1.0e0,
    1.0e0,
    1.0e0,
    CAST(NULL AS STRING),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS INT),
    CAST(NULL AS INT),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS STRING),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS INT),
    CAST(NULL AS INT),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS STRING),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS INT),
    CAST(NULL AS INT),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS STRING),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS INT),
    CAST(NULL AS INT),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE)
  UNION ALL
  SELECT
    'magnesium',
    'mg/dL',
    'mass',
    0,
    0.01e0,
    24.305e0,
    1.0e0,
    0.001e0,
    6,
    'mmol/L',
    0.4e0,
    1,
    0,
    0.01e0,
    24.305e0,
    1.0e0,
    0.001e0,
    'mmol/L',
    0.63e0,
    0,
    0,
    0.01e0,
    24.305e0,
    1.0e0,
    0.001e0,
    'mg/dL',
    1.8e0,
    1,
    1,
    0.01e0,
    1.0e0,
    1.0e0,
    0.01e0,
    'mg/dL',
    2.6e0,
    0,
    1,
    0.01e0,
    1.0e0,
    1.0e0,
    0.01e0,
    'mg/dL',
    6.0e0,
    1,
    1,
    0.01e0,
    1.0e0,
    1.0e0,
    0.01e0,
    'mg/dL',
    12.0e0,
    1,
    1,
    0.01e0,
    1.0e0,
    1.0e0,
    0.01e0
  UNION ALL
  SELECT
    'magnesium',
    'mg/L',
    'mass',
    0,
    0.001e0,
    24.305e0,
    1.0e0,
    0.001e0,
    6,
    'mmol/L',
    0.4e0,
    1,
    0,
    0.001e0,
    24.305e0,
    1.0e0,
    0.001e0,
    'mmol/L',
    0.63e0,
    0,
    0,
    0.001e0,
    24.305e0,
    1.0e0,
    0.001e0,
    'mg/dL',
    1.8e0,
    1,
    0,
    0.001e0,
    1.0e0,
    1.0e0,
    0.01e0,
    'mg/dL',
    2.6e0,
    0,
    0,
    0.001e0,
    1.0e0,
    1.0e0,
    0.01e0,
    'mg/dL',
    6.0e0,
    1,
    0,
    0.001e0,
    1.0e0,
    1.0e0,
    0.01e0,
    'mg/dL',
    12.0e0,
    1,
    0,
    0.001e0,
    1.0e0,
    1.0e0,
    0.01e0
  UNION ALL
  SELECT
    'magnesium',
    'mmol/L',
    'molar',
    1,
    0.001e0,
    1.0e0,
    1.0e0,
    0.001e0,
    6,
    'mmol/L',
    0.4e0,
    1,
    1,
    0.001e0,
    1.0e0,
    1.0e0,
    0.001e0,
    'mmol/L',
    0.63e0,
    0,
    1,
    0.001e0,
    1.0e0,
    1.0e0,
    0.001e0,
    'mmol/L',
    0.7e0,
    1,
    1,
    0.001e0,
    1.0e0,
    1.0e0,
    0.001e0,
    'mmol/L',
    1.05e0,
    0,
    1,
    0.001e0,
    1.0e0,
    1.0e0,
    0.001e0,
    'mmol/L',
    2.5e0,
    1,
    1,
    0.001e0,
    1.0e0,
    1.0e0,
    0.001e0,
    'mmol/L',
    5.0e0,
    1,
    1,
    0.001e0,
    1.0e0,
    1.0e0,
    0.001e0
  UNION ALL
  SELECT
    'magnesium',
    'mEq/L',
    'equivalent',
    0,
    0.001e0,
    2.0e0,
    1.0e0,
    0.001e0,
    6,
    'mmol/L',
    0.4e0,
    1,
    0,
    0.001e0,
    2.0e0,
    1.0e0,
    0.001e0,
    'mmol/L',
    0.63e0,
    0,
    0,
    0.001e0,
    2.0e0,
    1.0e0,
    0.001e0,
    'mmol/L',
    0.7e0,
    1,
    0,
    0.001e0,
    2.0e0,
    1.0e0,
    0.001e0,
    'mmol/L',
    1.05e0,
    0,
    0,
    0.001e0,
    2.0e0,
    1.0e0,
    0.001e0,
    'mmol/L',
    2.5e0,
    1,
    0,
    0.001e0,
    2.0e0,
    1.0e0,
    0.001e0,
    'mmol/L',
    5.0e0,
    1,
    0,
    0.001e0,
    2.0e0,
    1.0e0,
    0.001e0
  UNION ALL
  SELECT
    'pth',
    'pg/mL',
    'mass',
    0,
    1e-09,
    9425.0e0,
    1.0e0,
    1e-12,
    2,
    'pg/mL',
    15.0e0,
    1,
    1,
    1e-09,
    1.0e0,
    1.0e0,
    1e-09,
    'pg/mL',
    65.0e0,
    0,
    1,
    1e-09,
    1.0e0,
    1.0e0,
    1e-09,
    CAST(NULL AS STRING),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS INT),
    CAST(NULL AS INT),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS STRING),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS INT),
    CAST(NULL AS INT),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS STRING),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS INT),
    CAST(NULL AS INT),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS STRING),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS INT),
    CAST(NULL AS INT),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE)
  UNION ALL
  SELECT
    'pth',
    'ng/mL',
    'mass',
    0,
    1e-06,
    9425.0e0,
    1.0e0,
    1e-12,
    2,
    'pg/mL',
    15.0e0,
    1,
    0,
    1e-06,
    1.0e0,
    1.0e0,
    1e-09,
    'pg/mL',
    65.0e0,
    0,
    0,
    1e-06,
    1.0e0,
    1.0e0,
    1e-09,
    CAST(NULL AS STRING),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS INT),
    CAST(NULL AS INT),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS STRING),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS INT),
    CAST(NULL AS INT),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS STRING),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS INT),
    CAST(NULL AS INT),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS STRING),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS INT),
    CAST(NULL AS INT),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE)
  UNION ALL
  SELECT
    'pth',
    'pmol/L',
    'molar',
    1,
    1e-12,
    1.0e0,
    1.0e0,
    1e-12,
    2,
    'pmol/L',
    1.6e0,
    1,
    1,
    1e-12,
    1.0e0,
    1.0e0,
    1e-12,
    'pmol/L',
    6.9e0,
    0,
    1,
    1e-12,
    1.0e0,
    1.0e0,
    1e-12,
    CAST(NULL AS STRING),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS INT),
    CAST(NULL AS INT),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS STRING),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS INT),
    CAST(NULL AS INT),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS STRING),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS INT),
    CAST(NULL AS INT),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS STRING),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS INT),
    CAST(NULL AS INT),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE)
  UNION ALL
  SELECT
    'phosphate',
    'mg/dL',
    'mass',
    0,
    0.01e0,
    30.974e0,
    1.0e0,
    0.001e0,
    2,
    'mg/dL',
    2.5e0,
    1,
    1,
    0.01e0,
    1.0e0,
    1.0e0,
    0.01e0,
    'mg/dL',
    4.5e0,
    0,
    1,
    0.01e0,
    1.0e0,
    1.0e0,
    0.01e0,
    CAST(NULL AS STRING),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS INT),
    CAST(NULL AS INT),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS STRING),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS INT),
    CAST(NULL AS INT),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS STRING),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS INT),
    CAST(NULL AS INT),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS STRING),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS INT),
    CAST(NULL AS INT),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE)
  UNION ALL
  SELECT
    'phosphate',
    'mg/L',
    'mass',
    0,
    0.001e0,
    30.974e0,
    1.0e0,
    0.001e0,
    2,
    'mg/dL',
    2.5e0,
    1,
    0,
    0.001e0,
    1.0e0,
    1.0e0,
    0.01e0,
    'mg/dL',
    4.5e0,
    0,
    0,
    0.001e0,
    1.0e0,
    1.0e0,
    0.01e0,
    CAST(NULL AS STRING),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS INT),
    CAST(NULL AS INT),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS STRING),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS INT),
    CAST(NULL AS INT),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS STRING),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS INT),
    CAST(NULL AS INT),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS STRING),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS INT),
    CAST(NULL AS INT),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE)
  UNION ALL
  SELECT
    'phosphate',
    'mmol/L',
    'molar',
    1,
    0.001e0,
    1.0e0,
    1.0e0,
    0.001e0,
    2,
    'mmol/L',
    0.81e0,
    1,
    1,
    0.001e0,
    1.0e0,
    1.0e0,
    0.001e0,
    'mmol/L',
    1.45e0,
    0,
    1,
    0.001e0,
    1.0e0,
    1.0e0,
    0.001e0,
    CAST(NULL AS STRING),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS INT),
    CAST(NULL AS INT),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS STRING),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS INT),
    CAST(NULL AS INT),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS STRING),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS INT),
    CAST(NULL AS INT),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS STRING),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS INT),
    CAST(NULL AS INT),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE),
    CAST(NULL AS DOUBLE)
  UNION ALL
  SELECT
    'corrected_calcium',
    'mg/dL',
    'mass',
    0,
    0.01e0,
    40.078e0,
    1.0e0,
    0.001e0,
    6,
    'mg/dL',
    7.0e0,
    1,
    1,
    0.01e0,
    1.0e0,
    1.0e0,
    0.01e0,
    'mg/dL',
    7.5e0,
    1,
    1,
    0.01e0,
    1.0e0,
    1.0e0,
    0.01e0,
    'mg/dL',
    8.8e0,
    1,
    1,
    0.01e0,
    1.0e0,
    1.0e0,
    0.01e0,
    'mg/dL',
    10.4e0,
    0,
    1,
    0.01e0,
    1.0e0,
    1.0e0,
    0.01e0,
    'mg/dL',
    12.0e0,
    1,
    1,
    0.01e0,
    1.0e0,
    1.0e0,
    0.01e0,
    'mg/dL',
    14.0e0,
    1,
    1,
    0.01e0,
    1.0e0,
    1.0e0,
    0.01e0
  UNION ALL
  SELECT
    'corrected_calcium',
    'mmol/L',
    'molar',
    1,
    0.001e0,
    1.0e0,
    1.0e0,
    0.001e0,
    6,
    'mmol/L',
    1.75e0,
    1,
    1,
    0.001e0,
    1.0e0,
    1.0e0,
    0.001e0,
    'mmol/L',
    1.875e0,
    1,
    1,
    0.001e0,
    1.0e0,
    1.0e0,
    0.001e0,
    'mmol/L',
    2.2e0,
    1,
    1,
    0.001e0,
    1.0e0,
    1.0e0,
    0.001e0,
    'mmol/L',
    2.6e0,
    0,
    1,
    0.001e0,
    1.0e0,
    1.0e0,
    0.001e0,
    'mmol/L',
    3.0e0,
    1,
    1,
    0.001e0,
    1.0e0,
    1.0e0,
    0.001e0,
    'mmol/L',
    3.5e0,
    1,
    1,
    0.001e0,
    1.0e0,
    1.0e0,
    0.001e0
  UNION ALL
  SELECT
    'corrected_calcium',
    'mEq/L',
    'equivalent',
    0,
    0.001e0,
    2.0e0,
    1.0e0,
    0.001e0,
    6,
    'mmol/L',
    1.75e0,
    1,
    0,
    0.001e0,
    2.0e0,
    1.0e0,
    0.001e0,
    'mmol/L',
    1.875e0,
    1,
    0,
    0.001e0,
    2.0e0,
    1.0e0,
    0.001e0,
    'mmol/L',
    2.2e0,
    1,
    0,
    0.001e0,
    2.0e0,
    1.0e0,
    0.001e0,
    'mmol/L',
    2.6e0,
    0,
    0,
    0.001e0,
    2.0e0,
    1.0e0,
    0.001e0,
    'mmol/L',
    3.0e0,
    1,
    0,
    0.001e0,
    2.0e0,
    1.0e0,
    0.001e0,
    'mmol/L',
    3.5e0,
    1,
    0,
    0.001e0,
    2.0e0,
    1.0e0,
    0.001e0
), vitd_in AS (
  SELECT DISTINCT
    COALESCE(CAST(`value` AS STRING), '') AS k_v,
    COALESCE(CAST(`unit` AS STRING), '') AS k_u,
    COALESCE(CAST(`test` AS STRING), '') AS k_n,
    COALESCE(CAST(`loinc` AS STRING), '') AS k_c
  FROM labs
), vitd_id0 AS (
  SELECT
    vitd_in.*,
    REGEXP_REPLACE(
      k_c,
      '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
      ''
    ) AS c_,
    REGEXP_REPLACE(
      REGEXP_REPLACE(
        REGEXP_REPLACE(
          REPLACE(
            REPLACE(
              LOWER(
                REGEXP_REPLACE(
                  k_n,
                  '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
                  ''
                )
              ),
              '_',
              ' '
            ),
            '-',
            ' '
          ),
          '[\t\n\013\014\r\034\035\036\037    -     　]+',
          ' '
        ),
        '[ ,;:]+$',
        ''
      ),
      '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
      ''
    ) AS n_,
    REGEXP_REPLACE(
      k_n,
      '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
      ''
    ) AS l_,
    REGEXP_REPLACE(
      REGEXP_REPLACE(k_n, '[\t\n\013\014\r\034\035\036\037    -     　]+', ' '),
      '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
      ''
    ) AS lw_,
    REGEXP_REPLACE(
      '',
      '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
      ''
    ) AS s_
  FROM vitd_in
), vitd_id1 AS (
  SELECT
    i.*,
    CASE
      WHEN NOT xc.reason IS NULL
      THEN NULL
      WHEN NOT lc.analyte IS NULL
      THEN lc.analyte
      WHEN NOT xn.reason IS NULL
      THEN NULL
      ELSE nm.analyte
    END AS a0,
    CASE
      WHEN NOT xc.reason IS NULL
      THEN xc.reason
      WHEN NOT lc.analyte IS NULL
      THEN NULL
      ELSE xn.reason
    END AS reason0,
    CASE
      WHEN NOT xc.reason IS NULL
      THEN xc.kind
      WHEN NOT lc.analyte IS NULL
      THEN NULL
      ELSE xn.kind
    END AS reason_kind0,
    CASE WHEN i.l_ <> '' THEN i.l_ ELSE i.c_ END AS label
  FROM vitd_id0 AS i
  LEFT JOIN vitd_excluded AS xc
    ON xc.by_what = 'loinc' AND xc.key = i.c_ AND i.c_ <> ''
  LEFT JOIN vitd_loinc AS lc
    ON lc.code = i.c_ AND i.c_ <> ''
  LEFT JOIN vitd_excluded AS xn
    ON xn.by_what = 'name' AND xn.key = i.n_ AND i.n_ <> ''
  LEFT JOIN vitd_names AS nm
    ON nm.name = i.n_ AND i.n_ <> ''
), vitd_idq0 AS (
  SELECT
    vitd_id1.*,
    CASE
      WHEN LOCATE(',', l_) > 0
      THEN REGEXP_REPLACE(
        REGEXP_REPLACE(
          REGEXP_REPLACE(
            REPLACE(
              REPLACE(
                LOWER(
                  REGEXP_REPLACE(
                    REGEXP_REPLACE(REGEXP_EXTRACT(l_, '^(.*),'), '^[ ,;:-]+|[ ,;:-]+$', ''),
                    '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
                    ''
                  )
                ),
                '_',
                ' '
              ),
              '-',
              ' '
            ),
            '[\t\n\013\014\r\034\035\036\037    -     　]+',
            ' '
          ),
          '[ ,;:]+$',
          ''
        ),
        '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
        ''
      )
      ELSE ''
    END AS qh0,
    CASE
      WHEN LOCATE(',', l_) > 0
      THEN REGEXP_REPLACE(
        REGEXP_EXTRACT(l_, ',([^,]*)$'),
        '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
        ''
      )
      ELSE ''
    END AS qq0,
    CASE
      WHEN LOCATE(' - ', l_) > 0
      THEN REGEXP_REPLACE(
        REGEXP_REPLACE(
          REGEXP_REPLACE(
            REPLACE(
              REPLACE(
                LOWER(
                  REGEXP_REPLACE(
                    REGEXP_REPLACE(REGEXP_EXTRACT(l_, '^(.*) - '), '^[ ,;:-]+|[ ,;:-]+$', ''),
                    '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
                    ''
                  )
                ),
                '_',
                ' '
              ),
              '-',
              ' '
            ),
            '[\t\n\013\014\r\034\035\036\037    -     　]+',
            ' '
          ),
          '[ ,;:]+$',
          ''
        ),
        '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
        ''
      )
      ELSE ''
    END AS qh1,
    CASE
      WHEN LOCATE(' - ', l_) > 0
      THEN REGEXP_REPLACE(
        REGEXP_EXTRACT(l_, '^.* - (.*)$'),
        '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
        ''
      )
      ELSE ''
    END AS qq1,
    CASE
      WHEN LOCATE('/', l_) > 0
      THEN REGEXP_REPLACE(
        REGEXP_REPLACE(
          REGEXP_REPLACE(
            REPLACE(
              REPLACE(
                LOWER(
                  REGEXP_REPLACE(
                    REGEXP_REPLACE(REGEXP_EXTRACT(l_, '^(.*)/'), '^[ ,;:-]+|[ ,;:-]+$', ''),
                    '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
                    ''
                  )
                ),
                '_',
                ' '
              ),
              '-',
              ' '
            ),
            '[\t\n\013\014\r\034\035\036\037    -     　]+',
            ' '
          ),
          '[ ,;:]+$',
          ''
        ),
        '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
        ''
      )
      ELSE ''
    END AS qh2,
    CASE
      WHEN LOCATE('/', l_) > 0
      THEN REGEXP_REPLACE(
        REGEXP_EXTRACT(l_, '/([^/]*)$'),
        '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
        ''
      )
      ELSE ''
    END AS qq2,
    CASE
      WHEN l_ RLIKE '^.+[(\\[][^(\\[]*[)\\]]$'
      THEN REGEXP_REPLACE(
        REGEXP_REPLACE(
          REGEXP_REPLACE(
            REPLACE(
              REPLACE(
                LOWER(
                  REGEXP_REPLACE(
                    REGEXP_REPLACE(REGEXP_EXTRACT(l_, '^(.+)[(\\[][^(\\[]*[)\\]]$'), '^[ ,;:-]+|[ ,;:-]+$', ''),
                    '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
                    ''
                  )
                ),
                '_',
                ' '
              ),
              '-',
              ' '
            ),
            '[\t\n\013\014\r\034\035\036\037    -     　]+',
            ' '
          ),
          '[ ,;:]+$',
          ''
        ),
        '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
        ''
      )
      ELSE ''
    END AS qh3,
    CASE
      WHEN l_ RLIKE '^.+[(\\[][^(\\[]*[)\\]]$'
      THEN REGEXP_REPLACE(
        REGEXP_EXTRACT(l_, '[(\\[]([^(\\[]*)[)\\]]$'),
        '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
        ''
      )
      ELSE ''
    END AS qq3,
    CASE
      WHEN LOCATE(' ', lw_) > 0
      THEN REGEXP_REPLACE(
        REGEXP_REPLACE(
          REGEXP_REPLACE(
            REPLACE(
              REPLACE(
                LOWER(
                  REGEXP_REPLACE(
                    REGEXP_REPLACE(REGEXP_EXTRACT(lw_, '^[^ ]+ (.*)$'), '^[ ,;:-]+|[ ,;:-]+$', ''),
                    '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
                    ''
                  )
                ),
                '_',
                ' '
              ),
              '-',
              ' '
            ),
            '[\t\n\013\014\r\034\035\036\037    -     　]+',
            ' '
          ),
          '[ ,;:]+$',
          ''
        ),
        '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
        ''
      )
      ELSE ''
    END AS qh4,
    CASE
      WHEN LOCATE(' ', lw_) > 0
      THEN REGEXP_REPLACE(
        REGEXP_EXTRACT(lw_, '^([^ ]+) '),
        '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
        ''
      )
      ELSE ''
    END AS qq4,
    CASE
      WHEN LOCATE(' ', lw_) > 0
      THEN REGEXP_REPLACE(
        REGEXP_REPLACE(
          REGEXP_REPLACE(
            REPLACE(
              REPLACE(
                LOWER(
                  REGEXP_REPLACE(
                    REGEXP_REPLACE(REGEXP_EXTRACT(lw_, '^(.*) [^ ]+$'), '^[ ,;:-]+|[ ,;:-]+$', ''),
                    '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
                    ''
                  )
                ),
                '_',
                ' '
              ),
              '-',
              ' '
            ),
            '[\t\n\013\014\r\034\035\036\037    -     　]+',
            ' '
          ),
          '[ ,;:]+$',
          ''
        ),
        '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
        ''
      )
      ELSE ''
    END AS qh5,
    CASE
      WHEN LOCATE(' ', lw_) > 0
      THEN REGEXP_REPLACE(
        REGEXP_EXTRACT(lw_, ' ([^ ]+)$'),
        '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
        ''
      )
      ELSE ''
    END AS qq5
  FROM vitd_id1
), vitd_idq1 AS (
  SELECT
    vitd_idq0.*,
    CASE
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq0), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% urine %'
      THEN 'urine'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq0), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% 24 hour urine %'
      THEN '24-hour urine'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq0), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% ur %'
      THEN 'urine'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq0), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% ascites %'
      THEN 'ascitic fluid'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq0), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% ascitic %'
      THEN 'ascitic fluid'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq0), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% pleural %'
      THEN 'pleural fluid'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq0), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% peritoneal %'
      THEN 'peritoneal fluid'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq0), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% pericardial %'
      THEN 'pericardial fluid'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq0), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% csf %'
      THEN 'cerebrospinal fluid'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq0), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% cerebrospinal %'
      THEN 'cerebrospinal fluid'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq0), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% joint %'
      THEN 'joint fluid'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq0), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% synovial %'
      THEN 'synovial fluid'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq0), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% body fluid %'
      THEN 'body fluid'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq0), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% fluid %'
      THEN 'body fluid'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq0), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% drain %'
      THEN 'drain fluid'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq0), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% dialysate %'
      THEN 'dialysate'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq0), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% amniotic %'
      THEN 'amniotic fluid'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq0), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% stool %'
      THEN 'stool'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq0), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% feces %'
      THEN 'stool'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq0), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% faeces %'
      THEN 'stool'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq0), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% saliva %'
      THEN 'saliva'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq0), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% sweat %'
      THEN 'sweat'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq0), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% bone marrow %'
      THEN 'bone marrow'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq0), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% marrow %'
      THEN 'bone marrow'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq0), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% rbc %'
      THEN 'red blood cells'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq0), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% red blood cells %'
      THEN 'red blood cells'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq0), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% red blood cell %'
      THEN 'red blood cells'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq0), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% red cells %'
      THEN 'red blood cells'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq0), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% erythrocytes %'
      THEN 'red blood cells'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq0), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% vitreous %'
      THEN 'vitreous fluid'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq0), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% bal %'
      THEN 'bronchoalveolar lavage'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq0), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% gastric %'
      THEN 'gastric fluid'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq0), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% semen %'
      THEN 'semen'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq0), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% milk %'
      THEN 'breast milk'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq0), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% hair %'
      THEN 'hair'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq0), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% tissue %'
      THEN 'tissue'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq0), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% urin %'
      THEN 'urine'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq0), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% sammelurin %'
      THEN '24-hour urine'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq0), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% spontanurin %'
      THEN 'urine'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq0), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% harn %'
      THEN 'urine'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq0), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% liquor %'
      THEN 'cerebrospinal fluid'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq0), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% erythrozyten %'
      THEN 'red blood cells'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq0), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% aszites %'
      THEN 'ascitic fluid'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq0), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% punktat %'
      THEN 'body fluid'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq0), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% urn %'
      THEN 'urine'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq0), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% ur24 %'
      THEN '24-hour urine'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq0), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% red cell %'
      THEN 'red blood cells'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq0), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% erythrocyte %'
      THEN 'red blood cells'
      ELSE CAST(NULL AS STRING)
    END AS qns0,
    (
      REGEXP_REPLACE(
        REGEXP_REPLACE(LOWER(qq0), '[^a-z0-9]+', ' '),
        '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
        ''
      ) IN (
        'arterial',
        'arterial blood',
        'bld',
        'blood',
        'capillary',
        'capillary blood',
        'heparin',
        'li hep',
        'lithium heparin',
        'plas',
        'plasma',
        's rum',
        'ser',
        'ser plas',
        'serum',
        'serum or plasma',
        'serum plasma',
        'siero',
        'sp',
        'sst',
        'suero',
        'venous',
        'venous blood',
        'vollblut',
        'whole blood'
      )
      OR (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq0), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% arterial %'
      OR (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq0), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% bld %'
      OR (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq0), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% blood %'
      OR (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq0), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% capillary %'
      OR (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq0), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% heparin %'
      OR (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq0), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% plas %'
      OR (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq0), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% plasma %'
      OR (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq0), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% ser %'
      OR (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq0), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% serum %'
      OR (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq0), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% siero %'
      OR (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq0), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% sp %'
      OR (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq0), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% sst %'
      OR (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq0), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% suero %'
      OR (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq0), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% venous %'
      OR (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq0), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% vollblut %'
    ) AS qs0,
    CASE
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq1), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% urine %'
      THEN 'urine'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq1), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% 24 hour urine %'
      THEN '24-hour urine'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq1), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% ur %'
      THEN 'urine'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq1), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% ascites %'
      THEN 'ascitic fluid'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq1), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% ascitic %'
      THEN 'ascitic fluid'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq1), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% pleural %'
      THEN 'pleural fluid'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq1), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% peritoneal %'
      THEN 'peritoneal fluid'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq1), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% pericardial %'
      THEN 'pericardial fluid'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq1), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% csf %'
      THEN 'cerebrospinal fluid'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq1), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% cerebrospinal %'
      THEN 'cerebrospinal fluid'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq1), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% joint %'
      THEN 'joint fluid'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq1), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% synovial %'
      THEN 'synovial fluid'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq1), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% body fluid %'
      THEN 'body fluid'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq1), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% fluid %'
      THEN 'body fluid'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq1), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% drain %'
      THEN 'drain fluid'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq1), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% dialysate %'
      THEN 'dialysate'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq1), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% amniotic %'
      THEN 'amniotic fluid'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq1), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% stool %'
      THEN 'stool'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq1), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% feces %'
      THEN 'stool'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq1), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% faeces %'
      THEN 'stool'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq1), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% saliva %'
      THEN 'saliva'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq1), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% sweat %'
      THEN 'sweat'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq1), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% bone marrow %'
      THEN 'bone marrow'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq1), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% marrow %'
      THEN 'bone marrow'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq1), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% rbc %'
      THEN 'red blood cells'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq1), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% red blood cells %'
      THEN 'red blood cells'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq1), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% red blood cell %'
      THEN 'red blood cells'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq1), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% red cells %'
      THEN 'red blood cells'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq1), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% erythrocytes %'
      THEN 'red blood cells'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq1), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% vitreous %'
      THEN 'vitreous fluid'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq1), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% bal %'
      THEN 'bronchoalveolar lavage'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq1), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% gastric %'
      THEN 'gastric fluid'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq1), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% semen %'
      THEN 'semen'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq1), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% milk %'
      THEN 'breast milk'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq1), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% hair %'
      THEN 'hair'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq1), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% tissue %'
      THEN 'tissue'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq1), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% urin %'
      THEN 'urine'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq1), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% sammelurin %'
      THEN '24-hour urine'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq1), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% spontanurin %'
      THEN 'urine'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq1), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% harn %'
      THEN 'urine'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq1), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% liquor %'
      THEN 'cerebrospinal fluid'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq1), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% erythrozyten %'
      THEN 'red blood cells'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq1), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% aszites %'
      THEN 'ascitic fluid'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq1), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% punktat %'
      THEN 'body fluid'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq1), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% urn %'
      THEN 'urine'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq1), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% ur24 %'
      THEN '24-hour urine'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq1), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% red cell %'
      THEN 'red blood cells'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq1), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% erythrocyte %'
      THEN 'red blood cells'
      ELSE CAST(NULL AS STRING)
    END AS qns1,
    (
      REGEXP_REPLACE(
        REGEXP_REPLACE(LOWER(qq1), '[^a-z0-9]+', ' '),
        '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
        ''
      ) IN (
        'arterial',
        'arterial blood',
        'bld',
        'blood',
        'capillary',
        'capillary blood',
        'heparin',
        'li hep',
        'lithium heparin',
        'plas',
        'plasma',
        's rum',
        'ser',
        'ser plas',
        'serum',
        'serum or plasma',
        'serum plasma',
        'siero',
        'sp',
        'sst',
        'suero',
        'venous',
        'venous blood',
        'vollblut',
        'whole blood'
      )
      OR (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq1), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% arterial %'
      OR (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq1), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% bld %'
      OR (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq1), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% blood %'
      OR (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq1), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% capillary %'
      OR (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq1), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% heparin %'
      OR (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq1), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% plas %'
      OR (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq1), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% plasma %'
      OR (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq1), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% ser %'
      OR (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq1), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% serum %'
      OR (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq1), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% siero %'
      OR (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq1), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% sp %'
      OR (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq1), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% sst %'
      OR (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq1), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% suero %'
      OR (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq1), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% venous %'
      OR (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq1), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% vollblut %'
    ) AS qs1,
    CASE
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq2), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% urine %'
      THEN 'urine'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq2), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% 24 hour urine %'
      THEN '24-hour urine'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq2), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% ur %'
      THEN 'urine'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq2), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% ascites %'
      THEN 'ascitic fluid'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq2), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% ascitic %'
      THEN 'ascitic fluid'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq2), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% pleural %'
      THEN 'pleural fluid'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq2), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% peritoneal %'
      THEN 'peritoneal fluid'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq2), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% pericardial %'
      THEN 'pericardial fluid'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq2), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% csf %'
      THEN 'cerebrospinal fluid'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq2), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% cerebrospinal %'
      THEN 'cerebrospinal fluid'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq2), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% joint %'
      THEN 'joint fluid'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq2), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% synovial %'
      THEN 'synovial fluid'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq2), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% body fluid %'
      THEN 'body fluid'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq2), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% fluid %'
      THEN 'body fluid'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq2), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% drain %'
      THEN 'drain fluid'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq2), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% dialysate %'
      THEN 'dialysate'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq2), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% amniotic %'
      THEN 'amniotic fluid'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq2), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% stool %'
      THEN 'stool'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq2), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% feces %'
      THEN 'stool'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq2), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% faeces %'
      THEN 'stool'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq2), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% saliva %'
      THEN 'saliva'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq2), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% sweat %'
      THEN 'sweat'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq2), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% bone marrow %'
      THEN 'bone marrow'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq2), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% marrow %'
      THEN 'bone marrow'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq2), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% rbc %'
      THEN 'red blood cells'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq2), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% red blood cells %'
      THEN 'red blood cells'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq2), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% red blood cell %'
      THEN 'red blood cells'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq2), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% red cells %'
      THEN 'red blood cells'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq2), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% erythrocytes %'
      THEN 'red blood cells'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq2), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% vitreous %'
      THEN 'vitreous fluid'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq2), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% bal %'
      THEN 'bronchoalveolar lavage'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq2), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% gastric %'
      THEN 'gastric fluid'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq2), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% semen %'
      THEN 'semen'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq2), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% milk %'
      THEN 'breast milk'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq2), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% hair %'
      THEN 'hair'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq2), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% tissue %'
      THEN 'tissue'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq2), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% urin %'
      THEN 'urine'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq2), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% sammelurin %'
      THEN '24-hour urine'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq2), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% spontanurin %'
      THEN 'urine'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq2), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% harn %'
      THEN 'urine'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq2), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% liquor %'
      THEN 'cerebrospinal fluid'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq2), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% erythrozyten %'
      THEN 'red blood cells'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq2), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% aszites %'
      THEN 'ascitic fluid'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq2), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% punktat %'
      THEN 'body fluid'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq2), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% urn %'
      THEN 'urine'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq2), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% ur24 %'
      THEN '24-hour urine'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq2), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% red cell %'
      THEN 'red blood cells'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq2), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% erythrocyte %'
      THEN 'red blood cells'
      ELSE CAST(NULL AS STRING)
    END AS qns2,
    (
      REGEXP_REPLACE(
        REGEXP_REPLACE(LOWER(qq2), '[^a-z0-9]+', ' '),
        '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
        ''
      ) IN (
        'arterial',
        'arterial blood',
        'bld',
        'blood',
        'capillary',
        'capillary blood',
        'heparin',
        'li hep',
        'lithium heparin',
        'plas',
        'plasma',
        's rum',
        'ser',
        'ser plas',
        'serum',
        'serum or plasma',
        'serum plasma',
        'siero',
        'sp',
        'sst',
        'suero',
        'venous',
        'venous blood',
        'vollblut',
        'whole blood'
      )
      OR (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq2), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% arterial %'
      OR (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq2), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% bld %'
      OR (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq2), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% blood %'
      OR (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq2), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% capillary %'
      OR (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq2), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% heparin %'
      OR (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq2), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% plas %'
      OR (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq2), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% plasma %'
      OR (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq2), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% ser %'
      OR (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq2), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% serum %'
      OR (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq2), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% siero %'
      OR (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq2), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% sp %'
      OR (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq2), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% sst %'
      OR (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq2), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% suero %'
      OR (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq2), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% venous %'
      OR (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq2), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% vollblut %'
    ) AS qs2,
    CASE
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq3), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% urine %'
      THEN 'urine'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq3), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% 24 hour urine %'
      THEN '24-hour urine'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq3), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% ur %'
      THEN 'urine'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq3), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% ascites %'
      THEN 'ascitic fluid'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq3), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% ascitic %'
      THEN 'ascitic fluid'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq3), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% pleural %'
      THEN 'pleural fluid'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq3), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% peritoneal %'
      THEN 'peritoneal fluid'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq3), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% pericardial %'
      THEN 'pericardial fluid'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq3), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% csf %'
      THEN 'cerebrospinal fluid'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq3), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% cerebrospinal %'
      THEN 'cerebrospinal fluid'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq3), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% joint %'
      THEN 'joint fluid'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq3), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% synovial %'
      THEN 'synovial fluid'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq3), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% body fluid %'
      THEN 'body fluid'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq3), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% fluid %'
      THEN 'body fluid'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq3), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% drain %'
      THEN 'drain fluid'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq3), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% dialysate %'
      THEN 'dialysate'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq3), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% amniotic %'
      THEN 'amniotic fluid'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq3), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% stool %'
      THEN 'stool'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq3), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% feces %'
      THEN 'stool'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq3), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% faeces %'
      THEN 'stool'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq3), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% saliva %'
      THEN 'saliva'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq3), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% sweat %'
      THEN 'sweat'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq3), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% bone marrow %'
      THEN 'bone marrow'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq3), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% marrow %'
      THEN 'bone marrow'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq3), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% rbc %'
      THEN 'red blood cells'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq3), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% red blood cells %'
      THEN 'red blood cells'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq3), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% red blood cell %'
      THEN 'red blood cells'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq3), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% red cells %'
      THEN 'red blood cells'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq3), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% erythrocytes %'
      THEN 'red blood cells'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq3), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% vitreous %'
      THEN 'vitreous fluid'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq3), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% bal %'
      THEN 'bronchoalveolar lavage'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq3), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% gastric %'
      THEN 'gastric fluid'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq3), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% semen %'
      THEN 'semen'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq3), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% milk %'
      THEN 'breast milk'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq3), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% hair %'
      THEN 'hair'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq3), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% tissue %'
      THEN 'tissue'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq3), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% urin %'
      THEN 'urine'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq3), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% sammelurin %'
      THEN '24-hour urine'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq3), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% spontanurin %'
      THEN 'urine'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq3), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% harn %'
      THEN 'urine'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq3), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% liquor %'
      THEN 'cerebrospinal fluid'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq3), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% erythrozyten %'
      THEN 'red blood cells'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq3), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% aszites %'
      THEN 'ascitic fluid'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq3), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% punktat %'
      THEN 'body fluid'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq3), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% urn %'
      THEN 'urine'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq3), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% ur24 %'
      THEN '24-hour urine'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq3), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% red cell %'
      THEN 'red blood cells'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq3), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% erythrocyte %'
      THEN 'red blood cells'
      ELSE CAST(NULL AS STRING)
    END AS qns3,
    (
      REGEXP_REPLACE(
        REGEXP_REPLACE(LOWER(qq3), '[^a-z0-9]+', ' '),
        '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
        ''
      ) IN (
        'arterial',
        'arterial blood',
        'bld',
        'blood',
        'capillary',
        'capillary blood',
        'heparin',
        'li hep',
        'lithium heparin',
        'plas',
        'plasma',
        's rum',
        'ser',
        'ser plas',
        'serum',
        'serum or plasma',
        'serum plasma',
        'siero',
        'sp',
        'sst',
        'suero',
        'venous',
        'venous blood',
        'vollblut',
        'whole blood'
      )
      OR (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq3), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% arterial %'
      OR (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq3), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% bld %'
      OR (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq3), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% blood %'
      OR (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq3), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% capillary %'
      OR (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq3), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% heparin %'
      OR (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq3), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% plas %'
      OR (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq3), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% plasma %'
      OR (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq3), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% ser %'
      OR (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq3), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% serum %'
      OR (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq3), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% siero %'
      OR (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq3), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% sp %'
      OR (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq3), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% sst %'
      OR (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq3), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% suero %'
      OR (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq3), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% venous %'
      OR (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq3), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% vollblut %'
    ) AS qs3,
    CASE
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq4), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% urine %'
      THEN 'urine'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq4), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% 24 hour urine %'
      THEN '24-hour urine'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq4), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% ur %'
      THEN 'urine'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq4), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% ascites %'
      THEN 'ascitic fluid'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq4), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% ascitic %'
      THEN 'ascitic fluid'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq4), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% pleural %'
      THEN 'pleural fluid'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq4), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% peritoneal %'
      THEN 'peritoneal fluid'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq4), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% pericardial %'
      THEN 'pericardial fluid'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq4), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% csf %'
      THEN 'cerebrospinal fluid'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq4), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% cerebrospinal %'
      THEN 'cerebrospinal fluid'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq4), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% joint %'
      THEN 'joint fluid'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq4), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% synovial %'
      THEN 'synovial fluid'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq4), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% body fluid %'
      THEN 'body fluid'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq4), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% fluid %'
      THEN 'body fluid'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq4), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% drain %'
      THEN 'drain fluid'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq4), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% dialysate %'
      THEN 'dialysate'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq4), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% amniotic %'
      THEN 'amniotic fluid'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq4), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% stool %'
      THEN 'stool'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq4), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% feces %'
      THEN 'stool'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq4), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% faeces %'
      THEN 'stool'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq4), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% saliva %'
      THEN 'saliva'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq4), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% sweat %'
      THEN 'sweat'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq4), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% bone marrow %'
      THEN 'bone marrow'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq4), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% marrow %'
      THEN 'bone marrow'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq4), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% rbc %'
      THEN 'red blood cells'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq4), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% red blood cells %'
      THEN 'red blood cells'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq4), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% red blood cell %'
      THEN 'red blood cells'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq4), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% red cells %'
      THEN 'red blood cells'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq4), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% erythrocytes %'
      THEN 'red blood cells'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq4), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% vitreous %'
      THEN 'vitreous fluid'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq4), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% bal %'
      THEN 'bronchoalveolar lavage'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq4), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% gastric %'
      THEN 'gastric fluid'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq4), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% semen %'
      THEN 'semen'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq4), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% milk %'
      THEN 'breast milk'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq4), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% hair %'
      THEN 'hair'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq4), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% tissue %'
      THEN 'tissue'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq4), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% urin %'
      THEN 'urine'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq4), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% sammelurin %'
      THEN '24-hour urine'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq4), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% spontanurin %'
      THEN 'urine'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq4), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% harn %'
      THEN 'urine'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq4), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% liquor %'
      THEN 'cerebrospinal fluid'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq4), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% erythrozyten %'
      THEN 'red blood cells'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq4), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% aszites %'
      THEN 'ascitic fluid'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq4), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% punktat %'
      THEN 'body fluid'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq4), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% urn %'
      THEN 'urine'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq4), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% ur24 %'
      THEN '24-hour urine'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq4), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% red cell %'
      THEN 'red blood cells'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq4), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% erythrocyte %'
      THEN 'red blood cells'
      ELSE CAST(NULL AS STRING)
    END AS qns4,
    (
      REGEXP_REPLACE(
        REGEXP_REPLACE(LOWER(qq4), '[^a-z0-9]+', ' '),
        '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
        ''
      ) IN (
        'arterial',
        'arterial blood',
        'bld',
        'blood',
        'capillary',
        'capillary blood',
        'heparin',
        'li hep',
        'lithium heparin',
        'plas',
        'plasma',
        's rum',
        'ser',
        'ser plas',
        'serum',
        'serum or plasma',
        'serum plasma',
        'siero',
        'sp',
        'sst',
        'suero',
        'venous',
        'venous blood',
        'vollblut',
        'whole blood'
      )
      OR (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq4), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% arterial %'
      OR (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq4), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% bld %'
      OR (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq4), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% blood %'
      OR (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq4), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% capillary %'
      OR (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq4), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% heparin %'
      OR (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq4), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% plas %'
      OR (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq4), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% plasma %'
      OR (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq4), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% ser %'
      OR (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq4), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% serum %'
      OR (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq4), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% siero %'
      OR (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq4), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% sp %'
      OR (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq4), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% sst %'
      OR (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq4), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% suero %'
      OR (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq4), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% venous %'
      OR (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq4), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% vollblut %'
    ) AS qs4,
    CASE
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq5), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% urine %'
      THEN 'urine'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq5), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% 24 hour urine %'
      THEN '24-hour urine'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq5), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% ur %'
      THEN 'urine'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq5), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% ascites %'
      THEN 'ascitic fluid'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq5), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% ascitic %'
      THEN 'ascitic fluid'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq5), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% pleural %'
      THEN 'pleural fluid'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq5), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% peritoneal %'
      THEN 'peritoneal fluid'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq5), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% pericardial %'
      THEN 'pericardial fluid'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq5), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% csf %'
      THEN 'cerebrospinal fluid'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq5), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% cerebrospinal %'
      THEN 'cerebrospinal fluid'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq5), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% joint %'
      THEN 'joint fluid'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq5), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% synovial %'
      THEN 'synovial fluid'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq5), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% body fluid %'
      THEN 'body fluid'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq5), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% fluid %'
      THEN 'body fluid'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq5), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% drain %'
      THEN 'drain fluid'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq5), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% dialysate %'
      THEN 'dialysate'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq5), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% amniotic %'
      THEN 'amniotic fluid'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq5), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% stool %'
      THEN 'stool'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq5), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% feces %'
      THEN 'stool'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq5), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% faeces %'
      THEN 'stool'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq5), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% saliva %'
      THEN 'saliva'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq5), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% sweat %'
      THEN 'sweat'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq5), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% bone marrow %'
      THEN 'bone marrow'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq5), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% marrow %'
      THEN 'bone marrow'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq5), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% rbc %'
      THEN 'red blood cells'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq5), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% red blood cells %'
      THEN 'red blood cells'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq5), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% red blood cell %'
      THEN 'red blood cells'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq5), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% red cells %'
      THEN 'red blood cells'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq5), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% erythrocytes %'
      THEN 'red blood cells'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq5), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% vitreous %'
      THEN 'vitreous fluid'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq5), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% bal %'
      THEN 'bronchoalveolar lavage'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq5), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% gastric %'
      THEN 'gastric fluid'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq5), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% semen %'
      THEN 'semen'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq5), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% milk %'
      THEN 'breast milk'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq5), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% hair %'
      THEN 'hair'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq5), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% tissue %'
      THEN 'tissue'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq5), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% urin %'
      THEN 'urine'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq5), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% sammelurin %'
      THEN '24-hour urine'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq5), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% spontanurin %'
      THEN 'urine'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq5), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% harn %'
      THEN 'urine'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq5), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% liquor %'
      THEN 'cerebrospinal fluid'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq5), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% erythrozyten %'
      THEN 'red blood cells'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq5), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% aszites %'
      THEN 'ascitic fluid'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq5), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% punktat %'
      THEN 'body fluid'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq5), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% urn %'
      THEN 'urine'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq5), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% ur24 %'
      THEN '24-hour urine'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq5), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% red cell %'
      THEN 'red blood cells'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq5), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% erythrocyte %'
      THEN 'red blood cells'
      ELSE CAST(NULL AS STRING)
    END AS qns5,
    (
      REGEXP_REPLACE(
        REGEXP_REPLACE(LOWER(qq5), '[^a-z0-9]+', ' '),
        '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
        ''
      ) IN (
        'arterial',
        'arterial blood',
        'bld',
        'blood',
        'capillary',
        'capillary blood',
        'heparin',
        'li hep',
        'lithium heparin',
        'plas',
        'plasma',
        's rum',
        'ser',
        'ser plas',
        'serum',
        'serum or plasma',
        'serum plasma',
        'siero',
        'sp',
        'sst',
        'suero',
        'venous',
        'venous blood',
        'vollblut',
        'whole blood'
      )
      OR (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq5), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% arterial %'
      OR (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq5), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% bld %'
      OR (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq5), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% blood %'
      OR (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq5), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% capillary %'
      OR (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq5), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% heparin %'
      OR (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq5), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% plas %'
      OR (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq5), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% plasma %'
      OR (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq5), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% ser %'
      OR (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq5), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% serum %'
      OR (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq5), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% siero %'
      OR (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq5), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% sp %'
      OR (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq5), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% sst %'
      OR (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq5), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% suero %'
      OR (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq5), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% venous %'
      OR (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qq5), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% vollblut %'
    ) AS qs5
  FROM vitd_idq0
), vitd_idq AS (
  SELECT
    v.*,
    CASE
      WHEN v.a0 IS NULL AND v.reason0 IS NULL AND v.l_ <> ''
      THEN CASE
        WHEN (
          v.qh0 <> ''
          AND v.qq0 <> ''
          AND (
            v.qs0 OR NOT v.qns0 IS NULL
          )
          AND (
            NOT qx0.reason IS NULL OR NOT qn0.analyte IS NULL
          )
        )
        THEN qn0.analyte
        WHEN (
          v.qh1 <> ''
          AND v.qq1 <> ''
          AND (
            v.qs1 OR NOT v.qns1 IS NULL
          )
          AND (
            NOT qx1.reason IS NULL OR NOT qn1.analyte IS NULL
          )
        )
        THEN qn1.analyte
        WHEN (
          v.qh2 <> ''
          AND v.qq2 <> ''
          AND (
            v.qs2 OR NOT v.qns2 IS NULL
          )
          AND (
            NOT qx2.reason IS NULL OR NOT qn2.analyte IS NULL
          )
        )
        THEN qn2.analyte
        WHEN (
          v.qh3 <> ''
          AND v.qq3 <> ''
          AND (
            v.qs3 OR NOT v.qns3 IS NULL
          )
          AND (
            NOT qx3.reason IS NULL OR NOT qn3.analyte IS NULL
          )
        )
        THEN qn3.analyte
        WHEN (
          v.qh4 <> ''
          AND v.qq4 <> ''
          AND (
            v.qs4 OR NOT v.qns4 IS NULL
          )
          AND (
            NOT qx4.reason IS NULL OR NOT qn4.analyte IS NULL
          )
        )
        THEN qn4.analyte
        WHEN (
          v.qh5 <> ''
          AND v.qq5 <> ''
          AND (
            v.qs5 OR NOT v.qns5 IS NULL
          )
          AND (
            NOT qx5.reason IS NULL OR NOT qn5.analyte IS NULL
          )
        )
        THEN qn5.analyte
      END
    END AS qa,
    CASE
      WHEN v.a0 IS NULL AND v.reason0 IS NULL AND v.l_ <> ''
      THEN CASE
        WHEN (
          v.qh0 <> ''
          AND v.qq0 <> ''
          AND (
            v.qs0 OR NOT v.qns0 IS NULL
          )
          AND (
            NOT qx0.reason IS NULL OR NOT qn0.analyte IS NULL
          )
        )
        THEN qx0.reason
        WHEN (
          v.qh1 <> ''
          AND v.qq1 <> ''
          AND (
            v.qs1 OR NOT v.qns1 IS NULL
          )
          AND (
            NOT qx1.reason IS NULL OR NOT qn1.analyte IS NULL
          )
        )
        THEN qx1.reason
        WHEN (
          v.qh2 <> ''
          AND v.qq2 <> ''
          AND (
            v.qs2 OR NOT v.qns2 IS NULL
          )
          AND (
            NOT qx2.reason IS NULL OR NOT qn2.analyte IS NULL
          )
        )
        THEN qx2.reason
        WHEN (
          v.qh3 <> ''
          AND v.qq3 <> ''
          AND (
            v.qs3 OR NOT v.qns3 IS NULL
          )
          AND (
            NOT qx3.reason IS NULL OR NOT qn3.analyte IS NULL
          )
        )
        THEN qx3.reason
        WHEN (
          v.qh4 <> ''
          AND v.qq4 <> ''
          AND (
            v.qs4 OR NOT v.qns4 IS NULL
          )
          AND (
            NOT qx4.reason IS NULL OR NOT qn4.analyte IS NULL
          )
        )
        THEN qx4.reason
        WHEN (
          v.qh5 <> ''
          AND v.qq5 <> ''
          AND (
            v.qs5 OR NOT v.qns5 IS NULL
          )
          AND (
            NOT qx5.reason IS NULL OR NOT qn5.analyte IS NULL
          )
        )
        THEN qx5.reason
      END
    END AS qreason,
    CASE
      WHEN v.a0 IS NULL AND v.reason0 IS NULL AND v.l_ <> ''
      THEN CASE
        WHEN (
          v.qh0 <> ''
          AND v.qq0 <> ''
          AND (
            v.qs0 OR NOT v.qns0 IS NULL
          )
          AND (
            NOT qx0.reason IS NULL OR NOT qn0.analyte IS NULL
          )
        )
        THEN qx0.kind
        WHEN (
          v.qh1 <> ''
          AND v.qq1 <> ''
          AND (
            v.qs1 OR NOT v.qns1 IS NULL
          )
          AND (
            NOT qx1.reason IS NULL OR NOT qn1.analyte IS NULL
          )
        )
        THEN qx1.kind
        WHEN (
          v.qh2 <> ''
          AND v.qq2 <> ''
          AND (
            v.qs2 OR NOT v.qns2 IS NULL
          )
          AND (
            NOT qx2.reason IS NULL OR NOT qn2.analyte IS NULL
          )
        )
        THEN qx2.kind
        WHEN (
          v.qh3 <> ''
          AND v.qq3 <> ''
          AND (
            v.qs3 OR NOT v.qns3 IS NULL
          )
          AND (
            NOT qx3.reason IS NULL OR NOT qn3.analyte IS NULL
          )
        )
        THEN qx3.kind
        WHEN (
          v.qh4 <> ''
          AND v.qq4 <> ''
          AND (
            v.qs4 OR NOT v.qns4 IS NULL
          )
          AND (
            NOT qx4.reason IS NULL OR NOT qn4.analyte IS NULL
          )
        )
        THEN qx4.kind
        WHEN (
          v.qh5 <> ''
          AND v.qq5 <> ''
          AND (
            v.qs5 OR NOT v.qns5 IS NULL
          )
          AND (
            NOT qx5.reason IS NULL OR NOT qn5.analyte IS NULL
          )
        )
        THEN qx5.kind
      END
    END AS qkind,
    CASE
      WHEN v.a0 IS NULL AND v.reason0 IS NULL AND v.l_ <> ''
      THEN COALESCE(
        CASE
          WHEN (
            v.qh0 <> ''
            AND v.qq0 <> ''
            AND (
              v.qs0 OR NOT v.qns0 IS NULL
            )
            AND (
              NOT qx0.reason IS NULL OR NOT qn0.analyte IS NULL
            )
          )
          THEN v.qq0
          WHEN (
            v.qh1 <> ''
            AND v.qq1 <> ''
            AND (
              v.qs1 OR NOT v.qns1 IS NULL
            )
            AND (
              NOT qx1.reason IS NULL OR NOT qn1.analyte IS NULL
            )
          )
          THEN v.qq1
          WHEN (
            v.qh2 <> ''
            AND v.qq2 <> ''
            AND (
              v.qs2 OR NOT v.qns2 IS NULL
            )
            AND (
              NOT qx2.reason IS NULL OR NOT qn2.analyte IS NULL
            )
          )
          THEN v.qq2
          WHEN (
            v.qh3 <> ''
            AND v.qq3 <> ''
            AND (
              v.qs3 OR NOT v.qns3 IS NULL
            )
            AND (
              NOT qx3.reason IS NULL OR NOT qn3.analyte IS NULL
            )
          )
          THEN v.qq3
          WHEN (
            v.qh4 <> ''
            AND v.qq4 <> ''
            AND (
              v.qs4 OR NOT v.qns4 IS NULL
            )
            AND (
              NOT qx4.reason IS NULL OR NOT qn4.analyte IS NULL
            )
          )
          THEN v.qq4
          WHEN (
            v.qh5 <> ''
            AND v.qq5 <> ''
            AND (
              v.qs5 OR NOT v.qns5 IS NULL
            )
            AND (
              NOT qx5.reason IS NULL OR NOT qn5.analyte IS NULL
            )
          )
          THEN v.qq5
        END,
        ''
      )
      ELSE ''
    END AS qual
  FROM vitd_idq1 AS v
  LEFT JOIN vitd_names AS qn0
    ON qn0.name = v.qh0 AND v.qh0 <> ''
  LEFT JOIN vitd_excluded AS qx0
    ON qx0.by_what = 'name' AND qx0.key = v.qh0 AND v.qh0 <> ''
  LEFT JOIN vitd_names AS qn1
    ON qn1.name = v.qh1 AND v.qh1 <> ''
  LEFT JOIN vitd_excluded AS qx1
    ON qx1.by_what = 'name' AND qx1.key = v.qh1 AND v.qh1 <> ''
  LEFT JOIN vitd_names AS qn2
    ON qn2.name = v.qh2 AND v.qh2 <> ''
  LEFT JOIN vitd_excluded AS qx2
    ON qx2.by_what = 'name' AND qx2.key = v.qh2 AND v.qh2 <> ''
  LEFT JOIN vitd_names AS qn3
    ON qn3.name = v.qh3 AND v.qh3 <> ''
  LEFT JOIN vitd_excluded AS qx3
    ON qx3.by_what = 'name' AND qx3.key = v.qh3 AND v.qh3 <> ''
  LEFT JOIN vitd_names AS qn4
    ON qn4.name = v.qh4 AND v.qh4 <> ''
  LEFT JOIN vitd_excluded AS qx4
    ON qx4.by_what = 'name' AND qx4.key = v.qh4 AND v.qh4 <> ''
  LEFT JOIN vitd_names AS qn5
    ON qn5.name = v.qh5 AND v.qh5 <> ''
  LEFT JOIN vitd_excluded AS qx5
    ON qx5.by_what = 'name' AND qx5.key = v.qh5 AND v.qh5 <> ''
), vitd_id2 AS (
  SELECT
    vitd_idq.*,
    CASE WHEN NOT qreason IS NULL THEN NULL ELSE COALESCE(a0, qa) END AS a1,
    COALESCE(reason0, qreason) AS reason1,
    COALESCE(reason_kind0, qkind) AS reason_kind1,
    CASE
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(s_), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% urine %'
      THEN 'urine'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(s_), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% 24 hour urine %'
      THEN '24-hour urine'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(s_), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% ur %'
      THEN 'urine'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(s_), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% ascites %'
      THEN 'ascitic fluid'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(s_), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% ascitic %'
      THEN 'ascitic fluid'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(s_), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% pleural %'
      THEN 'pleural fluid'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(s_), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% peritoneal %'
      THEN 'peritoneal fluid'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(s_), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% pericardial %'
      THEN 'pericardial fluid'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(s_), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% csf %'
      THEN 'cerebrospinal fluid'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(s_), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% cerebrospinal %'
      THEN 'cerebrospinal fluid'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(s_), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% joint %'
      THEN 'joint fluid'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(s_), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% synovial %'
      THEN 'synovial fluid'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(s_), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% body fluid %'
      THEN 'body fluid'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(s_), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% fluid %'
      THEN 'body fluid'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(s_), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% drain %'
      THEN 'drain fluid'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(s_), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% dialysate %'
      THEN 'dialysate'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(s_), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% amniotic %'
      THEN 'amniotic fluid'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(s_), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% stool %'
      THEN 'stool'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(s_), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% feces %'
      THEN 'stool'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(s_), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% faeces %'
      THEN 'stool'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(s_), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% saliva %'
      THEN 'saliva'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(s_), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% sweat %'
      THEN 'sweat'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(s_), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% bone marrow %'
      THEN 'bone marrow'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(s_), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% marrow %'
      THEN 'bone marrow'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(s_), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% rbc %'
      THEN 'red blood cells'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(s_), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% red blood cells %'
      THEN 'red blood cells'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(s_), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% red blood cell %'
      THEN 'red blood cells'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(s_), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% red cells %'
      THEN 'red blood cells'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(s_), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% erythrocytes %'
      THEN 'red blood cells'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(s_), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% vitreous %'
      THEN 'vitreous fluid'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(s_), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% bal %'
      THEN 'bronchoalveolar lavage'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(s_), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% gastric %'
      THEN 'gastric fluid'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(s_), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% semen %'
      THEN 'semen'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(s_), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% milk %'
      THEN 'breast milk'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(s_), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% hair %'
      THEN 'hair'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(s_), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% tissue %'
      THEN 'tissue'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(s_), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% urin %'
      THEN 'urine'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(s_), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% sammelurin %'
      THEN '24-hour urine'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(s_), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% spontanurin %'
      THEN 'urine'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(s_), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% harn %'
      THEN 'urine'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(s_), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% liquor %'
      THEN 'cerebrospinal fluid'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(s_), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% erythrozyten %'
      THEN 'red blood cells'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(s_), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% aszites %'
      THEN 'ascitic fluid'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(s_), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% punktat %'
      THEN 'body fluid'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(s_), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% urn %'
      THEN 'urine'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(s_), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% ur24 %'
      THEN '24-hour urine'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(s_), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% red cell %'
      THEN 'red blood cells'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(s_), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% erythrocyte %'
      THEN 'red blood cells'
      ELSE CAST(NULL AS STRING)
    END AS not_serum,
    (
      REGEXP_REPLACE(
        REGEXP_REPLACE(LOWER(s_), '[^a-z0-9]+', ' '),
        '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
        ''
      ) IN (
        'arterial',
        'arterial blood',
        'bld',
        'blood',
        'capillary',
        'capillary blood',
        'heparin',
        'li hep',
        'lithium heparin',
        'plas',
        'plasma',
        's rum',
        'ser',
        'ser plas',
        'serum',
        'serum or plasma',
        'serum plasma',
        'siero',
        'sp',
        'sst',
        'suero',
        'venous',
        'venous blood',
        'vollblut',
        'whole blood'
      )
      OR (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(s_), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% arterial %'
      OR (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(s_), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% bld %'
      OR (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(s_), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% blood %'
      OR (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(s_), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% capillary %'
      OR (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(s_), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% heparin %'
      OR (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(s_), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% plas %'
      OR (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(s_), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% plasma %'
      OR (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(s_), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% ser %'
      OR (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(s_), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% serum %'
      OR (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(s_), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% siero %'
      OR (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(s_), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% sp %'
      OR (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(s_), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% sst %'
      OR (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(s_), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% suero %'
      OR (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(s_), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% venous %'
      OR (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(s_), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% vollblut %'
    ) AS serum,
    CASE
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qual), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% urine %'
      THEN 'urine'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qual), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% 24 hour urine %'
      THEN '24-hour urine'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qual), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% ur %'
      THEN 'urine'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qual), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% ascites %'
      THEN 'ascitic fluid'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qual), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% ascitic %'
      THEN 'ascitic fluid'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qual), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% pleural %'
      THEN 'pleural fluid'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qual), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% peritoneal %'
      THEN 'peritoneal fluid'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qual), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% pericardial %'
      THEN 'pericardial fluid'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qual), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% csf %'
      THEN 'cerebrospinal fluid'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qual), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% cerebrospinal %'
      THEN 'cerebrospinal fluid'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qual), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% joint %'
      THEN 'joint fluid'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qual), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% synovial %'
      THEN 'synovial fluid'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qual), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% body fluid %'
      THEN 'body fluid'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qual), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% fluid %'
      THEN 'body fluid'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qual), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% drain %'
      THEN 'drain fluid'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qual), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% dialysate %'
      THEN 'dialysate'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qual), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% amniotic %'
      THEN 'amniotic fluid'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qual), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% stool %'
      THEN 'stool'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qual), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% feces %'
      THEN 'stool'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qual), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% faeces %'
      THEN 'stool'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qual), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% saliva %'
      THEN 'saliva'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qual), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% sweat %'
      THEN 'sweat'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qual), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% bone marrow %'
      THEN 'bone marrow'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qual), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% marrow %'
      THEN 'bone marrow'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qual), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% rbc %'
      THEN 'red blood cells'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qual), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% red blood cells %'
      THEN 'red blood cells'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qual), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% red blood cell %'
      THEN 'red blood cells'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qual), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% red cells %'
      THEN 'red blood cells'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qual), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% erythrocytes %'
      THEN 'red blood cells'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qual), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% vitreous %'
      THEN 'vitreous fluid'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qual), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% bal %'
      THEN 'bronchoalveolar lavage'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qual), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% gastric %'
      THEN 'gastric fluid'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qual), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% semen %'
      THEN 'semen'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qual), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% milk %'
      THEN 'breast milk'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qual), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% hair %'
      THEN 'hair'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qual), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% tissue %'
      THEN 'tissue'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qual), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% urin %'
      THEN 'urine'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qual), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% sammelurin %'
      THEN '24-hour urine'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qual), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% spontanurin %'
      THEN 'urine'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qual), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% harn %'
      THEN 'urine'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qual), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% liquor %'
      THEN 'cerebrospinal fluid'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qual), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% erythrozyten %'
      THEN 'red blood cells'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qual), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% aszites %'
      THEN 'ascitic fluid'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qual), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% punktat %'
      THEN 'body fluid'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qual), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% urn %'
      THEN 'urine'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qual), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% ur24 %'
      THEN '24-hour urine'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qual), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% red cell %'
      THEN 'red blood cells'
      WHEN (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qual), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% erythrocyte %'
      THEN 'red blood cells'
      ELSE CAST(NULL AS STRING)
    END AS q_not_serum,
    (
      REGEXP_REPLACE(
        REGEXP_REPLACE(LOWER(qual), '[^a-z0-9]+', ' '),
        '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
        ''
      ) IN (
        'arterial',
        'arterial blood',
        'bld',
        'blood',
        'capillary',
        'capillary blood',
        'heparin',
        'li hep',
        'lithium heparin',
        'plas',
        'plasma',
        's rum',
        'ser',
        'ser plas',
        'serum',
        'serum or plasma',
        'serum plasma',
        'siero',
        'sp',
        'sst',
        'suero',
        'venous',
        'venous blood',
        'vollblut',
        'whole blood'
      )
      OR (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qual), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% arterial %'
      OR (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qual), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% bld %'
      OR (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qual), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% blood %'
      OR (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qual), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% capillary %'
      OR (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qual), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% heparin %'
      OR (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qual), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% plas %'
      OR (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qual), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% plasma %'
      OR (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qual), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% ser %'
      OR (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qual), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% serum %'
      OR (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qual), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% siero %'
      OR (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qual), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% sp %'
      OR (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qual), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% sst %'
      OR (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qual), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% suero %'
      OR (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qual), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% venous %'
      OR (
        ' ' || REGEXP_REPLACE(
          REGEXP_REPLACE(LOWER(qual), '[^a-z0-9]+', ' '),
          '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
          ''
        ) || ' '
      ) LIKE '% vollblut %'
    ) AS q_serum
  FROM vitd_idq
), vitd_id3 AS (
  SELECT
    vitd_id2.*,
    s_ <> '' AND NOT (
      not_serum IS NULL AND serum
    ) AS spec_bad,
    qual <> '' AND NOT (
      q_not_serum IS NULL AND q_serum
    ) AS qual_bad
  FROM vitd_id2
), vitd_id AS (
  SELECT
    vitd_id3.*,
    CASE WHEN NOT a1 IS NULL AND NOT spec_bad AND NOT qual_bad THEN a1 END AS a,
    CASE
      WHEN a1 IS NULL AND NOT reason1 IS NULL
      THEN label || ': ' || reason1 || '; never classified against serum ranges'
      WHEN a1 IS NULL
      THEN NULL
      WHEN spec_bad AND NOT not_serum IS NULL
      THEN label || ' is ' || not_serum || ', not serum: never classified against serum ranges'
      WHEN spec_bad
      THEN label || ': specimen \'' || s_ || '\' is not known to be serum or plasma, so vitd does not classify it'
      WHEN qual_bad
      THEN label || ' is ' || q_not_serum || ', not serum: never classified against serum ranges'
    END AS why,
    CASE
      WHEN a1 IS NULL
      THEN reason_kind1
      WHEN spec_bad AND NOT not_serum IS NULL
      THEN 'non-serum specimen'
      WHEN spec_bad
      THEN 'unknown specimen'
      WHEN qual_bad
      THEN 'non-serum specimen'
    END AS why_kind
  FROM vitd_id3
), vitd_v0 AS (
  SELECT
    vitd_id.*,
    REGEXP_REPLACE(
      k_v,
      '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
      ''
    ) AS v0,
    REGEXP_REPLACE(
      '',
      '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
      ''
    ) AS vn0,
    REGEXP_REPLACE(
      k_u,
      '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
      ''
    ) AS u_col
  FROM vitd_id
), vitd_v1 AS (
  SELECT
    vitd_v0.*,
    CASE
      WHEN v0 = ''
      OR LOWER(v0) IN ('#n/a', '-', '--', '.', 'n/a', 'na', 'nan', 'nd', 'none', 'not done', 'null')
      THEN vn0
      ELSE v0
    END AS v
  FROM vitd_v0
), vitd_v2 AS (
  SELECT
    vitd_v1.*,
    LOWER(v) AS lv,
    v = ''
    OR LOWER(v) IN ('#n/a', '-', '--', '.', 'n/a', 'na', 'nan', 'nd', 'none', 'not done', 'null') AS is_empty,
    COALESCE(
      REGEXP_EXTRACT(
        LOWER(v),
        '^(\\([\t\n\013\014\r\034\035\036\037    -     　]*(?:abnormal|critical|normal|delta|crit|high|abn|low|!!|\\*\\*|aa|h\\*|hh|hi|l\\*|ll|lo|!|\\*|a|c|d|h|l|n)[\t\n\013\014\r\034\035\036\037    -     　]*\\)[\t\n\013\014\r\034\035\036\037    -     　]*)(?:[\t\n\013\014\r\034\035\036\037    -     　]*(?:[<>≤≥=]|[+-]?[0-9.,]|(?:less|greater|more|under|below|above|over|lt|gt)(?:[^a-z0-9_]|$)))[^\n]*$'
      ),
      ''
    ) AS lead_paren,
    COALESCE(
      REGEXP_EXTRACT(
        LOWER(v),
        '^((?:abnormal|critical|normal|delta|crit|high|abn|low|!!|\\*\\*|aa|h\\*|hh|hi|l\\*|ll|lo|!|\\*|a|c|d|h|l|n)[\t\n\013\014\r\034\035\036\037    -     　]+)(?:[\t\n\013\014\r\034\035\036\037    -     　]*(?:[<>≤≥=]|[+-]?[0-9.,]|(?:less|greater|more|under|below|above|over|lt|gt)(?:[^a-z0-9_]|$)))[^\n]*$'
      ),
      ''
    ) AS lead_word,
    COALESCE(
      REGEXP_EXTRACT(
        LOWER(v),
        '^([^\n]+)\\([\t\n\013\014\r\034\035\036\037    -     　]*(?:abnormal|critical|normal|delta|crit|high|abn|low|!!|\\*\\*|aa|h\\*|hh|hi|l\\*|ll|lo|!|\\*|a|c|d|h|l|n)[\t\n\013\014\r\034\035\036\037    -     　]*\\)$'
      ),
      ''
    ) AS tail_paren,
    COALESCE(
      REGEXP_EXTRACT(
        LOWER(v),
        '^([^\n]+)[\t\n\013\014\r\034\035\036\037    -     　]+(?:abnormal|critical|normal|delta|crit|high|abn|low|!!|\\*\\*|aa|h\\*|hh|hi|l\\*|ll|lo|!|\\*|a|c|d|h|l|n)$'
      ),
      ''
    ) AS tail_word,
    COALESCE(
      REGEXP_EXTRACT(
        LOWER(v),
        '^([^\n]*[0-9])[\t\n\013\014\r\034\035\036\037    -     　]*(?:!!|\\*\\*|hh|ll|!|\\*|h|l)$'
      ),
      ''
    ) AS tail_glued
  FROM vitd_v1
), vitd_v3 AS (
  SELECT
    vitd_v2.*,
    CASE
      WHEN lead_paren <> ''
      THEN lead_paren
      WHEN lead_word <> ''
      THEN lead_word
      ELSE ''
    END AS lead_mark,
    CASE
      WHEN tail_paren <> ''
      AND tail_paren RLIKE '^[\t\n\013\014\r\034\035\036\037    -     　]*(?:[<>≤≥=]|[+-]?[0-9.,]|(?:less|greater|more|under|below|above|over|lt|gt)(?:[^a-z0-9_]|$))'
      THEN tail_paren
      WHEN tail_word <> ''
      AND tail_word RLIKE '^[\t\n\013\014\r\034\035\036\037    -     　]*(?:[<>≤≥=]|[+-]?[0-9.,]|(?:less|greater|more|under|below|above|over|lt|gt)(?:[^a-z0-9_]|$))'
      THEN tail_word
      WHEN tail_glued <> ''
      AND tail_glued RLIKE '^[\t\n\013\014\r\034\035\036\037    -     　]*(?:[<>≤≥=]|[+-]?[0-9.,]|(?:less|greater|more|under|below|above|over|lt|gt)(?:[^a-z0-9_]|$))'
      THEN tail_glued
      ELSE ''
    END AS tail_keep
  FROM vitd_v2
), vitd_v4 AS (
  SELECT
    vitd_v3.*,
    CASE
      WHEN lead_mark <> ''
      THEN REGEXP_REPLACE(
        SUBSTRING(v, LENGTH(lead_mark) + 1),
        '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
        ''
      )
      WHEN tail_keep <> ''
      THEN REGEXP_REPLACE(
        SUBSTRING(v, 1, LENGTH(tail_keep)),
        '^[\t\n\013\014\r\034\035\036\037    -     　]+|[\t\n\013\014\r\034\035\036\037    -     　]+$',
        ''
      )
      ELSE v
    END AS v2
  FROM vitd_v3
), vitd_v5 AS (
  SELECT
    vitd_v4.*,
    LOWER(v2) RLIKE '^[+-]?(?:nan|inf|infinity)(?:[^a-z0-9_]|$)' AS is_nan,
    LOWER(v2) RLIKE '^(?:<=|>=|=<|=>|≤|≥|<|>|less than|greater than|more than|under|below|above|over|lt|gt)?[\t\n\013\014\r\034\035\036\037    -     　]*(?:[+-]?(?:[0-9][0-9,.  \' ]*[0-9]\\.?|[0-9]\\.?|[.,][0-9]+)(?:e[+-]?[0-9]+)?)[^\n]*$' AS is_number,
    COALESCE(
      REGEXP_EXTRACT(
        LOWER(v2),
        '^(<=|>=|=<|=>|≤|≥|<|>|less than|greater than|more than|under|below|above|over|lt|gt)?[\t\n\013\014\r\034\035\036\037    -     　]*(?:[+-]?(?:[0-9][0-9,.  \' ]*[0-9]\\.?|[0-9]\\.?|[.,][0-9]+)(?:e[+-]?[0-9]+)?)'
      ),
      ''
    ) AS cmp_text,
    COALESCE(
      REGEXP_EXTRACT(
        LOWER(v2),
        '^(?:<=|>=|=<|=>|≤|≥|<|>|less than|greater than|more than|under|below|above|over|lt|gt)?[\t\n\013\014\r\034\035\036\037    -     　]*([+-]?(?:[0-9][0-9,.  \' ]*[0-9]\\.?|[0-9]\\.?|[.,][0-9]+)(?:e[+-]?[0-9]+)?)'
      ),
      ''
    ) AS num_text,
    REGEXP_REPLACE(
      COALESCE(
        REGEXP_EXTRACT(
          LOWER(v2),
          '^(?:<=|>=|=<|=>|≤|≥|<|>|less than|greater than|more than|under|below|above|over|lt|gt)?[\t\n\013\014\r\034\035\036\037    -     　]*(?:[+-]?(?:[0-9][0-9,.  \' ]*[0-9]\\.?|[0-9]\\.?|[.,][0-9]+)(?:e[+-]?[0-9]+)?)[\t\n\013\014\r\034\035\036\037    -     　]*([^\n]*)$'
        ),
        ''
      ),
      '[\t\n\013\014\r\034\035\036\037    -     　]+$',
      ''
    ) AS unit_text
  FROM vitd_v4
), vitd_v6 AS (
  SELECT
    vitd_v5.*,
    CASE
      WHEN cmp_text = '<'
      THEN '<'
      WHEN cmp_text = '<='
      THEN '<='
      WHEN cmp_text = '≤'
      THEN '<='
      WHEN cmp_text = '=<'
      THEN '<='
      WHEN cmp_text = '>'
      THEN '>'
      WHEN cmp_text = '>='
      THEN '>='
      WHEN cmp_text = '≥'
      THEN '>='
      WHEN cmp_text = '=>'
      THEN '>='
      WHEN cmp_text = 'less than'
      THEN '<'
      WHEN cmp_text = 'lt'
      THEN '<'
      WHEN cmp_text = 'under'
      THEN '<'
      WHEN cmp_text = 'below'
      THEN '<'
      WHEN cmp_text = 'greater than'
      THEN '>'
      WHEN cmp_text = 'gt'
      THEN '>'
      WHEN cmp_text = 'more than'
      THEN '>'
      WHEN cmp_text = 'above'
      THEN '>'
      WHEN cmp_text = 'over'
      THEN '>'
      ELSE ''
    END AS cmp,
    num_text LIKE '-%' AS negative_sign,
    REGEXP_REPLACE(num_text, '^[+-]', '') AS body
  FROM vitd_v5
), vitd_v7 AS (
  SELECT
    vitd_v6.*,
    COALESCE(REGEXP_EXTRACT(body, '^([^,.]*)'), '') AS int_part,
    body RLIKE '[  \' ]' AS grouped,
    CASE WHEN LOCATE(' ', body) > 0 THEN 1 ELSE 0 END + CASE WHEN LOCATE(' ', body) > 0 THEN 1 ELSE 0 END + CASE WHEN LOCATE('\'', body) > 0 THEN 1 ELSE 0 END + CASE WHEN LOCATE(' ', body) > 0 THEN 1 ELSE 0 END AS separator_kinds
  FROM vitd_v6
), vitd_v8 AS (
  SELECT
    vitd_v7.*,
    NOT grouped
    OR (
      separator_kinds = 1 AND int_part RLIKE '^[0-9]{1,3}(?:[  \' ][0-9]{3})*$'
    ) AS groups_ok,
    CASE
      WHEN grouped
      THEN REGEXP_REPLACE(int_part, '[  \' ]', '') || SUBSTRING(body, LENGTH(int_part) + 1)
      ELSE body
    END AS b2
  FROM vitd_v7
), vitd_v9 AS (
  SELECT
    vitd_v8.*,
    LENGTH(b2) - LENGTH(REPLACE(b2, ',', '')) AS commas,
    LENGTH(b2) - LENGTH(REPLACE(b2, '.', '')) AS points,
    b2 RLIKE ',[^.]*$' AS comma_last,
    COALESCE(REGEXP_EXTRACT(b2, '^(.*),'), '') AS head_comma,
    COALESCE(REGEXP_EXTRACT(b2, ',([^,]*)$'), '') AS tail_comma,
    COALESCE(REGEXP_EXTRACT(b2, '^(.*)\\.'), '') AS head_point,
    COALESCE(REGEXP_EXTRACT(b2, '\\.([^.]*)$'), '') AS tail_point
  FROM vitd_v8
), vitd_v10 AS (
  SELECT
    vitd_v9.*,
    CASE
      WHEN commas > 0 AND points > 0 AND comma_last
      THEN head_comma RLIKE '^[0-9]{1,3}(?:\\.[0-9]{3})*$'
      WHEN commas > 0 AND points > 0
      THEN head_point RLIKE '^[0-9]{1,3}(?:,[0-9]{3})*$'
      WHEN commas > 1
      THEN b2 RLIKE '^[0-9]{1,3}(?:,[0-9]{3})+$'
      WHEN commas = 1
      THEN TRUE
      WHEN points > 1
      THEN b2 RLIKE '^[0-9]{1,3}(?:\\.[0-9]{3})+$'
      ELSE TRUE
    END AS thousands_ok,
    CASE
      WHEN commas > 0 AND points > 0 AND comma_last
      THEN REPLACE(head_comma, '.', '') || '.' || tail_comma
      WHEN commas > 0 AND points > 0
      THEN REPLACE(head_point, ',', '') || '.' || tail_point
      WHEN commas > 1
      THEN REPLACE(b2, ',', '')
      WHEN commas = 1
      THEN REPLACE(b2, ',', '.')
      WHEN points > 1
      THEN REPLACE(b2, '.', '')
      ELSE b2
    END AS s1,
    CASE
      WHEN commas = 1
      AND points = 0
      AND LENGTH(tail_comma) = 3
      AND LENGTH(head_comma) BETWEEN 1 AND 3
      AND head_comma <> '0'
      THEN head_comma || tail_comma
    END AS alt_text
  FROM vitd_v9
), vitd_v11 AS (
  SELECT
    vitd_v10.*,
    is_number
    AND groups_ok
    AND thousands_ok
    AND s1 RLIKE '^(?:[0-9]+\\.?[0-9]*|\\.[0-9]+)(?:e[+-]?[0-9]+)?$' AS parsed,
    REPLACE(CASE WHEN s1 LIKE '.%' THEN '0' || s1 ELSE s1 END, '.e', '.0e') AS s2
  FROM vitd_v10
), vitd_v12 AS (
  SELECT
    vitd_v11.*,
    CASE
      WHEN parsed AND NOT is_nan AND NOT is_empty AND NOT a IS NULL
      THEN CAST(CASE WHEN s2 LIKE '%.' THEN s2 || '0' ELSE s2 END AS DOUBLE)
    END AS x,
    CASE
      WHEN parsed AND NOT is_nan AND NOT is_empty AND NOT a IS NULL AND NOT alt_text IS NULL
      THEN CAST(alt_text AS DOUBLE)
    END AS alt_x,
    unit_text <> '' AND u_col <> '' AND unit_text <> LOWER(u_col) AS unit_conflict,
    CASE WHEN unit_text <> '' THEN unit_text ELSE u_col END AS unit_given
  FROM vitd_v11
), vitd_v13 AS (
  SELECT
    vitd_v12.*,
    un.unit AS unit_key,
    CASE
      WHEN a = 'calcium' AND x >= 1.0e0 AND x <= 4.0e0
      THEN 'mmol/L'
      WHEN a = 'calcium' AND x >= 5.0e0 AND x <= 16.0e0
      THEN 'mg/dL'
      WHEN a = 'ionized_calcium' AND x >= 0.5e0 AND x <= 2.0e0
      THEN 'mmol/L'
      WHEN a = 'ionized_calcium' AND x >= 2.5e0 AND x <= 8.0e0
      THEN 'mg/dL'
      WHEN a = 'albumin' AND x >= 0.8e0 AND x <= 7.0e0
      THEN 'g/dL'
      WHEN a = 'albumin' AND x >= 10.0e0 AND x <= 70.0e0
      THEN 'g/L'
      WHEN a = 'corrected_calcium' AND x >= 1.0e0 AND x <= 4.0e0
      THEN 'mmol/L'
      WHEN a = 'corrected_calcium' AND x >= 5.0e0 AND x <= 16.0e0
      THEN 'mg/dL'
      ELSE CAST(NULL AS STRING)
    END AS unit_inferred
  FROM vitd_v12
  LEFT JOIN vitd_units AS un
    ON un.spelling = REPLACE(
      REPLACE(
        REPLACE(
          REGEXP_REPLACE(LOWER(unit_given), '[\t\n\013\014\r\034\035\036\037    -     　]+', ''),
          'µ',
          'u'
        ),
        'μ',
        'u'
      ),
      'mcg',
      'ug'
    )
), vitd_v14 AS (
  SELECT
    vitd_v13.*,
    CASE WHEN unit_given <> '' THEN unit_key ELSE unit_inferred END AS unit
  FROM vitd_v13
), vitd_s0 AS (
  SELECT
    vitd_v14.*,
    cu.analyte AS unit_ok,
    cu.si_same,
    cu.si_fs,
    cu.si_dv,
    cu.si_ml,
    cu.si_fd,
    cu.last_band,
    cu.cut_0,
    cu.below_0,
    cu.same_0,
    cu.fs_0,
    cu.dv_0,
    cu.ml_0,
    cu.fd_0,
    cu.cut_1,
    cu.below_1,
    cu.same_1,
    cu.fs_1,
    cu.dv_1,
    cu.ml_1,
    cu.fd_1,
    cu.cut_2,
    cu.below_2,
    cu.same_2,
    cu.fs_2,
    cu.dv_2,
    cu.ml_2,
    cu.fd_2,
    cu.cut_3,
    cu.below_3,
    cu.same_3,
    cu.fs_3,
    cu.dv_3,
    cu.ml_3,
    cu.fd_3,
    cu.cut_4,
    cu.below_4,
    cu.same_4,
    cu.fs_4,
    cu.dv_4,
    cu.ml_4,
    cu.fd_4,
    cu.cut_5,
    cu.below_5,
    cu.same_5,
    cu.fs_5,
    cu.dv_5,
    cu.ml_5,
    cu.fd_5,
    (
      (
        x * cu.si_fs
      ) / cu.si_dv
    ) * cu.si_ml / cu.si_fd AS si_raw,
    (
      (
        alt_x * cu.si_fs
      ) / cu.si_dv
    ) * cu.si_ml / cu.si_fd AS alt_si_raw,
    p.plausible_lo,
    p.plausible_hi,
    p.si_unit,
    p.range_text
  FROM vitd_v14
  LEFT JOIN vitd_cutoffs AS cu
    ON cu.analyte = vitd_v14.a AND cu.unit = vitd_v14.unit
  LEFT JOIN vitd_analytes AS p
    ON p.analyte = vitd_v14.a
), vitd_s1 AS (
  SELECT
    vitd_s0.*,
    CASE
      WHEN si_raw >= 1000000.0e0
      THEN NULL
      WHEN si_raw >= 100000.0e0
      THEN 1000000.0e0
      WHEN si_raw >= 10000.0e0
      THEN 10000000.0e0
      WHEN si_raw >= 1000.0e0
      THEN 100000000.0e0
      WHEN si_raw >= 100.0e0
      THEN 1000000000.0e0
      WHEN si_raw >= 10.0e0
      THEN 10000000000.0e0
      WHEN si_raw >= 1.0e0
      THEN 100000000000.0e0
      WHEN si_raw >= 0.1e0
      THEN 1000000000000.0e0
      WHEN si_raw >= 0.01e0
      THEN 10000000000000.0e0
      WHEN si_raw >= 0.001e0
      THEN 100000000000000.0e0
      WHEN si_raw >= 0.0001e0
      THEN 1000000000000000.0e0
      ELSE NULL
    END AS cp,
    CASE
      WHEN si_raw >= 1000000.0e0
      THEN NULL
      WHEN si_raw >= 100000.0e0
      THEN 1000000.0e0
      WHEN si_raw >= 10000.0e0
      THEN 10000000.0e0
      WHEN si_raw >= 1000.0e0
      THEN 100000000.0e0
      WHEN si_raw >= 100.0e0
      THEN 1000000000.0e0
      WHEN si_raw >= 10.0e0
      THEN 10000000000.0e0
      WHEN si_raw >= 1.0e0
      THEN 100000000000.0e0
      WHEN si_raw >= 0.1e0
      THEN 999999995904.0e0
      WHEN si_raw >= 0.01e0
      THEN 10000000090112.0e0
      WHEN si_raw >= 0.001e0
      THEN 100000000376832.0e0
      WHEN si_raw >= 0.0001e0
      THEN 1000000003768320.0e0
      ELSE NULL
    END AS cph,
    CASE
      WHEN si_raw >= 1000000.0e0
      THEN NULL
      WHEN si_raw >= 100000.0e0
      THEN 0.0e0
      WHEN si_raw >= 10000.0e0
      THEN 0.0e0
      WHEN si_raw >= 1000.0e0
      THEN 0.0e0
      WHEN si_raw >= 100.0e0
      THEN 0.0e0
      WHEN si_raw >= 10.0e0
      THEN 0.0e0
      WHEN si_raw >= 1.0e0
      THEN 0.0e0
      WHEN si_raw >= 0.1e0
      THEN 4096.0e0
      WHEN si_raw >= 0.01e0
      THEN -90112.0e0
      WHEN si_raw >= 0.001e0
      THEN -376832.0e0
      WHEN si_raw >= 0.0001e0
      THEN -3768320.0e0
      ELSE NULL
    END AS cpl,
    CASE
      WHEN alt_si_raw >= 1000000.0e0
      THEN NULL
      WHEN alt_si_raw >= 100000.0e0
      THEN 1000000.0e0
      WHEN alt_si_raw >= 10000.0e0
      THEN 10000000.0e0
      WHEN alt_si_raw >= 1000.0e0
      THEN 100000000.0e0
      WHEN alt_si_raw >= 100.0e0
      THEN 1000000000.0e0
      WHEN alt_si_raw >= 10.0e0
      THEN 10000000000.0e0
      WHEN alt_si_raw >= 1.0e0
      THEN 100000000000.0e0
      WHEN alt_si_raw >= 0.1e0
      THEN 1000000000000.0e0
      WHEN alt_si_raw >= 0.01e0
      THEN 10000000000000.0e0
      WHEN alt_si_raw >= 0.001e0
      THEN 100000000000000.0e0
      WHEN alt_si_raw >= 0.0001e0
      THEN 1000000000000000.0e0
      ELSE NULL
    END AS ap,
    CASE
      WHEN alt_si_raw >= 1000000.0e0
      THEN NULL
      WHEN alt_si_raw >= 100000.0e0
      THEN 1000000.0e0
      WHEN alt_si_raw >= 10000.0e0
      THEN 10000000.0e0
      WHEN alt_si_raw >= 1000.0e0
      THEN 100000000.0e0
      WHEN alt_si_raw >= 100.0e0
      THEN 1000000000.0e0
      WHEN alt_si_raw >= 10.0e0
      THEN 10000000000.0e0
      WHEN alt_si_raw >= 1.0e0
      THEN 100000000000.0e0
      WHEN alt_si_raw >= 0.1e0
      THEN 999999995904.0e0
      WHEN alt_si_raw >= 0.01e0
      THEN 10000000090112.0e0
      WHEN alt_si_raw >= 0.001e0
      THEN 100000000376832.0e0
      WHEN alt_si_raw >= 0.0001e0
      THEN 1000000003768320.0e0
      ELSE NULL
    END AS aph,
    CASE
      WHEN alt_si_raw >= 1000000.0e0
      THEN NULL
      WHEN alt_si_raw >= 100000.0e0
      THEN 0.0e0
      WHEN alt_si_raw >= 10000.0e0
      THEN 0.0e0
      WHEN alt_si_raw >= 1000.0e0
      THEN 0.0e0
      WHEN alt_si_raw >= 100.0e0
      THEN 0.0e0
      WHEN alt_si_raw >= 10.0e0
      THEN 0.0e0
      WHEN alt_si_raw >= 1.0e0
      THEN 0.0e0
      WHEN alt_si_raw >= 0.1e0
      THEN 4096.0e0
      WHEN alt_si_raw >= 0.01e0
      THEN -90112.0e0
      WHEN alt_si_raw >= 0.001e0
      THEN -376832.0e0
      WHEN alt_si_raw >= 0.0001e0
      THEN -3768320.0e0
      ELSE NULL
    END AS apl
  FROM vitd_s0
), vitd_s2 AS (
  SELECT
    vitd_s1.*,
    CASE
      WHEN si_same = 1
      THEN x
      WHEN cp IS NULL
      THEN si_raw
      ELSE (
        CASE
          WHEN (
            (
              si_raw * cp
            ) - FLOOR((
              si_raw * cp
            ))
          ) > 0.5e0
          THEN FLOOR((
            si_raw * cp
          )) + 1
          WHEN (
            (
              si_raw * cp
            ) - FLOOR((
              si_raw * cp
            ))
          ) < 0.5e0
          THEN FLOOR((
            si_raw * cp
          ))
          WHEN (
            (
              (
                (
                  (
                    (
                      134217729.0e0 * si_raw
                    ) - (
                      (
                        134217729.0e0 * si_raw
                      ) - si_raw
                    )
                  ) * cph
                ) - (
                  si_raw * cp
                )
              ) + (
                (
                  134217729.0e0 * si_raw
                ) - (
                  (
                    134217729.0e0 * si_raw
                  ) - si_raw
                )
              ) * cpl
            ) + (
              si_raw - (
                (
                  134217729.0e0 * si_raw
                ) - (
                  (
                    134217729.0e0 * si_raw
                  ) - si_raw
                )
              )
            ) * cph
          ) + (
            si_raw - (
              (
                134217729.0e0 * si_raw
              ) - (
                (
                  134217729.0e0 * si_raw
                ) - si_raw
              )
            )
          ) * cpl > 0
          THEN FLOOR((
            si_raw * cp
          )) + 1
          WHEN (
            (
              (
                (
                  (
                    (
                      134217729.0e0 * si_raw
                    ) - (
                      (
                        134217729.0e0 * si_raw
                      ) - si_raw
                    )
                  ) * cph
                ) - (
                  si_raw * cp
                )
              ) + (
                (
                  134217729.0e0 * si_raw
                ) - (
                  (
                    134217729.0e0 * si_raw
                  ) - si_raw
                )
              ) * cpl
            ) + (
              si_raw - (
                (
                  134217729.0e0 * si_raw
                ) - (
                  (
                    134217729.0e0 * si_raw
                  ) - si_raw
                )
              )
            ) * cph
          ) + (
            si_raw - (
              (
                134217729.0e0 * si_raw
              ) - (
                (
                  134217729.0e0 * si_raw
                ) - si_raw
              )
            )
          ) * cpl < 0
          THEN FLOOR((
            si_raw * cp
          ))
          WHEN FLOOR(FLOOR((
            si_raw * cp
          )) / 2e0) * 2e0 = FLOOR((
            si_raw * cp
          ))
          THEN FLOOR((
            si_raw * cp
          ))
          ELSE FLOOR((
            si_raw * cp
          )) + 1
        END
      ) / cp
    END AS si,
    CASE
      WHEN si_same = 1
      THEN alt_x
      WHEN ap IS NULL
      THEN alt_si_raw
      ELSE (
        CASE
          WHEN (
            (
              alt_si_raw * ap
            ) - FLOOR((
              alt_si_raw * ap
            ))
          ) > 0.5e0
          THEN FLOOR((
            alt_si_raw * ap
          )) + 1
          WHEN (
            (
              alt_si_raw * ap
            ) - FLOOR((
              alt_si_raw * ap
            ))
          ) < 0.5e0
          THEN FLOOR((
            alt_si_raw * ap
          ))
          WHEN (
            (
              (
                (
                  (
                    (
                      134217729.0e0 * alt_si_raw
                    ) - (
                      (
                        134217729.0e0 * alt_si_raw
                      ) - alt_si_raw
                    )
                  ) * aph
                ) - (
                  alt_si_raw * ap
                )
              ) + (
                (
                  134217729.0e0 * alt_si_raw
                ) - (
                  (
                    134217729.0e0 * alt_si_raw
                  ) - alt_si_raw
                )
              ) * apl
            ) + (
              alt_si_raw - (
                (
                  134217729.0e0 * alt_si_raw
                ) - (
                  (
                    134217729.0e0 * alt_si_raw
                  ) - alt_si_raw
                )
              )
            ) * aph
          ) + (
            alt_si_raw - (
              (
                134217729.0e0 * alt_si_raw
              ) - (
                (
                  134217729.0e0 * alt_si_raw
                ) - alt_si_raw
              )
            )
          ) * apl > 0
          THEN FLOOR((
            alt_si_raw * ap
          )) + 1
          WHEN (
            (
              (
                (
                  (
                    (
                      134217729.0e0 * alt_si_raw
                    ) - (
                      (
                        134217729.0e0 * alt_si_raw
                      ) - alt_si_raw
                    )
                  ) * aph
                ) - (
                  alt_si_raw * ap
                )
              ) + (
                (
                  134217729.0e0 * alt_si_raw
                ) - (
                  (
                    134217729.0e0 * alt_si_raw
                  ) - alt_si_raw
                )
              ) * apl
            ) + (
              alt_si_raw - (
                (
                  134217729.0e0 * alt_si_raw
                ) - (
                  (
                    134217729.0e0 * alt_si_raw
                  ) - alt_si_raw
                )
              )
            ) * aph
          ) + (
            alt_si_raw - (
              (
                134217729.0e0 * alt_si_raw
              ) - (
                (
                  134217729.0e0 * alt_si_raw
                ) - alt_si_raw
              )
            )
          ) * apl < 0
          THEN FLOOR((
            alt_si_raw * ap
          ))
          WHEN FLOOR(FLOOR((
            alt_si_raw * ap
          )) / 2e0) * 2e0 = FLOOR((
            alt_si_raw * ap
          ))
          THEN FLOOR((
            alt_si_raw * ap
          ))
          ELSE FLOOR((
            alt_si_raw * ap
          )) + 1
        END
      ) / ap
    END AS alt_si
  FROM vitd_s1
), vitd_s3 AS (
  SELECT
    vitd_s2.*,
    (
      (
        si >= plausible_lo OR cmp IN ('<', '<=')
      )
      AND (
        si <= plausible_hi OR cmp IN ('>', '>=')
      )
    ) AS plausible,
    NOT alt_x IS NULL
    AND (
      (
        alt_si >= plausible_lo OR cmp IN ('<', '<=')
      )
      AND (
        alt_si <= plausible_hi OR cmp IN ('>', '>=')
      )
    ) AS alt_plausible
  FROM vitd_s2
), vitd_s4 AS (
  SELECT
    vitd_s3.*,
    CASE WHEN alt_plausible AND NOT plausible THEN alt_x ELSE x END AS value,
    CASE WHEN alt_plausible AND NOT plausible THEN alt_si ELSE si END AS value_si
  FROM vitd_s3
), vitd_s5 AS (
  SELECT
    vitd_s4.*,
    CASE
      WHEN a IS NULL
      THEN why_kind
      WHEN is_empty
      THEN 'empty value'
      WHEN is_nan
      THEN 'not a number'
      WHEN NOT parsed
      THEN 'text result'
      WHEN unit_conflict
      THEN 'unit conflict'
      WHEN x > 1.7976931348623157e308
      THEN 'not a number'
      WHEN negative_sign AND x > 0
      THEN 'negative value'
      WHEN unit_given <> '' AND unit_key IS NULL
      THEN 'unknown unit'
      WHEN unit_given <> '' AND unit_ok IS NULL
      THEN 'wrong unit'
      WHEN unit IS NULL OR unit_ok IS NULL
      THEN 'no unit'
      WHEN alt_plausible AND plausible
      THEN 'unreadable value'
      WHEN NOT (
        plausible OR alt_plausible
      )
      THEN 'implausible value'
    END AS kind
  FROM vitd_s4
), vitd_s6 AS (
  SELECT
    vitd_s5.*,
    NOT a IS NULL AND kind IS NULL AS interpreted
  FROM vitd_s5
), vitd_c0 AS (
  SELECT
    vitd_s6.*,
    CASE
      WHEN same_0 = 1
      THEN value
      ELSE (
        (
          value * fs_0
        ) / dv_0
      ) * ml_0 / fd_0
    END AS x0,
    CASE
      WHEN same_1 = 1
      THEN value
      ELSE (
        (
          value * fs_1
        ) / dv_1
      ) * ml_1 / fd_1
    END AS x1,
    CASE
      WHEN same_2 = 1
      THEN value
      ELSE (
        (
          value * fs_2
        ) / dv_2
      ) * ml_2 / fd_2
    END AS x2,
    CASE
      WHEN same_3 = 1
      THEN value
      ELSE (
        (
          value * fs_3
        ) / dv_3
      ) * ml_3 / fd_3
    END AS x3,
    CASE
      WHEN same_4 = 1
      THEN value
      ELSE (
        (
          value * fs_4
        ) / dv_4
      ) * ml_4 / fd_4
    END AS x4,
    CASE
      WHEN same_5 = 1
      THEN value
      ELSE (
        (
          value * fs_5
        ) / dv_5
      ) * ml_5 / fd_5
    END AS x5
  FROM vitd_s6
), vitd_band AS (
  SELECT
    vitd_c0.*,
    CASE
      WHEN NOT interpreted
      THEN NULL
      WHEN CASE
        WHEN cmp = '<'
        THEN CASE
          WHEN same_0 = 0
          AND (
            ABS(x0 - cut_0) <= ABS(1e-9 * cut_0) OR ABS(x0 - cut_0) <= ABS(1e-9 * x0)
          )
          THEN cut_0
          ELSE x0
        END <= cut_0
        WHEN cmp = '>'
        THEN CASE
          WHEN same_0 = 0
          AND (
            ABS(x0 - cut_0) <= ABS(1e-9 * cut_0) OR ABS(x0 - cut_0) <= ABS(1e-9 * x0)
          )
          THEN cut_0
          ELSE x0
        END < cut_0
        WHEN below_0 = 1
        THEN CASE
          WHEN same_0 = 0
          AND (
            ABS(x0 - cut_0) <= ABS(1e-9 * cut_0) OR ABS(x0 - cut_0) <= ABS(1e-9 * x0)
          )
          THEN cut_0
          ELSE x0
        END < cut_0
        ELSE CASE
          WHEN same_0 = 0
          AND (
            ABS(x0 - cut_0) <= ABS(1e-9 * cut_0) OR ABS(x0 - cut_0) <= ABS(1e-9 * x0)
          )
          THEN cut_0
          ELSE x0
        END <= cut_0
      END
      THEN 0
      WHEN CASE
        WHEN cmp = '<'
        THEN CASE
          WHEN same_1 = 0
          AND (
            ABS(x1 - cut_1) <= ABS(1e-9 * cut_1) OR ABS(x1 - cut_1) <= ABS(1e-9 * x1)
          )
          THEN cut_1
          ELSE x1
        END <= cut_1
        WHEN cmp = '>'
        THEN CASE
          WHEN same_1 = 0
          AND (
            ABS(x1 - cut_1) <= ABS(1e-9 * cut_1) OR ABS(x1 - cut_1) <= ABS(1e-9 * x1)
          )
          THEN cut_1
          ELSE x1
        END < cut_1
        WHEN below_1 = 1
        THEN CASE
          WHEN same_1 = 0
          AND (
            ABS(x1 - cut_1) <= ABS(1e-9 * cut_1) OR ABS(x1 - cut_1) <= ABS(1e-9 * x1)
          )
          THEN cut_1
          ELSE x1
        END < cut_1
        ELSE CASE
          WHEN same_1 = 0
          AND (
            ABS(x1 - cut_1) <= ABS(1e-9 * cut_1) OR ABS(x1 - cut_1) <= ABS(1e-9 * x1)
          )
          THEN cut_1
          ELSE x1
        END <= cut_1
      END
      THEN 1
      WHEN CASE
        WHEN cmp = '<'
        THEN CASE
          WHEN same_2 = 0
          AND (
            ABS(x2 - cut_2) <= ABS(1e-9 * cut_2) OR ABS(x2 - cut_2) <= ABS(1e-9 * x2)
          )
          THEN cut_2
          ELSE x2
        END <= cut_2
        WHEN cmp = '>'
        THEN CASE
          WHEN same_2 = 0
          AND (
            ABS(x2 - cut_2) <= ABS(1e-9 * cut_2) OR ABS(x2 - cut_2) <= ABS(1e-9 * x2)
          )
          THEN cut_2
          ELSE x2
        END < cut_2
        WHEN below_2 = 1
        THEN CASE
          WHEN same_2 = 0
          AND (
            ABS(x2 - cut_2) <= ABS(1e-9 * cut_2) OR ABS(x2 - cut_2) <= ABS(1e-9 * x2)
          )
          THEN cut_2
          ELSE x2
        END < cut_2
        ELSE CASE
          WHEN same_2 = 0
          AND (
            ABS(x2 - cut_2) <= ABS(1e-9 * cut_2) OR ABS(x2 - cut_2) <= ABS(1e-9 * x2)
          )
          THEN cut_2
          ELSE x2
        END <= cut_2
      END
      THEN 2
      WHEN CASE
        WHEN cmp = '<'
        THEN CASE
          WHEN same_3 = 0
          AND (
            ABS(x3 - cut_3) <= ABS(1e-9 * cut_3) OR ABS(x3 - cut_3) <= ABS(1e-9 * x3)
          )
          THEN cut_3
          ELSE x3
        END <= cut_3
        WHEN cmp = '>'
        THEN CASE
          WHEN same_3 = 0
          AND (
            ABS(x3 - cut_3) <= ABS(1e-9 * cut_3) OR ABS(x3 - cut_3) <= ABS(1e-9 * x3)
          )
          THEN cut_3
          ELSE x3
        END < cut_3
        WHEN below_3 = 1
        THEN CASE
          WHEN same_3 = 0
          AND (
            ABS(x3 - cut_3) <= ABS(1e-9 * cut_3) OR ABS(x3 - cut_3) <= ABS(1e-9 * x3)
          )
          THEN cut_3
          ELSE x3
        END < cut_3
        ELSE CASE
          WHEN same_3 = 0
          AND (
            ABS(x3 - cut_3) <= ABS(1e-9 * cut_3) OR ABS(x3 - cut_3) <= ABS(1e-9 * x3)
          )
          THEN cut_3
          ELSE x3
        END <= cut_3
      END
      THEN 3
      WHEN CASE
        WHEN cmp = '<'
        THEN CASE
          WHEN same_4 = 0
          AND (
            ABS(x4 - cut_4) <= ABS(1e-9 * cut_4) OR ABS(x4 - cut_4) <= ABS(1e-9 * x4)
          )
          THEN cut_4
          ELSE x4
        END <= cut_4
        WHEN cmp = '>'
        THEN CASE
          WHEN same_4 = 0
          AND (
            ABS(x4 - cut_4) <= ABS(1e-9 * cut_4) OR ABS(x4 - cut_4) <= ABS(1e-9 * x4)
          )
          THEN cut_4
          ELSE x4
        END < cut_4
        WHEN below_4 = 1
        THEN CASE
          WHEN same_4 = 0
          AND (
            ABS(x4 - cut_4) <= ABS(1e-9 * cut_4) OR ABS(x4 - cut_4) <= ABS(1e-9 * x4)
          )
          THEN cut_4
          ELSE x4
        END < cut_4
        ELSE CASE
          WHEN same_4 = 0
          AND (
            ABS(x4 - cut_4) <= ABS(1e-9 * cut_4) OR ABS(x4 - cut_4) <= ABS(1e-9 * x4)
          )
          THEN cut_4
          ELSE x4
        END <= cut_4
      END
      THEN 4
      WHEN CASE
        WHEN cmp = '<'
        THEN CASE
          WHEN same_5 = 0
          AND (
            ABS(x5 - cut_5) <= ABS(1e-9 * cut_5) OR ABS(x5 - cut_5) <= ABS(1e-9 * x5)
          )
          THEN cut_5
          ELSE x5
        END <= cut_5
        WHEN cmp = '>'
        THEN CASE
          WHEN same_5 = 0
          AND (
            ABS(x5 - cut_5) <= ABS(1e-9 * cut_5) OR ABS(x5 - cut_5) <= ABS(1e-9 * x5)
          )
          THEN cut_5
          ELSE x5
        END < cut_5
        WHEN below_5 = 1
        THEN CASE
          WHEN same_5 = 0
          AND (
            ABS(x5 - cut_5) <= ABS(1e-9 * cut_5) OR ABS(x5 - cut_5) <= ABS(1e-9 * x5)
          )
          THEN cut_5
          ELSE x5
        END < cut_5
        ELSE CASE
          WHEN same_5 = 0
          AND (
            ABS(x5 - cut_5) <= ABS(1e-9 * cut_5) OR ABS(x5 - cut_5) <= ABS(1e-9 * x5)
          )
          THEN cut_5
          ELSE x5
        END <= cut_5
      END
      THEN 5
      ELSE last_band
    END AS band_index
  FROM vitd_c0
), vitd_r0 AS (
  SELECT
    vitd_band.*,
    CASE
      WHEN interpreted
      THEN CASE
        WHEN (
          (
            value_si * 1000.0e0
          ) - FLOOR((
            value_si * 1000.0e0
          ))
        ) > 0.5e0
        THEN FLOOR((
          value_si * 1000.0e0
        )) + 1
        WHEN (
          (
            value_si * 1000.0e0
          ) - FLOOR((
            value_si * 1000.0e0
          ))
        ) < 0.5e0
        THEN FLOOR((
          value_si * 1000.0e0
        ))
        WHEN (
          (
            (
              (
                (
                  (
                    134217729.0e0 * value_si
                  ) - (
                    (
                      134217729.0e0 * value_si
                    ) - value_si
                  )
                ) * 1000.0e0
              ) - (
                value_si * 1000.0e0
              )
            ) + (
              (
                134217729.0e0 * value_si
              ) - (
                (
                  134217729.0e0 * value_si
                ) - value_si
              )
            ) * 0.0e0
          ) + (
            value_si - (
              (
                134217729.0e0 * value_si
              ) - (
                (
                  134217729.0e0 * value_si
                ) - value_si
              )
            )
          ) * 1000.0e0
        ) + (
          value_si - (
            (
              134217729.0e0 * value_si
            ) - (
              (
                134217729.0e0 * value_si
              ) - value_si
            )
          )
        ) * 0.0e0 > 0
        THEN FLOOR((
          value_si * 1000.0e0
        )) + 1
        WHEN (
          (
            (
              (
                (
                  (
                    134217729.0e0 * value_si
                  ) - (
                    (
                      134217729.0e0 * value_si
                    ) - value_si
                  )
                ) * 1000.0e0
              ) - (
                value_si * 1000.0e0
              )
            ) + (
              (
                134217729.0e0 * value_si
              ) - (
                (
                  134217729.0e0 * value_si
                ) - value_si
              )
            ) * 0.0e0
          ) + (
            value_si - (
              (
                134217729.0e0 * value_si
              ) - (
                (
                  134217729.0e0 * value_si
                ) - value_si
              )
            )
          ) * 1000.0e0
        ) + (
          value_si - (
            (
              134217729.0e0 * value_si
            ) - (
              (
                134217729.0e0 * value_si
              ) - value_si
            )
          )
        ) * 0.0e0 < 0
        THEN FLOOR((
          value_si * 1000.0e0
        ))
        WHEN FLOOR(FLOOR((
          value_si * 1000.0e0
        )) / 2e0) * 2e0 = FLOOR((
          value_si * 1000.0e0
        ))
        THEN FLOOR((
          value_si * 1000.0e0
        ))
        ELSE FLOOR((
          value_si * 1000.0e0
        )) + 1
      END
    END AS milli
  FROM vitd_band
), vitd_r1 AS (
  SELECT
    vitd_r0.*,
    FLOOR(milli / 1000.0e0) AS whole,
    milli - FLOOR(milli / 1000.0e0) * 1000.0e0 AS frac
  FROM vitd_r0
), vitd_r2 AS (
  SELECT
    vitd_r1.*,
    CASE WHEN frac < 10 THEN '00' WHEN frac < 100 THEN '0' ELSE '' END || CAST(CAST(frac AS BIGINT) AS STRING) AS frac3
  FROM vitd_r1
), vitd_out AS (
  SELECT
    k_v,
    k_u,
    k_n,
    k_c,
    CASE
      WHEN a IS NULL
      THEN 'other_test'
      WHEN interpreted
      THEN 'interpreted'
      ELSE 'skipped'
    END AS vitd_status,
    CASE WHEN interpreted THEN a ELSE '' END AS vitd_analyte,
    CASE
      WHEN interpreted
      THEN cmp || CAST(CAST(whole AS BIGINT) AS STRING) || CASE
        WHEN frac = 0
        THEN ''
        WHEN SUBSTRING(frac3, 2, 2) = '00'
        THEN '.' || SUBSTRING(frac3, 1, 1)
        WHEN SUBSTRING(frac3, 3, 1) = '0'
        THEN '.' || SUBSTRING(frac3, 1, 2)
        ELSE '.' || frac3
      END
      ELSE ''
    END AS vitd_value_si,
    CASE WHEN interpreted THEN si_unit ELSE '' END AS vitd_unit_si,
    CASE WHEN interpreted THEN b.flag ELSE '' END AS vitd_flag,
    CASE WHEN interpreted THEN b.category ELSE '' END AS vitd_category,
    CASE WHEN interpreted THEN COALESCE(b.severity, '') ELSE '' END AS vitd_severity,
    CASE WHEN interpreted THEN range_text ELSE '' END AS vitd_range,
    CASE WHEN interpreted THEN COALESCE(b.finding, '') ELSE '' END AS vitd_findings,
    '' AS vitd_panel,
    CASE
      WHEN interpreted
      THEN CASE
        WHEN cmp <> ''
        THEN 'reported as ' || v2 || ': classified on the bound'
        ELSE ''
      END
      WHEN a IS NULL
      THEN COALESCE(why, '')
      WHEN kind = 'empty value'
      THEN label || ': empty value'
      ELSE label || ': ' || kind
    END AS vitd_note0,
    COALESCE(kind, '') AS vitd_kind,
    CASE WHEN interpreted THEN unit END AS vitd_unit_key
  FROM vitd_r2
  LEFT JOIN vitd_bands AS b
    ON b.analyte = vitd_r2.a AND b.band_index = vitd_r2.band_index
)
SELECT
  t.*,
  o.vitd_status,
  o.vitd_analyte,
  o.vitd_value_si,
  o.vitd_unit_si,
  o.vitd_flag,
  o.vitd_category,
  o.vitd_severity,
  o.vitd_range,
  o.vitd_findings,
  o.vitd_panel,
  CASE
    WHEN SUBSTRING(o.vitd_note0, 1, 1) IN ('=', '+', '-', '@', '\t', '\r')
    THEN '\'' || o.vitd_note0
    ELSE o.vitd_note0
  END AS vitd_note,
  o.vitd_kind
FROM labs AS t
LEFT JOIN vitd_out AS o
  ON COALESCE(CAST(t.`value` AS STRING), '') = o.k_v
  AND COALESCE(CAST(t.`unit` AS STRING), '') = o.k_u
  AND COALESCE(CAST(t.`test` AS STRING), '') = o.k_n
  AND COALESCE(CAST(t.`loinc` AS STRING), '') = o.k_c;
