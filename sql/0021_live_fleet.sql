-- 0021: the live fleet — time-partitioned metrics with rollups, the latest figures per host and
-- GPU, agent liveness and GPU health on hosts/gpus, pending alert conditions, settings.
--
-- Why partitions: raw samples arrive at (hosts × GPUs) rows per interval and are kept a few days;
-- dropping a day's partition costs nothing, while DELETE ... WHERE collected_at < x rewrites
-- indexes and leaves bloat behind. Every metric table has a DEFAULT partition, so a row whose day
-- has no partition yet (a test inserting last year's data, an agent with a wrong clock) is kept;
-- remotegpu_ensure_partitions moves such rows into the day's partition when it creates it.
-- Partition bounds are UTC days / months.

-- The lower bound of the partition holding `at`: a UTC day or month.
CREATE FUNCTION remotegpu_partition_floor(at timestamptz, unit text) RETURNS timestamptz
LANGUAGE sql IMMUTABLE STRICT AS $$
    SELECT date_trunc(unit, at AT TIME ZONE 'UTC') AT TIME ZONE 'UTC'
$$;

-- Creates the `count` consecutive partitions of `parent` (partitioned by range on `key_column`)
-- starting with the one that holds `from_at`, unless they exist. unit: 'day' or 'month'. Rows of
-- the parent's default partition that belong to a new partition are moved into it first, because
-- PostgreSQL refuses to attach a partition whose range still has rows in the default one.
-- Returns how many partitions were created. Safe to call from several server instances at once:
-- it takes an advisory lock per parent.
CREATE FUNCTION remotegpu_ensure_partitions(parent regclass, key_column text, unit text,
                                            from_at timestamptz, count int) RETURNS int
LANGUAGE plpgsql AS $$
DECLARE
    step interval := CASE unit WHEN 'day' THEN interval '1 day' WHEN 'month' THEN interval '1 month' END;
    parent_name text := (SELECT relname FROM pg_class WHERE oid = parent);
    parent_schema text := (SELECT nspname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                           WHERE c.oid = parent);
    lower_at timestamptz;
    upper_at timestamptz;
    part_name text;
    created int := 0;
BEGIN
    IF step IS NULL THEN
        RAISE EXCEPTION 'partition unit must be day or month, not %', unit;
    END IF;
    PERFORM pg_advisory_xact_lock(hashtext('remotegpu_partitions'), parent::oid::int);
    lower_at := remotegpu_partition_floor(from_at, unit);
    FOR i IN 0 .. count - 1 LOOP
        upper_at := (lower_at AT TIME ZONE 'UTC' + step) AT TIME ZONE 'UTC';
        part_name := parent_name || '_p' ||
                     to_char(lower_at AT TIME ZONE 'UTC', CASE unit WHEN 'day' THEN 'YYYYMMDD' ELSE 'YYYYMM' END);
        IF to_regclass(format('%I.%I', parent_schema, part_name)) IS NULL THEN
            EXECUTE format('CREATE TABLE %I.%I (LIKE %s INCLUDING DEFAULTS INCLUDING CONSTRAINTS)',
                           parent_schema, part_name, parent);
            EXECUTE format('WITH moved AS (DELETE FROM %I.%I WHERE %I >= $1 AND %I < $2 RETURNING *) '
                           'INSERT INTO %I.%I SELECT * FROM moved',
                           parent_schema, parent_name || '_default', key_column, key_column,
                           parent_schema, part_name)
                USING lower_at, upper_at;
            EXECUTE format('ALTER TABLE %s ATTACH PARTITION %I.%I FOR VALUES FROM (%L) TO (%L)',
                           parent, parent_schema, part_name, lower_at, upper_at);
            created := created + 1;
        END IF;
        lower_at := upper_at;
    END LOOP;
    RETURN created;
END
$$;

-- Drops every partition of `parent` whose whole range ends at or before `cutoff` (never the
-- default partition). Returns how many were dropped.
CREATE FUNCTION remotegpu_drop_partitions_before(parent regclass, cutoff timestamptz) RETURNS int
LANGUAGE plpgsql AS $$
DECLARE
    part record;
    dropped int := 0;
BEGIN
    PERFORM pg_advisory_xact_lock(hashtext('remotegpu_partitions'), parent::oid::int);
    FOR part IN
        SELECT c.oid::regclass AS name,
               substring(pg_get_expr(c.relpartbound, c.oid) FROM 'TO \(''([^'']+)''\)')::timestamptz AS upper_at
        FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
        WHERE i.inhparent = parent AND pg_get_expr(c.relpartbound, c.oid) <> 'DEFAULT'
    LOOP
        IF part.upper_at <= cutoff THEN
            EXECUTE format('DROP TABLE %s', part.name);
            dropped := dropped + 1;
        END IF;
    END LOOP;
    RETURN dropped;
END
$$;

-- Raw samples, partitioned by day. (host_id, collected_at) / (gpu_id, collected_at) are unique so
-- that an agent replaying its buffer after an outage cannot store a heartbeat twice
-- (INSERT ... ON CONFLICT DO NOTHING). `id` stays for readers of the V2.1 shape; it is no longer
-- the key (a partitioned table's keys must contain the partition column).
ALTER TABLE host_metrics RENAME TO host_metrics_before_0021;
ALTER TABLE gpu_metrics RENAME TO gpu_metrics_before_0021;

CREATE TABLE host_metrics (
    id                    BIGSERIAL,
    host_id               VARCHAR(64) NOT NULL REFERENCES hosts (id) ON DELETE CASCADE,
    cpu_usage_percent     DOUBLE PRECISION,
    cpu_load_1m           DOUBLE PRECISION,
    cpu_load_5m           DOUBLE PRECISION,
    cpu_load_15m          DOUBLE PRECISION,
    memory_used           BIGINT,
    memory_available      BIGINT,
    memory_usage_percent  DOUBLE PRECISION,
    disk_used             BIGINT,
    disk_available        BIGINT,
    disk_usage_percent    DOUBLE PRECISION,
    disk_io_read_bytes    BIGINT,
    disk_io_write_bytes   BIGINT,
    network_rx_bytes      BIGINT,
    network_tx_bytes      BIGINT,
    network_rx_packets    BIGINT,
    network_tx_packets    BIGINT,
    gpu_avg_utilization   DOUBLE PRECISION,
    gpu_avg_memory_used   BIGINT,
    gpu_avg_temperature   DOUBLE PRECISION,
    gpu_avg_power         DOUBLE PRECISION,
    collected_at          TIMESTAMPTZ NOT NULL DEFAULT now(),
    CONSTRAINT host_metrics_host_collected_key UNIQUE (host_id, collected_at)
) PARTITION BY RANGE (collected_at);
CREATE TABLE host_metrics_default PARTITION OF host_metrics DEFAULT;

CREATE TABLE gpu_metrics (
    id                    BIGSERIAL,
    gpu_id                BIGINT NOT NULL REFERENCES gpus (id) ON DELETE CASCADE,
    host_id               VARCHAR(64) NOT NULL REFERENCES hosts (id) ON DELETE CASCADE,
    utilization_percent   DOUBLE PRECISION,
    memory_used           BIGINT,
    memory_usage_percent  DOUBLE PRECISION,
    temperature           DOUBLE PRECISION,
    power_draw            DOUBLE PRECISION,
    fan_speed_percent     DOUBLE PRECISION,
    sm_clock              INT,
    memory_clock          INT,
    process_count         INT,
    collected_at          TIMESTAMPTZ NOT NULL DEFAULT now(),
    CONSTRAINT gpu_metrics_gpu_collected_key UNIQUE (gpu_id, collected_at)
) PARTITION BY RANGE (collected_at);
COMMENT ON COLUMN gpu_metrics.memory_used IS 'MiB (same unit as gpus.memory_total_mb)';
CREATE INDEX idx_gpu_metrics_host_collected_at ON gpu_metrics (host_id, collected_at);
CREATE TABLE gpu_metrics_default PARTITION OF gpu_metrics DEFAULT;

-- Today, the week before it (the default raw retention) and two days ahead exist from the start;
-- the server creates the following days as time passes.
SELECT remotegpu_ensure_partitions('host_metrics', 'collected_at', 'day', now() - interval '8 days', 11);
SELECT remotegpu_ensure_partitions('gpu_metrics', 'collected_at', 'day', now() - interval '8 days', 11);

INSERT INTO host_metrics (host_id, cpu_usage_percent, cpu_load_1m, cpu_load_5m, cpu_load_15m, memory_used,
                          memory_available, memory_usage_percent, disk_used, disk_available, disk_usage_percent,
                          disk_io_read_bytes, disk_io_write_bytes, network_rx_bytes, network_tx_bytes,
                          network_rx_packets, network_tx_packets, gpu_avg_utilization, gpu_avg_memory_used,
                          gpu_avg_temperature, gpu_avg_power, collected_at)
SELECT DISTINCT ON (host_id, collected_at)
       host_id, cpu_usage_percent, cpu_load_1m, cpu_load_5m, cpu_load_15m, memory_used,
       memory_available, memory_usage_percent, disk_used, disk_available, disk_usage_percent,
       disk_io_read_bytes, disk_io_write_bytes, network_rx_bytes, network_tx_bytes,
       network_rx_packets, network_tx_packets, gpu_avg_utilization, gpu_avg_memory_used,
       gpu_avg_temperature, gpu_avg_power, collected_at
FROM host_metrics_before_0021 ORDER BY host_id, collected_at, id DESC;
INSERT INTO gpu_metrics (gpu_id, host_id, utilization_percent, memory_used, memory_usage_percent, temperature,
                         power_draw, fan_speed_percent, sm_clock, memory_clock, process_count, collected_at)
SELECT DISTINCT ON (gpu_id, collected_at)
       gpu_id, host_id, utilization_percent, memory_used, memory_usage_percent, temperature,
       power_draw, fan_speed_percent, sm_clock, memory_clock, process_count, collected_at
FROM gpu_metrics_before_0021 ORDER BY gpu_id, collected_at, id DESC;
DROP TABLE host_metrics_before_0021;
DROP TABLE gpu_metrics_before_0021;

-- Rollups: averages per minute (kept metrics_1m_retention_days, daily partitions) and per hour
-- (kept metrics_1h_retention_days, monthly partitions). `bucket` is the start of the minute/hour;
-- `samples` how many raw rows went into it, so a partly reported minute can be told from a full
-- one. Counters (network, disk I/O) keep their largest value in the bucket: rates are the
-- difference between buckets. *_max columns keep the peak an average would hide.
CREATE TABLE host_metrics_1m (
    host_id               VARCHAR(64) NOT NULL REFERENCES hosts (id) ON DELETE CASCADE,
    bucket                TIMESTAMPTZ NOT NULL,
    samples               INT NOT NULL CHECK (samples > 0),
    cpu_usage_percent     DOUBLE PRECISION,
    cpu_load_1m           DOUBLE PRECISION,
    memory_usage_percent  DOUBLE PRECISION,
    disk_usage_percent    DOUBLE PRECISION,
    disk_io_read_bytes    BIGINT,
    disk_io_write_bytes   BIGINT,
    network_rx_bytes      BIGINT,
    network_tx_bytes      BIGINT,
    gpu_avg_utilization   DOUBLE PRECISION,
    gpu_avg_memory_used   DOUBLE PRECISION,
    gpu_avg_temperature   DOUBLE PRECISION,
    gpu_avg_power         DOUBLE PRECISION,
    CONSTRAINT host_metrics_1m_host_bucket_key UNIQUE (host_id, bucket)
) PARTITION BY RANGE (bucket);
CREATE TABLE host_metrics_1m_default PARTITION OF host_metrics_1m DEFAULT;

CREATE TABLE gpu_metrics_1m (
    gpu_id                BIGINT NOT NULL REFERENCES gpus (id) ON DELETE CASCADE,
    host_id               VARCHAR(64) NOT NULL REFERENCES hosts (id) ON DELETE CASCADE,
    bucket                TIMESTAMPTZ NOT NULL,
    samples               INT NOT NULL CHECK (samples > 0),
    utilization_percent   DOUBLE PRECISION,
    utilization_max       DOUBLE PRECISION,
    memory_used           DOUBLE PRECISION,
    memory_usage_percent  DOUBLE PRECISION,
    temperature           DOUBLE PRECISION,
    temperature_max       DOUBLE PRECISION,
    power_draw            DOUBLE PRECISION,
    CONSTRAINT gpu_metrics_1m_gpu_bucket_key UNIQUE (gpu_id, bucket)
) PARTITION BY RANGE (bucket);
CREATE INDEX idx_gpu_metrics_1m_host_bucket ON gpu_metrics_1m (host_id, bucket);
CREATE TABLE gpu_metrics_1m_default PARTITION OF gpu_metrics_1m DEFAULT;

CREATE TABLE host_metrics_1h (LIKE host_metrics_1m INCLUDING DEFAULTS INCLUDING CONSTRAINTS)
    PARTITION BY RANGE (bucket);
ALTER TABLE host_metrics_1h ADD CONSTRAINT host_metrics_1h_host_bucket_key UNIQUE (host_id, bucket),
    ADD CONSTRAINT host_metrics_1h_host_id_fkey FOREIGN KEY (host_id) REFERENCES hosts (id) ON DELETE CASCADE;
CREATE TABLE host_metrics_1h_default PARTITION OF host_metrics_1h DEFAULT;

CREATE TABLE gpu_metrics_1h (LIKE gpu_metrics_1m INCLUDING DEFAULTS INCLUDING CONSTRAINTS)
    PARTITION BY RANGE (bucket);
ALTER TABLE gpu_metrics_1h ADD CONSTRAINT gpu_metrics_1h_gpu_bucket_key UNIQUE (gpu_id, bucket),
    ADD CONSTRAINT gpu_metrics_1h_gpu_id_fkey FOREIGN KEY (gpu_id) REFERENCES gpus (id) ON DELETE CASCADE,
    ADD CONSTRAINT gpu_metrics_1h_host_id_fkey FOREIGN KEY (host_id) REFERENCES hosts (id) ON DELETE CASCADE;
CREATE INDEX idx_gpu_metrics_1h_host_bucket ON gpu_metrics_1h (host_id, bucket);
CREATE TABLE gpu_metrics_1h_default PARTITION OF gpu_metrics_1h DEFAULT;

SELECT remotegpu_ensure_partitions('host_metrics_1m', 'bucket', 'day', now() - interval '8 days', 11);
SELECT remotegpu_ensure_partitions('gpu_metrics_1m', 'bucket', 'day', now() - interval '8 days', 11);
SELECT remotegpu_ensure_partitions('host_metrics_1h', 'bucket', 'month', now() - interval '1 month', 3);
SELECT remotegpu_ensure_partitions('gpu_metrics_1h', 'bucket', 'month', now() - interval '1 month', 3);

-- How far each rollup has been computed: the roll-up job continues from here, so it is
-- incremental and, locked FOR UPDATE, runs on one server instance at a time.
CREATE TABLE metric_rollup_progress (
    rollup       VARCHAR(32) PRIMARY KEY,
    rolled_up_to TIMESTAMPTZ NOT NULL
);
INSERT INTO metric_rollup_progress (rollup, rolled_up_to) VALUES
    ('1m', 'epoch'::timestamptz), ('1h', 'epoch'::timestamptz);

-- The latest figures of each host and GPU, overwritten by every heartbeat: what the realtime API,
-- the alert evaluator and the Prometheus export read, without searching the raw partitions.
CREATE TABLE host_metrics_latest (
    host_id               VARCHAR(64) PRIMARY KEY REFERENCES hosts (id) ON DELETE CASCADE,
    cpu_usage_percent     DOUBLE PRECISION,
    cpu_load_1m           DOUBLE PRECISION,
    cpu_load_5m           DOUBLE PRECISION,
    cpu_load_15m          DOUBLE PRECISION,
    memory_used           BIGINT,
    memory_available      BIGINT,
    memory_usage_percent  DOUBLE PRECISION,
    disk_used             BIGINT,
    disk_available        BIGINT,
    disk_usage_percent    DOUBLE PRECISION,
    disk_io_read_bytes    BIGINT,
    disk_io_write_bytes   BIGINT,
    network_rx_bytes      BIGINT,
    network_tx_bytes      BIGINT,
    network_rx_packets    BIGINT,
    network_tx_packets    BIGINT,
    gpu_avg_utilization   DOUBLE PRECISION,
    gpu_avg_memory_used   BIGINT,
    gpu_avg_temperature   DOUBLE PRECISION,
    gpu_avg_power         DOUBLE PRECISION,
    collected_at          TIMESTAMPTZ NOT NULL
);

CREATE TABLE gpu_metrics_latest (
    gpu_id                BIGINT PRIMARY KEY REFERENCES gpus (id) ON DELETE CASCADE,
    host_id               VARCHAR(64) NOT NULL REFERENCES hosts (id) ON DELETE CASCADE,
    utilization_percent   DOUBLE PRECISION,
    memory_used           BIGINT,
    memory_usage_percent  DOUBLE PRECISION,
    temperature           DOUBLE PRECISION,
    power_draw            DOUBLE PRECISION,
    fan_speed_percent     DOUBLE PRECISION,
    sm_clock              INT,
    memory_clock          INT,
    process_count         INT,
    collected_at          TIMESTAMPTZ NOT NULL
);
CREATE INDEX idx_gpu_metrics_latest_host_id ON gpu_metrics_latest (host_id);

-- Agent liveness on the host. offline_reason says why a host is offline in words an operator can
-- act on ("no heartbeat for 30 s (3 intervals of 10 s)", "agent token revoked", "never
-- reported"); flapping_since is set while the host changes state too often to raise an alert per
-- change; agent_* are what the agent last told about itself.
ALTER TABLE hosts
    ADD COLUMN offline_reason          TEXT,
    ADD COLUMN status_changed_at       TIMESTAMPTZ,
    ADD COLUMN flapping_since          TIMESTAMPTZ,
    ADD COLUMN agent_last_sequence     BIGINT,
    ADD COLUMN agent_interval_seconds  INT CHECK (agent_interval_seconds IS NULL OR agent_interval_seconds > 0),
    ADD COLUMN agent_buffered_dropped  BIGINT NOT NULL DEFAULT 0;

-- GPU health as the agent latched it (XID codes, uncorrectable ECC errors, a row-remap failure).
ALTER TABLE gpus
    ADD COLUMN health_reason           TEXT,
    ADD COLUMN xid_errors              INT[],
    ADD COLUMN ecc_uncorrected_errors  BIGINT,
    ADD COLUMN row_remap_failure       BOOLEAN NOT NULL DEFAULT false,
    ADD COLUMN health_changed_at       TIMESTAMPTZ;

-- Every status change of a host, with its reason: the machine's "why offline" history and what
-- flapping detection counts.
CREATE TABLE host_status_changes (
    id           BIGSERIAL PRIMARY KEY,
    host_id      VARCHAR(64) NOT NULL REFERENCES hosts (id) ON DELETE CASCADE,
    from_status  VARCHAR(20),
    to_status    VARCHAR(20) NOT NULL,
    reason       TEXT,
    changed_at   TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX idx_host_status_changes_host_changed ON host_status_changes (host_id, changed_at);

-- A rule's condition that currently holds for a resource but has not held for the rule's
-- duration yet. The evaluator inserts the row when the condition starts to hold, fires the alert
-- once now - since >= duration, and deletes the row when the condition clears.
CREATE TABLE alert_conditions (
    rule_id        BIGINT NOT NULL REFERENCES alert_rules (id) ON DELETE CASCADE,
    resource_type  VARCHAR(64) NOT NULL,
    resource_id    VARCHAR(128) NOT NULL,
    host_id        VARCHAR(64) REFERENCES hosts (id) ON DELETE CASCADE,
    since          TIMESTAMPTZ NOT NULL,
    last_value     DOUBLE PRECISION,
    last_seen_at   TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (rule_id, resource_type, resource_id)
);
CREATE INDEX idx_alert_conditions_host_id ON alert_conditions (host_id);

INSERT INTO alert_rules (rule_key, name, description, metric_type, threshold, comparison, duration, severity) VALUES
    ('gpu_unhealthy', 'GPU unhealthy', 'The agent reported an XID error, an uncorrectable ECC error or a row-remap failure',
     'gpu_health', 1, 'gte', 0, 'critical'),
    ('host_flapping', 'Host flapping', 'A host went offline and online again too often in a short time',
     'host_flapping', 1, 'gte', 0, 'warning');

-- Evaluates the threshold rules that apply to one host against its latest figures
-- (host_metrics_latest / gpu_metrics_latest) at `at`. Ingest calls it in the heartbeat's
-- transaction. The rule engine's migration replaces this body.
CREATE FUNCTION remotegpu_evaluate_host_alerts(p_host_id VARCHAR, p_at TIMESTAMPTZ) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
    RETURN;
END
$$;

-- Raw samples are kept 7 days by default now that rollups keep the long view.
UPDATE system_configs SET config_value = '7',
       description = 'Raw host and GPU metric samples older than this many days are dropped (whole daily partitions)'
WHERE config_key = 'metrics_retention_days' AND config_value = '30';
INSERT INTO system_configs (config_key, config_value, config_type, description, is_public) VALUES
    ('metrics_1m_retention_days', '90', 'int', 'One-minute metric averages older than this many days are dropped', false),
    ('metrics_1h_retention_days', '730', 'int', 'One-hour metric averages older than this many days are dropped', false),
    ('gpu_busy_utilization_percent', '10', 'int',
     'A GPU counts as busy in a minute when its mean utilisation is above this percentage', false),
    ('gpu_unhealthy_to_maintenance', 'false', 'bool',
     'Put a machine into maintenance automatically when one of its GPUs becomes unhealthy', false),
    ('host_flap_changes', '4', 'int',
     'Status changes within host_flap_window_minutes after which a host is flagged as flapping', false),
    ('host_flap_window_minutes', '15', 'int', 'Window for host_flap_changes', false)
ON CONFLICT (config_key) DO NOTHING;
