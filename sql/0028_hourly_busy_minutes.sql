-- 0028: allocated versus used over long periods, from hourly counts of busy GPU-minutes.
--
-- The usage reports counted the one-minute rollup rows of every held GPU-minute: a 30-day report
-- of 50 machines × 8 GPUs read 17 million index entries and took 2 s (bench/usage,
-- docs/benchmarks.md), and the time grows with machines × days. Each one-hour rollup row now
-- also keeps how many of its GPU's one-minute rows reported a utilisation and how many of those
-- were above the busy threshold, and at which threshold (busy_threshold): the reports read one
-- row per GPU-hour for the whole hours of a held interval, and one-minute rows only for its
-- partial first and last hours and for hours without counts at the current threshold (not yet
-- rolled up, rolled up before this migration with no one-minute rows left, or counted at a
-- threshold since changed). The figures are the same as counting every minute.
ALTER TABLE gpu_metrics_1h
    ADD COLUMN reported_minutes INT,
    ADD COLUMN busy_minutes INT,
    ADD COLUMN busy_threshold DOUBLE PRECISION;

-- The busy threshold (setting gpu_busy_utilization_percent, an int, default 10), as UsageService
-- reads it.
CREATE FUNCTION remotegpu_busy_threshold() RETURNS double precision
LANGUAGE sql STABLE AS $$
    SELECT remotegpu_config_int('gpu_busy_utilization_percent', 10)::double precision
$$;

-- Counts the busy and reported minutes of the one-hour rollup rows whose hour starts in
-- [p_from, p_to), from the one-minute rows, at the current threshold. Returns the rows counted.
CREATE FUNCTION remotegpu_count_busy_hours(p_from timestamptz, p_to timestamptz) RETURNS int
LANGUAGE plpgsql AS $$
DECLARE
    v_threshold double precision := remotegpu_busy_threshold();
    v_rows int;
BEGIN
    UPDATE gpu_metrics_1h h
    SET reported_minutes = c.reported, busy_minutes = c.busy, busy_threshold = v_threshold
    FROM (SELECT m.gpu_id, remotegpu_partition_floor(m.bucket, 'hour') AS hour,
                 count(m.utilization_percent) AS reported,
                 count(*) FILTER (WHERE m.utilization_percent > v_threshold) AS busy
          FROM gpu_metrics_1m m
          WHERE m.bucket >= p_from AND m.bucket < p_to
          GROUP BY 1, 2) c
    WHERE h.gpu_id = c.gpu_id AND h.bucket = c.hour AND h.bucket >= p_from AND h.bucket < p_to
      AND (h.reported_minutes, h.busy_minutes, h.busy_threshold)
          IS DISTINCT FROM (c.reported::int, c.busy::int, v_threshold);
    GET DIAGNOSTICS v_rows = ROW_COUNT;
    RETURN v_rows;
END
$$;

-- The roll-up step (0024) keeps its averages; the hours it completes are then counted. The 1h
-- progress is locked first, so two instances cannot count the same span at once.
ALTER FUNCTION remotegpu_rollup_metrics(timestamptz, interval) RENAME TO remotegpu_rollup_metric_averages;
CREATE FUNCTION remotegpu_rollup_metrics(p_now timestamptz, p_span interval DEFAULT interval '6 hours')
RETURNS TABLE (rollup text, rolled_up_to timestamptz)
LANGUAGE plpgsql AS $$
DECLARE
    v_from timestamptz;
    v_to timestamptz;
BEGIN
    SELECT p.rolled_up_to INTO v_from FROM metric_rollup_progress p WHERE p.rollup = '1h' FOR UPDATE;
    RETURN QUERY SELECT a.rollup, a.rolled_up_to FROM remotegpu_rollup_metric_averages(p_now, p_span) a;
    SELECT p.rolled_up_to INTO v_to FROM metric_rollup_progress p WHERE p.rollup = '1h';
    IF v_to > v_from THEN
        PERFORM remotegpu_count_busy_hours(v_from, v_to);
    END IF;
END
$$;

-- The hours rolled up before this migration, wherever their one-minute rows are still kept.
SELECT remotegpu_count_busy_hours('-infinity', 'infinity');
