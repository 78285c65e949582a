-- 0016: host_processes — the GPU processes a host's agent reported last.
--
-- One snapshot per host, not a history: each heartbeat replaces the host's rows
-- (HostProcessRepository::replaceForHost), so a process that ended is gone, and every row of a
-- host carries the same reported_at. A process on two GPUs is two rows (nvidia-smi
-- --query-compute-apps prints one line per GPU and pid). used_memory_mb is NULL where nvidia-smi
-- prints [N/A] (MIG, WDDM); username is NULL when the agent could not tell the owner; gpu_uuid is
-- the driver's GPU-… id the agent mapped to gpu_index (no reference to gpus: a snapshot must not
-- fail because the inventory lags behind the card the agent sees).
-- The primary key leads with host_id, so it is also the index the customer's read
-- (GET /api/customer/machines/:id/processes: WHERE host_id = ?) and the host's cascade use.
CREATE TABLE host_processes (
    host_id         VARCHAR(64) NOT NULL REFERENCES hosts (id) ON DELETE CASCADE,
    gpu_index       INT NOT NULL CHECK (gpu_index >= 0),
    gpu_uuid        VARCHAR(128),
    pid             BIGINT NOT NULL CHECK (pid > 0),
    process_name    TEXT NOT NULL,
    used_memory_mb  BIGINT CHECK (used_memory_mb >= 0),
    username        VARCHAR(64),
    reported_at     TIMESTAMPTZ NOT NULL,
    CONSTRAINT host_processes_pkey PRIMARY KEY (host_id, gpu_index, pid)
);
COMMENT ON TABLE host_processes IS 'latest GPU process snapshot per host, replaced on each agent report';
COMMENT ON COLUMN host_processes.used_memory_mb IS 'MiB; NULL when nvidia-smi prints [N/A]';
