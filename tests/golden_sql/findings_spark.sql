WITH vitd_fbands AS (
  SELECT
    'vitamin_d' AS analyte,
    0 AS band_index,
    'low' AS flag,
    'deficient' AS category,
    'severe' AS severity,
    3 AS sv,
    2 AS u,
    'vitamin_d_deficiency' AS finding,
    'severely deficient' AS label,
    'vitamin_d_deficiency' AS own,
    2 AS own_u,
    11 AS own_k
  UNION ALL
  SELECT
    'vitamin_d',
    1,
    'low',
    'deficient',
    'moderate',
    2,
    1,
    'vitamin_d_deficiency',
    'deficient',
    'vitamin_d_deficiency',
    1,
    6
  UNION ALL
  SELECT
    'vitamin_d',
    2,
    'low',
    'insufficient',
    'mild',
    1,
    1,
    'vitamin_d_insufficiency',
    'insufficient',
    'vitamin_d_insufficiency',
    1,
    5
  UNION ALL
  SELECT
    'vitamin_d',
    3,
    'normal',
    'sufficient',
    '',
    0,
    0,
    '',
    'sufficient',
    CAST(NULL AS STRING),
    CAST(NULL AS INT),
    CAST(NULL AS INT)
  UNION ALL
  SELECT
    'vitamin_d',
    4,
    'high',
    'high',
    'mild',
    1,
    2,
    'vitamin_d_excess',
    'above the usual lab upper limit',
    'vitamin_d_excess',
    2,
    9
  UNION ALL
  SELECT
    'vitamin_d',
    5,
    'high',
    'toxic',
    'severe',
    3,
    3,
    'vitamin_d_excess',
    'in the toxic range',
    'vitamin_d_excess',
    3,
    15
  UNION ALL
  SELECT
    'calcium',
    0,
    'low',
    'hypocalcemia',
    'severe',
    3,
    3,
    'hypocalcemia',
    'severely low',
    CAST(NULL AS STRING),
    CAST(NULL AS INT),
    CAST(NULL AS INT)
  UNION ALL
  SELECT
    'calcium',
    1,
    'low',
    'hypocalcemia',
    'moderate',
    2,
    3,
    'hypocalcemia',
    'moderately low',
    CAST(NULL AS STRING),
    CAST(NULL AS INT),
    CAST(NULL AS INT)
  UNION ALL
  SELECT
    'calcium',
    2,
    'low',
    'hypocalcemia',
    'moderate',
    2,
    3,
    'hypocalcemia',
    'moderately low',
    CAST(NULL AS STRING),
    CAST(NULL AS INT),
    CAST(NULL AS INT)
  UNION ALL
  SELECT
    'calcium',
    3,
    'low',
    'hypocalcemia',
    'mild',
    1,
    2,
    'hypocalcemia',
    'low',
    CAST(NULL AS STRING),
    CAST(NULL AS INT),
    CAST(NULL AS INT)
  UNION ALL
  SELECT
    'calcium',
    4,
    'normal',
    'normal',
    '',
    0,
    0,
    '',
    'normal',
    CAST(NULL AS STRING),
    CAST(NULL AS INT),
    CAST(NULL AS INT)
  UNION ALL
  SELECT
    'calcium',
    5,
    'high',
    'hypercalcemia',
    'mild',
    1,
    1,
    'hypercalcemia',
    'mildly high',
    CAST(NULL AS STRING),
    CAST(NULL AS INT),
    CAST(NULL AS INT)
  UNION ALL
  SELECT
    'calcium',
    6,
    'high',
    'hypercalcemia',
    'moderate',
    2,
    2,
    'hypercalcemia',
    'moderately high',
    CAST(NULL AS STRING),
    CAST(NULL AS INT),
    CAST(NULL AS INT)
  UNION ALL
  SELECT
    'calcium',
    7,
    'high',
    'hypercalcemia',
    'severe',
    3,
    3,
    'hypercalcemia',
    'severely high',
    CAST(NULL AS STRING),
    CAST(NULL AS INT),
    CAST(NULL AS INT)
  UNION ALL
  SELECT
    'ionized_calcium',
    0,
    'low',
    'hypocalcemia',
    'severe',
    3,
    3,
    'hypocalcemia',
    'severely low',
    CAST(NULL AS STRING),
    CAST(NULL AS INT),
    CAST(NULL AS INT)
  UNION ALL
  SELECT
    'ionized_calcium',
    1,
    'low',
    'hypocalcemia',
    'moderate',
    2,
    3,
    'hypocalcemia',
    'moderately low',
    CAST(NULL AS STRING),
    CAST(NULL AS INT),
    CAST(NULL AS INT)
  UNION ALL
  SELECT
    'ionized_calcium',
    2,
    'low',
    'hypocalcemia',
    'mild',
    1,
    2,
    'hypocalcemia',
    'low',
    CAST(NULL AS STRING),
    CAST(NULL AS INT),
    CAST(NULL AS INT)
  UNION ALL
  SELECT
    'ionized_calcium',
    3,
    'normal',
    'normal',
    '',
    0,
    0,
    '',
    'normal',
    CAST(NULL AS STRING),
    CAST(NULL AS INT),
    CAST(NULL AS INT)
  UNION ALL
  SELECT
    'ionized_calcium',
    4,
    'high',
    'hypercalcemia',
    'mild',
    1,
    1,
    'hypercalcemia',
    'mildly high',
    CAST(NULL AS STRING),
    CAST(NULL AS INT),
    CAST(NULL AS INT)
  UNION ALL
  SELECT
    'ionized_calcium',
    5,
    'high',
    'hypercalcemia',
    'moderate',
    2,
    2,
    'hypercalcemia',
    'moderately high',
    CAST(NULL AS STRING),
    CAST(NULL AS INT),
    CAST(NULL AS INT)
  UNION ALL
  SELECT
    'ionized_calcium',
    6,
    'high',
    'hypercalcemia',
    'severe',
    3,
    3,
    'hypercalcemia',
    'severely high',
    CAST(NULL AS STRING),
    CAST(NULL AS INT),
    CAST(NULL AS INT)
  UNION ALL
  SELECT
    'albumin',
    0,
    'low',
    'hypoalbuminemia',
    '',
    0,
    1,
    'hypoalbuminemia',
    'low',
    'hypoalbuminemia',
    1,
    4
  UNION ALL
  SELECT
    'albumin',
    1,
    'normal',
    'normal',
    '',
    0,
    0,
    '',
    'normal',
    CAST(NULL AS STRING),
    CAST(NULL AS INT),
    CAST(NULL AS INT)
  UNION ALL
  SELECT
    'albumin',
    2,
    'high',
    'high',
    '',
    0,
    1,
    '',
    'high (often dehydration)',
    CAST(NULL AS STRING),
    CAST(NULL AS INT),
    CAST(NULL AS INT)
  UNION ALL
  SELECT
    'magnesium',
    0,
    'low',
    'hypomagnesemia',
    'severe',
    3,
    3,
    'hypomagnesemia',
    'severely low',
    'hypomagnesemia',
    3,
    15
  UNION ALL
  SELECT
    'magnesium',
    1,
    'low',
    'hypomagnesemia',
    'moderate',
    2,
    2,
    'hypomagnesemia',
    'moderately low',
    'hypomagnesemia',
    2,
    10
  UNION ALL
  SELECT
    'magnesium',
    2,
    'low',
    'hypomagnesemia',
    'mild',
    1,
    1,
    'hypomagnesemia',
    'low',
    'hypomagnesemia',
    1,
    5
  UNION ALL
  SELECT
    'magnesium',
    3,
    'normal',
    'normal',
    '',
    0,
    0,
    '',
    'normal',
    CAST(NULL AS STRING),
    CAST(NULL AS INT),
    CAST(NULL AS INT)
  UNION ALL
  SELECT
    'magnesium',
    4,
    'high',
    'hypermagnesemia',
    'mild',
    1,
    1,
    'hypermagnesemia',
    'mildly high',
    'hypermagnesemia',
    1,
    5
  UNION ALL
  SELECT
    'magnesium',
    5,
    'high',
    'hypermagnesemia',
    'moderate',
    2,
    2,
    'hypermagnesemia',
    'moderately high',
    'hypermagnesemia',
    2,
    10
  UNION ALL
  SELECT
    'magnesium',
    6,
    'high',
    'hypermagnesemia',
    'severe',
    3,
    3,
    'hypermagnesemia',
    'severely high',
    'hypermagnesemia',
    3,
    15
  UNION ALL
  SELECT
    'magnesium',
    7,
    'high',
    'hypermagnesemia',
    'severe',
    3,
    3,
    'hypermagnesemia',
    'dangerously high',
    'hypermagnesemia',
    3,
    15
  UNION ALL
  SELECT
    'pth',
    0,
    'low',
    'low',
    '',
    0,
    1,
    'low_pth',
    'low',
    'low_pth',
    1,
    4
  UNION ALL
  SELECT
    'pth',
    1,
    'normal',
    'normal',
    '',
    0,
    0,
    '',
    'normal',
    CAST(NULL AS STRING),
    CAST(NULL AS INT),
    CAST(NULL AS INT)
  UNION ALL
  SELECT
    'pth',
    2,
    'high',
    'high',
    '',
    0,
    1,
    'elevated_pth',
    'high',
    'elevated_pth',
    1,
    4
  UNION ALL
  SELECT
    'phosphate',
    0,
    'low',
    'hypophosphatemia',
    '',
    0,
    1,
    'hypophosphatemia',
    'low',
    'hypophosphatemia',
    1,
    4
  UNION ALL
  SELECT
    'phosphate',
    1,
    'normal',
    'normal',
    '',
    0,
    0,
    '',
    'normal',
    CAST(NULL AS STRING),
    CAST(NULL AS INT),
    CAST(NULL AS INT)
  UNION ALL
  SELECT
    'phosphate',
    2,
    'high',
    'hyperphosphatemia',
    '',
    0,
    1,
    'hyperphosphatemia',
    'high',
    'hyperphosphatemia',
    1,
    4
  UNION ALL
  SELECT
    'corrected_calcium',
    0,
    'low',
    'hypocalcemia',
    'severe',
    3,
    3,
    'hypocalcemia',
    'severely low',
    CAST(NULL AS STRING),
    CAST(NULL AS INT),
    CAST(NULL AS INT)
  UNION ALL
  SELECT
    'corrected_calcium',
    1,
    'low',
    'hypocalcemia',
    'moderate',
    2,
    3,
    'hypocalcemia',
    'moderately low',
    CAST(NULL AS STRING),
    CAST(NULL AS INT),
    CAST(NULL AS INT)
  UNION ALL
  SELECT
    'corrected_calcium',
    2,
    'low',
    'hypocalcemia',
    'moderate',
    2,
    3,
    'hypocalcemia',
    'moderately low',
    CAST(NULL AS STRING),
    CAST(NULL AS INT),
    CAST(NULL AS INT)
  UNION ALL
  SELECT
    'corrected_calcium',
    3,
    'low',
    'hypocalcemia',
    'mild',
    1,
    2,
    'hypocalcemia',
    'low',
    CAST(NULL AS STRING),
    CAST(NULL AS INT),
    CAST(NULL AS INT)
  UNION ALL
  SELECT
    'corrected_calcium',
    4,
    'normal',
    'normal',
    '',
    0,
    0,
    '',
    'normal',
    CAST(NULL AS STRING),
    CAST(NULL AS INT),
    CAST(NULL AS INT)
  UNION ALL
  SELECT
    'corrected_calcium',
    5,
    'high',
    'hypercalcemia',
    'mild',
    1,
    1,
    'hypercalcemia',
    'mildly high',
    CAST(NULL AS STRING),
    CAST(NULL AS INT),
    CAST(NULL AS INT)
  UNION ALL
  SELECT
    'corrected_calcium',
    6,
    'high',
    'hypercalcemia',
    'moderate',
    2,
    2,
    'hypercalcemia',
    'moderately high',
    CAST(NULL AS STRING),
    CAST(NULL AS INT),
    CAST(NULL AS INT)
  UNION ALL
  SELECT
    'corrected_calcium',
    7,
    'high',
    'hypercalcemia',
    'severe',
    3,
    3,
    'hypercalcemia',
    'severely high',
    CAST(NULL AS STRING),
    CAST(NULL AS INT),
    CAST(NULL AS INT)
), vitd_f0 AS (
  SELECT
    s.vitd_row AS f_row,
    s.vitd_panel AS f_panel,
    s.a AS f_an,
    s.value AS f_x,
    s.unit AS f_unit,
    COALESCE(s.cmp, '') AS f_cmp,
    s.value_si AS f_si,
    b.flag AS f_fl,
    b.sv AS f_sv,
    b.u AS f_u,
    b.finding AS f_fd,
    b.label AS f_lb,
    b.own AS f_own,
    b.own_u AS f_own_u,
    b.own_k AS f_own_k
  FROM vitd_rows AS s
  JOIN vitd_fbands AS b
    ON b.analyte = s.a AND b.band_index = s.band_index
), vitd_f1 AS (
  SELECT
    vitd_f0.*,
    CASE
      WHEN f_an = 'vitamin_d'
      THEN CASE
        WHEN f_unit = 'ng/mL'
        THEN f_x
        WHEN f_unit = 'ng/dL'
        THEN (
          (
            (
              f_x * 1e-08
            ) / 1.0e0
          ) * 1.0e0 / 1e-06
        )
        WHEN f_unit = 'pg/mL'
        THEN (
          (
            (
              f_x * 1e-09
            ) / 1.0e0
          ) * 1.0e0 / 1e-06
        )
        WHEN f_unit = 'nmol/L'
        THEN (
          (
            (
              f_x * 1e-09
            ) / 1.0e0
          ) * 400.64e0 / 1e-06
        )
        WHEN f_unit = 'pmol/L'
        THEN (
          (
            (
              f_x * 1e-12
            ) / 1.0e0
          ) * 400.64e0 / 1e-06
        )
      END
    END AS l_raw,
    CASE WHEN f_unit = 'ng/mL' THEN 1 ELSE 0 END AS l_same
  FROM vitd_f0
), vitd_f2 AS (
  SELECT
    vitd_f1.*,
    CASE
      WHEN ABS(l_raw) >= 1000000.0e0
      THEN NULL
      WHEN ABS(l_raw) >= 100000.0e0
      THEN 1000000.0e0
      WHEN ABS(l_raw) >= 10000.0e0
      THEN 10000000.0e0
      WHEN ABS(l_raw) >= 1000.0e0
      THEN 100000000.0e0
      WHEN ABS(l_raw) >= 100.0e0
      THEN 1000000000.0e0
      WHEN ABS(l_raw) >= 10.0e0
      THEN 10000000000.0e0
      WHEN ABS(l_raw) >= 1.0e0
      THEN 100000000000.0e0
      WHEN ABS(l_raw) >= 0.1e0
      THEN 1000000000000.0e0
      WHEN ABS(l_raw) >= 0.01e0
      THEN 10000000000000.0e0
      WHEN ABS(l_raw) >= 0.001e0
      THEN 100000000000000.0e0
      WHEN ABS(l_raw) >= 0.0001e0
      THEN 1000000000000000.0e0
      ELSE NULL
    END AS l_p,
    CASE
      WHEN ABS(l_raw) >= 1000000.0e0
      THEN NULL
      WHEN ABS(l_raw) >= 100000.0e0
      THEN 1000000.0e0
      WHEN ABS(l_raw) >= 10000.0e0
      THEN 10000000.0e0
      WHEN ABS(l_raw) >= 1000.0e0
      THEN 100000000.0e0
      WHEN ABS(l_raw) >= 100.0e0
      THEN 1000000000.0e0
      WHEN ABS(l_raw) >= 10.0e0
      THEN 10000000000.0e0
      WHEN ABS(l_raw) >= 1.0e0
      THEN 100000000000.0e0
      WHEN ABS(l_raw) >= 0.1e0
      THEN 999999995904.0e0
      WHEN ABS(l_raw) >= 0.01e0
      THEN 10000000090112.0e0
      WHEN ABS(l_raw) >= 0.001e0
      THEN 100000000376832.0e0
      WHEN ABS(l_raw) >= 0.0001e0
      THEN 1000000003768320.0e0
      ELSE NULL
    END AS l_ph,
    CASE
      WHEN ABS(l_raw) >= 1000000.0e0
      THEN NULL
      WHEN ABS(l_raw) >= 100000.0e0
      THEN 0.0e0
      WHEN ABS(l_raw) >= 10000.0e0
      THEN 0.0e0
      WHEN ABS(l_raw) >= 1000.0e0
      THEN 0.0e0
      WHEN ABS(l_raw) >= 100.0e0
      THEN 0.0e0
      WHEN ABS(l_raw) >= 10.0e0
      THEN 0.0e0
      WHEN ABS(l_raw) >= 1.0e0
      THEN 0.0e0
      WHEN ABS(l_raw) >= 0.1e0
      THEN 4096.0e0
      WHEN ABS(l_raw) >= 0.01e0
      THEN -90112.0e0
      WHEN ABS(l_raw) >= 0.001e0
      THEN -376832.0e0
      WHEN ABS(l_raw) >= 0.0001e0
      THEN -3768320.0e0
      ELSE NULL
    END AS l_pl
  FROM vitd_f1
), vitd_f2c AS (
  SELECT
    vitd_f2.*,
    CASE
      WHEN l_same = 1 OR l_p IS NULL
      THEN l_raw
      ELSE (
        CASE WHEN l_raw < 0 THEN -1.0e0 ELSE 1.0e0 END
      ) * (
        CASE
          WHEN (
            (
              ABS(l_raw) * l_p
            ) - FLOOR((
              ABS(l_raw) * l_p
            ))
          ) > 0.5e0
          THEN FLOOR((
            ABS(l_raw) * l_p
          )) + 1
          WHEN (
            (
              ABS(l_raw) * l_p
            ) - FLOOR((
              ABS(l_raw) * l_p
            ))
          ) < 0.5e0
          THEN FLOOR((
            ABS(l_raw) * l_p
          ))
          WHEN (
            (
              (
                (
                  (
                    (
                      134217729.0e0 * ABS(l_raw)
                    ) - (
                      (
                        134217729.0e0 * ABS(l_raw)
                      ) - ABS(l_raw)
                    )
                  ) * l_ph
                ) - (
                  ABS(l_raw) * l_p
                )
              ) + (
                (
                  134217729.0e0 * ABS(l_raw)
                ) - (
                  (
                    134217729.0e0 * ABS(l_raw)
                  ) - ABS(l_raw)
                )
              ) * l_pl
            ) + (
              ABS(l_raw) - (
                (
                  134217729.0e0 * ABS(l_raw)
                ) - (
                  (
                    134217729.0e0 * ABS(l_raw)
                  ) - ABS(l_raw)
                )
              )
            ) * l_ph
          ) + (
            ABS(l_raw) - (
              (
                134217729.0e0 * ABS(l_raw)
              ) - (
                (
                  134217729.0e0 * ABS(l_raw)
                ) - ABS(l_raw)
              )
            )
          ) * l_pl > 0
          THEN FLOOR((
            ABS(l_raw) * l_p
          )) + 1
          WHEN (
            (
              (
                (
                  (
                    (
                      134217729.0e0 * ABS(l_raw)
                    ) - (
                      (
                        134217729.0e0 * ABS(l_raw)
                      ) - ABS(l_raw)
                    )
                  ) * l_ph
                ) - (
                  ABS(l_raw) * l_p
                )
              ) + (
                (
                  134217729.0e0 * ABS(l_raw)
                ) - (
                  (
                    134217729.0e0 * ABS(l_raw)
                  ) - ABS(l_raw)
                )
              ) * l_pl
            ) + (
              ABS(l_raw) - (
                (
                  134217729.0e0 * ABS(l_raw)
                ) - (
                  (
                    134217729.0e0 * ABS(l_raw)
                  ) - ABS(l_raw)
                )
              )
            ) * l_ph
          ) + (
            ABS(l_raw) - (
              (
                134217729.0e0 * ABS(l_raw)
              ) - (
                (
                  134217729.0e0 * ABS(l_raw)
                ) - ABS(l_raw)
              )
            )
          ) * l_pl < 0
          THEN FLOOR((
            ABS(l_raw) * l_p
          ))
          WHEN FLOOR(FLOOR((
            ABS(l_raw) * l_p
          )) / 2e0) * 2e0 = FLOOR((
            ABS(l_raw) * l_p
          ))
          THEN FLOOR((
            ABS(l_raw) * l_p
          ))
          ELSE FLOOR((
            ABS(l_raw) * l_p
          )) + 1
        END
      ) / l_p
    END AS l_conv
  FROM vitd_f2
), vitd_f3 AS (
  SELECT
    vitd_f2c.*,
    CASE
      WHEN f_an = 'vitamin_d'
      AND (
        CASE
          WHEN f_unit = 'ng/mL'
          THEN CASE
            WHEN (
              CASE
                WHEN (
                  (
                    l_conv * 1000.0e0
                  ) - FLOOR((
                    l_conv * 1000.0e0
                  ))
                ) > 0.5e0
                THEN FLOOR((
                  l_conv * 1000.0e0
                )) + 1
                WHEN (
                  (
                    l_conv * 1000.0e0
                  ) - FLOOR((
                    l_conv * 1000.0e0
                  ))
                ) < 0.5e0
                THEN FLOOR((
                  l_conv * 1000.0e0
                ))
                WHEN (
                  (
                    (
                      (
                        (
                          (
                            134217729.0e0 * l_conv
                          ) - (
                            (
                              134217729.0e0 * l_conv
                            ) - l_conv
                          )
                        ) * 1000.0e0
                      ) - (
                        l_conv * 1000.0e0
                      )
                    ) + (
                      (
                        134217729.0e0 * l_conv
                      ) - (
                        (
                          134217729.0e0 * l_conv
                        ) - l_conv
                      )
                    ) * 0.0e0
                  ) + (
                    l_conv - (
                      (
                        134217729.0e0 * l_conv
                      ) - (
                        (
                          134217729.0e0 * l_conv
                        ) - l_conv
                      )
                    )
                  ) * 1000.0e0
                ) + (
                  l_conv - (
                    (
                      134217729.0e0 * l_conv
                    ) - (
                      (
                        134217729.0e0 * l_conv
                      ) - l_conv
                    )
                  )
                ) * 0.0e0 > 0
                THEN FLOOR((
                  l_conv * 1000.0e0
                )) + 1
                WHEN (
                  (
                    (
                      (
                        (
                          (
                            134217729.0e0 * l_conv
                          ) - (
                            (
                              134217729.0e0 * l_conv
                            ) - l_conv
                          )
                        ) * 1000.0e0
                      ) - (
                        l_conv * 1000.0e0
                      )
                    ) + (
                      (
                        134217729.0e0 * l_conv
                      ) - (
                        (
                          134217729.0e0 * l_conv
                        ) - l_conv
                      )
                    ) * 0.0e0
                  ) + (
                    l_conv - (
                      (
                        134217729.0e0 * l_conv
                      ) - (
                        (
                          134217729.0e0 * l_conv
                        ) - l_conv
                      )
                    )
                  ) * 1000.0e0
                ) + (
                  l_conv - (
                    (
                      134217729.0e0 * l_conv
                    ) - (
                      (
                        134217729.0e0 * l_conv
                      ) - l_conv
                    )
                  )
                ) * 0.0e0 < 0
                THEN FLOOR((
                  l_conv * 1000.0e0
                ))
                WHEN FLOOR(FLOOR((
                  l_conv * 1000.0e0
                )) / 2e0) * 2e0 = FLOOR((
                  l_conv * 1000.0e0
                ))
                THEN FLOOR((
                  l_conv * 1000.0e0
                ))
                ELSE FLOOR((
                  l_conv * 1000.0e0
                )) + 1
              END
            ) / 1000.0e0 < 12.0e0
            OR (
              f_cmp IN ('<', '<=')
              AND (
                CASE
                  WHEN (
                    (
                      l_conv * 1000.0e0
                    ) - FLOOR((
                      l_conv * 1000.0e0
                    ))
                  ) > 0.5e0
                  THEN FLOOR((
                    l_conv * 1000.0e0
                  )) + 1
                  WHEN (
                    (
                      l_conv * 1000.0e0
                    ) - FLOOR((
                      l_conv * 1000.0e0
                    ))
                  ) < 0.5e0
                  THEN FLOOR((
                    l_conv * 1000.0e0
                  ))
                  WHEN (
                    (
                      (
                        (
                          (
                            (
                              134217729.0e0 * l_conv
                            ) - (
                              (
                                134217729.0e0 * l_conv
                              ) - l_conv
                            )
                          ) * 1000.0e0
                        ) - (
                          l_conv * 1000.0e0
                        )
                      ) + (
                        (
                          134217729.0e0 * l_conv
                        ) - (
                          (
                            134217729.0e0 * l_conv
                          ) - l_conv
                        )
                      ) * 0.0e0
                    ) + (
                      l_conv - (
                        (
                          134217729.0e0 * l_conv
                        ) - (
                          (
                            134217729.0e0 * l_conv
                          ) - l_conv
                        )
                      )
                    ) * 1000.0e0
                  ) + (
                    l_conv - (
                      (
                        134217729.0e0 * l_conv
                      ) - (
                        (
                          134217729.0e0 * l_conv
                        ) - l_conv
                      )
                    )
                  ) * 0.0e0 > 0
                  THEN FLOOR((
                    l_conv * 1000.0e0
                  )) + 1
                  WHEN (
                    (
                      (
                        (
                          (
                            (
                              134217729.0e0 * l_conv
                            ) - (
                              (
                                134217729.0e0 * l_conv
                              ) - l_conv
                            )
                          ) * 1000.0e0
                        ) - (
                          l_conv * 1000.0e0
                        )
                      ) + (
                        (
                          134217729.0e0 * l_conv
                        ) - (
                          (
                            134217729.0e0 * l_conv
                          ) - l_conv
                        )
                      ) * 0.0e0
                    ) + (
                      l_conv - (
                        (
                          134217729.0e0 * l_conv
                        ) - (
                          (
                            134217729.0e0 * l_conv
                          ) - l_conv
                        )
                      )
                    ) * 1000.0e0
                  ) + (
                    l_conv - (
                      (
                        134217729.0e0 * l_conv
                      ) - (
                        (
                          134217729.0e0 * l_conv
                        ) - l_conv
                      )
                    )
                  ) * 0.0e0 < 0
                  THEN FLOOR((
                    l_conv * 1000.0e0
                  ))
                  WHEN FLOOR(FLOOR((
                    l_conv * 1000.0e0
                  )) / 2e0) * 2e0 = FLOOR((
                    l_conv * 1000.0e0
                  ))
                  THEN FLOOR((
                    l_conv * 1000.0e0
                  ))
                  ELSE FLOOR((
                    l_conv * 1000.0e0
                  )) + 1
                END
              ) / 1000.0e0 <= 12.0e0
            )
            THEN 1
            ELSE 0
          END
          WHEN f_unit = 'ng/dL'
          THEN CASE
            WHEN (
              CASE
                WHEN (
                  (
                    f_si * 1000.0e0
                  ) - FLOOR((
                    f_si * 1000.0e0
                  ))
                ) > 0.5e0
                THEN FLOOR((
                  f_si * 1000.0e0
                )) + 1
                WHEN (
                  (
                    f_si * 1000.0e0
                  ) - FLOOR((
                    f_si * 1000.0e0
                  ))
                ) < 0.5e0
                THEN FLOOR((
                  f_si * 1000.0e0
                ))
                WHEN (
                  (
                    (
                      (
                        (
                          (
                            134217729.0e0 * f_si
                          ) - (
                            (
                              134217729.0e0 * f_si
                            ) - f_si
                          )
                        ) * 1000.0e0
                      ) - (
                        f_si * 1000.0e0
                      )
                    ) + (
                      (
                        134217729.0e0 * f_si
                      ) - (
                        (
                          134217729.0e0 * f_si
                        ) - f_si
                      )
                    ) * 0.0e0
                  ) + (
                    f_si - (
                      (
                        134217729.0e0 * f_si
                      ) - (
                        (
                          134217729.0e0 * f_si
                        ) - f_si
                      )
                    )
                  ) * 1000.0e0
                ) + (
                  f_si - (
                    (
                      134217729.0e0 * f_si
                    ) - (
                      (
                        134217729.0e0 * f_si
                      ) - f_si
                    )
                  )
                ) * 0.0e0 > 0
                THEN FLOOR((
                  f_si * 1000.0e0
                )) + 1
                WHEN (
                  (
                    (
                      (
                        (
                          (
                            134217729.0e0 * f_si
                          ) - (
                            (
                              134217729.0e0 * f_si
                            ) - f_si
                          )
                        ) * 1000.0e0
                      ) - (
                        f_si * 1000.0e0
                      )
                    ) + (
                      (
                        134217729.0e0 * f_si
                      ) - (
                        (
                          134217729.0e0 * f_si
                        ) - f_si
                      )
                    ) * 0.0e0
                  ) + (
                    f_si - (
                      (
                        134217729.0e0 * f_si
                      ) - (
                        (
                          134217729.0e0 * f_si
                        ) - f_si
                      )
                    )
                  ) * 1000.0e0
                ) + (
                  f_si - (
                    (
                      134217729.0e0 * f_si
                    ) - (
                      (
                        134217729.0e0 * f_si
                      ) - f_si
                    )
                  )
                ) * 0.0e0 < 0
                THEN FLOOR((
                  f_si * 1000.0e0
                ))
                WHEN FLOOR(FLOOR((
                  f_si * 1000.0e0
                )) / 2e0) * 2e0 = FLOOR((
                  f_si * 1000.0e0
                ))
                THEN FLOOR((
                  f_si * 1000.0e0
                ))
                ELSE FLOOR((
                  f_si * 1000.0e0
                )) + 1
              END
            ) / 1000.0e0 < 30.0e0
            OR (
              f_cmp IN ('<', '<=')
              AND (
                CASE
                  WHEN (
                    (
                      f_si * 1000.0e0
                    ) - FLOOR((
                      f_si * 1000.0e0
                    ))
                  ) > 0.5e0
                  THEN FLOOR((
                    f_si * 1000.0e0
                  )) + 1
                  WHEN (
                    (
                      f_si * 1000.0e0
                    ) - FLOOR((
                      f_si * 1000.0e0
                    ))
                  ) < 0.5e0
                  THEN FLOOR((
                    f_si * 1000.0e0
                  ))
                  WHEN (
                    (
                      (
                        (
                          (
                            (
                              134217729.0e0 * f_si
                            ) - (
                              (
                                134217729.0e0 * f_si
                              ) - f_si
                            )
                          ) * 1000.0e0
                        ) - (
                          f_si * 1000.0e0
                        )
                      ) + (
                        (
                          134217729.0e0 * f_si
                        ) - (
                          (
                            134217729.0e0 * f_si
                          ) - f_si
                        )
                      ) * 0.0e0
                    ) + (
                      f_si - (
                        (
                          134217729.0e0 * f_si
                        ) - (
                          (
                            134217729.0e0 * f_si
                          ) - f_si
                        )
                      )
                    ) * 1000.0e0
                  ) + (
                    f_si - (
                      (
                        134217729.0e0 * f_si
                      ) - (
                        (
                          134217729.0e0 * f_si
                        ) - f_si
                      )
                    )
                  ) * 0.0e0 > 0
                  THEN FLOOR((
                    f_si * 1000.0e0
                  )) + 1
                  WHEN (
                    (
                      (
                        (
                          (
                            (
                              134217729.0e0 * f_si
                            ) - (
                              (
                                134217729.0e0 * f_si
                              ) - f_si
                            )
                          ) * 1000.0e0
                        ) - (
                          f_si * 1000.0e0
                        )
                      ) + (
                        (
                          134217729.0e0 * f_si
                        ) - (
                          (
                            134217729.0e0 * f_si
                          ) - f_si
                        )
                      ) * 0.0e0
                    ) + (
                      f_si - (
                        (
                          134217729.0e0 * f_si
                        ) - (
                          (
                            134217729.0e0 * f_si
                          ) - f_si
                        )
                      )
                    ) * 1000.0e0
                  ) + (
                    f_si - (
                      (
                        134217729.0e0 * f_si
                      ) - (
                        (
                          134217729.0e0 * f_si
                        ) - f_si
                      )
                    )
                  ) * 0.0e0 < 0
                  THEN FLOOR((
                    f_si * 1000.0e0
                  ))
                  WHEN FLOOR(FLOOR((
                    f_si * 1000.0e0
                  )) / 2e0) * 2e0 = FLOOR((
                    f_si * 1000.0e0
                  ))
                  THEN FLOOR((
                    f_si * 1000.0e0
                  ))
                  ELSE FLOOR((
                    f_si * 1000.0e0
                  )) + 1
                END
              ) / 1000.0e0 <= 30.0e0
            )
            THEN 1
            ELSE 0
          END
          WHEN f_unit = 'pg/mL'
          THEN CASE
            WHEN (
              CASE
                WHEN (
                  (
                    f_si * 1000.0e0
                  ) - FLOOR((
                    f_si * 1000.0e0
                  ))
                ) > 0.5e0
                THEN FLOOR((
                  f_si * 1000.0e0
                )) + 1
                WHEN (
                  (
                    f_si * 1000.0e0
                  ) - FLOOR((
                    f_si * 1000.0e0
                  ))
                ) < 0.5e0
                THEN FLOOR((
                  f_si * 1000.0e0
                ))
                WHEN (
                  (
                    (
                      (
                        (
                          (
                            134217729.0e0 * f_si
                          ) - (
                            (
                              134217729.0e0 * f_si
                            ) - f_si
                          )
                        ) * 1000.0e0
                      ) - (
                        f_si * 1000.0e0
                      )
                    ) + (
                      (
                        134217729.0e0 * f_si
                      ) - (
                        (
                          134217729.0e0 * f_si
                        ) - f_si
                      )
                    ) * 0.0e0
                  ) + (
                    f_si - (
                      (
                        134217729.0e0 * f_si
                      ) - (
                        (
                          134217729.0e0 * f_si
                        ) - f_si
                      )
                    )
                  ) * 1000.0e0
                ) + (
                  f_si - (
                    (
                      134217729.0e0 * f_si
                    ) - (
                      (
                        134217729.0e0 * f_si
                      ) - f_si
                    )
                  )
                ) * 0.0e0 > 0
                THEN FLOOR((
                  f_si * 1000.0e0
                )) + 1
                WHEN (
                  (
                    (
                      (
                        (
                          (
                            134217729.0e0 * f_si
                          ) - (
                            (
                              134217729.0e0 * f_si
                            ) - f_si
                          )
                        ) * 1000.0e0
                      ) - (
                        f_si * 1000.0e0
                      )
                    ) + (
                      (
                        134217729.0e0 * f_si
                      ) - (
                        (
                          134217729.0e0 * f_si
                        ) - f_si
                      )
                    ) * 0.0e0
                  ) + (
                    f_si - (
                      (
                        134217729.0e0 * f_si
                      ) - (
                        (
                          134217729.0e0 * f_si
                        ) - f_si
                      )
                    )
                  ) * 1000.0e0
                ) + (
                  f_si - (
                    (
                      134217729.0e0 * f_si
                    ) - (
                      (
                        134217729.0e0 * f_si
                      ) - f_si
                    )
                  )
                ) * 0.0e0 < 0
                THEN FLOOR((
                  f_si * 1000.0e0
                ))
                WHEN FLOOR(FLOOR((
                  f_si * 1000.0e0
                )) / 2e0) * 2e0 = FLOOR((
                  f_si * 1000.0e0
                ))
                THEN FLOOR((
                  f_si * 1000.0e0
                ))
                ELSE FLOOR((
                  f_si * 1000.0e0
                )) + 1
              END
            ) / 1000.0e0 < 30.0e0
            OR (
              f_cmp IN ('<', '<=')
              AND (
                CASE
                  WHEN (
                    (
                      f_si * 1000.0e0
                    ) - FLOOR((
                      f_si * 1000.0e0
                    ))
                  ) > 0.5e0
                  THEN FLOOR((
                    f_si * 1000.0e0
                  )) + 1
                  WHEN (
                    (
                      f_si * 1000.0e0
                    ) - FLOOR((
                      f_si * 1000.0e0
                    ))
                  ) < 0.5e0
                  THEN FLOOR((
                    f_si * 1000.0e0
                  ))
                  WHEN (
                    (
                      (
                        (
                          (
                            (
                              134217729.0e0 * f_si
                            ) - (
                              (
                                134217729.0e0 * f_si
                              ) - f_si
                            )
                          ) * 1000.0e0
                        ) - (
                          f_si * 1000.0e0
                        )
                      ) + (
                        (
                          134217729.0e0 * f_si
                        ) - (
                          (
                            134217729.0e0 * f_si
                          ) - f_si
                        )
                      ) * 0.0e0
                    ) + (
                      f_si - (
                        (
                          134217729.0e0 * f_si
                        ) - (
                          (
                            134217729.0e0 * f_si
                          ) - f_si
                        )
                      )
                    ) * 1000.0e0
                  ) + (
                    f_si - (
                      (
                        134217729.0e0 * f_si
                      ) - (
                        (
                          134217729.0e0 * f_si
                        ) - f_si
                      )
                    )
                  ) * 0.0e0 > 0
                  THEN FLOOR((
                    f_si * 1000.0e0
                  )) + 1
                  WHEN (
                    (
                      (
                        (
                          (
                            (
                              134217729.0e0 * f_si
                            ) - (
                              (
                                134217729.0e0 * f_si
                              ) - f_si
                            )
                          ) * 1000.0e0
                        ) - (
                          f_si * 1000.0e0
                        )
                      ) + (
                        (
                          134217729.0e0 * f_si
                        ) - (
                          (
                            134217729.0e0 * f_si
                          ) - f_si
                        )
                      ) * 0.0e0
                    ) + (
                      f_si - (
                        (
                          134217729.0e0 * f_si
                        ) - (
                          (
                            134217729.0e0 * f_si
                          ) - f_si
                        )
                      )
                    ) * 1000.0e0
                  ) + (
                    f_si - (
                      (
                        134217729.0e0 * f_si
                      ) - (
                        (
                          134217729.0e0 * f_si
                        ) - f_si
                      )
                    )
                  ) * 0.0e0 < 0
                  THEN FLOOR((
                    f_si * 1000.0e0
                  ))
                  WHEN FLOOR(FLOOR((
                    f_si * 1000.0e0
                  )) / 2e0) * 2e0 = FLOOR((
                    f_si * 1000.0e0
                  ))
                  THEN FLOOR((
                    f_si * 1000.0e0
                  ))
                  ELSE FLOOR((
                    f_si * 1000.0e0
                  )) + 1
                END
              ) / 1000.0e0 <= 30.0e0
            )
            THEN 1
            ELSE 0
          END
          WHEN f_unit = 'nmol/L'
          THEN CASE
            WHEN (
              CASE
                WHEN (
                  (
                    f_si * 1000.0e0
                  ) - FLOOR((
                    f_si * 1000.0e0
                  ))
                ) > 0.5e0
                THEN FLOOR((
                  f_si * 1000.0e0
                )) + 1
                WHEN (
                  (
                    f_si * 1000.0e0
                  ) - FLOOR((
                    f_si * 1000.0e0
                  ))
                ) < 0.5e0
                THEN FLOOR((
                  f_si * 1000.0e0
                ))
                WHEN (
                  (
                    (
                      (
                        (
                          (
                            134217729.0e0 * f_si
                          ) - (
                            (
                              134217729.0e0 * f_si
                            ) - f_si
                          )
                        ) * 1000.0e0
                      ) - (
                        f_si * 1000.0e0
                      )
                    ) + (
                      (
                        134217729.0e0 * f_si
                      ) - (
                        (
                          134217729.0e0 * f_si
                        ) - f_si
                      )
                    ) * 0.0e0
                  ) + (
                    f_si - (
                      (
                        134217729.0e0 * f_si
                      ) - (
                        (
                          134217729.0e0 * f_si
                        ) - f_si
                      )
                    )
                  ) * 1000.0e0
                ) + (
                  f_si - (
                    (
                      134217729.0e0 * f_si
                    ) - (
                      (
                        134217729.0e0 * f_si
                      ) - f_si
                    )
                  )
                ) * 0.0e0 > 0
                THEN FLOOR((
                  f_si * 1000.0e0
                )) + 1
                WHEN (
                  (
                    (
                      (
                        (
                          (
                            134217729.0e0 * f_si
                          ) - (
                            (
                              134217729.0e0 * f_si
                            ) - f_si
                          )
                        ) * 1000.0e0
                      ) - (
                        f_si * 1000.0e0
                      )
                    ) + (
                      (
                        134217729.0e0 * f_si
                      ) - (
                        (
                          134217729.0e0 * f_si
                        ) - f_si
                      )
                    ) * 0.0e0
                  ) + (
                    f_si - (
                      (
                        134217729.0e0 * f_si
                      ) - (
                        (
                          134217729.0e0 * f_si
                        ) - f_si
                      )
                    )
                  ) * 1000.0e0
                ) + (
                  f_si - (
                    (
                      134217729.0e0 * f_si
                    ) - (
                      (
                        134217729.0e0 * f_si
                      ) - f_si
                    )
                  )
                ) * 0.0e0 < 0
                THEN FLOOR((
                  f_si * 1000.0e0
                ))
                WHEN FLOOR(FLOOR((
                  f_si * 1000.0e0
                )) / 2e0) * 2e0 = FLOOR((
                  f_si * 1000.0e0
                ))
                THEN FLOOR((
                  f_si * 1000.0e0
                ))
                ELSE FLOOR((
                  f_si * 1000.0e0
                )) + 1
              END
            ) / 1000.0e0 < 30.0e0
            OR (
              f_cmp IN ('<', '<=')
              AND (
                CASE
                  WHEN (
                    (
                      f_si * 1000.0e0
                    ) - FLOOR((
                      f_si * 1000.0e0
                    ))
                  ) > 0.5e0
                  THEN FLOOR((
                    f_si * 1000.0e0
                  )) + 1
                  WHEN (
                    (
                      f_si * 1000.0e0
                    ) - FLOOR((
                      f_si * 1000.0e0
                    ))
                  ) < 0.5e0
                  THEN FLOOR((
                    f_si * 1000.0e0
                  ))
                  WHEN (
                    (
                      (
                        (
                          (
                            (
                              134217729.0e0 * f_si
                            ) - (
                              (
                                134217729.0e0 * f_si
                              ) - f_si
                            )
                          ) * 1000.0e0
                        ) - (
                          f_si * 1000.0e0
                        )
                      ) + (
                        (
                          134217729.0e0 * f_si
                        ) - (
                          (
                            134217729.0e0 * f_si
                          ) - f_si
                        )
                      ) * 0.0e0
                    ) + (
                      f_si - (
                        (
                          134217729.0e0 * f_si
                        ) - (
                          (
                            134217729.0e0 * f_si
                          ) - f_si
                        )
                      )
                    ) * 1000.0e0
                  ) + (
                    f_si - (
                      (
                        134217729.0e0 * f_si
                      ) - (
                        (
                          134217729.0e0 * f_si
                        ) - f_si
                      )
                    )
                  ) * 0.0e0 > 0
                  THEN FLOOR((
                    f_si * 1000.0e0
                  )) + 1
                  WHEN (
                    (
                      (
                        (
                          (
                            (
                              134217729.0e0 * f_si
                            ) - (
                              (
                                134217729.0e0 * f_si
                              ) - f_si
                            )
                          ) * 1000.0e0
                        ) - (
                          f_si * 1000.0e0
                        )
                      ) + (
                        (
                          134217729.0e0 * f_si
                        ) - (
                          (
                            134217729.0e0 * f_si
                          ) - f_si
                        )
                      ) * 0.0e0
                    ) + (
                      f_si - (
                        (
                          134217729.0e0 * f_si
                        ) - (
                          (
                            134217729.0e0 * f_si
                          ) - f_si
                        )
                      )
                    ) * 1000.0e0
                  ) + (
                    f_si - (
                      (
                        134217729.0e0 * f_si
                      ) - (
                        (
                          134217729.0e0 * f_si
                        ) - f_si
                      )
                    )
                  ) * 0.0e0 < 0
                  THEN FLOOR((
                    f_si * 1000.0e0
                  ))
                  WHEN FLOOR(FLOOR((
                    f_si * 1000.0e0
                  )) / 2e0) * 2e0 = FLOOR((
                    f_si * 1000.0e0
                  ))
                  THEN FLOOR((
                    f_si * 1000.0e0
                  ))
                  ELSE FLOOR((
                    f_si * 1000.0e0
                  )) + 1
                END
              ) / 1000.0e0 <= 30.0e0
            )
            THEN 1
            ELSE 0
          END
          WHEN f_unit = 'pmol/L'
          THEN CASE
            WHEN (
              CASE
                WHEN (
                  (
                    f_si * 1000.0e0
                  ) - FLOOR((
                    f_si * 1000.0e0
                  ))
                ) > 0.5e0
                THEN FLOOR((
                  f_si * 1000.0e0
                )) + 1
                WHEN (
                  (
                    f_si * 1000.0e0
                  ) - FLOOR((
                    f_si * 1000.0e0
                  ))
                ) < 0.5e0
                THEN FLOOR((
                  f_si * 1000.0e0
                ))
                WHEN (
                  (
                    (
                      (
                        (
                          (
                            134217729.0e0 * f_si
                          ) - (
                            (
                              134217729.0e0 * f_si
                            ) - f_si
                          )
                        ) * 1000.0e0
                      ) - (
                        f_si * 1000.0e0
                      )
                    ) + (
                      (
                        134217729.0e0 * f_si
                      ) - (
                        (
                          134217729.0e0 * f_si
                        ) - f_si
                      )
                    ) * 0.0e0
                  ) + (
                    f_si - (
                      (
                        134217729.0e0 * f_si
                      ) - (
                        (
                          134217729.0e0 * f_si
                        ) - f_si
                      )
                    )
                  ) * 1000.0e0
                ) + (
                  f_si - (
                    (
                      134217729.0e0 * f_si
                    ) - (
                      (
                        134217729.0e0 * f_si
                      ) - f_si
                    )
                  )
                ) * 0.0e0 > 0
                THEN FLOOR((
                  f_si * 1000.0e0
                )) + 1
                WHEN (
                  (
                    (
                      (
                        (
                          (
                            134217729.0e0 * f_si
                          ) - (
                            (
                              134217729.0e0 * f_si
                            ) - f_si
                          )
                        ) * 1000.0e0
                      ) - (
                        f_si * 1000.0e0
                      )
                    ) + (
                      (
                        134217729.0e0 * f_si
                      ) - (
                        (
                          134217729.0e0 * f_si
                        ) - f_si
                      )
                    ) * 0.0e0
                  ) + (
                    f_si - (
                      (
                        134217729.0e0 * f_si
                      ) - (
                        (
                          134217729.0e0 * f_si
                        ) - f_si
                      )
                    )
                  ) * 1000.0e0
                ) + (
                  f_si - (
                    (
                      134217729.0e0 * f_si
                    ) - (
                      (
                        134217729.0e0 * f_si
                      ) - f_si
                    )
                  )
                ) * 0.0e0 < 0
                THEN FLOOR((
                  f_si * 1000.0e0
                ))
                WHEN FLOOR(FLOOR((
                  f_si * 1000.0e0
                )) / 2e0) * 2e0 = FLOOR((
                  f_si * 1000.0e0
                ))
                THEN FLOOR((
                  f_si * 1000.0e0
                ))
                ELSE FLOOR((
                  f_si * 1000.0e0
                )) + 1
              END
            ) / 1000.0e0 < 30.0e0
            OR (
              f_cmp IN ('<', '<=')
              AND (
                CASE
                  WHEN (
                    (
                      f_si * 1000.0e0
                    ) - FLOOR((
                      f_si * 1000.0e0
                    ))
                  ) > 0.5e0
                  THEN FLOOR((
                    f_si * 1000.0e0
                  )) + 1
                  WHEN (
                    (
                      f_si * 1000.0e0
                    ) - FLOOR((
                      f_si * 1000.0e0
                    ))
                  ) < 0.5e0
                  THEN FLOOR((
                    f_si * 1000.0e0
                  ))
                  WHEN (
                    (
                      (
                        (
                          (
                            (
                              134217729.0e0 * f_si
                            ) - (
                              (
                                134217729.0e0 * f_si
                              ) - f_si
                            )
                          ) * 1000.0e0
                        ) - (
                          f_si * 1000.0e0
                        )
                      ) + (
                        (
                          134217729.0e0 * f_si
                        ) - (
                          (
                            134217729.0e0 * f_si
                          ) - f_si
                        )
                      ) * 0.0e0
                    ) + (
                      f_si - (
                        (
                          134217729.0e0 * f_si
                        ) - (
                          (
                            134217729.0e0 * f_si
                          ) - f_si
                        )
                      )
                    ) * 1000.0e0
                  ) + (
                    f_si - (
                      (
                        134217729.0e0 * f_si
                      ) - (
                        (
                          134217729.0e0 * f_si
                        ) - f_si
                      )
                    )
                  ) * 0.0e0 > 0
                  THEN FLOOR((
                    f_si * 1000.0e0
                  )) + 1
                  WHEN (
                    (
                      (
                        (
                          (
                            (
                              134217729.0e0 * f_si
                            ) - (
                              (
                                134217729.0e0 * f_si
                              ) - f_si
                            )
                          ) * 1000.0e0
                        ) - (
                          f_si * 1000.0e0
                        )
                      ) + (
                        (
                          134217729.0e0 * f_si
                        ) - (
                          (
                            134217729.0e0 * f_si
                          ) - f_si
                        )
                      ) * 0.0e0
                    ) + (
                      f_si - (
                        (
                          134217729.0e0 * f_si
                        ) - (
                          (
                            134217729.0e0 * f_si
                          ) - f_si
                        )
                      )
                    ) * 1000.0e0
                  ) + (
                    f_si - (
                      (
                        134217729.0e0 * f_si
                      ) - (
                        (
                          134217729.0e0 * f_si
                        ) - f_si
                      )
                    )
                  ) * 0.0e0 < 0
                  THEN FLOOR((
                    f_si * 1000.0e0
                  ))
                  WHEN FLOOR(FLOOR((
                    f_si * 1000.0e0
                  )) / 2e0) * 2e0 = FLOOR((
                    f_si * 1000.0e0
                  ))
                  THEN FLOOR((
                    f_si * 1000.0e0
                  ))
                  ELSE FLOOR((
                    f_si * 1000.0e0
                  )) + 1
                END
              ) / 1000.0e0 <= 30.0e0
            )
            THEN 1
            ELSE 0
          END
          ELSE 0
        END = 1
      )
      THEN 1
      ELSE 0
    END AS f_lvl
  FROM vitd_f2c
), vitd_fp AS (
  SELECT
    vitd_f3.*,
    MAX(CASE WHEN f_an = 'ionized_calcium' THEN 1 ELSE 0 END) OVER (PARTITION BY f_panel) AS h_ionized_calcium,
    COALESCE(
      MAX(CASE WHEN f_an = 'ionized_calcium' THEN f_fl END) OVER (PARTITION BY f_panel),
      ''
    ) AS fl_ionized_calcium,
    COALESCE(
      MAX(CASE WHEN f_an = 'ionized_calcium' THEN f_fd END) OVER (PARTITION BY f_panel),
      ''
    ) AS fd_ionized_calcium,
    COALESCE(
      MAX(CASE WHEN f_an = 'ionized_calcium' THEN f_sv END) OVER (PARTITION BY f_panel),
      0
    ) AS sv_ionized_calcium,
    COALESCE(
      MAX(CASE WHEN f_an = 'ionized_calcium' THEN f_u END) OVER (PARTITION BY f_panel),
      0
    ) AS u_ionized_calcium,
    MAX(CASE WHEN f_an = 'ionized_calcium' THEN f_lb END) OVER (PARTITION BY f_panel) AS lb_ionized_calcium,
    MAX(CASE WHEN f_an = 'corrected_calcium' THEN 1 ELSE 0 END) OVER (PARTITION BY f_panel) AS h_corrected_calcium,
    COALESCE(
      MAX(CASE WHEN f_an = 'corrected_calcium' THEN f_fl END) OVER (PARTITION BY f_panel),
      ''
    ) AS fl_corrected_calcium,
    COALESCE(
      MAX(CASE WHEN f_an = 'corrected_calcium' THEN f_fd END) OVER (PARTITION BY f_panel),
      ''
    ) AS fd_corrected_calcium,
    COALESCE(
      MAX(CASE WHEN f_an = 'corrected_calcium' THEN f_sv END) OVER (PARTITION BY f_panel),
      0
    ) AS sv_corrected_calcium,
    COALESCE(
      MAX(CASE WHEN f_an = 'corrected_calcium' THEN f_u END) OVER (PARTITION BY f_panel),
      0
    ) AS u_corrected_calcium,
    MAX(CASE WHEN f_an = 'corrected_calcium' THEN f_lb END) OVER (PARTITION BY f_panel) AS lb_corrected_calcium,
    MAX(CASE WHEN f_an = 'calcium' THEN 1 ELSE 0 END) OVER (PARTITION BY f_panel) AS h_calcium,
    COALESCE(MAX(CASE WHEN f_an = 'calcium' THEN f_fl END) OVER (PARTITION BY f_panel), '') AS fl_calcium,
    COALESCE(MAX(CASE WHEN f_an = 'calcium' THEN f_fd END) OVER (PARTITION BY f_panel), '') AS fd_calcium,
    COALESCE(MAX(CASE WHEN f_an = 'calcium' THEN f_sv END) OVER (PARTITION BY f_panel), 0) AS sv_calcium,
    COALESCE(MAX(CASE WHEN f_an = 'calcium' THEN f_u END) OVER (PARTITION BY f_panel), 0) AS u_calcium,
    MAX(CASE WHEN f_an = 'calcium' THEN f_lb END) OVER (PARTITION BY f_panel) AS lb_calcium,
    MAX(CASE WHEN f_an = 'albumin' THEN 1 ELSE 0 END) OVER (PARTITION BY f_panel) AS h_albumin,
    COALESCE(MAX(CASE WHEN f_an = 'albumin' THEN f_fl END) OVER (PARTITION BY f_panel), '') AS fl_albumin,
    COALESCE(MAX(CASE WHEN f_an = 'albumin' THEN f_fd END) OVER (PARTITION BY f_panel), '') AS fd_albumin,
    COALESCE(MAX(CASE WHEN f_an = 'albumin' THEN f_sv END) OVER (PARTITION BY f_panel), 0) AS sv_albumin,
    COALESCE(MAX(CASE WHEN f_an = 'albumin' THEN f_u END) OVER (PARTITION BY f_panel), 0) AS u_albumin,
    MAX(CASE WHEN f_an = 'albumin' THEN f_lb END) OVER (PARTITION BY f_panel) AS lb_albumin,
    MAX(CASE WHEN f_an = 'pth' THEN 1 ELSE 0 END) OVER (PARTITION BY f_panel) AS h_pth,
    COALESCE(MAX(CASE WHEN f_an = 'pth' THEN f_fl END) OVER (PARTITION BY f_panel), '') AS fl_pth,
    COALESCE(MAX(CASE WHEN f_an = 'pth' THEN f_fd END) OVER (PARTITION BY f_panel), '') AS fd_pth,
    COALESCE(MAX(CASE WHEN f_an = 'pth' THEN f_sv END) OVER (PARTITION BY f_panel), 0) AS sv_pth,
    COALESCE(MAX(CASE WHEN f_an = 'pth' THEN f_u END) OVER (PARTITION BY f_panel), 0) AS u_pth,
    MAX(CASE WHEN f_an = 'pth' THEN f_lb END) OVER (PARTITION BY f_panel) AS lb_pth,
    MAX(CASE WHEN f_an = 'vitamin_d' THEN 1 ELSE 0 END) OVER (PARTITION BY f_panel) AS h_vitamin_d,
    COALESCE(MAX(CASE WHEN f_an = 'vitamin_d' THEN f_fl END) OVER (PARTITION BY f_panel), '') AS fl_vitamin_d,
    COALESCE(MAX(CASE WHEN f_an = 'vitamin_d' THEN f_fd END) OVER (PARTITION BY f_panel), '') AS fd_vitamin_d,
    COALESCE(MAX(CASE WHEN f_an = 'vitamin_d' THEN f_sv END) OVER (PARTITION BY f_panel), 0) AS sv_vitamin_d,
    COALESCE(MAX(CASE WHEN f_an = 'vitamin_d' THEN f_u END) OVER (PARTITION BY f_panel), 0) AS u_vitamin_d,
    MAX(CASE WHEN f_an = 'vitamin_d' THEN f_lb END) OVER (PARTITION BY f_panel) AS lb_vitamin_d,
    MAX(CASE WHEN f_an = 'magnesium' THEN 1 ELSE 0 END) OVER (PARTITION BY f_panel) AS h_magnesium,
    COALESCE(MAX(CASE WHEN f_an = 'magnesium' THEN f_fl END) OVER (PARTITION BY f_panel), '') AS fl_magnesium,
    COALESCE(MAX(CASE WHEN f_an = 'magnesium' THEN f_fd END) OVER (PARTITION BY f_panel), '') AS fd_magnesium,
    COALESCE(MAX(CASE WHEN f_an = 'magnesium' THEN f_sv END) OVER (PARTITION BY f_panel), 0) AS sv_magnesium,
    COALESCE(MAX(CASE WHEN f_an = 'magnesium' THEN f_u END) OVER (PARTITION BY f_panel), 0) AS u_magnesium,
    MAX(CASE WHEN f_an = 'magnesium' THEN f_lb END) OVER (PARTITION BY f_panel) AS lb_magnesium,
    MAX(CASE WHEN f_an = 'phosphate' THEN 1 ELSE 0 END) OVER (PARTITION BY f_panel) AS h_phosphate,
    COALESCE(MAX(CASE WHEN f_an = 'phosphate' THEN f_fl END) OVER (PARTITION BY f_panel), '') AS fl_phosphate,
    COALESCE(MAX(CASE WHEN f_an = 'phosphate' THEN f_fd END) OVER (PARTITION BY f_panel), '') AS fd_phosphate,
    COALESCE(MAX(CASE WHEN f_an = 'phosphate' THEN f_sv END) OVER (PARTITION BY f_panel), 0) AS sv_phosphate,
    COALESCE(MAX(CASE WHEN f_an = 'phosphate' THEN f_u END) OVER (PARTITION BY f_panel), 0) AS u_phosphate,
    MAX(CASE WHEN f_an = 'phosphate' THEN f_lb END) OVER (PARTITION BY f_panel) AS lb_phosphate,
    MAX(CASE WHEN f_an = 'calcium' THEN f_x END) OVER (PARTITION BY f_panel) AS x_calcium,
    MAX(CASE WHEN f_an = 'calcium' THEN f_unit END) OVER (PARTITION BY f_panel) AS unit_calcium,
    MAX(CASE WHEN f_an = 'calcium' THEN f_cmp END) OVER (PARTITION BY f_panel) AS cmp_calcium,
    MAX(CASE WHEN f_an = 'albumin' THEN f_x END) OVER (PARTITION BY f_panel) AS x_albumin,
    MAX(CASE WHEN f_an = 'albumin' THEN f_unit END) OVER (PARTITION BY f_panel) AS unit_albumin,
    MAX(CASE WHEN f_an = 'albumin' THEN f_cmp END) OVER (PARTITION BY f_panel) AS cmp_albumin,
    MAX(CASE WHEN f_an = 'vitamin_d' THEN f_lvl END) OVER (PARTITION BY f_panel) AS lvl,
    MAX(CASE WHEN f_own = 'hypomagnesemia' THEN f_own_u END) OVER (PARTITION BY f_panel) AS hm_u
  FROM vitd_f3
), vitd_fk0 AS (
  SELECT
    vitd_fp.*,
    CASE
      WHEN unit_calcium = 'mg/dL'
      THEN 0
      WHEN unit_calcium = 'mg/L'
      THEN 0
      WHEN unit_calcium = 'mmol/L'
      THEN 1
      WHEN unit_calcium = 'mEq/L'
      THEN 1
    END AS k_form,
    CASE
      WHEN h_calcium = 1
      AND h_albumin = 1
      AND h_corrected_calcium = 0
      AND cmp_calcium = ''
      AND cmp_albumin = ''
      THEN 1
      ELSE 0
    END AS k_ok
  FROM vitd_fp
), vitd_fk1 AS (
  SELECT
    vitd_fk0.*,
    CASE
      WHEN unit_calcium = 'mg/dL'
      THEN x_calcium
      WHEN unit_calcium = 'mg/L'
      THEN (
        (
          (
            x_calcium * 0.001e0
          ) / 1.0e0
        ) * 1.0e0 / 0.01e0
      )
      WHEN unit_calcium = 'mmol/L'
      THEN x_calcium
      WHEN unit_calcium = 'mEq/L'
      THEN (
        (
          (
            x_calcium * 0.001e0
          ) / 2.0e0
        ) * 1.0e0 / 0.001e0
      )
    END AS ca_raw,
    CASE
      WHEN unit_calcium = 'mg/dL'
      THEN 1
      WHEN unit_calcium = 'mg/L'
      THEN 0
      WHEN unit_calcium = 'mmol/L'
      THEN 1
      WHEN unit_calcium = 'mEq/L'
      THEN 0
    END AS ca_same,
    CASE
      WHEN k_form = 1
      THEN CASE
        WHEN unit_albumin = 'g/dL'
        THEN (
          (
            (
              x_albumin * 10.0e0
            ) / 1.0e0
          ) * 1.0e0 / 1.0e0
        )
        WHEN unit_albumin = 'g/L'
        THEN x_albumin
      END
      ELSE CASE
        WHEN unit_albumin = 'g/dL'
        THEN x_albumin
        WHEN unit_albumin = 'g/L'
        THEN (
          (
            (
              x_albumin * 1.0e0
            ) / 1.0e0
          ) * 1.0e0 / 10.0e0
        )
      END
    END AS alb_raw,
    CASE
      WHEN k_form = 1
      THEN CASE WHEN unit_albumin = 'g/dL' THEN 0 WHEN unit_albumin = 'g/L' THEN 1 END
      ELSE CASE WHEN unit_albumin = 'g/dL' THEN 1 WHEN unit_albumin = 'g/L' THEN 0 END
    END AS alb_same
  FROM vitd_fk0
), vitd_fk2 AS (
  SELECT
    vitd_fk1.*,
    CASE
      WHEN ABS(ca_raw) >= 1000000.0e0
      THEN NULL
      WHEN ABS(ca_raw) >= 100000.0e0
      THEN 1000000.0e0
      WHEN ABS(ca_raw) >= 10000.0e0
      THEN 10000000.0e0
      WHEN ABS(ca_raw) >= 1000.0e0
      THEN 100000000.0e0
      WHEN ABS(ca_raw) >= 100.0e0
      THEN 1000000000.0e0
      WHEN ABS(ca_raw) >= 10.0e0
      THEN 10000000000.0e0
      WHEN ABS(ca_raw) >= 1.0e0
      THEN 100000000000.0e0
      WHEN ABS(ca_raw) >= 0.1e0
      THEN 1000000000000.0e0
      WHEN ABS(ca_raw) >= 0.01e0
      THEN 10000000000000.0e0
      WHEN ABS(ca_raw) >= 0.001e0
      THEN 100000000000000.0e0
      WHEN ABS(ca_raw) >= 0.0001e0
      THEN 1000000000000000.0e0
      ELSE NULL
    END AS ca_p,
    CASE
      WHEN ABS(ca_raw) >= 1000000.0e0
      THEN NULL
      WHEN ABS(ca_raw) >= 100000.0e0
      THEN 1000000.0e0
      WHEN ABS(ca_raw) >= 10000.0e0
      THEN 10000000.0e0
      WHEN ABS(ca_raw) >= 1000.0e0
      THEN 100000000.0e0
      WHEN ABS(ca_raw) >= 100.0e0
      THEN 1000000000.0e0
      WHEN ABS(ca_raw) >= 10.0e0
      THEN 10000000000.0e0
      WHEN ABS(ca_raw) >= 1.0e0
      THEN 100000000000.0e0
      WHEN ABS(ca_raw) >= 0.1e0
      THEN 999999995904.0e0
      WHEN ABS(ca_raw) >= 0.01e0
      THEN 10000000090112.0e0
      WHEN ABS(ca_raw) >= 0.001e0
      THEN 100000000376832.0e0
      WHEN ABS(ca_raw) >= 0.0001e0
      THEN 1000000003768320.0e0
      ELSE NULL
    END AS ca_ph,
    CASE
      WHEN ABS(ca_raw) >= 1000000.0e0
      THEN NULL
      WHEN ABS(ca_raw) >= 100000.0e0
      THEN 0.0e0
      WHEN ABS(ca_raw) >= 10000.0e0
      THEN 0.0e0
      WHEN ABS(ca_raw) >= 1000.0e0
      THEN 0.0e0
      WHEN ABS(ca_raw) >= 100.0e0
      THEN 0.0e0
      WHEN ABS(ca_raw) >= 10.0e0
      THEN 0.0e0
      WHEN ABS(ca_raw) >= 1.0e0
      THEN 0.0e0
      WHEN ABS(ca_raw) >= 0.1e0
      THEN 4096.0e0
      WHEN ABS(ca_raw) >= 0.01e0
      THEN -90112.0e0
      WHEN ABS(ca_raw) >= 0.001e0
      THEN -376832.0e0
      WHEN ABS(ca_raw) >= 0.0001e0
      THEN -3768320.0e0
      ELSE NULL
    END AS ca_pl,
    CASE
      WHEN ABS(alb_raw) >= 1000000.0e0
      THEN NULL
      WHEN ABS(alb_raw) >= 100000.0e0
      THEN 1000000.0e0
      WHEN ABS(alb_raw) >= 10000.0e0
      THEN 10000000.0e0
      WHEN ABS(alb_raw) >= 1000.0e0
      THEN 100000000.0e0
      WHEN ABS(alb_raw) >= 100.0e0
      THEN 1000000000.0e0
      WHEN ABS(alb_raw) >= 10.0e0
      THEN 10000000000.0e0
      WHEN ABS(alb_raw) >= 1.0e0
      THEN 100000000000.0e0
      WHEN ABS(alb_raw) >= 0.1e0
      THEN 1000000000000.0e0
      WHEN ABS(alb_raw) >= 0.01e0
      THEN 10000000000000.0e0
      WHEN ABS(alb_raw) >= 0.001e0
      THEN 100000000000000.0e0
      WHEN ABS(alb_raw) >= 0.0001e0
      THEN 1000000000000000.0e0
      ELSE NULL
    END AS alb_p,
    CASE
      WHEN ABS(alb_raw) >= 1000000.0e0
      THEN NULL
      WHEN ABS(alb_raw) >= 100000.0e0
      THEN 1000000.0e0
      WHEN ABS(alb_raw) >= 10000.0e0
      THEN 10000000.0e0
      WHEN ABS(alb_raw) >= 1000.0e0
      THEN 100000000.0e0
      WHEN ABS(alb_raw) >= 100.0e0
      THEN 1000000000.0e0
      WHEN ABS(alb_raw) >= 10.0e0
      THEN 10000000000.0e0
      WHEN ABS(alb_raw) >= 1.0e0
      THEN 100000000000.0e0
      WHEN ABS(alb_raw) >= 0.1e0
      THEN 999999995904.0e0
      WHEN ABS(alb_raw) >= 0.01e0
      THEN 10000000090112.0e0
      WHEN ABS(alb_raw) >= 0.001e0
      THEN 100000000376832.0e0
      WHEN ABS(alb_raw) >= 0.0001e0
      THEN 1000000003768320.0e0
      ELSE NULL
    END AS alb_ph,
    CASE
      WHEN ABS(alb_raw) >= 1000000.0e0
      THEN NULL
      WHEN ABS(alb_raw) >= 100000.0e0
      THEN 0.0e0
      WHEN ABS(alb_raw) >= 10000.0e0
      THEN 0.0e0
      WHEN ABS(alb_raw) >= 1000.0e0
      THEN 0.0e0
      WHEN ABS(alb_raw) >= 100.0e0
      THEN 0.0e0
      WHEN ABS(alb_raw) >= 10.0e0
      THEN 0.0e0
      WHEN ABS(alb_raw) >= 1.0e0
      THEN 0.0e0
      WHEN ABS(alb_raw) >= 0.1e0
      THEN 4096.0e0
      WHEN ABS(alb_raw) >= 0.01e0
      THEN -90112.0e0
      WHEN ABS(alb_raw) >= 0.001e0
      THEN -376832.0e0
      WHEN ABS(alb_raw) >= 0.0001e0
      THEN -3768320.0e0
      ELSE NULL
    END AS alb_pl
  FROM vitd_fk1
), vitd_fk3 AS (
  SELECT
    vitd_fk2.*,
    CASE
      WHEN ca_same = 1 OR ca_p IS NULL
      THEN ca_raw
      ELSE (
        CASE WHEN ca_raw < 0 THEN -1.0e0 ELSE 1.0e0 END
      ) * (
        CASE
          WHEN (
            (
              ABS(ca_raw) * ca_p
            ) - FLOOR((
              ABS(ca_raw) * ca_p
            ))
          ) > 0.5e0
          THEN FLOOR((
            ABS(ca_raw) * ca_p
          )) + 1
          WHEN (
            (
              ABS(ca_raw) * ca_p
            ) - FLOOR((
              ABS(ca_raw) * ca_p
            ))
          ) < 0.5e0
          THEN FLOOR((
            ABS(ca_raw) * ca_p
          ))
          WHEN (
            (
              (
                (
                  (
                    (
                      134217729.0e0 * ABS(ca_raw)
                    ) - (
                      (
                        134217729.0e0 * ABS(ca_raw)
                      ) - ABS(ca_raw)
                    )
                  ) * ca_ph
                ) - (
                  ABS(ca_raw) * ca_p
                )
              ) + (
                (
                  134217729.0e0 * ABS(ca_raw)
                ) - (
                  (
                    134217729.0e0 * ABS(ca_raw)
                  ) - ABS(ca_raw)
                )
              ) * ca_pl
            ) + (
              ABS(ca_raw) - (
                (
                  134217729.0e0 * ABS(ca_raw)
                ) - (
                  (
                    134217729.0e0 * ABS(ca_raw)
                  ) - ABS(ca_raw)
                )
              )
            ) * ca_ph
          ) + (
            ABS(ca_raw) - (
              (
                134217729.0e0 * ABS(ca_raw)
              ) - (
                (
                  134217729.0e0 * ABS(ca_raw)
                ) - ABS(ca_raw)
              )
            )
          ) * ca_pl > 0
          THEN FLOOR((
            ABS(ca_raw) * ca_p
          )) + 1
          WHEN (
            (
              (
                (
                  (
                    (
                      134217729.0e0 * ABS(ca_raw)
                    ) - (
                      (
                        134217729.0e0 * ABS(ca_raw)
                      ) - ABS(ca_raw)
                    )
                  ) * ca_ph
                ) - (
                  ABS(ca_raw) * ca_p
                )
              ) + (
                (
                  134217729.0e0 * ABS(ca_raw)
                ) - (
                  (
                    134217729.0e0 * ABS(ca_raw)
                  ) - ABS(ca_raw)
                )
              ) * ca_pl
            ) + (
              ABS(ca_raw) - (
                (
                  134217729.0e0 * ABS(ca_raw)
                ) - (
                  (
                    134217729.0e0 * ABS(ca_raw)
                  ) - ABS(ca_raw)
                )
              )
            ) * ca_ph
          ) + (
            ABS(ca_raw) - (
              (
                134217729.0e0 * ABS(ca_raw)
              ) - (
                (
                  134217729.0e0 * ABS(ca_raw)
                ) - ABS(ca_raw)
              )
            )
          ) * ca_pl < 0
          THEN FLOOR((
            ABS(ca_raw) * ca_p
          ))
          WHEN FLOOR(FLOOR((
            ABS(ca_raw) * ca_p
          )) / 2e0) * 2e0 = FLOOR((
            ABS(ca_raw) * ca_p
          ))
          THEN FLOOR((
            ABS(ca_raw) * ca_p
          ))
          ELSE FLOOR((
            ABS(ca_raw) * ca_p
          )) + 1
        END
      ) / ca_p
    END AS ca_v,
    CASE
      WHEN alb_same = 1 OR alb_p IS NULL
      THEN alb_raw
      ELSE (
        CASE WHEN alb_raw < 0 THEN -1.0e0 ELSE 1.0e0 END
      ) * (
        CASE
          WHEN (
            (
              ABS(alb_raw) * alb_p
            ) - FLOOR((
              ABS(alb_raw) * alb_p
            ))
          ) > 0.5e0
          THEN FLOOR((
            ABS(alb_raw) * alb_p
          )) + 1
          WHEN (
            (
              ABS(alb_raw) * alb_p
            ) - FLOOR((
              ABS(alb_raw) * alb_p
            ))
          ) < 0.5e0
          THEN FLOOR((
            ABS(alb_raw) * alb_p
          ))
          WHEN (
            (
              (
                (
                  (
                    (
                      134217729.0e0 * ABS(alb_raw)
                    ) - (
                      (
                        134217729.0e0 * ABS(alb_raw)
                      ) - ABS(alb_raw)
                    )
                  ) * alb_ph
                ) - (
                  ABS(alb_raw) * alb_p
                )
              ) + (
                (
                  134217729.0e0 * ABS(alb_raw)
                ) - (
                  (
                    134217729.0e0 * ABS(alb_raw)
                  ) - ABS(alb_raw)
                )
              ) * alb_pl
            ) + (
              ABS(alb_raw) - (
                (
                  134217729.0e0 * ABS(alb_raw)
                ) - (
                  (
                    134217729.0e0 * ABS(alb_raw)
                  ) - ABS(alb_raw)
                )
              )
            ) * alb_ph
          ) + (
            ABS(alb_raw) - (
              (
                134217729.0e0 * ABS(alb_raw)
              ) - (
                (
                  134217729.0e0 * ABS(alb_raw)
                ) - ABS(alb_raw)
              )
            )
          ) * alb_pl > 0
          THEN FLOOR((
            ABS(alb_raw) * alb_p
          )) + 1
          WHEN (
            (
              (
                (
                  (
                    (
                      134217729.0e0 * ABS(alb_raw)
                    ) - (
                      (
                        134217729.0e0 * ABS(alb_raw)
                      ) - ABS(alb_raw)
                    )
                  ) * alb_ph
                ) - (
                  ABS(alb_raw) * alb_p
                )
              ) + (
                (
                  134217729.0e0 * ABS(alb_raw)
                ) - (
                  (
                    134217729.0e0 * ABS(alb_raw)
                  ) - ABS(alb_raw)
                )
              ) * alb_pl
            ) + (
              ABS(alb_raw) - (
                (
                  134217729.0e0 * ABS(alb_raw)
                ) - (
                  (
                    134217729.0e0 * ABS(alb_raw)
                  ) - ABS(alb_raw)
                )
              )
            ) * alb_ph
          ) + (
            ABS(alb_raw) - (
              (
                134217729.0e0 * ABS(alb_raw)
              ) - (
                (
                  134217729.0e0 * ABS(alb_raw)
                ) - ABS(alb_raw)
              )
            )
          ) * alb_pl < 0
          THEN FLOOR((
            ABS(alb_raw) * alb_p
          ))
          WHEN FLOOR(FLOOR((
            ABS(alb_raw) * alb_p
          )) / 2e0) * 2e0 = FLOOR((
            ABS(alb_raw) * alb_p
          ))
          THEN FLOOR((
            ABS(alb_raw) * alb_p
          ))
          ELSE FLOOR((
            ABS(alb_raw) * alb_p
          )) + 1
        END
      ) / alb_p
    END AS alb_v
  FROM vitd_fk2
), vitd_fk4 AS (
  SELECT
    vitd_fk3.*,
    CASE
      WHEN k_form = 1
      THEN ca_v + 0.02e0 * (
        40.0e0 - alb_v
      )
      ELSE ca_v + 0.8e0 * (
        4.0e0 - alb_v
      )
    END AS cc_raw
  FROM vitd_fk3
), vitd_fk5 AS (
  SELECT
    vitd_fk4.*,
    (
      CASE
        WHEN (
          (
            cc_raw * 1000000.0e0
          ) - FLOOR((
            cc_raw * 1000000.0e0
          ))
        ) > 0.5e0
        THEN FLOOR((
          cc_raw * 1000000.0e0
        )) + 1
        WHEN (
          (
            cc_raw * 1000000.0e0
          ) - FLOOR((
            cc_raw * 1000000.0e0
          ))
        ) < 0.5e0
        THEN FLOOR((
          cc_raw * 1000000.0e0
        ))
        WHEN (
          (
            (
              (
                (
                  (
                    134217729.0e0 * cc_raw
                  ) - (
                    (
                      134217729.0e0 * cc_raw
                    ) - cc_raw
                  )
                ) * 1000000.0e0
              ) - (
                cc_raw * 1000000.0e0
              )
            ) + (
              (
                134217729.0e0 * cc_raw
              ) - (
                (
                  134217729.0e0 * cc_raw
                ) - cc_raw
              )
            ) * 0.0e0
          ) + (
            cc_raw - (
              (
                134217729.0e0 * cc_raw
              ) - (
                (
                  134217729.0e0 * cc_raw
                ) - cc_raw
              )
            )
          ) * 1000000.0e0
        ) + (
          cc_raw - (
            (
              134217729.0e0 * cc_raw
            ) - (
              (
                134217729.0e0 * cc_raw
              ) - cc_raw
            )
          )
        ) * 0.0e0 > 0
        THEN FLOOR((
          cc_raw * 1000000.0e0
        )) + 1
        WHEN (
          (
            (
              (
                (
                  (
                    134217729.0e0 * cc_raw
                  ) - (
                    (
                      134217729.0e0 * cc_raw
                    ) - cc_raw
                  )
                ) * 1000000.0e0
              ) - (
                cc_raw * 1000000.0e0
              )
            ) + (
              (
                134217729.0e0 * cc_raw
              ) - (
                (
                  134217729.0e0 * cc_raw
                ) - cc_raw
              )
            ) * 0.0e0
          ) + (
            cc_raw - (
              (
                134217729.0e0 * cc_raw
              ) - (
                (
                  134217729.0e0 * cc_raw
                ) - cc_raw
              )
            )
          ) * 1000000.0e0
        ) + (
          cc_raw - (
            (
              134217729.0e0 * cc_raw
            ) - (
              (
                134217729.0e0 * cc_raw
              ) - cc_raw
            )
          )
        ) * 0.0e0 < 0
        THEN FLOOR((
          cc_raw * 1000000.0e0
        ))
        WHEN FLOOR(FLOOR((
          cc_raw * 1000000.0e0
        )) / 2e0) * 2e0 = FLOOR((
          cc_raw * 1000000.0e0
        ))
        THEN FLOOR((
          cc_raw * 1000000.0e0
        ))
        ELSE FLOOR((
          cc_raw * 1000000.0e0
        )) + 1
      END
    ) / 1000000.0e0 AS k_val,
    CASE WHEN cc_raw < 0 THEN 1 ELSE 0 END AS k_neg
  FROM vitd_fk4
), vitd_fk6 AS (
  SELECT
    vitd_fk5.*,
    CASE
      WHEN k_ok = 1
      THEN CASE
        WHEN k_form = 1
        THEN CASE
          WHEN k_val < 1.75e0
          THEN 0
          WHEN k_val < 1.875e0
          THEN 1
          WHEN k_val < 1.9e0
          THEN 2
          WHEN k_val < 2.2e0
          THEN 3
          WHEN k_val <= 2.6e0
          THEN 4
          WHEN k_val < 3.0e0
          THEN 5
          WHEN k_val < 3.5e0
          THEN 6
          ELSE 7
        END
        ELSE CASE
          WHEN k_val < 7.0e0
          THEN 0
          WHEN k_val < 7.5e0
          THEN 1
          WHEN (
            CASE
              WHEN ABS(
                (
                  (
                    (
                      k_val * 0.01e0
                    ) / 40.078e0
                  ) * 1.0e0 / 0.001e0
                ) - 1.9e0
              ) <= ABS(1e-09 * 1.9e0)
              OR ABS(
                (
                  (
                    (
                      k_val * 0.01e0
                    ) / 40.078e0
                  ) * 1.0e0 / 0.001e0
                ) - 1.9e0
              ) <= ABS(
                1e-09 * (
                  (
                    (
                      k_val * 0.01e0
                    ) / 40.078e0
                  ) * 1.0e0 / 0.001e0
                )
              )
              THEN 1.9e0
              ELSE (
                (
                  (
                    k_val * 0.01e0
                  ) / 40.078e0
                ) * 1.0e0 / 0.001e0
              )
            END
          ) < 1.9e0
          THEN 2
          WHEN k_val < 8.8e0
          THEN 3
          WHEN k_val <= 10.4e0
          THEN 4
          WHEN k_val < 12.0e0
          THEN 5
          WHEN k_val < 14.0e0
          THEN 6
          ELSE 7
        END
      END
    END AS k_bi,
    CASE
      WHEN k_form = 1
      THEN k_val
      ELSE (
        (
          (
            k_val * 0.01e0
          ) / 40.078e0
        ) * 1.0e0 / 0.001e0
      )
    END AS si_raw,
    CASE WHEN k_form = 1 THEN 1 ELSE 0 END AS si_same,
    CASE
      WHEN k_form = 1
      THEN (
        (
          (
            k_val * 0.001e0
          ) / 1.0e0
        ) * 40.078e0 / 0.01e0
      )
      ELSE k_val
    END AS conv_raw,
    CASE WHEN k_form = 1 THEN 0 ELSE 1 END AS conv_same
  FROM vitd_fk5
), vitd_fk7 AS (
  SELECT
    vitd_fk6.*,
    CASE
      WHEN ABS(si_raw) >= 1000000.0e0
      THEN NULL
      WHEN ABS(si_raw) >= 100000.0e0
      THEN 1000000.0e0
      WHEN ABS(si_raw) >= 10000.0e0
      THEN 10000000.0e0
      WHEN ABS(si_raw) >= 1000.0e0
      THEN 100000000.0e0
      WHEN ABS(si_raw) >= 100.0e0
      THEN 1000000000.0e0
      WHEN ABS(si_raw) >= 10.0e0
      THEN 10000000000.0e0
      WHEN ABS(si_raw) >= 1.0e0
      THEN 100000000000.0e0
      WHEN ABS(si_raw) >= 0.1e0
      THEN 1000000000000.0e0
      WHEN ABS(si_raw) >= 0.01e0
      THEN 10000000000000.0e0
      WHEN ABS(si_raw) >= 0.001e0
      THEN 100000000000000.0e0
      WHEN ABS(si_raw) >= 0.0001e0
      THEN 1000000000000000.0e0
      ELSE NULL
    END AS si_p,
    CASE
      WHEN ABS(si_raw) >= 1000000.0e0
      THEN NULL
      WHEN ABS(si_raw) >= 100000.0e0
      THEN 1000000.0e0
      WHEN ABS(si_raw) >= 10000.0e0
      THEN 10000000.0e0
      WHEN ABS(si_raw) >= 1000.0e0
      THEN 100000000.0e0
      WHEN ABS(si_raw) >= 100.0e0
      THEN 1000000000.0e0
      WHEN ABS(si_raw) >= 10.0e0
      THEN 10000000000.0e0
      WHEN ABS(si_raw) >= 1.0e0
      THEN 100000000000.0e0
      WHEN ABS(si_raw) >= 0.1e0
      THEN 999999995904.0e0
      WHEN ABS(si_raw) >= 0.01e0
      THEN 10000000090112.0e0
      WHEN ABS(si_raw) >= 0.001e0
      THEN 100000000376832.0e0
      WHEN ABS(si_raw) >= 0.0001e0
      THEN 1000000003768320.0e0
      ELSE NULL
    END AS si_ph,
    CASE
      WHEN ABS(si_raw) >= 1000000.0e0
      THEN NULL
      WHEN ABS(si_raw) >= 100000.0e0
      THEN 0.0e0
      WHEN ABS(si_raw) >= 10000.0e0
      THEN 0.0e0
      WHEN ABS(si_raw) >= 1000.0e0
      THEN 0.0e0
      WHEN ABS(si_raw) >= 100.0e0
      THEN 0.0e0
      WHEN ABS(si_raw) >= 10.0e0
      THEN 0.0e0
      WHEN ABS(si_raw) >= 1.0e0
      THEN 0.0e0
      WHEN ABS(si_raw) >= 0.1e0
      THEN 4096.0e0
      WHEN ABS(si_raw) >= 0.01e0
      THEN -90112.0e0
      WHEN ABS(si_raw) >= 0.001e0
      THEN -376832.0e0
      WHEN ABS(si_raw) >= 0.0001e0
      THEN -3768320.0e0
      ELSE NULL
    END AS si_pl,
    CASE
      WHEN ABS(conv_raw) >= 1000000.0e0
      THEN NULL
      WHEN ABS(conv_raw) >= 100000.0e0
      THEN 1000000.0e0
      WHEN ABS(conv_raw) >= 10000.0e0
      THEN 10000000.0e0
      WHEN ABS(conv_raw) >= 1000.0e0
      THEN 100000000.0e0
      WHEN ABS(conv_raw) >= 100.0e0
      THEN 1000000000.0e0
      WHEN ABS(conv_raw) >= 10.0e0
      THEN 10000000000.0e0
      WHEN ABS(conv_raw) >= 1.0e0
      THEN 100000000000.0e0
      WHEN ABS(conv_raw) >= 0.1e0
      THEN 1000000000000.0e0
      WHEN ABS(conv_raw) >= 0.01e0
      THEN 10000000000000.0e0
      WHEN ABS(conv_raw) >= 0.001e0
      THEN 100000000000000.0e0
      WHEN ABS(conv_raw) >= 0.0001e0
      THEN 1000000000000000.0e0
      ELSE NULL
    END AS conv_p,
    CASE
      WHEN ABS(conv_raw) >= 1000000.0e0
      THEN NULL
      WHEN ABS(conv_raw) >= 100000.0e0
      THEN 1000000.0e0
      WHEN ABS(conv_raw) >= 10000.0e0
      THEN 10000000.0e0
      WHEN ABS(conv_raw) >= 1000.0e0
      THEN 100000000.0e0
      WHEN ABS(conv_raw) >= 100.0e0
      THEN 1000000000.0e0
      WHEN ABS(conv_raw) >= 10.0e0
      THEN 10000000000.0e0
      WHEN ABS(conv_raw) >= 1.0e0
      THEN 100000000000.0e0
      WHEN ABS(conv_raw) >= 0.1e0
      THEN 999999995904.0e0
      WHEN ABS(conv_raw) >= 0.01e0
      THEN 10000000090112.0e0
      WHEN ABS(conv_raw) >= 0.001e0
      THEN 100000000376832.0e0
      WHEN ABS(conv_raw) >= 0.0001e0
      THEN 1000000003768320.0e0
      ELSE NULL
    END AS conv_ph,
    CASE
      WHEN ABS(conv_raw) >= 1000000.0e0
      THEN NULL
      WHEN ABS(conv_raw) >= 100000.0e0
      THEN 0.0e0
      WHEN ABS(conv_raw) >= 10000.0e0
      THEN 0.0e0
      WHEN ABS(conv_raw) >= 1000.0e0
      THEN 0.0e0
      WHEN ABS(conv_raw) >= 100.0e0
      THEN 0.0e0
      WHEN ABS(conv_raw) >= 10.0e0
      THEN 0.0e0
      WHEN ABS(conv_raw) >= 1.0e0
      THEN 0.0e0
      WHEN ABS(conv_raw) >= 0.1e0
      THEN 4096.0e0
      WHEN ABS(conv_raw) >= 0.01e0
      THEN -90112.0e0
      WHEN ABS(conv_raw) >= 0.001e0
      THEN -376832.0e0
      WHEN ABS(conv_raw) >= 0.0001e0
      THEN -3768320.0e0
      ELSE NULL
    END AS conv_pl
  FROM vitd_fk6
), vitd_fk8 AS (
  SELECT
    vitd_fk7.*,
    CASE
      WHEN si_same = 1 OR si_p IS NULL
      THEN si_raw
      ELSE (
        CASE WHEN si_raw < 0 THEN -1.0e0 ELSE 1.0e0 END
      ) * (
        CASE
          WHEN (
            (
              ABS(si_raw) * si_p
            ) - FLOOR((
              ABS(si_raw) * si_p
            ))
          ) > 0.5e0
          THEN FLOOR((
            ABS(si_raw) * si_p
          )) + 1
          WHEN (
            (
              ABS(si_raw) * si_p
            ) - FLOOR((
              ABS(si_raw) * si_p
            ))
          ) < 0.5e0
          THEN FLOOR((
            ABS(si_raw) * si_p
          ))
          WHEN (
            (
              (
                (
                  (
                    (
                      134217729.0e0 * ABS(si_raw)
                    ) - (
                      (
                        134217729.0e0 * ABS(si_raw)
                      ) - ABS(si_raw)
                    )
                  ) * si_ph
                ) - (
                  ABS(si_raw) * si_p
                )
              ) + (
                (
                  134217729.0e0 * ABS(si_raw)
                ) - (
                  (
                    134217729.0e0 * ABS(si_raw)
                  ) - ABS(si_raw)
                )
              ) * si_pl
            ) + (
              ABS(si_raw) - (
                (
                  134217729.0e0 * ABS(si_raw)
                ) - (
                  (
                    134217729.0e0 * ABS(si_raw)
                  ) - ABS(si_raw)
                )
              )
            ) * si_ph
          ) + (
            ABS(si_raw) - (
              (
                134217729.0e0 * ABS(si_raw)
              ) - (
                (
                  134217729.0e0 * ABS(si_raw)
                ) - ABS(si_raw)
              )
            )
          ) * si_pl > 0
          THEN FLOOR((
            ABS(si_raw) * si_p
          )) + 1
          WHEN (
            (
              (
                (
                  (
                    (
                      134217729.0e0 * ABS(si_raw)
                    ) - (
                      (
                        134217729.0e0 * ABS(si_raw)
                      ) - ABS(si_raw)
                    )
                  ) * si_ph
                ) - (
                  ABS(si_raw) * si_p
                )
              ) + (
                (
                  134217729.0e0 * ABS(si_raw)
                ) - (
                  (
                    134217729.0e0 * ABS(si_raw)
                  ) - ABS(si_raw)
                )
              ) * si_pl
            ) + (
              ABS(si_raw) - (
                (
                  134217729.0e0 * ABS(si_raw)
                ) - (
                  (
                    134217729.0e0 * ABS(si_raw)
                  ) - ABS(si_raw)
                )
              )
            ) * si_ph
          ) + (
            ABS(si_raw) - (
              (
                134217729.0e0 * ABS(si_raw)
              ) - (
                (
                  134217729.0e0 * ABS(si_raw)
                ) - ABS(si_raw)
              )
            )
          ) * si_pl < 0
          THEN FLOOR((
            ABS(si_raw) * si_p
          ))
          WHEN FLOOR(FLOOR((
            ABS(si_raw) * si_p
          )) / 2e0) * 2e0 = FLOOR((
            ABS(si_raw) * si_p
          ))
          THEN FLOOR((
            ABS(si_raw) * si_p
          ))
          ELSE FLOOR((
            ABS(si_raw) * si_p
          )) + 1
        END
      ) / si_p
    END AS si_c,
    CASE
      WHEN conv_same = 1 OR conv_p IS NULL
      THEN conv_raw
      ELSE (
        CASE WHEN conv_raw < 0 THEN -1.0e0 ELSE 1.0e0 END
      ) * (
        CASE
          WHEN (
            (
              ABS(conv_raw) * conv_p
            ) - FLOOR((
              ABS(conv_raw) * conv_p
            ))
          ) > 0.5e0
          THEN FLOOR((
            ABS(conv_raw) * conv_p
          )) + 1
          WHEN (
            (
              ABS(conv_raw) * conv_p
            ) - FLOOR((
              ABS(conv_raw) * conv_p
            ))
          ) < 0.5e0
          THEN FLOOR((
            ABS(conv_raw) * conv_p
          ))
          WHEN (
            (
              (
                (
                  (
                    (
                      134217729.0e0 * ABS(conv_raw)
                    ) - (
                      (
                        134217729.0e0 * ABS(conv_raw)
                      ) - ABS(conv_raw)
                    )
                  ) * conv_ph
                ) - (
                  ABS(conv_raw) * conv_p
                )
              ) + (
                (
                  134217729.0e0 * ABS(conv_raw)
                ) - (
                  (
                    134217729.0e0 * ABS(conv_raw)
                  ) - ABS(conv_raw)
                )
              ) * conv_pl
            ) + (
              ABS(conv_raw) - (
                (
                  134217729.0e0 * ABS(conv_raw)
                ) - (
                  (
                    134217729.0e0 * ABS(conv_raw)
                  ) - ABS(conv_raw)
                )
              )
            ) * conv_ph
          ) + (
            ABS(conv_raw) - (
              (
                134217729.0e0 * ABS(conv_raw)
              ) - (
                (
                  134217729.0e0 * ABS(conv_raw)
                ) - ABS(conv_raw)
              )
            )
          ) * conv_pl > 0
          THEN FLOOR((
            ABS(conv_raw) * conv_p
          )) + 1
          WHEN (
            (
              (
                (
                  (
                    (
                      134217729.0e0 * ABS(conv_raw)
                    ) - (
                      (
                        134217729.0e0 * ABS(conv_raw)
                      ) - ABS(conv_raw)
                    )
                  ) * conv_ph
                ) - (
                  ABS(conv_raw) * conv_p
                )
              ) + (
                (
                  134217729.0e0 * ABS(conv_raw)
                ) - (
                  (
                    134217729.0e0 * ABS(conv_raw)
                  ) - ABS(conv_raw)
                )
              ) * conv_pl
            ) + (
              ABS(conv_raw) - (
                (
                  134217729.0e0 * ABS(conv_raw)
                ) - (
                  (
                    134217729.0e0 * ABS(conv_raw)
                  ) - ABS(conv_raw)
                )
              )
            ) * conv_ph
          ) + (
            ABS(conv_raw) - (
              (
                134217729.0e0 * ABS(conv_raw)
              ) - (
                (
                  134217729.0e0 * ABS(conv_raw)
                ) - ABS(conv_raw)
              )
            )
          ) * conv_pl < 0
          THEN FLOOR((
            ABS(conv_raw) * conv_p
          ))
          WHEN FLOOR(FLOOR((
            ABS(conv_raw) * conv_p
          )) / 2e0) * 2e0 = FLOOR((
            ABS(conv_raw) * conv_p
          ))
          THEN FLOOR((
            ABS(conv_raw) * conv_p
          ))
          ELSE FLOOR((
            ABS(conv_raw) * conv_p
          )) + 1
        END
      ) / conv_p
    END AS conv_c
  FROM vitd_fk7
), vitd_fk9 AS (
  SELECT
    vitd_fk8.*,
    (
      CASE WHEN si_c < 0 THEN -1.0e0 ELSE 1.0e0 END
    ) * (
      CASE
        WHEN (
          (
            ABS(si_c) * 1000.0e0
          ) - FLOOR((
            ABS(si_c) * 1000.0e0
          ))
        ) > 0.5e0
        THEN FLOOR((
          ABS(si_c) * 1000.0e0
        )) + 1
        WHEN (
          (
            ABS(si_c) * 1000.0e0
          ) - FLOOR((
            ABS(si_c) * 1000.0e0
          ))
        ) < 0.5e0
        THEN FLOOR((
          ABS(si_c) * 1000.0e0
        ))
        WHEN (
          (
            (
              (
                (
                  (
                    134217729.0e0 * ABS(si_c)
                  ) - (
                    (
                      134217729.0e0 * ABS(si_c)
                    ) - ABS(si_c)
                  )
                ) * 1000.0e0
              ) - (
                ABS(si_c) * 1000.0e0
              )
            ) + (
              (
                134217729.0e0 * ABS(si_c)
              ) - (
                (
                  134217729.0e0 * ABS(si_c)
                ) - ABS(si_c)
              )
            ) * 0.0e0
          ) + (
            ABS(si_c) - (
              (
                134217729.0e0 * ABS(si_c)
              ) - (
                (
                  134217729.0e0 * ABS(si_c)
                ) - ABS(si_c)
              )
            )
          ) * 1000.0e0
        ) + (
          ABS(si_c) - (
            (
              134217729.0e0 * ABS(si_c)
            ) - (
              (
                134217729.0e0 * ABS(si_c)
              ) - ABS(si_c)
            )
          )
        ) * 0.0e0 > 0
        THEN FLOOR((
          ABS(si_c) * 1000.0e0
        )) + 1
        WHEN (
          (
            (
              (
                (
                  (
                    134217729.0e0 * ABS(si_c)
                  ) - (
                    (
                      134217729.0e0 * ABS(si_c)
                    ) - ABS(si_c)
                  )
                ) * 1000.0e0
              ) - (
                ABS(si_c) * 1000.0e0
              )
            ) + (
              (
                134217729.0e0 * ABS(si_c)
              ) - (
                (
                  134217729.0e0 * ABS(si_c)
                ) - ABS(si_c)
              )
            ) * 0.0e0
          ) + (
            ABS(si_c) - (
              (
                134217729.0e0 * ABS(si_c)
              ) - (
                (
                  134217729.0e0 * ABS(si_c)
                ) - ABS(si_c)
              )
            )
          ) * 1000.0e0
        ) + (
          ABS(si_c) - (
            (
              134217729.0e0 * ABS(si_c)
            ) - (
              (
                134217729.0e0 * ABS(si_c)
              ) - ABS(si_c)
            )
          )
        ) * 0.0e0 < 0
        THEN FLOOR((
          ABS(si_c) * 1000.0e0
        ))
        WHEN FLOOR(FLOOR((
          ABS(si_c) * 1000.0e0
        )) / 2e0) * 2e0 = FLOOR((
          ABS(si_c) * 1000.0e0
        ))
        THEN FLOOR((
          ABS(si_c) * 1000.0e0
        ))
        ELSE FLOOR((
          ABS(si_c) * 1000.0e0
        )) + 1
      END
    ) / 1000.0e0 AS k_si,
    (
      CASE WHEN conv_c < 0 THEN -1.0e0 ELSE 1.0e0 END
    ) * (
      CASE
        WHEN (
          (
            ABS(conv_c) * 1000.0e0
          ) - FLOOR((
            ABS(conv_c) * 1000.0e0
          ))
        ) > 0.5e0
        THEN FLOOR((
          ABS(conv_c) * 1000.0e0
        )) + 1
        WHEN (
          (
            ABS(conv_c) * 1000.0e0
          ) - FLOOR((
            ABS(conv_c) * 1000.0e0
          ))
        ) < 0.5e0
        THEN FLOOR((
          ABS(conv_c) * 1000.0e0
        ))
        WHEN (
          (
            (
              (
                (
                  (
                    134217729.0e0 * ABS(conv_c)
                  ) - (
                    (
                      134217729.0e0 * ABS(conv_c)
                    ) - ABS(conv_c)
                  )
                ) * 1000.0e0
              ) - (
                ABS(conv_c) * 1000.0e0
              )
            ) + (
              (
                134217729.0e0 * ABS(conv_c)
              ) - (
                (
                  134217729.0e0 * ABS(conv_c)
                ) - ABS(conv_c)
              )
            ) * 0.0e0
          ) + (
            ABS(conv_c) - (
              (
                134217729.0e0 * ABS(conv_c)
              ) - (
                (
                  134217729.0e0 * ABS(conv_c)
                ) - ABS(conv_c)
              )
            )
          ) * 1000.0e0
        ) + (
          ABS(conv_c) - (
            (
              134217729.0e0 * ABS(conv_c)
            ) - (
              (
                134217729.0e0 * ABS(conv_c)
              ) - ABS(conv_c)
            )
          )
        ) * 0.0e0 > 0
        THEN FLOOR((
          ABS(conv_c) * 1000.0e0
        )) + 1
        WHEN (
          (
            (
              (
                (
                  (
                    134217729.0e0 * ABS(conv_c)
                  ) - (
                    (
                      134217729.0e0 * ABS(conv_c)
                    ) - ABS(conv_c)
                  )
                ) * 1000.0e0
              ) - (
                ABS(conv_c) * 1000.0e0
              )
            ) + (
              (
                134217729.0e0 * ABS(conv_c)
              ) - (
                (
                  134217729.0e0 * ABS(conv_c)
                ) - ABS(conv_c)
              )
            ) * 0.0e0
          ) + (
            ABS(conv_c) - (
              (
                134217729.0e0 * ABS(conv_c)
              ) - (
                (
                  134217729.0e0 * ABS(conv_c)
                ) - ABS(conv_c)
              )
            )
          ) * 1000.0e0
        ) + (
          ABS(conv_c) - (
            (
              134217729.0e0 * ABS(conv_c)
            ) - (
              (
                134217729.0e0 * ABS(conv_c)
              ) - ABS(conv_c)
            )
          )
        ) * 0.0e0 < 0
        THEN FLOOR((
          ABS(conv_c) * 1000.0e0
        ))
        WHEN FLOOR(FLOOR((
          ABS(conv_c) * 1000.0e0
        )) / 2e0) * 2e0 = FLOOR((
          ABS(conv_c) * 1000.0e0
        ))
        THEN FLOOR((
          ABS(conv_c) * 1000.0e0
        ))
        ELSE FLOOR((
          ABS(conv_c) * 1000.0e0
        )) + 1
      END
    ) / 1000.0e0 AS k_conv,
    CASE
      WHEN (
        (
          ABS(si_c) * 1000.0e0
        ) - FLOOR((
          ABS(si_c) * 1000.0e0
        ))
      ) > 0.5e0
      THEN FLOOR((
        ABS(si_c) * 1000.0e0
      )) + 1
      WHEN (
        (
          ABS(si_c) * 1000.0e0
        ) - FLOOR((
          ABS(si_c) * 1000.0e0
        ))
      ) < 0.5e0
      THEN FLOOR((
        ABS(si_c) * 1000.0e0
      ))
      WHEN (
        (
          (
            (
              (
                (
                  134217729.0e0 * ABS(si_c)
                ) - (
                  (
                    134217729.0e0 * ABS(si_c)
                  ) - ABS(si_c)
                )
              ) * 1000.0e0
            ) - (
              ABS(si_c) * 1000.0e0
            )
          ) + (
            (
              134217729.0e0 * ABS(si_c)
            ) - (
              (
                134217729.0e0 * ABS(si_c)
              ) - ABS(si_c)
            )
          ) * 0.0e0
        ) + (
          ABS(si_c) - (
            (
              134217729.0e0 * ABS(si_c)
            ) - (
              (
                134217729.0e0 * ABS(si_c)
              ) - ABS(si_c)
            )
          )
        ) * 1000.0e0
      ) + (
        ABS(si_c) - (
          (
            134217729.0e0 * ABS(si_c)
          ) - (
            (
              134217729.0e0 * ABS(si_c)
            ) - ABS(si_c)
          )
        )
      ) * 0.0e0 > 0
      THEN FLOOR((
        ABS(si_c) * 1000.0e0
      )) + 1
      WHEN (
        (
          (
            (
              (
                (
                  134217729.0e0 * ABS(si_c)
                ) - (
                  (
                    134217729.0e0 * ABS(si_c)
                  ) - ABS(si_c)
                )
              ) * 1000.0e0
            ) - (
              ABS(si_c) * 1000.0e0
            )
          ) + (
            (
              134217729.0e0 * ABS(si_c)
            ) - (
              (
                134217729.0e0 * ABS(si_c)
              ) - ABS(si_c)
            )
          ) * 0.0e0
        ) + (
          ABS(si_c) - (
            (
              134217729.0e0 * ABS(si_c)
            ) - (
              (
                134217729.0e0 * ABS(si_c)
              ) - ABS(si_c)
            )
          )
        ) * 1000.0e0
      ) + (
        ABS(si_c) - (
          (
            134217729.0e0 * ABS(si_c)
          ) - (
            (
              134217729.0e0 * ABS(si_c)
            ) - ABS(si_c)
          )
        )
      ) * 0.0e0 < 0
      THEN FLOOR((
        ABS(si_c) * 1000.0e0
      ))
      WHEN FLOOR(FLOOR((
        ABS(si_c) * 1000.0e0
      )) / 2e0) * 2e0 = FLOOR((
        ABS(si_c) * 1000.0e0
      ))
      THEN FLOOR((
        ABS(si_c) * 1000.0e0
      ))
      ELSE FLOOR((
        ABS(si_c) * 1000.0e0
      )) + 1
    END AS si_m,
    CASE
      WHEN (
        (
          ABS(conv_c) * 1000.0e0
        ) - FLOOR((
          ABS(conv_c) * 1000.0e0
        ))
      ) > 0.5e0
      THEN FLOOR((
        ABS(conv_c) * 1000.0e0
      )) + 1
      WHEN (
        (
          ABS(conv_c) * 1000.0e0
        ) - FLOOR((
          ABS(conv_c) * 1000.0e0
        ))
      ) < 0.5e0
      THEN FLOOR((
        ABS(conv_c) * 1000.0e0
      ))
      WHEN (
        (
          (
            (
              (
                (
                  134217729.0e0 * ABS(conv_c)
                ) - (
                  (
                    134217729.0e0 * ABS(conv_c)
                  ) - ABS(conv_c)
                )
              ) * 1000.0e0
            ) - (
              ABS(conv_c) * 1000.0e0
            )
          ) + (
            (
              134217729.0e0 * ABS(conv_c)
            ) - (
              (
                134217729.0e0 * ABS(conv_c)
              ) - ABS(conv_c)
            )
          ) * 0.0e0
        ) + (
          ABS(conv_c) - (
            (
              134217729.0e0 * ABS(conv_c)
            ) - (
              (
                134217729.0e0 * ABS(conv_c)
              ) - ABS(conv_c)
            )
          )
        ) * 1000.0e0
      ) + (
        ABS(conv_c) - (
          (
            134217729.0e0 * ABS(conv_c)
          ) - (
            (
              134217729.0e0 * ABS(conv_c)
            ) - ABS(conv_c)
          )
        )
      ) * 0.0e0 > 0
      THEN FLOOR((
        ABS(conv_c) * 1000.0e0
      )) + 1
      WHEN (
        (
          (
            (
              (
                (
                  134217729.0e0 * ABS(conv_c)
                ) - (
                  (
                    134217729.0e0 * ABS(conv_c)
                  ) - ABS(conv_c)
                )
              ) * 1000.0e0
            ) - (
              ABS(conv_c) * 1000.0e0
            )
          ) + (
            (
              134217729.0e0 * ABS(conv_c)
            ) - (
              (
                134217729.0e0 * ABS(conv_c)
              ) - ABS(conv_c)
            )
          ) * 0.0e0
        ) + (
          ABS(conv_c) - (
            (
              134217729.0e0 * ABS(conv_c)
            ) - (
              (
                134217729.0e0 * ABS(conv_c)
              ) - ABS(conv_c)
            )
          )
        ) * 1000.0e0
      ) + (
        ABS(conv_c) - (
          (
            134217729.0e0 * ABS(conv_c)
          ) - (
            (
              134217729.0e0 * ABS(conv_c)
            ) - ABS(conv_c)
          )
        )
      ) * 0.0e0 < 0
      THEN FLOOR((
        ABS(conv_c) * 1000.0e0
      ))
      WHEN FLOOR(FLOOR((
        ABS(conv_c) * 1000.0e0
      )) / 2e0) * 2e0 = FLOOR((
        ABS(conv_c) * 1000.0e0
      ))
      THEN FLOOR((
        ABS(conv_c) * 1000.0e0
      ))
      ELSE FLOOR((
        ABS(conv_c) * 1000.0e0
      )) + 1
    END AS conv_m
  FROM vitd_fk8
), vitd_fk10 AS (
  SELECT
    vitd_fk9.*,
    FLOOR(si_m / 1000.0e0) AS si_w,
    CASE
      WHEN si_m - FLOOR(si_m / 1000.0e0) * 1000.0e0 < 10
      THEN '00'
      WHEN si_m - FLOOR(si_m / 1000.0e0) * 1000.0e0 < 100
      THEN '0'
      ELSE ''
    END || CAST(CAST(si_m - FLOOR(si_m / 1000.0e0) * 1000.0e0 AS BIGINT) AS STRING) AS si_f3,
    FLOOR(conv_m / 1000.0e0) AS conv_w,
    CASE
      WHEN conv_m - FLOOR(conv_m / 1000.0e0) * 1000.0e0 < 10
      THEN '00'
      WHEN conv_m - FLOOR(conv_m / 1000.0e0) * 1000.0e0 < 100
      THEN '0'
      ELSE ''
    END || CAST(CAST(conv_m - FLOOR(conv_m / 1000.0e0) * 1000.0e0 AS BIGINT) AS STRING) AS conv_f3
  FROM vitd_fk9
), vitd_fk AS (
  SELECT
    vitd_fk10.*,
    CASE WHEN k_neg = 1 THEN '-' ELSE '' END || CAST(CAST(si_w AS BIGINT) AS STRING) || CASE
      WHEN si_f3 = '000'
      THEN ''
      WHEN SUBSTRING(si_f3, 2, 2) = '00'
      THEN '.' || SUBSTRING(si_f3, 1, 1)
      WHEN SUBSTRING(si_f3, 3, 1) = '0'
      THEN '.' || SUBSTRING(si_f3, 1, 2)
      ELSE '.' || si_f3
    END AS k_si_text,
    CASE WHEN k_neg = 1 THEN '-' ELSE '' END || CAST(CAST(conv_w AS BIGINT) AS STRING) || CASE
      WHEN conv_f3 = '000'
      THEN ''
      WHEN SUBSTRING(conv_f3, 2, 2) = '00'
      THEN '.' || SUBSTRING(conv_f3, 1, 1)
      WHEN SUBSTRING(conv_f3, 3, 1) = '0'
      THEN '.' || SUBSTRING(conv_f3, 1, 2)
      ELSE '.' || conv_f3
    END AS k_conv_text
  FROM vitd_fk10
), vitd_fkb AS (
  SELECT
    vitd_fk.*,
    CASE k_bi
      WHEN 0
      THEN 'low'
      WHEN 1
      THEN 'low'
      WHEN 2
      THEN 'low'
      WHEN 3
      THEN 'low'
      WHEN 4
      THEN 'normal'
      WHEN 5
      THEN 'high'
      WHEN 6
      THEN 'high'
      WHEN 7
      THEN 'high'
    END AS kb_flag,
    CASE k_bi
      WHEN 0
      THEN 'hypocalcemia'
      WHEN 1
      THEN 'hypocalcemia'
      WHEN 2
      THEN 'hypocalcemia'
      WHEN 3
      THEN 'hypocalcemia'
      WHEN 4
      THEN 'normal'
      WHEN 5
      THEN 'hypercalcemia'
      WHEN 6
      THEN 'hypercalcemia'
      WHEN 7
      THEN 'hypercalcemia'
    END AS kb_category,
    CASE k_bi
      WHEN 0
      THEN 'severe'
      WHEN 1
      THEN 'moderate'
      WHEN 2
      THEN 'moderate'
      WHEN 3
      THEN 'mild'
      WHEN 4
      THEN ''
      WHEN 5
      THEN 'mild'
      WHEN 6
      THEN 'moderate'
      WHEN 7
      THEN 'severe'
    END AS kb_severity,
    CASE k_bi
      WHEN 0
      THEN 3
      WHEN 1
      THEN 2
      WHEN 2
      THEN 2
      WHEN 3
      THEN 1
      WHEN 4
      THEN 0
      WHEN 5
      THEN 1
      WHEN 6
      THEN 2
      WHEN 7
      THEN 3
    END AS kb_sv,
    CASE k_bi
      WHEN 0
      THEN 3
      WHEN 1
      THEN 3
      WHEN 2
      THEN 3
      WHEN 3
      THEN 2
      WHEN 4
      THEN 0
      WHEN 5
      THEN 1
      WHEN 6
      THEN 2
      WHEN 7
      THEN 3
    END AS kb_u,
    CASE k_bi
      WHEN 0
      THEN 'hypocalcemia'
      WHEN 1
      THEN 'hypocalcemia'
      WHEN 2
      THEN 'hypocalcemia'
      WHEN 3
      THEN 'hypocalcemia'
      WHEN 4
      THEN ''
      WHEN 5
      THEN 'hypercalcemia'
      WHEN 6
      THEN 'hypercalcemia'
      WHEN 7
      THEN 'hypercalcemia'
    END AS kb_finding,
    CASE k_bi
      WHEN 0
      THEN 'severely low'
      WHEN 1
      THEN 'moderately low'
      WHEN 2
      THEN 'moderately low'
      WHEN 3
      THEN 'low'
      WHEN 4
      THEN 'normal'
      WHEN 5
      THEN 'mildly high'
      WHEN 6
      THEN 'moderately high'
      WHEN 7
      THEN 'severely high'
    END AS kb_label
  FROM vitd_fk
), vitd_fm0 AS (
  SELECT
    vitd_fkb.*,
    fl_ionized_calcium AS m_fl_ionized_calcium,
    fd_ionized_calcium AS m_fd_ionized_calcium,
    sv_ionized_calcium AS m_sv_ionized_calcium,
    u_ionized_calcium AS m_u_ionized_calcium,
    lb_ionized_calcium AS m_lb_ionized_calcium,
    0 AS m_est_ionized_calcium,
    3 AS m_better_ionized_calcium,
    CASE
      WHEN h_corrected_calcium = 1
      THEN fl_corrected_calcium
      ELSE COALESCE(kb_flag, '')
    END AS m_fl_corrected_calcium,
    CASE
      WHEN h_corrected_calcium = 1
      THEN fd_corrected_calcium
      ELSE COALESCE(kb_finding, '')
    END AS m_fd_corrected_calcium,
    CASE
      WHEN h_corrected_calcium = 1
      THEN sv_corrected_calcium
      ELSE COALESCE(kb_sv, 0)
    END AS m_sv_corrected_calcium,
    CASE
      WHEN h_corrected_calcium = 1
      THEN u_corrected_calcium
      ELSE COALESCE(kb_u, 0)
    END AS m_u_corrected_calcium,
    CASE
      WHEN h_corrected_calcium = 1
      THEN lb_corrected_calcium
      ELSE COALESCE(kb_label, NULL)
    END AS m_lb_corrected_calcium,
    CASE WHEN h_corrected_calcium = 0 AND NOT k_bi IS NULL THEN 1 ELSE 0 END AS m_est_corrected_calcium,
    2 AS m_better_corrected_calcium,
    fl_calcium AS m_fl_calcium,
    fd_calcium AS m_fd_calcium,
    sv_calcium AS m_sv_calcium,
    u_calcium AS m_u_calcium,
    lb_calcium AS m_lb_calcium,
    0 AS m_est_calcium,
    1 AS m_better_calcium
  FROM vitd_fkb
), vitd_fm AS (
  SELECT
    vitd_fm0.*,
    CASE
      WHEN m_fl_ionized_calcium <> ''
      THEN m_u_ionized_calcium * 1000 + m_sv_ionized_calcium * 100 + (
        1 - m_est_ionized_calcium
      ) * 10 + m_better_ionized_calcium
      ELSE -1
    END AS rk_ionized_calcium,
    CASE
      WHEN m_fl_corrected_calcium <> ''
      THEN m_u_corrected_calcium * 1000 + m_sv_corrected_calcium * 100 + (
        1 - m_est_corrected_calcium
      ) * 10 + m_better_corrected_calcium
      ELSE -1
    END AS rk_corrected_calcium,
    CASE
      WHEN m_fl_calcium <> ''
      THEN m_u_calcium * 1000 + m_sv_calcium * 100 + (
        1 - m_est_calcium
      ) * 10 + m_better_calcium
      ELSE -1
    END AS rk_calcium,
    CASE
      WHEN m_fl_ionized_calcium = 'low' AND m_fd_ionized_calcium = 'hypocalcemia'
      THEN 1
      ELSE 0
    END AS lo_ionized_calcium,
    CASE
      WHEN m_fl_ionized_calcium = 'high' AND m_fd_ionized_calcium = 'hypercalcemia'
      THEN 1
      ELSE 0
    END AS hi_ionized_calcium,
    CASE
      WHEN m_fl_corrected_calcium = 'low' AND m_fd_corrected_calcium = 'hypocalcemia'
      THEN 1
      ELSE 0
    END AS lo_corrected_calcium,
    CASE
      WHEN m_fl_corrected_calcium = 'high' AND m_fd_corrected_calcium = 'hypercalcemia'
      THEN 1
      ELSE 0
    END AS hi_corrected_calcium,
    CASE WHEN m_fl_calcium = 'low' AND m_fd_calcium = 'hypocalcemia' THEN 1 ELSE 0 END AS lo_calcium,
    CASE WHEN m_fl_calcium = 'high' AND m_fd_calcium = 'hypercalcemia' THEN 1 ELSE 0 END AS hi_calcium
  FROM vitd_fm0
), vitd_fw0 AS (
  SELECT
    vitd_fm.*,
    CASE
      WHEN m_fl_ionized_calcium <> ''
      AND m_est_corrected_calcium = 0
      AND m_fl_corrected_calcium <> ''
      AND m_fl_corrected_calcium <> m_fl_ionized_calcium
      THEN 1
      ELSE 0
    END AS pr_corrected_calcium,
    CASE
      WHEN m_fl_ionized_calcium <> ''
      AND m_est_calcium = 0
      AND m_fl_calcium <> ''
      AND m_fl_calcium <> m_fl_ionized_calcium
      THEN 1
      ELSE 0
    END AS pr_calcium,
    CASE
      WHEN (
        CASE WHEN lo_ionized_calcium = 1 THEN rk_ionized_calcium ELSE -1 END
      ) >= (
        CASE WHEN lo_corrected_calcium = 1 THEN rk_corrected_calcium ELSE -1 END
      )
      AND (
        CASE WHEN lo_ionized_calcium = 1 THEN rk_ionized_calcium ELSE -1 END
      ) >= (
        CASE WHEN lo_calcium = 1 THEN rk_calcium ELSE -1 END
      )
      AND (
        CASE WHEN lo_ionized_calcium = 1 THEN rk_ionized_calcium ELSE -1 END
      ) >= 0
      THEN 'ionized_calcium'
      WHEN (
        CASE WHEN lo_corrected_calcium = 1 THEN rk_corrected_calcium ELSE -1 END
      ) >= (
        CASE WHEN lo_calcium = 1 THEN rk_calcium ELSE -1 END
      )
      AND (
        CASE WHEN lo_corrected_calcium = 1 THEN rk_corrected_calcium ELSE -1 END
      ) >= 0
      THEN 'corrected_calcium'
      WHEN (
        CASE WHEN lo_calcium = 1 THEN rk_calcium ELSE -1 END
      ) >= 0
      THEN 'calcium'
      ELSE ''
    END AS lw,
    CASE
      WHEN (
        CASE WHEN hi_ionized_calcium = 1 THEN rk_ionized_calcium ELSE -1 END
      ) >= (
        CASE WHEN hi_corrected_calcium = 1 THEN rk_corrected_calcium ELSE -1 END
      )
      AND (
        CASE WHEN hi_ionized_calcium = 1 THEN rk_ionized_calcium ELSE -1 END
      ) >= (
        CASE WHEN hi_calcium = 1 THEN rk_calcium ELSE -1 END
      )
      AND (
        CASE WHEN hi_ionized_calcium = 1 THEN rk_ionized_calcium ELSE -1 END
      ) >= 0
      THEN 'ionized_calcium'
      WHEN (
        CASE WHEN hi_corrected_calcium = 1 THEN rk_corrected_calcium ELSE -1 END
      ) >= (
        CASE WHEN hi_calcium = 1 THEN rk_calcium ELSE -1 END
      )
      AND (
        CASE WHEN hi_corrected_calcium = 1 THEN rk_corrected_calcium ELSE -1 END
      ) >= 0
      THEN 'corrected_calcium'
      WHEN (
        CASE WHEN hi_calcium = 1 THEN rk_calcium ELSE -1 END
      ) >= 0
      THEN 'calcium'
      ELSE ''
    END AS hw
  FROM vitd_fm
), vitd_fw AS (
  SELECT
    vitd_fw0.*,
    CASE
      WHEN (
        CASE
          WHEN pr_corrected_calcium = 1 OR pr_calcium = 1
          THEN rk_ionized_calcium
          ELSE -1
        END
      ) >= (
        CASE WHEN pr_corrected_calcium = 1 THEN rk_corrected_calcium ELSE -1 END
      )
      AND (
        CASE
          WHEN pr_corrected_calcium = 1 OR pr_calcium = 1
          THEN rk_ionized_calcium
          ELSE -1
        END
      ) >= (
        CASE WHEN pr_calcium = 1 THEN rk_calcium ELSE -1 END
      )
      AND (
        CASE
          WHEN pr_corrected_calcium = 1 OR pr_calcium = 1
          THEN rk_ionized_calcium
          ELSE -1
        END
      ) >= 0
      THEN 'ionized_calcium'
      WHEN (
        CASE WHEN pr_corrected_calcium = 1 THEN rk_corrected_calcium ELSE -1 END
      ) >= (
        CASE WHEN pr_calcium = 1 THEN rk_calcium ELSE -1 END
      )
      AND (
        CASE WHEN pr_corrected_calcium = 1 THEN rk_corrected_calcium ELSE -1 END
      ) >= 0
      THEN 'corrected_calcium'
      WHEN (
        CASE WHEN pr_calcium = 1 THEN rk_calcium ELSE -1 END
      ) >= 0
      THEN 'calcium'
      ELSE ''
    END AS dw
  FROM vitd_fw0
), vitd_fq AS (
  SELECT
    vitd_fw.*,
    CASE
      WHEN lw <> ''
      THEN ',' || CASE WHEN lo_ionized_calcium = 1 THEN 'ionized_calcium,' ELSE '' END || CASE WHEN lo_corrected_calcium = 1 THEN 'corrected_calcium,' ELSE '' END || CASE WHEN lo_calcium = 1 THEN 'calcium,' ELSE '' END
      ELSE ''
    END AS on_hypocalcemia,
    (
      CASE
        WHEN CASE
          WHEN lw = 'ionized_calcium'
          THEN m_u_ionized_calcium
          WHEN lw = 'corrected_calcium'
          THEN m_u_corrected_calcium
          WHEN lw = 'calcium'
          THEN m_u_calcium
          ELSE 0
        END > 0
        THEN CASE
          WHEN lw = 'ionized_calcium'
          THEN m_u_ionized_calcium
          WHEN lw = 'corrected_calcium'
          THEN m_u_corrected_calcium
          WHEN lw = 'calcium'
          THEN m_u_calcium
          ELSE 0
        END
        ELSE 0
      END
    ) * 4 + CASE
      WHEN lw = 'ionized_calcium'
      THEN m_sv_ionized_calcium
      WHEN lw = 'corrected_calcium'
      THEN m_sv_corrected_calcium
      WHEN lw = 'calcium'
      THEN m_sv_calcium
      ELSE 0
    END AS k_hypocalcemia,
    CASE
      WHEN hw <> ''
      THEN ',' || CASE WHEN hi_ionized_calcium = 1 THEN 'ionized_calcium,' ELSE '' END || CASE WHEN hi_corrected_calcium = 1 THEN 'corrected_calcium,' ELSE '' END || CASE WHEN hi_calcium = 1 THEN 'calcium,' ELSE '' END
      ELSE ''
    END AS on_hypercalcemia,
    (
      CASE
        WHEN CASE
          WHEN hw = 'ionized_calcium'
          THEN m_u_ionized_calcium
          WHEN hw = 'corrected_calcium'
          THEN m_u_corrected_calcium
          WHEN hw = 'calcium'
          THEN m_u_calcium
          ELSE 0
        END > 0
        THEN CASE
          WHEN hw = 'ionized_calcium'
          THEN m_u_ionized_calcium
          WHEN hw = 'corrected_calcium'
          THEN m_u_corrected_calcium
          WHEN hw = 'calcium'
          THEN m_u_calcium
          ELSE 0
        END
        ELSE 0
      END
    ) * 4 + CASE
      WHEN hw = 'ionized_calcium'
      THEN m_sv_ionized_calcium
      WHEN hw = 'corrected_calcium'
      THEN m_sv_corrected_calcium
      WHEN hw = 'calcium'
      THEN m_sv_calcium
      ELSE 0
    END AS k_hypercalcemia,
    CASE
      WHEN dw <> ''
      THEN ',ionized_calcium,' || CASE WHEN pr_corrected_calcium = 1 THEN 'corrected_calcium,' ELSE '' END || CASE WHEN pr_calcium = 1 THEN 'calcium,' ELSE '' END
      ELSE ''
    END AS on_calcium_discordant,
    (
      CASE
        WHEN CASE
          WHEN dw = 'ionized_calcium'
          THEN m_u_ionized_calcium
          WHEN dw = 'corrected_calcium'
          THEN m_u_corrected_calcium
          WHEN dw = 'calcium'
          THEN m_u_calcium
          ELSE 0
        END > 2
        THEN CASE
          WHEN dw = 'ionized_calcium'
          THEN m_u_ionized_calcium
          WHEN dw = 'corrected_calcium'
          THEN m_u_corrected_calcium
          WHEN dw = 'calcium'
          THEN m_u_calcium
          ELSE 0
        END
        ELSE 2
      END
    ) * 4 + CASE
      WHEN dw = 'ionized_calcium'
      THEN m_sv_ionized_calcium
      WHEN dw = 'corrected_calcium'
      THEN m_sv_corrected_calcium
      WHEN dw = 'calcium'
      THEN m_sv_calcium
      ELSE 0
    END AS k_calcium_discordant,
    CASE
      WHEN fl_pth = 'high' AND fl_vitamin_d = 'low' AND hw = ''
      THEN ',' || 'pth,' || 'vitamin_d,'
      ELSE ''
    END AS on_secondary_hyperparathyroidism,
    (
      CASE WHEN 1 > 1 THEN 1 ELSE 1 END
    ) * 4 + 0 AS k_secondary_hyperparathyroidism,
    CASE
      WHEN hw <> '' AND fl_pth IN ('high', 'normal')
      THEN ',' || hw || ',' || 'pth,'
      ELSE ''
    END AS on_primary_hyperparathyroidism,
    (
      CASE WHEN 1 > 1 THEN 1 ELSE 1 END
    ) * 4 + 0 AS k_primary_hyperparathyroidism,
    CASE
      WHEN hw <> '' AND fl_pth = 'low' AND fl_vitamin_d = 'high'
      THEN ',' || hw || ',' || 'pth,' || 'vitamin_d,'
      ELSE ''
    END AS on_vitamin_d_toxicity,
    (
      CASE WHEN 2 > 2 THEN 2 ELSE 2 END
    ) * 4 + 0 AS k_vitamin_d_toxicity,
    CASE
      WHEN hw <> '' AND fl_pth = 'low' AND fl_vitamin_d <> 'high'
      THEN ',' || hw || ',' || 'pth,'
      ELSE ''
    END AS on_pth_independent_hypercalcemia,
    (
      CASE WHEN 2 > 2 THEN 2 ELSE 2 END
    ) * 4 + 0 AS k_pth_independent_hypercalcemia,
    CASE
      WHEN lw <> '' AND fl_pth IN ('low', 'normal') AND fl_magnesium <> 'low'
      THEN ',' || lw || ',' || 'pth,'
      ELSE ''
    END AS on_hypoparathyroidism,
    (
      CASE WHEN 2 > 2 THEN 2 ELSE 2 END
    ) * 4 + 0 AS k_hypoparathyroidism,
    CASE
      WHEN lw <> '' AND fl_pth = 'high' AND fl_vitamin_d <> 'low'
      THEN ',' || lw || ',' || 'pth,'
      ELSE ''
    END AS on_pth_response_to_low_calcium,
    (
      CASE WHEN 2 > 2 THEN 2 ELSE 2 END
    ) * 4 + 0 AS k_pth_response_to_low_calcium,
    CASE
      WHEN fl_magnesium = 'low' AND lw <> ''
      THEN ',' || 'magnesium,' || lw || ','
      ELSE ''
    END AS on_magnesium_limits_calcium_correction,
    (
      CASE
        WHEN (
          CASE WHEN COALESCE(hm_u, 1) > 2 THEN COALESCE(hm_u, 1) ELSE 2 END
        ) > 2
        THEN (
          CASE WHEN COALESCE(hm_u, 1) > 2 THEN COALESCE(hm_u, 1) ELSE 2 END
        )
        ELSE 2
      END
    ) * 4 + sv_magnesium AS k_magnesium_limits_calcium_correction,
    CASE
      WHEN fl_vitamin_d <> '' AND fl_phosphate = 'low' AND lvl = 1
      THEN ',' || 'vitamin_d,' || 'phosphate,'
      ELSE ''
    END AS on_osteomalacia_pattern,
    (
      CASE WHEN 2 > 2 THEN 2 ELSE 2 END
    ) * 4 + 0 AS k_osteomalacia_pattern,
    CASE
      WHEN (
        fl_pth = 'high' AND fl_vitamin_d = 'low' AND hw = '' AND 1 = 1
      )
      OR (
        hw <> '' AND fl_pth IN ('high', 'normal') AND 1 = 1
      )
      OR (
        lw <> '' AND fl_pth = 'high' AND fl_vitamin_d <> 'low' AND 1 = 1
      )
      THEN 1
      ELSE 0
    END AS pop_elevated_pth,
    CASE
      WHEN (
        hw <> '' AND fl_pth = 'low' AND fl_vitamin_d = 'high' AND 1 = 1
      )
      OR (
        hw <> '' AND fl_pth = 'low' AND fl_vitamin_d <> 'high' AND 1 = 1
      )
      OR (
        lw <> '' AND fl_pth IN ('low', 'normal') AND fl_magnesium <> 'low' AND 1 = 1
      )
      OR (
        fl_magnesium = 'low' AND lw <> '' AND fl_pth <> '' AND fl_pth <> 'high'
      )
      THEN 1
      ELSE 0
    END AS pop_low_pth
  FROM vitd_fw
), vitd_fr AS (
  SELECT
    vitd_fq.*,
    CASE
      WHEN NOT f_own IS NULL
      AND NOT (
        (
          f_own = 'elevated_pth' AND pop_elevated_pth = 1
        )
        OR (
          f_own = 'low_pth' AND pop_low_pth = 1
        )
      )
      THEN 1
      ELSE 0
    END AS i_own,
    CASE
      WHEN LOCATE(',' || f_an || ',', on_hypocalcemia) > 0
      OR (
        f_an = 'calcium' AND LOCATE(',corrected_calcium,', on_hypocalcemia) > 0
      )
      THEN 1
      ELSE 0
    END AS i_hypocalcemia,
    CASE
      WHEN LOCATE(',' || f_an || ',', on_hypercalcemia) > 0
      OR (
        f_an = 'calcium' AND LOCATE(',corrected_calcium,', on_hypercalcemia) > 0
      )
      THEN 1
      ELSE 0
    END AS i_hypercalcemia,
    CASE
      WHEN LOCATE(',' || f_an || ',', on_calcium_discordant) > 0
      OR (
        f_an = 'calcium' AND LOCATE(',corrected_calcium,', on_calcium_discordant) > 0
      )
      THEN 1
      ELSE 0
    END AS i_calcium_discordant,
    CASE
      WHEN LOCATE(',' || f_an || ',', on_secondary_hyperparathyroidism) > 0
      OR (
        f_an = 'calcium'
        AND LOCATE(',corrected_calcium,', on_secondary_hyperparathyroidism) > 0
      )
      THEN 1
      ELSE 0
    END AS i_secondary_hyperparathyroidism,
    CASE
      WHEN LOCATE(',' || f_an || ',', on_primary_hyperparathyroidism) > 0
      OR (
        f_an = 'calcium'
        AND LOCATE(',corrected_calcium,', on_primary_hyperparathyroidism) > 0
      )
      THEN 1
      ELSE 0
    END AS i_primary_hyperparathyroidism,
    CASE
      WHEN LOCATE(',' || f_an || ',', on_vitamin_d_toxicity) > 0
      OR (
        f_an = 'calcium' AND LOCATE(',corrected_calcium,', on_vitamin_d_toxicity) > 0
      )
      THEN 1
      ELSE 0
    END AS i_vitamin_d_toxicity,
    CASE
      WHEN LOCATE(',' || f_an || ',', on_pth_independent_hypercalcemia) > 0
      OR (
        f_an = 'calcium'
        AND LOCATE(',corrected_calcium,', on_pth_independent_hypercalcemia) > 0
      )
      THEN 1
      ELSE 0
    END AS i_pth_independent_hypercalcemia,
    CASE
      WHEN LOCATE(',' || f_an || ',', on_hypoparathyroidism) > 0
      OR (
        f_an = 'calcium' AND LOCATE(',corrected_calcium,', on_hypoparathyroidism) > 0
      )
      THEN 1
      ELSE 0
    END AS i_hypoparathyroidism,
    CASE
      WHEN LOCATE(',' || f_an || ',', on_pth_response_to_low_calcium) > 0
      OR (
        f_an = 'calcium'
        AND LOCATE(',corrected_calcium,', on_pth_response_to_low_calcium) > 0
      )
      THEN 1
      ELSE 0
    END AS i_pth_response_to_low_calcium,
    CASE
      WHEN LOCATE(',' || f_an || ',', on_magnesium_limits_calcium_correction) > 0
      OR (
        f_an = 'calcium'
        AND LOCATE(',corrected_calcium,', on_magnesium_limits_calcium_correction) > 0
      )
      THEN 1
      ELSE 0
    END AS i_magnesium_limits_calcium_correction,
    CASE
      WHEN LOCATE(',' || f_an || ',', on_osteomalacia_pattern) > 0
      OR (
        f_an = 'calcium' AND LOCATE(',corrected_calcium,', on_osteomalacia_pattern) > 0
      )
      THEN 1
      ELSE 0
    END AS i_osteomalacia_pattern,
    COALESCE(
      CASE
        WHEN f_an = 'calcium' AND NOT k_bi IS NULL
        THEN (
          'albumin-corrected calcium ' || k_conv_text || ' mg/dL (' || k_si_text || ' mmol/L): ' || m_lb_corrected_calcium || ' (an estimate)'
        )
      END || '; ' || CASE
        WHEN f_an = 'calcium'
        THEN CASE
          WHEN h_ionized_calcium = 1 AND m_fl_ionized_calcium = 'normal' AND fl_calcium = 'low'
          THEN (
            'total calcium is ' || lb_calcium || ', but ionized calcium is normal: ionized calcium settles which is right'
          )
          WHEN h_ionized_calcium = 1 AND m_fl_ionized_calcium = 'normal' AND fl_calcium = 'high'
          THEN (
            'total calcium is ' || lb_calcium || ', but ionized calcium is normal: ionized calcium settles which is right'
          )
          WHEN h_ionized_calcium = 0 AND m_fl_corrected_calcium = 'normal' AND fl_calcium = 'low'
          THEN (
            'total calcium is ' || lb_calcium || ', but the albumin-corrected value is normal (low albumin lowers total calcium): ionized calcium settles which is right'
          )
          WHEN h_ionized_calcium = 0
          AND m_fl_corrected_calcium = 'normal'
          AND fl_calcium = 'high'
          THEN (
            'total calcium is ' || lb_calcium || ', but the albumin-corrected value is normal: ionized calcium settles which is right'
          )
        END
      END,
      CASE
        WHEN f_an = 'calcium' AND NOT k_bi IS NULL
        THEN (
          'albumin-corrected calcium ' || k_conv_text || ' mg/dL (' || k_si_text || ' mmol/L): ' || m_lb_corrected_calcium || ' (an estimate)'
        )
      END,
      CASE
        WHEN f_an = 'calcium'
        THEN CASE
          WHEN h_ionized_calcium = 1 AND m_fl_ionized_calcium = 'normal' AND fl_calcium = 'low'
          THEN (
            'total calcium is ' || lb_calcium || ', but ionized calcium is normal: ionized calcium settles which is right'
          )
          WHEN h_ionized_calcium = 1 AND m_fl_ionized_calcium = 'normal' AND fl_calcium = 'high'
          THEN (
            'total calcium is ' || lb_calcium || ', but ionized calcium is normal: ionized calcium settles which is right'
          )
          WHEN h_ionized_calcium = 0 AND m_fl_corrected_calcium = 'normal' AND fl_calcium = 'low'
          THEN (
            'total calcium is ' || lb_calcium || ', but the albumin-corrected value is normal (low albumin lowers total calcium): ionized calcium settles which is right'
          )
          WHEN h_ionized_calcium = 0
          AND m_fl_corrected_calcium = 'normal'
          AND fl_calcium = 'high'
          THEN (
            'total calcium is ' || lb_calcium || ', but the albumin-corrected value is normal: ionized calcium settles which is right'
          )
        END
      END
    ) AS o_note,
    CASE WHEN f_an = 'calcium' AND NOT k_bi IS NULL THEN k_si END AS o_si,
    CASE WHEN f_an = 'calcium' AND NOT k_bi IS NULL THEN k_conv END AS o_conv,
    CASE WHEN f_an = 'calcium' AND NOT k_bi IS NULL THEN m_fl_corrected_calcium END AS o_flag,
    CASE WHEN f_an = 'calcium' AND NOT k_bi IS NULL THEN kb_category END AS o_category,
    CASE WHEN f_an = 'calcium' AND NOT k_bi IS NULL THEN kb_severity END AS o_severity
  FROM vitd_fq
), vitd_fo AS (
  SELECT
    f_row,
    f_an,
    f_own,
    o_note,
    o_si,
    o_conv,
    o_flag,
    o_category,
    o_severity,
    CASE
      WHEN i_own = 1
      THEN 1 + CASE WHEN i_hypocalcemia = 1 AND k_hypocalcemia > f_own_k THEN 1 ELSE 0 END + CASE WHEN i_hypercalcemia = 1 AND k_hypercalcemia > f_own_k THEN 1 ELSE 0 END + CASE
        WHEN i_calcium_discordant = 1 AND k_calcium_discordant > f_own_k
        THEN 1
        ELSE 0
      END + CASE
        WHEN i_secondary_hyperparathyroidism = 1 AND k_secondary_hyperparathyroidism > f_own_k
        THEN 1
        ELSE 0
      END + CASE
        WHEN i_primary_hyperparathyroidism = 1 AND k_primary_hyperparathyroidism > f_own_k
        THEN 1
        ELSE 0
      END + CASE
        WHEN i_vitamin_d_toxicity = 1 AND k_vitamin_d_toxicity > f_own_k
        THEN 1
        ELSE 0
      END + CASE
        WHEN i_pth_independent_hypercalcemia = 1 AND k_pth_independent_hypercalcemia > f_own_k
        THEN 1
        ELSE 0
      END + CASE
        WHEN i_hypoparathyroidism = 1 AND k_hypoparathyroidism > f_own_k
        THEN 1
        ELSE 0
      END + CASE
        WHEN i_pth_response_to_low_calcium = 1 AND k_pth_response_to_low_calcium > f_own_k
        THEN 1
        ELSE 0
      END + CASE
        WHEN i_magnesium_limits_calcium_correction = 1
        AND k_magnesium_limits_calcium_correction > f_own_k
        THEN 1
        ELSE 0
      END + CASE
        WHEN i_osteomalacia_pattern = 1 AND k_osteomalacia_pattern > f_own_k
        THEN 1
        ELSE 0
      END
    END AS u_0,
    CASE
      WHEN i_hypocalcemia = 1
      THEN 1 + CASE WHEN i_own = 1 AND f_own_k >= k_hypocalcemia THEN 1 ELSE 0 END + CASE WHEN i_hypercalcemia = 1 AND k_hypercalcemia > k_hypocalcemia THEN 1 ELSE 0 END + CASE
        WHEN i_calcium_discordant = 1 AND k_calcium_discordant > k_hypocalcemia
        THEN 1
        ELSE 0
      END + CASE
        WHEN i_secondary_hyperparathyroidism = 1
        AND k_secondary_hyperparathyroidism > k_hypocalcemia
        THEN 1
        ELSE 0
      END + CASE
        WHEN i_primary_hyperparathyroidism = 1
        AND k_primary_hyperparathyroidism > k_hypocalcemia
        THEN 1
        ELSE 0
      END + CASE
        WHEN i_vitamin_d_toxicity = 1 AND k_vitamin_d_toxicity > k_hypocalcemia
        THEN 1
        ELSE 0
      END + CASE
        WHEN i_pth_independent_hypercalcemia = 1
        AND k_pth_independent_hypercalcemia > k_hypocalcemia
        THEN 1
        ELSE 0
      END + CASE
        WHEN i_hypoparathyroidism = 1 AND k_hypoparathyroidism > k_hypocalcemia
        THEN 1
        ELSE 0
      END + CASE
        WHEN i_pth_response_to_low_calcium = 1
        AND k_pth_response_to_low_calcium > k_hypocalcemia
        THEN 1
        ELSE 0
      END + CASE
        WHEN i_magnesium_limits_calcium_correction = 1
        AND k_magnesium_limits_calcium_correction > k_hypocalcemia
        THEN 1
        ELSE 0
      END + CASE
        WHEN i_osteomalacia_pattern = 1 AND k_osteomalacia_pattern > k_hypocalcemia
        THEN 1
        ELSE 0
      END
    END AS u_1,
    CASE
      WHEN i_hypercalcemia = 1
      THEN 1 + CASE WHEN i_own = 1 AND f_own_k >= k_hypercalcemia THEN 1 ELSE 0 END + CASE WHEN i_hypocalcemia = 1 AND k_hypocalcemia >= k_hypercalcemia THEN 1 ELSE 0 END + CASE
        WHEN i_calcium_discordant = 1 AND k_calcium_discordant > k_hypercalcemia
        THEN 1
        ELSE 0
      END + CASE
        WHEN i_secondary_hyperparathyroidism = 1
        AND k_secondary_hyperparathyroidism > k_hypercalcemia
        THEN 1
        ELSE 0
      END + CASE
        WHEN i_primary_hyperparathyroidism = 1
        AND k_primary_hyperparathyroidism > k_hypercalcemia
        THEN 1
        ELSE 0
      END + CASE
        WHEN i_vitamin_d_toxicity = 1 AND k_vitamin_d_toxicity > k_hypercalcemia
        THEN 1
        ELSE 0
      END + CASE
        WHEN i_pth_independent_hypercalcemia = 1
        AND k_pth_independent_hypercalcemia > k_hypercalcemia
        THEN 1
        ELSE 0
      END + CASE
        WHEN i_hypoparathyroidism = 1 AND k_hypoparathyroidism > k_hypercalcemia
        THEN 1
        ELSE 0
      END + CASE
        WHEN i_pth_response_to_low_calcium = 1
        AND k_pth_response_to_low_calcium > k_hypercalcemia
        THEN 1
        ELSE 0
      END + CASE
        WHEN i_magnesium_limits_calcium_correction = 1
        AND k_magnesium_limits_calcium_correction > k_hypercalcemia
        THEN 1
        ELSE 0
      END + CASE
        WHEN i_osteomalacia_pattern = 1 AND k_osteomalacia_pattern > k_hypercalcemia
        THEN 1
        ELSE 0
      END
    END AS u_2,
    CASE
      WHEN i_calcium_discordant = 1
      THEN 1 + CASE WHEN i_own = 1 AND f_own_k >= k_calcium_discordant THEN 1 ELSE 0 END + CASE
        WHEN i_hypocalcemia = 1 AND k_hypocalcemia >= k_calcium_discordant
        THEN 1
        ELSE 0
      END + CASE
        WHEN i_hypercalcemia = 1 AND k_hypercalcemia >= k_calcium_discordant
        THEN 1
        ELSE 0
      END + CASE
        WHEN i_secondary_hyperparathyroidism = 1
        AND k_secondary_hyperparathyroidism > k_calcium_discordant
        THEN 1
        ELSE 0
      END + CASE
        WHEN i_primary_hyperparathyroidism = 1
        AND k_primary_hyperparathyroidism > k_calcium_discordant
        THEN 1
        ELSE 0
      END + CASE
        WHEN i_vitamin_d_toxicity = 1 AND k_vitamin_d_toxicity > k_calcium_discordant
        THEN 1
        ELSE 0
      END + CASE
        WHEN i_pth_independent_hypercalcemia = 1
        AND k_pth_independent_hypercalcemia > k_calcium_discordant
        THEN 1
        ELSE 0
      END + CASE
        WHEN i_hypoparathyroidism = 1 AND k_hypoparathyroidism > k_calcium_discordant
        THEN 1
        ELSE 0
      END + CASE
        WHEN i_pth_response_to_low_calcium = 1
        AND k_pth_response_to_low_calcium > k_calcium_discordant
        THEN 1
        ELSE 0
      END + CASE
        WHEN i_magnesium_limits_calcium_correction = 1
        AND k_magnesium_limits_calcium_correction > k_calcium_discordant
        THEN 1
        ELSE 0
      END + CASE
        WHEN i_osteomalacia_pattern = 1 AND k_osteomalacia_pattern > k_calcium_discordant
        THEN 1
        ELSE 0
      END
    END AS u_3,
    CASE
      WHEN i_secondary_hyperparathyroidism = 1
      THEN 1 + CASE WHEN i_own = 1 AND f_own_k >= k_secondary_hyperparathyroidism THEN 1 ELSE 0 END + CASE
        WHEN i_hypocalcemia = 1 AND k_hypocalcemia >= k_secondary_hyperparathyroidism
        THEN 1
        ELSE 0
      END + CASE
        WHEN i_hypercalcemia = 1 AND k_hypercalcemia >= k_secondary_hyperparathyroidism
        THEN 1
        ELSE 0
      END + CASE
        WHEN i_calcium_discordant = 1
        AND k_calcium_discordant >= k_secondary_hyperparathyroidism
        THEN 1
        ELSE 0
      END + CASE
        WHEN i_primary_hyperparathyroidism = 1
        AND k_primary_hyperparathyroidism > k_secondary_hyperparathyroidism
        THEN 1
        ELSE 0
      END + CASE
        WHEN i_vitamin_d_toxicity = 1
        AND k_vitamin_d_toxicity > k_secondary_hyperparathyroidism
        THEN 1
        ELSE 0
      END + CASE
        WHEN i_pth_independent_hypercalcemia = 1
        AND k_pth_independent_hypercalcemia > k_secondary_hyperparathyroidism
        THEN 1
        ELSE 0
      END + CASE
        WHEN i_hypoparathyroidism = 1
        AND k_hypoparathyroidism > k_secondary_hyperparathyroidism
        THEN 1
        ELSE 0
      END + CASE
        WHEN i_pth_response_to_low_calcium = 1
        AND k_pth_response_to_low_calcium > k_secondary_hyperparathyroidism
        THEN 1
        ELSE 0
      END + CASE
        WHEN i_magnesium_limits_calcium_correction = 1
        AND k_magnesium_limits_calcium_correction > k_secondary_hyperparathyroidism
        THEN 1
        ELSE 0
      END + CASE
        WHEN i_osteomalacia_pattern = 1
        AND k_osteomalacia_pattern > k_secondary_hyperparathyroidism
        THEN 1
        ELSE 0
      END
    END AS u_4,
    CASE
      WHEN i_primary_hyperparathyroidism = 1
      THEN 1 + CASE WHEN i_own = 1 AND f_own_k >= k_primary_hyperparathyroidism THEN 1 ELSE 0 END + CASE
        WHEN i_hypocalcemia = 1 AND k_hypocalcemia >= k_primary_hyperparathyroidism
        THEN 1
        ELSE 0
      END + CASE
        WHEN i_hypercalcemia = 1 AND k_hypercalcemia >= k_primary_hyperparathyroidism
        THEN 1
        ELSE 0
      END + CASE
        WHEN i_calcium_discordant = 1
        AND k_calcium_discordant >= k_primary_hyperparathyroidism
        THEN 1
        ELSE 0
      END + CASE
        WHEN i_secondary_hyperparathyroidism = 1
        AND k_secondary_hyperparathyroidism >= k_primary_hyperparathyroidism
        THEN 1
        ELSE 0
      END + CASE
        WHEN i_vitamin_d_toxicity = 1 AND k_vitamin_d_toxicity > k_primary_hyperparathyroidism
        THEN 1
        ELSE 0
      END + CASE
        WHEN i_pth_independent_hypercalcemia = 1
        AND k_pth_independent_hypercalcemia > k_primary_hyperparathyroidism
        THEN 1
        ELSE 0
      END + CASE
        WHEN i_hypoparathyroidism = 1 AND k_hypoparathyroidism > k_primary_hyperparathyroidism
        THEN 1
        ELSE 0
      END + CASE
        WHEN i_pth_response_to_low_calcium = 1
        AND k_pth_response_to_low_calcium > k_primary_hyperparathyroidism
        THEN 1
        ELSE 0
      END + CASE
        WHEN i_magnesium_limits_calcium_correction = 1
        AND k_magnesium_limits_calcium_correction > k_primary_hyperparathyroidism
        THEN 1
        ELSE 0
      END + CASE
        WHEN i_osteomalacia_pattern = 1
        AND k_osteomalacia_pattern > k_primary_hyperparathyroidism
        THEN 1
        ELSE 0
      END
    END AS u_5,
    CASE
      WHEN i_vitamin_d_toxicity = 1
      THEN 1 + CASE WHEN i_own = 1 AND f_own_k >= k_vitamin_d_toxicity THEN 1 ELSE 0 END + CASE
        WHEN i_hypocalcemia = 1 AND k_hypocalcemia >= k_vitamin_d_toxicity
        THEN 1
        ELSE 0
      END + CASE
        WHEN i_hypercalcemia = 1 AND k_hypercalcemia >= k_vitamin_d_toxicity
        THEN 1
        ELSE 0
      END + CASE
        WHEN i_calcium_discordant = 1 AND k_calcium_discordant >= k_vitamin_d_toxicity
        THEN 1
        ELSE 0
      END + CASE
        WHEN i_secondary_hyperparathyroidism = 1
        AND k_secondary_hyperparathyroidism >= k_vitamin_d_toxicity
        THEN 1
        ELSE 0
      END + CASE
        WHEN i_primary_hyperparathyroidism = 1
        AND k_primary_hyperparathyroidism >= k_vitamin_d_toxicity
        THEN 1
        ELSE 0
      END + CASE
        WHEN i_pth_independent_hypercalcemia = 1
        AND k_pth_independent_hypercalcemia > k_vitamin_d_toxicity
        THEN 1
        ELSE 0
      END + CASE
        WHEN i_hypoparathyroidism = 1 AND k_hypoparathyroidism > k_vitamin_d_toxicity
        THEN 1
        ELSE 0
      END + CASE
        WHEN i_pth_response_to_low_calcium = 1
        AND k_pth_response_to_low_calcium > k_vitamin_d_toxicity
        THEN 1
        ELSE 0
      END + CASE
        WHEN i_magnesium_limits_calcium_correction = 1
        AND k_magnesium_limits_calcium_correction > k_vitamin_d_toxicity
        THEN 1
        ELSE 0
      END + CASE
        WHEN i_osteomalacia_pattern = 1 AND k_osteomalacia_pattern > k_vitamin_d_toxicity
        THEN 1
        ELSE 0
      END
    END AS u_6,
    CASE
      WHEN i_pth_independent_hypercalcemia = 1
      THEN 1 + CASE WHEN i_own = 1 AND f_own_k >= k_pth_independent_hypercalcemia THEN 1 ELSE 0 END + CASE
        WHEN i_hypocalcemia = 1 AND k_hypocalcemia >= k_pth_independent_hypercalcemia
        THEN 1
        ELSE 0
      END + CASE
        WHEN i_hypercalcemia = 1 AND k_hypercalcemia >= k_pth_independent_hypercalcemia
        THEN 1
        ELSE 0
      END + CASE
        WHEN i_calcium_discordant = 1
        AND k_calcium_discordant >= k_pth_independent_hypercalcemia
        THEN 1
        ELSE 0
      END + CASE
        WHEN i_secondary_hyperparathyroidism = 1
        AND k_secondary_hyperparathyroidism >= k_pth_independent_hypercalcemia
        THEN 1
        ELSE 0
      END + CASE
        WHEN i_primary_hyperparathyroidism = 1
        AND k_primary_hyperparathyroidism >= k_pth_independent_hypercalcemia
        THEN 1
        ELSE 0
      END + CASE
        WHEN i_vitamin_d_toxicity = 1
        AND k_vitamin_d_toxicity >= k_pth_independent_hypercalcemia
        THEN 1
        ELSE 0
      END + CASE
        WHEN i_hypoparathyroidism = 1
        AND k_hypoparathyroidism > k_pth_independent_hypercalcemia
        THEN 1
        ELSE 0
      END + CASE
        WHEN i_pth_response_to_low_calcium = 1
        AND k_pth_response_to_low_calcium > k_pth_independent_hypercalcemia
        THEN 1
        ELSE 0
      END + CASE
        WHEN i_magnesium_limits_calcium_correction = 1
        AND k_magnesium_limits_calcium_correction > k_pth_independent_hypercalcemia
        THEN 1
        ELSE 0
      END + CASE
        WHEN i_osteomalacia_pattern = 1
        AND k_osteomalacia_pattern > k_pth_independent_hypercalcemia
        THEN 1
        ELSE 0
      END
    END AS u_7,
    CASE
      WHEN i_hypoparathyroidism = 1
      THEN 1 + CASE WHEN i_own = 1 AND f_own_k >= k_hypoparathyroidism THEN 1 ELSE 0 END + CASE
        WHEN i_hypocalcemia = 1 AND k_hypocalcemia >= k_hypoparathyroidism
        THEN 1
        ELSE 0
      END + CASE
        WHEN i_hypercalcemia = 1 AND k_hypercalcemia >= k_hypoparathyroidism
        THEN 1
        ELSE 0
      END + CASE
        WHEN i_calcium_discordant = 1 AND k_calcium_discordant >= k_hypoparathyroidism
        THEN 1
        ELSE 0
      END + CASE
        WHEN i_secondary_hyperparathyroidism = 1
        AND k_secondary_hyperparathyroidism >= k_hypoparathyroidism
        THEN 1
        ELSE 0
      END + CASE
        WHEN i_primary_hyperparathyroidism = 1
        AND k_primary_hyperparathyroidism >= k_hypoparathyroidism
        THEN 1
        ELSE 0
      END + CASE
        WHEN i_vitamin_d_toxicity = 1 AND k_vitamin_d_toxicity >= k_hypoparathyroidism
        THEN 1
        ELSE 0
      END + CASE
        WHEN i_pth_independent_hypercalcemia = 1
        AND k_pth_independent_hypercalcemia >= k_hypoparathyroidism
        THEN 1
        ELSE 0
      END + CASE
        WHEN i_pth_response_to_low_calcium = 1
        AND k_pth_response_to_low_calcium > k_hypoparathyroidism
        THEN 1
        ELSE 0
      END + CASE
        WHEN i_magnesium_limits_calcium_correction = 1
        AND k_magnesium_limits_calcium_correction > k_hypoparathyroidism
        THEN 1
        ELSE 0
      END + CASE
        WHEN i_osteomalacia_pattern = 1 AND k_osteomalacia_pattern > k_hypoparathyroidism
        THEN 1
        ELSE 0
      END
    END AS u_8,
    CASE
      WHEN i_pth_response_to_low_calcium = 1
      THEN 1 + CASE WHEN i_own = 1 AND f_own_k >= k_pth_response_to_low_calcium THEN 1 ELSE 0 END + CASE
        WHEN i_hypocalcemia = 1 AND k_hypocalcemia >= k_pth_response_to_low_calcium
        THEN 1
        ELSE 0
      END + CASE
        WHEN i_hypercalcemia = 1 AND k_hypercalcemia >= k_pth_response_to_low_calcium
        THEN 1
        ELSE 0
      END + CASE
        WHEN i_calcium_discordant = 1
        AND k_calcium_discordant >= k_pth_response_to_low_calcium
        THEN 1
        ELSE 0
      END + CASE
        WHEN i_secondary_hyperparathyroidism = 1
        AND k_secondary_hyperparathyroidism >= k_pth_response_to_low_calcium
        THEN 1
        ELSE 0
      END + CASE
        WHEN i_primary_hyperparathyroidism = 1
        AND k_primary_hyperparathyroidism >= k_pth_response_to_low_calcium
        THEN 1
        ELSE 0
      END + CASE
        WHEN i_vitamin_d_toxicity = 1
        AND k_vitamin_d_toxicity >= k_pth_response_to_low_calcium
        THEN 1
        ELSE 0
      END + CASE
        WHEN i_pth_independent_hypercalcemia = 1
        AND k_pth_independent_hypercalcemia >= k_pth_response_to_low_calcium
        THEN 1
        ELSE 0
      END + CASE
        WHEN i_hypoparathyroidism = 1
        AND k_hypoparathyroidism >= k_pth_response_to_low_calcium
        THEN 1
        ELSE 0
      END + CASE
        WHEN i_magnesium_limits_calcium_correction = 1
        AND k_magnesium_limits_calcium_correction > k_pth_response_to_low_calcium
        THEN 1
        ELSE 0
      END + CASE
        WHEN i_osteomalacia_pattern = 1
        AND k_osteomalacia_pattern > k_pth_response_to_low_calcium
        THEN 1
        ELSE 0
      END
    END AS u_9,
    CASE
      WHEN i_magnesium_limits_calcium_correction = 1
      THEN 1 + CASE
        WHEN i_own = 1 AND f_own_k >= k_magnesium_limits_calcium_correction
        THEN 1
        ELSE 0
      END + CASE
        WHEN i_hypocalcemia = 1 AND k_hypocalcemia >= k_magnesium_limits_calcium_correction
        THEN 1
        ELSE 0
      END + CASE
        WHEN i_hypercalcemia = 1 AND k_hypercalcemia >= k_magnesium_limits_calcium_correction
        THEN 1
        ELSE 0
      END + CASE
        WHEN i_calcium_discordant = 1
        AND k_calcium_discordant >= k_magnesium_limits_calcium_correction
        THEN 1
        ELSE 0
      END + CASE
        WHEN i_secondary_hyperparathyroidism = 1
        AND k_secondary_hyperparathyroidism >= k_magnesium_limits_calcium_correction
        THEN 1
        ELSE 0
      END + CASE
        WHEN i_primary_hyperparathyroidism = 1
        AND k_primary_hyperparathyroidism >= k_magnesium_limits_calcium_correction
        THEN 1
        ELSE 0
      END + CASE
        WHEN i_vitamin_d_toxicity = 1
        AND k_vitamin_d_toxicity >= k_magnesium_limits_calcium_correction
        THEN 1
        ELSE 0
      END + CASE
        WHEN i_pth_independent_hypercalcemia = 1
        AND k_pth_independent_hypercalcemia >= k_magnesium_limits_calcium_correction
        THEN 1
        ELSE 0
      END + CASE
        WHEN i_hypoparathyroidism = 1
        AND k_hypoparathyroidism >= k_magnesium_limits_calcium_correction
        THEN 1
        ELSE 0
      END + CASE
        WHEN i_pth_response_to_low_calcium = 1
        AND k_pth_response_to_low_calcium >= k_magnesium_limits_calcium_correction
        THEN 1
        ELSE 0
      END + CASE
        WHEN i_osteomalacia_pattern = 1
        AND k_osteomalacia_pattern > k_magnesium_limits_calcium_correction
        THEN 1
        ELSE 0
      END
    END AS u_10,
    CASE
      WHEN i_osteomalacia_pattern = 1
      THEN 1 + CASE WHEN i_own = 1 AND f_own_k >= k_osteomalacia_pattern THEN 1 ELSE 0 END + CASE
        WHEN i_hypocalcemia = 1 AND k_hypocalcemia >= k_osteomalacia_pattern
        THEN 1
        ELSE 0
      END + CASE
        WHEN i_hypercalcemia = 1 AND k_hypercalcemia >= k_osteomalacia_pattern
        THEN 1
        ELSE 0
      END + CASE
        WHEN i_calcium_discordant = 1 AND k_calcium_discordant >= k_osteomalacia_pattern
        THEN 1
        ELSE 0
      END + CASE
        WHEN i_secondary_hyperparathyroidism = 1
        AND k_secondary_hyperparathyroidism >= k_osteomalacia_pattern
        THEN 1
        ELSE 0
      END + CASE
        WHEN i_primary_hyperparathyroidism = 1
        AND k_primary_hyperparathyroidism >= k_osteomalacia_pattern
        THEN 1
        ELSE 0
      END + CASE
        WHEN i_vitamin_d_toxicity = 1 AND k_vitamin_d_toxicity >= k_osteomalacia_pattern
        THEN 1
        ELSE 0
      END + CASE
        WHEN i_pth_independent_hypercalcemia = 1
        AND k_pth_independent_hypercalcemia >= k_osteomalacia_pattern
        THEN 1
        ELSE 0
      END + CASE
        WHEN i_hypoparathyroidism = 1 AND k_hypoparathyroidism >= k_osteomalacia_pattern
        THEN 1
        ELSE 0
      END + CASE
        WHEN i_pth_response_to_low_calcium = 1
        AND k_pth_response_to_low_calcium >= k_osteomalacia_pattern
        THEN 1
        ELSE 0
      END + CASE
        WHEN i_magnesium_limits_calcium_correction = 1
        AND k_magnesium_limits_calcium_correction >= k_osteomalacia_pattern
        THEN 1
        ELSE 0
      END
    END AS u_11
  FROM vitd_fr
), vitd_fs AS (
  SELECT
    f_row,
    f_an,
    CASE
      WHEN u_0 = 1
      THEN f_own
      WHEN u_1 = 1
      THEN 'hypocalcemia'
      WHEN u_2 = 1
      THEN 'hypercalcemia'
      WHEN u_3 = 1
      THEN 'calcium_discordant'
      WHEN u_4 = 1
      THEN 'secondary_hyperparathyroidism'
      WHEN u_5 = 1
      THEN 'primary_hyperparathyroidism'
      WHEN u_6 = 1
      THEN 'vitamin_d_toxicity'
      WHEN u_7 = 1
      THEN 'pth_independent_hypercalcemia'
      WHEN u_8 = 1
      THEN 'hypoparathyroidism'
      WHEN u_9 = 1
      THEN 'pth_response_to_low_calcium'
      WHEN u_10 = 1
      THEN 'magnesium_limits_calcium_correction'
      WHEN u_11 = 1
      THEN 'osteomalacia_pattern'
    END AS c1,
    CASE
      WHEN u_0 = 2
      THEN f_own
      WHEN u_1 = 2
      THEN 'hypocalcemia'
      WHEN u_2 = 2
      THEN 'hypercalcemia'
      WHEN u_3 = 2
      THEN 'calcium_discordant'
      WHEN u_4 = 2
      THEN 'secondary_hyperparathyroidism'
      WHEN u_5 = 2
      THEN 'primary_hyperparathyroidism'
      WHEN u_6 = 2
      THEN 'vitamin_d_toxicity'
      WHEN u_7 = 2
      THEN 'pth_independent_hypercalcemia'
      WHEN u_8 = 2
      THEN 'hypoparathyroidism'
      WHEN u_9 = 2
      THEN 'pth_response_to_low_calcium'
      WHEN u_10 = 2
      THEN 'magnesium_limits_calcium_correction'
      WHEN u_11 = 2
      THEN 'osteomalacia_pattern'
    END AS c2,
    CASE
      WHEN u_0 = 3
      THEN f_own
      WHEN u_1 = 3
      THEN 'hypocalcemia'
      WHEN u_2 = 3
      THEN 'hypercalcemia'
      WHEN u_3 = 3
      THEN 'calcium_discordant'
      WHEN u_4 = 3
      THEN 'secondary_hyperparathyroidism'
      WHEN u_5 = 3
      THEN 'primary_hyperparathyroidism'
      WHEN u_6 = 3
      THEN 'vitamin_d_toxicity'
      WHEN u_7 = 3
      THEN 'pth_independent_hypercalcemia'
      WHEN u_8 = 3
      THEN 'hypoparathyroidism'
      WHEN u_9 = 3
      THEN 'pth_response_to_low_calcium'
      WHEN u_10 = 3
      THEN 'magnesium_limits_calcium_correction'
      WHEN u_11 = 3
      THEN 'osteomalacia_pattern'
    END AS c3,
    CASE
      WHEN u_0 = 4
      THEN f_own
      WHEN u_1 = 4
      THEN 'hypocalcemia'
      WHEN u_2 = 4
      THEN 'hypercalcemia'
      WHEN u_3 = 4
      THEN 'calcium_discordant'
      WHEN u_4 = 4
      THEN 'secondary_hyperparathyroidism'
      WHEN u_5 = 4
      THEN 'primary_hyperparathyroidism'
      WHEN u_6 = 4
      THEN 'vitamin_d_toxicity'
      WHEN u_7 = 4
      THEN 'pth_independent_hypercalcemia'
      WHEN u_8 = 4
      THEN 'hypoparathyroidism'
      WHEN u_9 = 4
      THEN 'pth_response_to_low_calcium'
      WHEN u_10 = 4
      THEN 'magnesium_limits_calcium_correction'
      WHEN u_11 = 4
      THEN 'osteomalacia_pattern'
    END AS c4,
    CASE
      WHEN u_0 = 5
      THEN f_own
      WHEN u_1 = 5
      THEN 'hypocalcemia'
      WHEN u_2 = 5
      THEN 'hypercalcemia'
      WHEN u_3 = 5
      THEN 'calcium_discordant'
      WHEN u_4 = 5
      THEN 'secondary_hyperparathyroidism'
      WHEN u_5 = 5
      THEN 'primary_hyperparathyroidism'
      WHEN u_6 = 5
      THEN 'vitamin_d_toxicity'
      WHEN u_7 = 5
      THEN 'pth_independent_hypercalcemia'
      WHEN u_8 = 5
      THEN 'hypoparathyroidism'
      WHEN u_9 = 5
      THEN 'pth_response_to_low_calcium'
      WHEN u_10 = 5
      THEN 'magnesium_limits_calcium_correction'
      WHEN u_11 = 5
      THEN 'osteomalacia_pattern'
    END AS c5,
    CASE
      WHEN u_0 = 6
      THEN f_own
      WHEN u_1 = 6
      THEN 'hypocalcemia'
      WHEN u_2 = 6
      THEN 'hypercalcemia'
      WHEN u_3 = 6
      THEN 'calcium_discordant'
      WHEN u_4 = 6
      THEN 'secondary_hyperparathyroidism'
      WHEN u_5 = 6
      THEN 'primary_hyperparathyroidism'
      WHEN u_6 = 6
      THEN 'vitamin_d_toxicity'
      WHEN u_7 = 6
      THEN 'pth_independent_hypercalcemia'
      WHEN u_8 = 6
      THEN 'hypoparathyroidism'
      WHEN u_9 = 6
      THEN 'pth_response_to_low_calcium'
      WHEN u_10 = 6
      THEN 'magnesium_limits_calcium_correction'
      WHEN u_11 = 6
      THEN 'osteomalacia_pattern'
    END AS c6,
    CASE
      WHEN u_0 = 7
      THEN f_own
      WHEN u_1 = 7
      THEN 'hypocalcemia'
      WHEN u_2 = 7
      THEN 'hypercalcemia'
      WHEN u_3 = 7
      THEN 'calcium_discordant'
      WHEN u_4 = 7
      THEN 'secondary_hyperparathyroidism'
      WHEN u_5 = 7
      THEN 'primary_hyperparathyroidism'
      WHEN u_6 = 7
      THEN 'vitamin_d_toxicity'
      WHEN u_7 = 7
      THEN 'pth_independent_hypercalcemia'
      WHEN u_8 = 7
      THEN 'hypoparathyroidism'
      WHEN u_9 = 7
      THEN 'pth_response_to_low_calcium'
      WHEN u_10 = 7
      THEN 'magnesium_limits_calcium_correction'
      WHEN u_11 = 7
      THEN 'osteomalacia_pattern'
    END AS c7,
    CASE
      WHEN u_0 = 8
      THEN f_own
      WHEN u_1 = 8
      THEN 'hypocalcemia'
      WHEN u_2 = 8
      THEN 'hypercalcemia'
      WHEN u_3 = 8
      THEN 'calcium_discordant'
      WHEN u_4 = 8
      THEN 'secondary_hyperparathyroidism'
      WHEN u_5 = 8
      THEN 'primary_hyperparathyroidism'
      WHEN u_6 = 8
      THEN 'vitamin_d_toxicity'
      WHEN u_7 = 8
      THEN 'pth_independent_hypercalcemia'
      WHEN u_8 = 8
      THEN 'hypoparathyroidism'
      WHEN u_9 = 8
      THEN 'pth_response_to_low_calcium'
      WHEN u_10 = 8
      THEN 'magnesium_limits_calcium_correction'
      WHEN u_11 = 8
      THEN 'osteomalacia_pattern'
    END AS c8,
    CASE
      WHEN u_0 = 9
      THEN f_own
      WHEN u_1 = 9
      THEN 'hypocalcemia'
      WHEN u_2 = 9
      THEN 'hypercalcemia'
      WHEN u_3 = 9
      THEN 'calcium_discordant'
      WHEN u_4 = 9
      THEN 'secondary_hyperparathyroidism'
      WHEN u_5 = 9
      THEN 'primary_hyperparathyroidism'
      WHEN u_6 = 9
      THEN 'vitamin_d_toxicity'
      WHEN u_7 = 9
      THEN 'pth_independent_hypercalcemia'
      WHEN u_8 = 9
      THEN 'hypoparathyroidism'
      WHEN u_9 = 9
      THEN 'pth_response_to_low_calcium'
      WHEN u_10 = 9
      THEN 'magnesium_limits_calcium_correction'
      WHEN u_11 = 9
      THEN 'osteomalacia_pattern'
    END AS c9,
    CASE
      WHEN u_0 = 10
      THEN f_own
      WHEN u_1 = 10
      THEN 'hypocalcemia'
      WHEN u_2 = 10
      THEN 'hypercalcemia'
      WHEN u_3 = 10
      THEN 'calcium_discordant'
      WHEN u_4 = 10
      THEN 'secondary_hyperparathyroidism'
      WHEN u_5 = 10
      THEN 'primary_hyperparathyroidism'
      WHEN u_6 = 10
      THEN 'vitamin_d_toxicity'
      WHEN u_7 = 10
      THEN 'pth_independent_hypercalcemia'
      WHEN u_8 = 10
      THEN 'hypoparathyroidism'
      WHEN u_9 = 10
      THEN 'pth_response_to_low_calcium'
      WHEN u_10 = 10
      THEN 'magnesium_limits_calcium_correction'
      WHEN u_11 = 10
      THEN 'osteomalacia_pattern'
    END AS c10,
    CASE
      WHEN u_0 = 11
      THEN f_own
      WHEN u_1 = 11
      THEN 'hypocalcemia'
      WHEN u_2 = 11
      THEN 'hypercalcemia'
      WHEN u_3 = 11
      THEN 'calcium_discordant'
      WHEN u_4 = 11
      THEN 'secondary_hyperparathyroidism'
      WHEN u_5 = 11
      THEN 'primary_hyperparathyroidism'
      WHEN u_6 = 11
      THEN 'vitamin_d_toxicity'
      WHEN u_7 = 11
      THEN 'pth_independent_hypercalcemia'
      WHEN u_8 = 11
      THEN 'hypoparathyroidism'
      WHEN u_9 = 11
      THEN 'pth_response_to_low_calcium'
      WHEN u_10 = 11
      THEN 'magnesium_limits_calcium_correction'
      WHEN u_11 = 11
      THEN 'osteomalacia_pattern'
    END AS c11,
    CASE
      WHEN u_0 = 12
      THEN f_own
      WHEN u_1 = 12
      THEN 'hypocalcemia'
      WHEN u_2 = 12
      THEN 'hypercalcemia'
      WHEN u_3 = 12
      THEN 'calcium_discordant'
      WHEN u_4 = 12
      THEN 'secondary_hyperparathyroidism'
      WHEN u_5 = 12
      THEN 'primary_hyperparathyroidism'
      WHEN u_6 = 12
      THEN 'vitamin_d_toxicity'
      WHEN u_7 = 12
      THEN 'pth_independent_hypercalcemia'
      WHEN u_8 = 12
      THEN 'hypoparathyroidism'
      WHEN u_9 = 12
      THEN 'pth_response_to_low_calcium'
      WHEN u_10 = 12
      THEN 'magnesium_limits_calcium_correction'
      WHEN u_11 = 12
      THEN 'osteomalacia_pattern'
    END AS c12,
    o_note,
    o_si,
    o_conv,
    o_flag,
    o_category,
    o_severity
  FROM vitd_fo
)
SELECT
  f_row AS vitd_row,
  f_an AS a,
  COALESCE(c1, '') || COALESCE(' ' || c2, '') || COALESCE(' ' || c3, '') || COALESCE(' ' || c4, '') || COALESCE(' ' || c5, '') || COALESCE(' ' || c6, '') || COALESCE(' ' || c7, '') || COALESCE(' ' || c8, '') || COALESCE(' ' || c9, '') || COALESCE(' ' || c10, '') || COALESCE(' ' || c11, '') || COALESCE(' ' || c12, '') AS vitd_findings,
  o_note AS vitd_panel_note,
  o_si AS vitd_corrected_value_si,
  CASE WHEN NOT o_si IS NULL THEN 'mmol/L' END AS vitd_corrected_unit_si,
  o_conv AS vitd_corrected_value,
  CASE WHEN NOT o_si IS NULL THEN 'mg/dL' END AS vitd_corrected_unit,
  o_flag AS vitd_corrected_flag,
  o_category AS vitd_corrected_category,
  o_severity AS vitd_corrected_severity
FROM vitd_fs;
