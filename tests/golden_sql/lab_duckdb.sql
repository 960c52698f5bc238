-- vitd: classify the lab results of labs (value=value, unit=unit, analyte=test, code=loinc, flag=flag, reference_range=reference range) in place, one row at a time.
-- Appends vitd_status, vitd_analyte, vitd_value_si, vitd_unit_si, vitd_flag, vitd_category, vitd_severity, vitd_range, vitd_findings, vitd_panel, vitd_note and vitd_kind (why a row was not interpreted).
-- Generated from reference_ranges/ by `vitd sql --dialect duckdb`; do not edit. Needs: DuckDB 1.1 or later.
-- Per row: panels and their findings (corrected calcium, secondary hyperparathyroidism) need subject= and date= in --columns.
-- [the relations]
vitd_flag_words AS (
  SELECT
    '!' AS mark,
    'abnormal' AS meaning
  UNION ALL
  SELECT
    '!!',
    'abnormal'
  UNION ALL
  SELECT
    '*',
    'abnormal'
  UNION ALL
  SELECT
    '**',
    'abnormal'
  UNION ALL
  SELECT
    'a',
    'abnormal'
  UNION ALL
  SELECT
    'aa',
    'abnormal'
  UNION ALL
  SELECT
    'abn',
    'abnormal'
  UNION ALL
  SELECT
    'abnormal',
    'abnormal'
  UNION ALL
  SELECT
    'c',
    'abnormal'
  UNION ALL
  SELECT
    'crit',
    'abnormal'
  UNION ALL
  SELECT
    'critical',
    'abnormal'
  UNION ALL
  SELECT
    'd',
    'ignore'
  UNION ALL
  SELECT
    'delta',
    'ignore'
  UNION ALL
  SELECT
    'h',
    'high'
  UNION ALL
  SELECT
    'h*',
    'high'
  UNION ALL
  SELECT
    'hh',
    'high'
  UNION ALL
  SELECT
    'hi',
    'high'
  UNION ALL
  SELECT
    'high',
    'high'
  UNION ALL
  SELECT
    'l',
    'low'
  UNION ALL
  SELECT
    'l*',
    'low'
  UNION ALL
  SELECT
    'll',
    'low'
  UNION ALL
  SELECT
    'lo',
    'low'
  UNION ALL
  SELECT
    'low',
    'low'
  UNION ALL
  SELECT
    'n',
    'normal'
  UNION ALL
  SELECT
    'normal',
    'normal'
), vitd_lab_bands AS (
  SELECT
    'vitamin_d' AS analyte,
    0 AS band_index,
    'low' AS flag,
    'severely deficient' AS label,
    'normal 30-100 ng/mL (75-250 nmol/L), endocrine-society-2011' AS normal_text
  UNION ALL
  SELECT
    'vitamin_d',
    1,
    'low',
    'deficient',
    'normal 30-100 ng/mL (75-250 nmol/L), endocrine-society-2011'
  UNION ALL
  SELECT
    'vitamin_d',
    2,
    'low',
    'insufficient',
    'normal 30-100 ng/mL (75-250 nmol/L), endocrine-society-2011'
  UNION ALL
  SELECT
    'vitamin_d',
    3,
    'normal',
    'sufficient',
    'normal 30-100 ng/mL (75-250 nmol/L), endocrine-society-2011'
  UNION ALL
  SELECT
    'vitamin_d',
    4,
    'high',
    'above the usual lab upper limit',
    'normal 30-100 ng/mL (75-250 nmol/L), endocrine-society-2011'
  UNION ALL
  SELECT
    'vitamin_d',
    5,
    'high',
    'in the toxic range',
    'normal 30-100 ng/mL (75-250 nmol/L), endocrine-society-2011'
  UNION ALL
  SELECT
    'calcium',
    0,
    'low',
    'severely low',
    'normal 8.8-10.4 mg/dL (2.2-2.6 mmol/L), msd'
  UNION ALL
  SELECT
    'calcium',
    1,
    'low',
    'moderately low',
    'normal 8.8-10.4 mg/dL (2.2-2.6 mmol/L), msd'
  UNION ALL
  SELECT
    'calcium',
    2,
    'low',
    'moderately low',
    'normal 8.8-10.4 mg/dL (2.2-2.6 mmol/L), msd'
  UNION ALL
  SELECT
    'calcium',
    3,
    'low',
    'low',
    'normal 8.8-10.4 mg/dL (2.2-2.6 mmol/L), msd'
  UNION ALL
  SELECT
    'calcium',
    4,
    'normal',
    'normal',
    'normal 8.8-10.4 mg/dL (2.2-2.6 mmol/L), msd'
  UNION ALL
  SELECT
    'calcium',
    5,
    'high',
    'mildly high',
    'normal 8.8-10.4 mg/dL (2.2-2.6 mmol/L), msd'
  UNION ALL
  SELECT
    'calcium',
    6,
    'high',
    'moderately high',
    'normal 8.8-10.4 mg/dL (2.2-2.6 mmol/L), msd'
  UNION ALL
  SELECT
    'calcium',
    7,
    'high',
    'severely high',
    'normal 8.8-10.4 mg/dL (2.2-2.6 mmol/L), msd'
  UNION ALL
  SELECT
    'ionized_calcium',
    0,
    'low',
    'severely low',
    'normal 1.1-1.3 mmol/L (4.4-5.2 mg/dL), pmc7276095'
  UNION ALL
  SELECT
    'ionized_calcium',
    1,
    'low',
    'moderately low',
    'normal 1.1-1.3 mmol/L (4.4-5.2 mg/dL), pmc7276095'
  UNION ALL
  SELECT
    'ionized_calcium',
    2,
    'low',
    'low',
    'normal 1.1-1.3 mmol/L (4.4-5.2 mg/dL), pmc7276095'
  UNION ALL
  SELECT
    'ionized_calcium',
    3,
    'normal',
    'normal',
    'normal 1.1-1.3 mmol/L (4.4-5.2 mg/dL), pmc7276095'
  UNION ALL
  SELECT
    'ionized_calcium',
    4,
    'high',
    'mildly high',
    'normal 1.1-1.3 mmol/L (4.4-5.2 mg/dL), pmc7276095'
  UNION ALL
  SELECT
    'ionized_calcium',
    5,
    'high',
    'moderately high',
    'normal 1.1-1.3 mmol/L (4.4-5.2 mg/dL), pmc7276095'
  UNION ALL
  SELECT
    'ionized_calcium',
    6,
    'high',
    'severely high',
    'normal 1.1-1.3 mmol/L (4.4-5.2 mg/dL), pmc7276095'
  UNION ALL
  SELECT
    'albumin',
    0,
    'low',
    'low',
    'normal 3.5-5 g/dL (35-50 g/L), standard'
  UNION ALL
  SELECT
    'albumin',
    1,
    'normal',
    'normal',
    'normal 3.5-5 g/dL (35-50 g/L), standard'
  UNION ALL
  SELECT
    'albumin',
    2,
    'high',
    'high (often dehydration)',
    'normal 3.5-5 g/dL (35-50 g/L), standard'
  UNION ALL
  SELECT
    'magnesium',
    0,
    'low',
    'severely low',
    'normal 1.8-2.6 mg/dL (0.7-1.05 mmol/L), msd'
  UNION ALL
  SELECT
    'magnesium',
    1,
    'low',
    'moderately low',
    'normal 1.8-2.6 mg/dL (0.7-1.05 mmol/L), msd'
  UNION ALL
  SELECT
    'magnesium',
    2,
    'low',
    'low',
    'normal 1.8-2.6 mg/dL (0.7-1.05 mmol/L), msd'
  UNION ALL
  SELECT
    'magnesium',
    3,
    'normal',
    'normal',
    'normal 1.8-2.6 mg/dL (0.7-1.05 mmol/L), msd'
  UNION ALL
  SELECT
    'magnesium',
    4,
    'high',
    'mildly high',
    'normal 1.8-2.6 mg/dL (0.7-1.05 mmol/L), msd'
  UNION ALL
  SELECT
    'magnesium',
    5,
    'high',
    'moderately high',
    'normal 1.8-2.6 mg/dL (0.7-1.05 mmol/L), msd'
  UNION ALL
  SELECT
    'magnesium',
    6,
    'high',
    'severely high',
    'normal 1.8-2.6 mg/dL (0.7-1.05 mmol/L), msd'
  UNION ALL
  SELECT
    'magnesium',
    7,
    'high',
    'dangerously high',
    'normal 1.8-2.6 mg/dL (0.7-1.05 mmol/L), msd'
  UNION ALL
  SELECT
    'pth',
    0,
    'low',
    'low',
    'normal 15-65 pg/mL (1.6-6.9 pmol/L), pmc7276095'
  UNION ALL
  SELECT
    'pth',
    1,
    'normal',
    'normal',
    'normal 15-65 pg/mL (1.6-6.9 pmol/L), pmc7276095'
  UNION ALL
  SELECT
    'pth',
    2,
    'high',
    'high',
    'normal 15-65 pg/mL (1.6-6.9 pmol/L), pmc7276095'
  UNION ALL
  SELECT
    'phosphate',
    0,
    'low',
    'low',
    'normal 2.5-4.5 mg/dL (0.81-1.45 mmol/L), davis'
  UNION ALL
  SELECT
    'phosphate',
    1,
    'normal',
    'normal',
    'normal 2.5-4.5 mg/dL (0.81-1.45 mmol/L), davis'
  UNION ALL
  SELECT
    'phosphate',
    2,
    'high',
    'high',
    'normal 2.5-4.5 mg/dL (0.81-1.45 mmol/L), davis'
  UNION ALL
  SELECT
    'corrected_calcium',
    0,
    'low',
    'severely low',
    'normal 8.8-10.4 mg/dL (2.2-2.6 mmol/L), msd'
  UNION ALL
  SELECT
    'corrected_calcium',
    1,
    'low',
    'moderately low',
    'normal 8.8-10.4 mg/dL (2.2-2.6 mmol/L), msd'
  UNION ALL
  SELECT
    'corrected_calcium',
    2,
    'low',
    'moderately low',
    'normal 8.8-10.4 mg/dL (2.2-2.6 mmol/L), msd'
  UNION ALL
  SELECT
    'corrected_calcium',
    3,
    'low',
    'low',
    'normal 8.8-10.4 mg/dL (2.2-2.6 mmol/L), msd'
  UNION ALL
  SELECT
    'corrected_calcium',
    4,
    'normal',
    'normal',
    'normal 8.8-10.4 mg/dL (2.2-2.6 mmol/L), msd'
  UNION ALL
  SELECT
    'corrected_calcium',
    5,
    'high',
    'mildly high',
    'normal 8.8-10.4 mg/dL (2.2-2.6 mmol/L), msd'
  UNION ALL
  SELECT
    'corrected_calcium',
    6,
    'high',
    'moderately high',
    'normal 8.8-10.4 mg/dL (2.2-2.6 mmol/L), msd'
  UNION ALL
  SELECT
    'corrected_calcium',
    7,
    'high',
    'severely high',
    'normal 8.8-10.4 mg/dL (2.2-2.6 mmol/L), msd'
), 
-- [the steps]
vitd_l0 AS (
  SELECT
    vitd_n.*,
    REGEXP_REPLACE(
      k_f,
      '^[	
    -     　]+|[	
    -     　]+$',
      '',
      'g'
    ) AS lab_flag,
    REGEXP_REPLACE(
      k_r,
      '^[	
    -     　]+|[	
    -     　]+$',
      '',
      'g'
    ) AS lab_rng,
    CASE
      WHEN lead_mark <> ''
      THEN REGEXP_REPLACE(
        REGEXP_REPLACE(
          SUBSTRING(v, 1, LENGTH(lead_mark)),
          '^[	
    -     　]+|[	
    -     　]+$',
          '',
          'g'
        ),
        '^\([	
    -     　]*|[	
    -     　]*\)$',
        '',
        'g'
      )
      WHEN tail_keep <> ''
      THEN REGEXP_REPLACE(
        REGEXP_REPLACE(
          SUBSTRING(v, LENGTH(tail_keep) + 1),
          '^[	
    -     　]+|[	
    -     　]+$',
          '',
          'g'
        ),
        '^\([	
    -     　]*|[	
    -     　]*\)$',
        '',
        'g'
      )
      ELSE ''
    END AS lab_mark,
    lb.flag AS lab_ours,
    lb.label AS lab_label,
    lb.normal_text AS lab_normal
  FROM vitd_n
  LEFT JOIN vitd_lab_bands AS lb
    ON lb.analyte = vitd_n.a AND lb.band_index = vitd_n.band_index
), vitd_l1 AS (
  SELECT
    vitd_l0.*,
    LOWER(
      REGEXP_REPLACE(
        REGEXP_REPLACE(lab_rng, '^[\[\]()]+|[\[\]()]+$', '', 'g'),
        '^[	
    -     　]+|[	
    -     　]+$',
        '',
        'g'
      )
    ) AS lab_rl,
    CASE WHEN lab_flag <> '' THEN lab_flag ELSE lab_mark END AS lab_printed
  FROM vitd_l0
), vitd_l2 AS (
  SELECT
    vitd_l1.*,
    lab_rl <> ''
    AND LENGTH(lab_rl) <= 256
    AND REGEXP_MATCHES(
      lab_rl,
      '^[	
    -     　]*([0-9][0-9.,]*)[	
    -     　]*(?:-|–|—|to|bis|à|À|a)[	
    -     　]*([0-9][0-9.,]*)[	
    -     　]*([^
]*)$'
    ) AS lab_pair,
    lab_rl <> ''
    AND LENGTH(lab_rl) <= 256
    AND REGEXP_MATCHES(
      lab_rl,
      '^[	
    -     　]*(<=|>=|=<|=>|<|>|≤|≥|less than|greater than|more than|up to|under|below|above|over)[	
    -     　]*([0-9][0-9.,]*)[	
    -     　]*([^
]*)$'
    ) AS lab_bound,
    COALESCE(
      REGEXP_EXTRACT(
        lab_rl,
        '^[	
    -     　]*(<=|>=|=<|=>|<|>|≤|≥|less than|greater than|more than|up to|under|below|above|over)[	
    -     　]*([0-9][0-9.,]*)[	
    -     　]*([^
]*)$',
        1
      ),
      ''
    ) AS lab_cmp
  FROM vitd_l1
), vitd_l3 AS (
  SELECT
    vitd_l2.*,
    CASE
      WHEN lab_pair
      THEN REGEXP_EXTRACT(
        lab_rl,
        '^[	
    -     　]*([0-9][0-9.,]*)[	
    -     　]*(?:-|–|—|to|bis|à|À|a)[	
    -     　]*([0-9][0-9.,]*)[	
    -     　]*([^
]*)$',
        1
      )
      WHEN lab_bound
      AND NOT lab_cmp IN ('<', '<=', '=<', 'below', 'less than', 'under', 'up to', '≤')
      THEN REGEXP_EXTRACT(
        lab_rl,
        '^[	
    -     　]*(<=|>=|=<|=>|<|>|≤|≥|less than|greater than|more than|up to|under|below|above|over)[	
    -     　]*([0-9][0-9.,]*)[	
    -     　]*([^
]*)$',
        2
      )
    END AS lo_text,
    CASE
      WHEN lab_pair
      THEN REGEXP_EXTRACT(
        lab_rl,
        '^[	
    -     　]*([0-9][0-9.,]*)[	
    -     　]*(?:-|–|—|to|bis|à|À|a)[	
    -     　]*([0-9][0-9.,]*)[	
    -     　]*([^
]*)$',
        2
      )
      WHEN lab_bound
      AND lab_cmp IN ('<', '<=', '=<', 'below', 'less than', 'under', 'up to', '≤')
      THEN REGEXP_EXTRACT(
        lab_rl,
        '^[	
    -     　]*(<=|>=|=<|=>|<|>|≤|≥|less than|greater than|more than|up to|under|below|above|over)[	
    -     　]*([0-9][0-9.,]*)[	
    -     　]*([^
]*)$',
        2
      )
    END AS hi_text,
    CASE
      WHEN lab_pair
      THEN REGEXP_EXTRACT(
        lab_rl,
        '^[	
    -     　]*([0-9][0-9.,]*)[	
    -     　]*(?:-|–|—|to|bis|à|À|a)[	
    -     　]*([0-9][0-9.,]*)[	
    -     　]*([^
]*)$',
        3
      )
      WHEN lab_bound
      THEN REGEXP_EXTRACT(
        lab_rl,
        '^[	
    -     　]*(<=|>=|=<|=>|<|>|≤|≥|less than|greater than|more than|up to|under|below|above|over)[	
    -     　]*([0-9][0-9.,]*)[	
    -     　]*([^
]*)$',
        3
      )
      ELSE ''
    END AS lab_unit_text
  FROM vitd_l2
), vitd_l4 AS (
  SELECT
    vitd_l3.*,
    LENGTH(lo_text) - LENGTH(REPLACE(lo_text, ',', '')) AS lo_commas,
    LENGTH(lo_text) - LENGTH(REPLACE(lo_text, '.', '')) AS lo_points,
    REGEXP_MATCHES(lo_text, ',[^.]*$') AS lo_comma_last,
    COALESCE(REGEXP_EXTRACT(lo_text, '^(.*),', 1), '') AS lo_hc,
    COALESCE(REGEXP_EXTRACT(lo_text, ',([^,]*)$', 1), '') AS lo_tc,
    COALESCE(REGEXP_EXTRACT(lo_text, '^(.*)\.', 1), '') AS lo_hp,
    COALESCE(REGEXP_EXTRACT(lo_text, '\.([^.]*)$', 1), '') AS lo_tp,
    LENGTH(hi_text) - LENGTH(REPLACE(hi_text, ',', '')) AS hi_commas,
    LENGTH(hi_text) - LENGTH(REPLACE(hi_text, '.', '')) AS hi_points,
    REGEXP_MATCHES(hi_text, ',[^.]*$') AS hi_comma_last,
    COALESCE(REGEXP_EXTRACT(hi_text, '^(.*),', 1), '') AS hi_hc,
    COALESCE(REGEXP_EXTRACT(hi_text, ',([^,]*)$', 1), '') AS hi_tc,
    COALESCE(REGEXP_EXTRACT(hi_text, '^(.*)\.', 1), '') AS hi_hp,
    COALESCE(REGEXP_EXTRACT(hi_text, '\.([^.]*)$', 1), '') AS hi_tp
  FROM vitd_l3
), vitd_l5 AS (
  SELECT
    vitd_l4.*,
    CASE
      WHEN lo_commas > 0 AND lo_points > 0 AND lo_comma_last
      THEN REGEXP_MATCHES(lo_hc, '^[0-9]{1,3}(?:\.[0-9]{3})*$')
      WHEN lo_commas > 0 AND lo_points > 0
      THEN REGEXP_MATCHES(lo_hp, '^[0-9]{1,3}(?:,[0-9]{3})*$')
      WHEN lo_commas > 1
      THEN REGEXP_MATCHES(lo_text, '^[0-9]{1,3}(?:,[0-9]{3})+$')
      WHEN lo_points > 1 AND lo_commas = 0
      THEN REGEXP_MATCHES(lo_text, '^[0-9]{1,3}(?:\.[0-9]{3})+$')
      ELSE TRUE
    END AS lo_ok,
    CASE
      WHEN lo_commas > 0 AND lo_points > 0 AND lo_comma_last
      THEN REPLACE(lo_hc, '.', '') || '.' || lo_tc
      WHEN lo_commas > 0 AND lo_points > 0
      THEN REPLACE(lo_hp, ',', '') || '.' || lo_tp
      WHEN lo_commas > 1
      THEN REPLACE(lo_text, ',', '')
      WHEN lo_commas = 1
      THEN REPLACE(lo_text, ',', '.')
      WHEN lo_points > 1
      THEN REPLACE(lo_text, '.', '')
      ELSE lo_text
    END AS lo_s,
    CASE
      WHEN hi_commas > 0 AND hi_points > 0 AND hi_comma_last
      THEN REGEXP_MATCHES(hi_hc, '^[0-9]{1,3}(?:\.[0-9]{3})*$')
      WHEN hi_commas > 0 AND hi_points > 0
      THEN REGEXP_MATCHES(hi_hp, '^[0-9]{1,3}(?:,[0-9]{3})*$')
      WHEN hi_commas > 1
      THEN REGEXP_MATCHES(hi_text, '^[0-9]{1,3}(?:,[0-9]{3})+$')
      WHEN hi_points > 1 AND hi_commas = 0
      THEN REGEXP_MATCHES(hi_text, '^[0-9]{1,3}(?:\.[0-9]{3})+$')
      ELSE TRUE
    END AS hi_ok,
    CASE
      WHEN hi_commas > 0 AND hi_points > 0 AND hi_comma_last
      THEN REPLACE(hi_hc, '.', '') || '.' || hi_tc
      WHEN hi_commas > 0 AND hi_points > 0
      THEN REPLACE(hi_hp, ',', '') || '.' || hi_tp
      WHEN hi_commas > 1
      THEN REPLACE(hi_text, ',', '')
      WHEN hi_commas = 1
      THEN REPLACE(hi_text, ',', '.')
      WHEN hi_points > 1
      THEN REPLACE(hi_text, '.', '')
      ELSE hi_text
    END AS hi_s,
    CASE WHEN lab_unit_text = '' THEN vitd_l4.unit ELSE lu.unit END AS lab_unit
  FROM vitd_l4
  LEFT JOIN vitd_units AS lu
    ON lu.spelling = REPLACE(
      REPLACE(
        REPLACE(
          REGEXP_REPLACE(LOWER(lab_unit_text), '[	
    -     　]+', '', 'g'),
          'µ',
          'u'
        ),
        'μ',
        'u'
      ),
      'mcg',
      'ug'
    )
), vitd_l6 AS (
  SELECT
    vitd_l5.*,
    CASE
      WHEN NOT lo_text IS NULL AND lo_ok
      THEN CAST(CASE WHEN lo_s LIKE '%.' THEN lo_s || '0' ELSE lo_s END AS DOUBLE)
    END AS lo_x,
    CASE
      WHEN NOT hi_text IS NULL AND hi_ok
      THEN CAST(CASE WHEN hi_s LIKE '%.' THEN hi_s || '0' ELSE hi_s END AS DOUBLE)
    END AS hi_x,
    fw.meaning AS lab_word,
    lc.analyte AS lab_unit_ok,
    lc.si_same AS lab_same,
    lc.si_fs AS lab_fs,
    lc.si_dv AS lab_dv,
    lc.si_ml AS lab_ml,
    lc.si_fd AS lab_fd
  FROM vitd_l5
  LEFT JOIN vitd_cutoffs AS lc
    ON lc.analyte = vitd_l5.a AND lc.unit = vitd_l5.lab_unit
  LEFT JOIN vitd_flag_words AS fw
    ON fw.mark = LOWER(vitd_l5.lab_printed)
), vitd_l7 AS (
  SELECT
    vitd_l6.*,
    (
      (
        lo_x * lab_fs
      ) / lab_dv
    ) * lab_ml / lab_fd AS lo_raw,
    (
      (
        hi_x * lab_fs
      ) / lab_dv
    ) * lab_ml / lab_fd AS hi_raw
  FROM vitd_l6
), vitd_l8 AS (
  SELECT
    vitd_l7.*,
    CASE
      WHEN lo_raw >= 1000000.0e0
      THEN NULL
      WHEN lo_raw >= 100000.0e0
      THEN 1000000.0e0
      WHEN lo_raw >= 10000.0e0
      THEN 10000000.0e0
      WHEN lo_raw >= 1000.0e0
      THEN 100000000.0e0
      WHEN lo_raw >= 100.0e0
      THEN 1000000000.0e0
      WHEN lo_raw >= 10.0e0
      THEN 10000000000.0e0
      WHEN lo_raw >= 1.0e0
      THEN 100000000000.0e0
      WHEN lo_raw >= 0.1e0
      THEN 1000000000000.0e0
      WHEN lo_raw >= 0.01e0
      THEN 10000000000000.0e0
      WHEN lo_raw >= 0.001e0
      THEN 100000000000000.0e0
      WHEN lo_raw >= 0.0001e0
      THEN 1000000000000000.0e0
      ELSE NULL
    END AS lo_p,
    CASE
      WHEN lo_raw >= 1000000.0e0
      THEN NULL
      WHEN lo_raw >= 100000.0e0
      THEN 1000000.0e0
      WHEN lo_raw >= 10000.0e0
      THEN 10000000.0e0
      WHEN lo_raw >= 1000.0e0
      THEN 100000000.0e0
      WHEN lo_raw >= 100.0e0
      THEN 1000000000.0e0
      WHEN lo_raw >= 10.0e0
      THEN 10000000000.0e0
      WHEN lo_raw >= 1.0e0
      THEN 100000000000.0e0
      WHEN lo_raw >= 0.1e0
      THEN 999999995904.0e0
      WHEN lo_raw >= 0.01e0
      THEN 10000000090112.0e0
      WHEN lo_raw >= 0.001e0
      THEN 100000000376832.0e0
      WHEN lo_raw >= 0.0001e0
      THEN 1000000003768320.0e0
      ELSE NULL
    END AS lo_ph,
    CASE
      WHEN lo_raw >= 1000000.0e0
      THEN NULL
      WHEN lo_raw >= 100000.0e0
      THEN 0.0e0
      WHEN lo_raw >= 10000.0e0
      THEN 0.0e0
      WHEN lo_raw >= 1000.0e0
      THEN 0.0e0
      WHEN lo_raw >= 100.0e0
      THEN 0.0e0
      WHEN lo_raw >= 10.0e0
      THEN 0.0e0
      WHEN lo_raw >= 1.0e0
      THEN 0.0e0
      WHEN lo_raw >= 0.1e0
      THEN 4096.0e0
      WHEN lo_raw >= 0.01e0
      THEN -90112.0e0
      WHEN lo_raw >= 0.001e0
      THEN -376832.0e0
      WHEN lo_raw >= 0.0001e0
      THEN -3768320.0e0
      ELSE NULL
    END AS lo_pl,
    CASE
      WHEN hi_raw >= 1000000.0e0
      THEN NULL
      WHEN hi_raw >= 100000.0e0
      THEN 1000000.0e0
      WHEN hi_raw >= 10000.0e0
      THEN 10000000.0e0
      WHEN hi_raw >= 1000.0e0
      THEN 100000000.0e0
      WHEN hi_raw >= 100.0e0
      THEN 1000000000.0e0
      WHEN hi_raw >= 10.0e0
      THEN 10000000000.0e0
      WHEN hi_raw >= 1.0e0
      THEN 100000000000.0e0
      WHEN hi_raw >= 0.1e0
      THEN 1000000000000.0e0
      WHEN hi_raw >= 0.01e0
      THEN 10000000000000.0e0
      WHEN hi_raw >= 0.001e0
      THEN 100000000000000.0e0
      WHEN hi_raw >= 0.0001e0
      THEN 1000000000000000.0e0
      ELSE NULL
    END AS hi_p,
    CASE
      WHEN hi_raw >= 1000000.0e0
      THEN NULL
      WHEN hi_raw >= 100000.0e0
      THEN 1000000.0e0
      WHEN hi_raw >= 10000.0e0
      THEN 10000000.0e0
      WHEN hi_raw >= 1000.0e0
      THEN 100000000.0e0
      WHEN hi_raw >= 100.0e0
      THEN 1000000000.0e0
      WHEN hi_raw >= 10.0e0
      THEN 10000000000.0e0
      WHEN hi_raw >= 1.0e0
      THEN 100000000000.0e0
      WHEN hi_raw >= 0.1e0
      THEN 999999995904.0e0
      WHEN hi_raw >= 0.01e0
      THEN 10000000090112.0e0
      WHEN hi_raw >= 0.001e0
      THEN 100000000376832.0e0
      WHEN hi_raw >= 0.0001e0
      THEN 1000000003768320.0e0
      ELSE NULL
    END AS hi_ph,
    CASE
      WHEN hi_raw >= 1000000.0e0
      THEN NULL
      WHEN hi_raw >= 100000.0e0
      THEN 0.0e0
      WHEN hi_raw >= 10000.0e0
      THEN 0.0e0
      WHEN hi_raw >= 1000.0e0
      THEN 0.0e0
      WHEN hi_raw >= 100.0e0
      THEN 0.0e0
      WHEN hi_raw >= 10.0e0
      THEN 0.0e0
      WHEN hi_raw >= 1.0e0
      THEN 0.0e0
      WHEN hi_raw >= 0.1e0
      THEN 4096.0e0
      WHEN hi_raw >= 0.01e0
      THEN -90112.0e0
      WHEN hi_raw >= 0.001e0
      THEN -376832.0e0
      WHEN hi_raw >= 0.0001e0
      THEN -3768320.0e0
      ELSE NULL
    END AS hi_pl
  FROM vitd_l7
), vitd_l9 AS (
  SELECT
    vitd_l8.*,
    CASE
      WHEN lab_same = 1
      THEN lo_x
      WHEN lo_p IS NULL
      THEN lo_raw
      ELSE (
        CASE
          WHEN (
            (
              lo_raw * lo_p
            ) - FLOOR((
              lo_raw * lo_p
            ))
          ) > 0.5e0
          THEN FLOOR((
            lo_raw * lo_p
          )) + 1
          WHEN (
            (
              lo_raw * lo_p
            ) - FLOOR((
              lo_raw * lo_p
            ))
          ) < 0.5e0
          THEN FLOOR((
            lo_raw * lo_p
          ))
          WHEN (
            (
              (
                (
                  (
                    (
                      134217729.0e0 * lo_raw
                    ) - (
                      (
                        134217729.0e0 * lo_raw
                      ) - lo_raw
                    )
                  ) * lo_ph
                ) - (
                  lo_raw * lo_p
                )
              ) + (
                (
                  134217729.0e0 * lo_raw
                ) - (
                  (
                    134217729.0e0 * lo_raw
                  ) - lo_raw
                )
              ) * lo_pl
            ) + (
              lo_raw - (
                (
                  134217729.0e0 * lo_raw
                ) - (
                  (
                    134217729.0e0 * lo_raw
                  ) - lo_raw
                )
              )
            ) * lo_ph
          ) + (
            lo_raw - (
              (
                134217729.0e0 * lo_raw
              ) - (
                (
                  134217729.0e0 * lo_raw
                ) - lo_raw
              )
            )
          ) * lo_pl > 0
          THEN FLOOR((
            lo_raw * lo_p
          )) + 1
          WHEN (
            (
              (
                (
                  (
                    (
                      134217729.0e0 * lo_raw
                    ) - (
                      (
                        134217729.0e0 * lo_raw
                      ) - lo_raw
                    )
                  ) * lo_ph
                ) - (
                  lo_raw * lo_p
                )
              ) + (
                (
                  134217729.0e0 * lo_raw
                ) - (
                  (
                    134217729.0e0 * lo_raw
                  ) - lo_raw
                )
              ) * lo_pl
            ) + (
              lo_raw - (
                (
                  134217729.0e0 * lo_raw
                ) - (
                  (
                    134217729.0e0 * lo_raw
                  ) - lo_raw
                )
              )
            ) * lo_ph
          ) + (
            lo_raw - (
              (
                134217729.0e0 * lo_raw
              ) - (
                (
                  134217729.0e0 * lo_raw
                ) - lo_raw
              )
            )
          ) * lo_pl < 0
          THEN FLOOR((
            lo_raw * lo_p
          ))
          WHEN FLOOR(FLOOR((
            lo_raw * lo_p
          )) / 2e0) * 2e0 = FLOOR((
            lo_raw * lo_p
          ))
          THEN FLOOR((
            lo_raw * lo_p
          ))
          ELSE FLOOR((
            lo_raw * lo_p
          )) + 1
        END
      ) / lo_p
    END AS lo_si,
    CASE
      WHEN lab_same = 1
      THEN hi_x
      WHEN hi_p IS NULL
      THEN hi_raw
      ELSE (
        CASE
          WHEN (
            (
              hi_raw * hi_p
            ) - FLOOR((
              hi_raw * hi_p
            ))
          ) > 0.5e0
          THEN FLOOR((
            hi_raw * hi_p
          )) + 1
          WHEN (
            (
              hi_raw * hi_p
            ) - FLOOR((
              hi_raw * hi_p
            ))
          ) < 0.5e0
          THEN FLOOR((
            hi_raw * hi_p
          ))
          WHEN (
            (
              (
                (
                  (
                    (
                      134217729.0e0 * hi_raw
                    ) - (
                      (
                        134217729.0e0 * hi_raw
                      ) - hi_raw
                    )
                  ) * hi_ph
                ) - (
                  hi_raw * hi_p
                )
              ) + (
                (
                  134217729.0e0 * hi_raw
                ) - (
                  (
                    134217729.0e0 * hi_raw
                  ) - hi_raw
                )
              ) * hi_pl
            ) + (
              hi_raw - (
                (
                  134217729.0e0 * hi_raw
                ) - (
                  (
                    134217729.0e0 * hi_raw
                  ) - hi_raw
                )
              )
            ) * hi_ph
          ) + (
            hi_raw - (
              (
                134217729.0e0 * hi_raw
              ) - (
                (
                  134217729.0e0 * hi_raw
                ) - hi_raw
              )
            )
          ) * hi_pl > 0
          THEN FLOOR((
            hi_raw * hi_p
          )) + 1
          WHEN (
            (
              (
                (
                  (
                    (
                      134217729.0e0 * hi_raw
                    ) - (
                      (
                        134217729.0e0 * hi_raw
                      ) - hi_raw
                    )
                  ) * hi_ph
                ) - (
                  hi_raw * hi_p
                )
              ) + (
                (
                  134217729.0e0 * hi_raw
                ) - (
                  (
                    134217729.0e0 * hi_raw
                  ) - hi_raw
                )
              ) * hi_pl
            ) + (
              hi_raw - (
                (
                  134217729.0e0 * hi_raw
                ) - (
                  (
                    134217729.0e0 * hi_raw
                  ) - hi_raw
                )
              )
            ) * hi_ph
          ) + (
            hi_raw - (
              (
                134217729.0e0 * hi_raw
              ) - (
                (
                  134217729.0e0 * hi_raw
                ) - hi_raw
              )
            )
          ) * hi_pl < 0
          THEN FLOOR((
            hi_raw * hi_p
          ))
          WHEN FLOOR(FLOOR((
            hi_raw * hi_p
          )) / 2e0) * 2e0 = FLOOR((
            hi_raw * hi_p
          ))
          THEN FLOOR((
            hi_raw * hi_p
          ))
          ELSE FLOOR((
            hi_raw * hi_p
          )) + 1
        END
      ) / hi_p
    END AS hi_si,
    COALESCE(
      (
        lab_pair OR lab_bound
      )
      AND NOT lab_unit_ok IS NULL
      AND (
        lo_text IS NULL OR lo_ok
      )
      AND (
        hi_text IS NULL OR hi_ok
      )
      AND (
        lab_same = 1
        OR (
          (
            lo_raw IS NULL OR ABS(lo_raw) <= 1.7976931348623157e308
          )
          AND (
            hi_raw IS NULL OR ABS(hi_raw) <= 1.7976931348623157e308
          )
        )
      ),
      FALSE
    ) AS lab_readable,
    CASE WHEN ABS(value_si) > 1 THEN 1e-09 * ABS(value_si) ELSE 1e-09 END AS lab_tol
  FROM vitd_l8
), vitd_l10 AS (
  SELECT
    vitd_l9.*,
    CASE
      WHEN lab_readable
      AND NOT lo_si IS NULL
      AND value_si < lo_si - lab_tol
      AND NOT cmp IN ('>', '>=')
      THEN 'low'
      WHEN lab_readable
      AND NOT hi_si IS NULL
      AND value_si > hi_si + lab_tol
      AND NOT cmp IN ('<', '<=')
      THEN 'high'
      WHEN lab_readable
      AND NOT COALESCE(CASE WHEN lab_printed <> '' THEN lab_word WHEN TRUE THEN 'normal' END, '') IN ('low', 'high', 'abnormal')
      THEN 'normal'
      ELSE CASE WHEN lab_printed <> '' THEN lab_word WHEN TRUE THEN 'normal' END
    END AS lab_meaning
  FROM vitd_l9
), vitd_lab AS (
  SELECT
    vitd_l10.*,
    CASE
      WHEN NOT interpreted
      OR lab_meaning IS NULL
      OR lab_meaning = 'ignore'
      OR lab_meaning = lab_ours
      OR (
        lab_meaning = 'abnormal' AND lab_ours <> 'normal'
      )
      THEN NULL
      ELSE CASE
        WHEN lab_readable
        THEN 'the lab''s range ' || lab_rng || ' makes it ' || lab_meaning
        WHEN lab_printed <> '' AND LOWER(lab_printed) = lab_meaning
        THEN 'the lab flagged it ' || lab_meaning
        WHEN lab_printed <> ''
        THEN 'the lab flagged it ''' || lab_printed || ''' (' || lab_meaning || ')'
        ELSE 'the lab did not flag it'
      END || '; vitd: ' || lab_label || ' (' || lab_normal || ')'
    END AS lab_note
  FROM vitd_l10
), vitd_out AS (
  SELECT
    k_v,
    k_u,
    k_n,
    k_c,
    k_f,
    k_r,
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
      THEN cmp || CAST(CAST(whole AS BIGINT) AS TEXT) || CASE
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
      WHEN lab_note IS NULL
      THEN vitd_note_value
      WHEN (
        vitd_note_value
      ) = ''
      THEN lab_note
      ELSE (
        vitd_note_value
      ) || '; ' || lab_note
    END AS vitd_note0,
    COALESCE(kind, '') AS vitd_kind,
    CASE WHEN interpreted THEN unit END AS vitd_unit_key
  FROM vitd_lab
  LEFT JOIN vitd_bands AS b
    ON b.analyte = vitd_lab.a AND b.band_index = vitd_lab.band_index
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
    WHEN SUBSTRING(o.vitd_note0, 1, 1) IN ('=', '+', '-', '@', '	', '')
    THEN '''' || o.vitd_note0
    ELSE o.vitd_note0
  END AS vitd_note,
  o.vitd_kind
FROM labs AS t
LEFT JOIN vitd_out AS o
  ON COALESCE(CAST(t."value" AS TEXT), '') = o.k_v
  AND COALESCE(CAST(t."unit" AS TEXT), '') = o.k_u
  AND COALESCE(CAST(t."test" AS TEXT), '') = o.k_n
  AND COALESCE(CAST(t."loinc" AS TEXT), '') = o.k_c
  AND COALESCE(CAST(t."flag" AS TEXT), '') = o.k_f
  AND COALESCE(CAST(t."reference range" AS TEXT), '') = o.k_r;
