vitd_w_dtext AS MATERIALIZED (
  SELECT DISTINCT
    REGEXP_REPLACE(
      COALESCE(CAST(t."collected" AS TEXT), ''),
      '^[	
    -     　]+|[	
    -     　]+$',
      '',
      'g'
    ) AS dt
  FROM labs AS t
), vitd_w_dates AS MATERIALIZED (
  SELECT
    dt,
    CASE
      WHEN dt REGEXP '^[0-9]{4}-[0-9]{2}-[0-9]{2}(?:[T ][0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:[.][0-9]{1,6})?)?Z?)?$'
      THEN CASE
        WHEN CAST(SUBSTRING(dt, 1, 4) AS INTEGER) >= 1
        AND CAST(SUBSTRING(dt, 6, 2) AS INTEGER) BETWEEN 1 AND 12
        AND CAST(SUBSTRING(dt, 9, 2) AS INTEGER) >= 1
        AND CAST(SUBSTRING(dt, 9, 2) AS INTEGER) <= CASE
          WHEN CAST(SUBSTRING(dt, 6, 2) AS INTEGER) = 2
          THEN CASE
            WHEN (
              (
                CAST(SUBSTRING(dt, 1, 4) AS INTEGER)
              ) % 4 = 0
              AND (
                CAST(SUBSTRING(dt, 1, 4) AS INTEGER)
              ) % 100 <> 0
              OR (
                CAST(SUBSTRING(dt, 1, 4) AS INTEGER)
              ) % 400 = 0
            )
            THEN 29
            ELSE 28
          END
          WHEN CAST(SUBSTRING(dt, 6, 2) AS INTEGER) IN (4, 6, 9, 11)
          THEN 30
          ELSE 31
        END
        AND CASE WHEN LENGTH(dt) >= 13 THEN CAST(SUBSTRING(dt, 12, 2) AS INTEGER) ELSE 0 END <= 23
        AND CASE WHEN LENGTH(dt) >= 16 THEN CAST(SUBSTRING(dt, 15, 2) AS INTEGER) ELSE 0 END <= 59
        AND CASE WHEN LENGTH(dt) >= 19 THEN CAST(SUBSTRING(dt, 18, 2) AS INTEGER) ELSE 0 END <= 59
        THEN DATETIME(
          SUBSTRING(REPLACE(dt, 'Z', ''), 1, 10) || ' ' || CASE
            WHEN LENGTH(REPLACE(dt, 'Z', '')) >= 16
            THEN SUBSTRING(REPLACE(dt, 'Z', ''), 12, 5)
            ELSE '00:00'
          END || CASE
            WHEN LENGTH(REPLACE(dt, 'Z', '')) >= 19
            THEN SUBSTRING(REPLACE(dt, 'Z', ''), 17)
            ELSE ':00'
          END
        )
      END
    END AS ts
  FROM vitd_w_dtext
), vitd_w_in AS MATERIALIZED (
  SELECT
    CAST(t."row_id" AS INTEGER) AS vitd_row,
    REGEXP_REPLACE(
      COALESCE(CAST(t."patient_id" AS TEXT), ''),
      '^[	
    -     　]+|[	
    -     　]+$',
      '',
      'g'
    ) AS vitd_subject,
    vitd_wd.ts AS vitd_when,
    o.vitd_analyte,
    o.vitd_w_value AS value,
    o.vitd_unit_key AS unit,
    o.vitd_w_cmp AS cmp,
    o.vitd_w_si AS value_si,
    o.vitd_w_band AS band_index
  FROM labs AS t
  JOIN vitd_out AS o
    ON COALESCE(CAST(t."result" AS TEXT), '') = o.k_v
    AND COALESCE(CAST(t."units" AS TEXT), '') = o.k_u
    AND COALESCE(CAST(t."test_name" AS TEXT), '') = o.k_n
    AND COALESCE(CAST(t."abnormal_flag" AS TEXT), '') = o.k_f
    AND COALESCE(CAST(t."reference_range" AS TEXT), '') = o.k_r
  LEFT JOIN vitd_w_dates AS vitd_wd
    ON vitd_wd.dt = REGEXP_REPLACE(
      COALESCE(CAST(t."collected" AS TEXT), ''),
      '^[	
    -     　]+|[	
    -     　]+$',
      '',
      'g'
    )
  WHERE
    o.vitd_status = 'interpreted'
), 
-- [the panel steps vitd_p_*]
vitd_w_panel AS MATERIALIZED (
  SELECT
    r AS "vitd_row",
    panel AS vitd_panel
  FROM vitd_p_dated
  UNION ALL
  SELECT
    r,
    panel
  FROM vitd_p_undated
), vitd_w_fin AS MATERIALIZED (
  SELECT
    i.vitd_row,
    p.vitd_panel,
    i.vitd_analyte AS a,
    i.value,
    i.unit,
    i.cmp,
    i.value_si,
    i.band_index
  FROM vitd_w_in AS i
  JOIN vitd_w_panel AS p
    ON p.vitd_row = i.vitd_row
), 
-- [the findings steps vitd_fbands ... vitd_fs]
vitd_w_f AS MATERIALIZED (
  SELECT
    f_row AS vitd_row,
    COALESCE(c1, '') || COALESCE(' ' || c2, '') || COALESCE(' ' || c3, '') || COALESCE(' ' || c4, '') || COALESCE(' ' || c5, '') || COALESCE(' ' || c6, '') || COALESCE(' ' || c7, '') || COALESCE(' ' || c8, '') || COALESCE(' ' || c9, '') || COALESCE(' ' || c10, '') || COALESCE(' ' || c11, '') || COALESCE(' ' || c12, '') AS vitd_findings,
    o_note AS vitd_panel_note
  FROM vitd_fs
)
SELECT
  t.*,
  o.vitd_status AS vitd_status,
  o.vitd_analyte AS vitd_analyte,
  o.vitd_value_si AS vitd_value_si,
  o.vitd_unit_si AS vitd_unit_si,
  o.vitd_flag AS vitd_flag,
  o.vitd_category AS vitd_category,
  o.vitd_severity AS vitd_severity,
  o.vitd_range AS vitd_range,
  CASE WHEN f.vitd_row IS NULL THEN o.vitd_findings ELSE f.vitd_findings END AS vitd_findings,
  COALESCE(CAST(p.vitd_panel AS TEXT), '') AS vitd_panel,
  CASE
    WHEN (
      SUBSTRING(
        SUBSTRING(
          COALESCE('; ' || NULLIF(o.vitd_note_own, ''), '') || COALESCE('; ' || NULLIF(f.vitd_panel_note, ''), '') || COALESCE('; ' || NULLIF(o.vitd_note_lab, ''), '') || COALESCE(
            '; ' || NULLIF(
              CASE
                WHEN o.vitd_status = 'interpreted'
                AND REGEXP_REPLACE(
                  COALESCE(CAST(t."collected" AS TEXT), ''),
                  '^[	
    -     　]+|[	
    -     　]+$',
                  '',
                  'g'
                ) <> ''
                AND vitd_wd.ts IS NULL
                THEN 'date ' || CASE
                  WHEN INSTR(
                    REGEXP_REPLACE(
                      COALESCE(CAST(t."collected" AS TEXT), ''),
                      '^[	
    -     　]+|[	
    -     　]+$',
                      '',
                      'g'
                    ),
                    ''''
                  ) > 0
                  AND INSTR(
                    REGEXP_REPLACE(
                      COALESCE(CAST(t."collected" AS TEXT), ''),
                      '^[	
    -     　]+|[	
    -     　]+$',
                      '',
                      'g'
                    ),
                    '"'
                  ) = 0
                  THEN '"' || REPLACE(
                    REPLACE(
                      REPLACE(
                        REPLACE(
                          REPLACE(
                            REPLACE(
                              REGEXP_REPLACE(
                                COALESCE(CAST(t."collected" AS TEXT), ''),
                                '^[	
    -     　]+|[	
    -     　]+$',
                                '',
                                'g'
                              ),
                              '\',
                              '\\'
                            ),
                            '	',
                            '\t'
                          ),
                          '
',
                          '\n'
                        ),
                        '',
                        '\r'
                      ),
                      ' ',
                      '\xa0'
                    ),
                    ' ',
                    '\u202f'
                  ) || '"'
                  ELSE '''' || REPLACE(
                    REPLACE(
                      REPLACE(
                        REPLACE(
                          REPLACE(
                            REPLACE(
                              REPLACE(
                                REGEXP_REPLACE(
                                  COALESCE(CAST(t."collected" AS TEXT), ''),
                                  '^[	
    -     　]+|[	
    -     　]+$',
                                  '',
                                  'g'
                                ),
                                '\',
                                '\\'
                              ),
                              '	',
                              '\t'
                            ),
                            '
',
                            '\n'
                          ),
                          '',
                          '\r'
                        ),
                        ' ',
                        '\xa0'
                      ),
                      ' ',
                      '\u202f'
                    ),
                    '''',
                    '\'''
                  ) || ''''
                END || ' not read: the result is grouped into panels without it'
              END,
              ''
            ),
            ''
          ),
          3
        ),
        1,
        1
      ) IN ('=', '+', '-', '@')
      OR SUBSTRING(
        SUBSTRING(
          COALESCE('; ' || NULLIF(o.vitd_note_own, ''), '') || COALESCE('; ' || NULLIF(f.vitd_panel_note, ''), '') || COALESCE('; ' || NULLIF(o.vitd_note_lab, ''), '') || COALESCE(
            '; ' || NULLIF(
              CASE
                WHEN o.vitd_status = 'interpreted'
                AND REGEXP_REPLACE(
                  COALESCE(CAST(t."collected" AS TEXT), ''),
                  '^[	
    -     　]+|[	
    -     　]+$',
                  '',
                  'g'
                ) <> ''
                AND vitd_wd.ts IS NULL
                THEN 'date ' || CASE
                  WHEN INSTR(
                    REGEXP_REPLACE(
                      COALESCE(CAST(t."collected" AS TEXT), ''),
                      '^[	
    -     　]+|[	
    -     　]+$',
                      '',
                      'g'
                    ),
                    ''''
                  ) > 0
                  AND INSTR(
                    REGEXP_REPLACE(
                      COALESCE(CAST(t."collected" AS TEXT), ''),
                      '^[	
    -     　]+|[	
    -     　]+$',
                      '',
                      'g'
                    ),
                    '"'
                  ) = 0
                  THEN '"' || REPLACE(
                    REPLACE(
                      REPLACE(
                        REPLACE(
                          REPLACE(
                            REPLACE(
                              REGEXP_REPLACE(
                                COALESCE(CAST(t."collected" AS TEXT), ''),
                                '^[	
    -     　]+|[	
    -     　]+$',
                                '',
                                'g'
                              ),
                              '\',
                              '\\'
                            ),
                            '	',
                            '\t'
                          ),
                          '
',
                          '\n'
                        ),
                        '',
                        '\r'
                      ),
                      ' ',
                      '\xa0'
                    ),
                    ' ',
                    '\u202f'
                  ) || '"'
                  ELSE '''' || REPLACE(
                    REPLACE(
                      REPLACE(
                        REPLACE(
                          REPLACE(
                            REPLACE(
                              REPLACE(
                                REGEXP_REPLACE(
                                  COALESCE(CAST(t."collected" AS TEXT), ''),
                                  '^[	
    -     　]+|[	
    -     　]+$',
                                  '',
                                  'g'
                                ),
                                '\',
                                '\\'
                              ),
                              '	',
                              '\t'
                            ),
                            '
',
                            '\n'
                          ),
                          '',
                          '\r'
                        ),
                        ' ',
                        '\xa0'
                      ),
                      ' ',
                      '\u202f'
                    ),
                    '''',
                    '\'''
                  ) || ''''
                END || ' not read: the result is grouped into panels without it'
              END,
              ''
            ),
            ''
          ),
          3
        ),
        1,
        1
      ) IN ('	', '')
    )
    THEN '''' || SUBSTRING(
      COALESCE('; ' || NULLIF(o.vitd_note_own, ''), '') || COALESCE('; ' || NULLIF(f.vitd_panel_note, ''), '') || COALESCE('; ' || NULLIF(o.vitd_note_lab, ''), '') || COALESCE(
        '; ' || NULLIF(
          CASE
            WHEN o.vitd_status = 'interpreted'
            AND REGEXP_REPLACE(
              COALESCE(CAST(t."collected" AS TEXT), ''),
              '^[	
    -     　]+|[	
    -     　]+$',
              '',
              'g'
            ) <> ''
            AND vitd_wd.ts IS NULL
            THEN 'date ' || CASE
              WHEN INSTR(
                REGEXP_REPLACE(
                  COALESCE(CAST(t."collected" AS TEXT), ''),
                  '^[	
    -     　]+|[	
    -     　]+$',
                  '',
                  'g'
                ),
                ''''
              ) > 0
              AND INSTR(
                REGEXP_REPLACE(
                  COALESCE(CAST(t."collected" AS TEXT), ''),
                  '^[	
    -     　]+|[	
    -     　]+$',
                  '',
                  'g'
                ),
                '"'
              ) = 0
              THEN '"' || REPLACE(
                REPLACE(
                  REPLACE(
                    REPLACE(
                      REPLACE(
                        REPLACE(
                          REGEXP_REPLACE(
                            COALESCE(CAST(t."collected" AS TEXT), ''),
                            '^[	
    -     　]+|[	
    -     　]+$',
                            '',
                            'g'
                          ),
                          '\',
                          '\\'
                        ),
                        '	',
                        '\t'
                      ),
                      '
',
                      '\n'
                    ),
                    '',
                    '\r'
                  ),
                  ' ',
                  '\xa0'
                ),
                ' ',
                '\u202f'
              ) || '"'
              ELSE '''' || REPLACE(
                REPLACE(
                  REPLACE(
                    REPLACE(
                      REPLACE(
                        REPLACE(
                          REPLACE(
                            REGEXP_REPLACE(
                              COALESCE(CAST(t."collected" AS TEXT), ''),
                              '^[	
    -     　]+|[	
    -     　]+$',
                              '',
                              'g'
                            ),
                            '\',
                            '\\'
                          ),
                          '	',
                          '\t'
                        ),
                        '
',
                        '\n'
                      ),
                      '',
                      '\r'
                    ),
                    ' ',
                    '\xa0'
                  ),
                  ' ',
                  '\u202f'
                ),
                '''',
                '\'''
              ) || ''''
            END || ' not read: the result is grouped into panels without it'
          END,
          ''
        ),
        ''
      ),
      3
    )
    ELSE SUBSTRING(
      COALESCE('; ' || NULLIF(o.vitd_note_own, ''), '') || COALESCE('; ' || NULLIF(f.vitd_panel_note, ''), '') || COALESCE('; ' || NULLIF(o.vitd_note_lab, ''), '') || COALESCE(
        '; ' || NULLIF(
          CASE
            WHEN o.vitd_status = 'interpreted'
            AND REGEXP_REPLACE(
              COALESCE(CAST(t."collected" AS TEXT), ''),
              '^[	
    -     　]+|[	
    -     　]+$',
              '',
              'g'
            ) <> ''
            AND vitd_wd.ts IS NULL
            THEN 'date ' || CASE
              WHEN INSTR(
                REGEXP_REPLACE(
                  COALESCE(CAST(t."collected" AS TEXT), ''),
                  '^[	
    -     　]+|[	
    -     　]+$',
                  '',
                  'g'
                ),
                ''''
              ) > 0
              AND INSTR(
                REGEXP_REPLACE(
                  COALESCE(CAST(t."collected" AS TEXT), ''),
                  '^[	
    -     　]+|[	
    -     　]+$',
                  '',
                  'g'
                ),
                '"'
              ) = 0
              THEN '"' || REPLACE(
                REPLACE(
                  REPLACE(
                    REPLACE(
                      REPLACE(
                        REPLACE(
                          REGEXP_REPLACE(
                            COALESCE(CAST(t."collected" AS TEXT), ''),
                            '^[	
    -     　]+|[	
    -     　]+$',
                            '',
                            'g'
                          ),
                          '\',
                          '\\'
                        ),
                        '	',
                        '\t'
                      ),
                      '
',
                      '\n'
                    ),
                    '',
                    '\r'
                  ),
                  ' ',
                  '\xa0'
                ),
                ' ',
                '\u202f'
              ) || '"'
              ELSE '''' || REPLACE(
                REPLACE(
                  REPLACE(
                    REPLACE(
                      REPLACE(
                        REPLACE(
                          REPLACE(
                            REGEXP_REPLACE(
                              COALESCE(CAST(t."collected" AS TEXT), ''),
                              '^[	
    -     　]+|[	
    -     　]+$',
                              '',
                              'g'
                            ),
                            '\',
                            '\\'
                          ),
                          '	',
                          '\t'
                        ),
                        '
',
                        '\n'
                      ),
                      '',
                      '\r'
                    ),
                    ' ',
                    '\xa0'
                  ),
                  ' ',
                  '\u202f'
                ),
                '''',
                '\'''
              ) || ''''
            END || ' not read: the result is grouped into panels without it'
          END,
          ''
        ),
        ''
      ),
      3
    )
  END AS vitd_note,
  o.vitd_kind
FROM labs AS t
LEFT JOIN vitd_out AS o
  ON COALESCE(CAST(t."result" AS TEXT), '') = o.k_v
  AND COALESCE(CAST(t."units" AS TEXT), '') = o.k_u
  AND COALESCE(CAST(t."test_name" AS TEXT), '') = o.k_n
  AND COALESCE(CAST(t."abnormal_flag" AS TEXT), '') = o.k_f
  AND COALESCE(CAST(t."reference_range" AS TEXT), '') = o.k_r
LEFT JOIN vitd_w_panel AS p
  ON o.vitd_status = 'interpreted' AND p.vitd_row = CAST(t."row_id" AS INTEGER)
LEFT JOIN vitd_w_f AS f
  ON o.vitd_status = 'interpreted' AND f.vitd_row = CAST(t."row_id" AS INTEGER)
LEFT JOIN vitd_w_dates AS vitd_wd
  ON vitd_wd.dt = REGEXP_REPLACE(
    COALESCE(CAST(t."collected" AS TEXT), ''),
    '^[	
    -     　]+|[	
    -     　]+$',
    '',
    'g'
  );
