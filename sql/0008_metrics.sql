-- 0008: time series from the agents (§11.3.6). Rows are child detail of their host / GPU /
-- environment (ON DELETE CASCADE) and are purged after metrics_retention_days. Reads are
-- "one host (or GPU) over a time range", hence the (owner, collected_at) indexes; the BRIN index
-- on collected_at serves the retention DELETE cheaply on these append-only tables.
-- Units: *_percent 0-100, memory/disk/network in bytes, GPU memory in MiB, temperature °C,
-- power W, clocks MHz.

CREATE TABLE host_metrics (
    id                    BIGSERIAL PRIMARY KEY,
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
    collected_at          TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX idx_host_metrics_host_collected ON host_metrics (host_id, collected_at);
CREATE INDEX idx_host_metrics_collected_at ON host_metrics USING brin (collected_at);

CREATE TABLE gpu_metrics (
    id                    BIGSERIAL PRIMARY KEY,
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
    collected_at          TIMESTAMPTZ NOT NULL DEFAULT now()
);
COMMENT ON COLUMN gpu_metrics.memory_used IS 'MiB (same unit as gpus.memory_total_mb)';
CREATE INDEX idx_gpu_metrics_gpu_collected ON gpu_metrics (gpu_id, collected_at);
CREATE INDEX idx_gpu_metrics_host_collected ON gpu_metrics (host_id, collected_at);
CREATE INDEX idx_gpu_metrics_collected_at ON gpu_metrics USING brin (collected_at);

CREATE TABLE environment_metrics (
    id                    BIGSERIAL PRIMARY KEY,
    env_id                VARCHAR(64) NOT NULL REFERENCES environments (id) ON DELETE CASCADE,
    cpu_usage_percent     DOUBLE PRECISION,
    memory_usage_percent  DOUBLE PRECISION,
    gpu_usage_percent     DOUBLE PRECISION,
    disk_usage_percent    DOUBLE PRECISION,
    network_rx_bytes      BIGINT,
    network_tx_bytes      BIGINT,
    collected_at          TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX idx_environment_metrics_env_collected ON environment_metrics (env_id, collected_at);
CREATE INDEX idx_environment_metrics_collected_at ON environment_metrics USING brin (collected_at);
