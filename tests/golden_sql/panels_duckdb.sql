WITH vitd_p_in AS (
  SELECT
    CAST("vitd_row" AS BIGINT) AS r,
    COALESCE(CAST("vitd_subject" AS TEXT), '') AS s,
    CAST("vitd_analyte" AS TEXT) AS a,
    EPOCH_MS(CAST("vitd_when" AS TIMESTAMP)) AS t
  FROM interpreted
), vitd_p_run AS (
  SELECT
    r,
    a,
    t,
    SUM(CASE WHEN prev_s = s THEN 0 ELSE 1 END) OVER (ORDER BY r ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS run
  FROM (
    SELECT
      r,
      s,
      a,
      t,
      LAG(s) OVER (ORDER BY r) AS prev_s
    FROM vitd_p_in
  ) AS x
), vitd_p_part AS (
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
      ) THEN 1 ELSE 0 END) OVER (PARTITION BY run ORDER BY r ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS k
    FROM (
      SELECT
        r,
        run,
        a,
        t,
        MAX(t) OVER (PARTITION BY run ORDER BY r ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS top
      FROM vitd_p_run
      WHERE
        NOT t IS NULL
    ) AS x
  ) AS y
), vitd_p_n AS (
  SELECT
    r,
    part,
    a,
    t,
    ROW_NUMBER() OVER (PARTITION BY part, t, a ORDER BY r) AS n
  FROM vitd_p_part
), vitd_p_pos AS (
  SELECT
    part,
    t,
    n,
    ROW_NUMBER() OVER (PARTITION BY part ORDER BY t, n) AS pos,
    t - LAG(t) OVER (PARTITION BY part ORDER BY t, n) AS gap
  FROM (
    SELECT DISTINCT
      part,
      t,
      n
    FROM vitd_p_n
  ) AS x
), vitd_p_res AS (
  SELECT
    d.r,
    d.part,
    d.a,
    d.t,
    p.pos
  FROM vitd_p_n AS d
  JOIN vitd_p_pos AS p
    ON p.part = d.part AND p.t = d.t AND p.n = d.n
), vitd_p_pair AS (
  SELECT
    part,
    lo,
    hi
  FROM (
    SELECT
      part,
      pos AS hi,
      t,
      LAG(pos) OVER (PARTITION BY part, a ORDER BY pos) AS lo,
      LAG(t) OVER (PARTITION BY part, a ORDER BY pos) AS lo_t
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
        ORDER BY t
        RANGE BETWEEN UNBOUNDED PRECEDING AND 86400000 PRECEDING
      ) AS lo
    FROM vitd_p_pos
  ) AS x
  WHERE
    NOT lo IS NULL
), vitd_p_cut AS (
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
), vitd_p_piece AS (
  SELECT
    p.part,
    p.pos,
    SUM(CASE WHEN c.pos IS NULL THEN 0 ELSE 1 END) OVER (
      PARTITION BY p.part
      ORDER BY p.pos
      ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
    ) AS piece
  FROM vitd_p_pos AS p
  LEFT JOIN vitd_p_cut AS c
    ON c.part = p.part AND c.pos = p.pos
), vitd_p_dated AS (
  SELECT
    d.r,
    MIN(d.r) OVER (PARTITION BY d.part, q.piece) AS panel
  FROM vitd_p_res AS d
  JOIN vitd_p_piece AS q
    ON q.part = d.part AND q.pos = d.pos
), vitd_p_u AS (
  SELECT
    r,
    run,
    a,
    SUM(CASE WHEN a = lead THEN 1 ELSE 0 END) OVER (PARTITION BY run ORDER BY r ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS report
  FROM (
    SELECT
      r,
      run,
      a,
      FIRST_VALUE(a) OVER (
        PARTITION BY run
        ORDER BY r
        ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
      ) AS lead
    FROM vitd_p_run
    WHERE
      t IS NULL
  ) AS x
), vitd_p_undated AS (
  SELECT
    r,
    MIN(r) OVER (PARTITION BY run, report, n) AS panel
  FROM (
    SELECT
      r,
      run,
      report,
      ROW_NUMBER() OVER (PARTITION BY run, report, a ORDER BY r) AS n
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
