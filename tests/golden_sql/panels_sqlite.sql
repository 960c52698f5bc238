WITH vitd_p_in AS MATERIALIZED (
  SELECT
    CAST("vitd_row" AS INTEGER) AS r,
    COALESCE(CAST("vitd_subject" AS TEXT), '') AS s,
    CAST("vitd_analyte" AS TEXT) AS a,
    CAST(ROUND((
      JULIANDAY("vitd_when") - 2440587.5
    ) * 86400000.0) AS INTEGER) AS t
  FROM interpreted
), vitd_p_run AS MATERIALIZED (
  SELECT
    r,
    a,
    t,
    SUM(CASE WHEN prev_s = s THEN 0 ELSE 1 END) OVER (ORDER BY r NULLS LAST ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS run
  FROM (
    SELECT
      r,
      s,
      a,
      t,
      LAG(s) OVER (ORDER BY r NULLS LAST) AS prev_s
    FROM vitd_p_in
  ) AS x
), vitd_p_part AS MATERIALIZED (
  SELECT
    r,
    a,
    t,
    MIN(r) OVER (PARTITION BY run, k) AS part
  FROM (
    SELECT
      r,
      run,
      a,
      t,
      SUM(CASE WHEN top IS NULL OR (
        t > top AND t - top >= 86400000
      ) THEN 1 ELSE 0 END) OVER (
        PARTITION BY run
        ORDER BY r NULLS LAST
        ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
      ) AS k
    FROM (
      SELECT
        r,
        run,
        a,
        t,
        MAX(t) OVER (
          PARTITION BY run
          ORDER BY r NULLS LAST
          ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING
        ) AS top
      FROM vitd_p_run
      WHERE
        NOT t IS NULL
    ) AS x
  ) AS y
), vitd_p_n AS MATERIALIZED (
  SELECT
    r,
    part,
    a,
    t,
    ROW_NUMBER() OVER (PARTITION BY part, t, a ORDER BY r NULLS LAST) AS n
  FROM vitd_p_part
), vitd_p_pos AS MATERIALIZED (
  SELECT
    part,
    t,
    n,
    ROW_NUMBER() OVER (PARTITION BY part ORDER BY t NULLS LAST, n NULLS LAST) AS pos,
    t - LAG(t) OVER (PARTITION BY part ORDER BY t NULLS LAST, n NULLS LAST) AS gap
  FROM (
    SELECT DISTINCT
      part,
      t,
      n
    FROM vitd_p_n
  ) AS x
), vitd_p_res AS MATERIALIZED (
  SELECT
    d.r,
    d.part,
    d.a,
    d.t,
    p.pos
  FROM vitd_p_n AS d
  JOIN vitd_p_pos AS p
    ON p.part = d.part AND p.t = d.t AND p.n = d.n
), vitd_p_pair AS MATERIALIZED (
  SELECT
    part,
    lo,
    hi
  FROM (
    SELECT
      part,
      pos AS hi,
      t,
      LAG(pos) OVER (PARTITION BY part, a ORDER BY pos NULLS LAST) AS lo,
      LAG(t) OVER (PARTITION BY part, a ORDER BY pos NULLS LAST) AS lo_t
    FROM vitd_p_res
  ) AS x
  WHERE
    NOT lo IS NULL AND (
      t - lo_t < 86400000 OR t = lo_t
    )
  UNION
  SELECT
    part,
    lo,
    hi
  FROM (
    SELECT
      part,
      pos AS hi,
      MAX(pos) OVER (
        PARTITION BY part
        ORDER BY t NULLS LAST
        RANGE BETWEEN UNBOUNDED PRECEDING AND 86400000 PRECEDING
      ) AS lo
    FROM vitd_p_pos
  ) AS x
  WHERE
    NOT lo IS NULL
), vitd_p_cut AS MATERIALIZED (
  SELECT DISTINCT
    part,
    pos
  FROM (
    SELECT
      c.part,
      p.pos,
      ROW_NUMBER() OVER (PARTITION BY c.part, c.lo, c.hi ORDER BY p.gap DESC, p.pos DESC) AS k
    FROM vitd_p_pair AS c
    JOIN vitd_p_pos AS p
      ON p.part = c.part AND p.pos > c.lo AND p.pos <= c.hi
  ) AS x
  WHERE
    k = 1
), vitd_p_piece AS MATERIALIZED (
  SELECT
    p.part,
    p.pos,
    SUM(CASE WHEN c.pos IS NULL THEN 0 ELSE 1 END) OVER (
      PARTITION BY p.part
      ORDER BY p.pos NULLS LAST
      ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
    ) AS piece
  FROM vitd_p_pos AS p
  LEFT JOIN vitd_p_cut AS c
    ON c.part = p.part AND c.pos = p.pos
), vitd_p_dated AS MATERIALIZED (
  SELECT
    d.r,
    MIN(d.r) OVER (PARTITION BY d.part, q.piece) AS panel
  FROM vitd_p_res AS d
  JOIN vitd_p_piece AS q
    ON q.part = d.part AND q.pos = d.pos
), vitd_p_u AS MATERIALIZED (
  SELECT
    r,
    run,
    a,
    SUM(CASE WHEN a = lead THEN 1 ELSE 0 END) OVER (
      PARTITION BY run
      ORDER BY r NULLS LAST
      ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
    ) AS report
  FROM (
    SELECT
      r,
      run,
      a,
      FIRST_VALUE(a) OVER (
        PARTITION BY run
        ORDER BY r NULLS LAST
        ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
      ) AS lead
    FROM vitd_p_run
    WHERE
      t IS NULL
  ) AS x
), vitd_p_undated AS MATERIALIZED (
  SELECT
    r,
    MIN(r) OVER (PARTITION BY run, report, n) AS panel
  FROM (
    SELECT
      r,
      run,
      report,
      ROW_NUMBER() OVER (PARTITION BY run, report, a ORDER BY r NULLS LAST) AS n
    FROM vitd_p_u
  ) AS x
)
SELECT
  r AS "vitd_row",
  panel AS vitd_panel
FROM vitd_p_dated
UNION ALL
SELECT
  r,
  panel
FROM vitd_p_undated;
