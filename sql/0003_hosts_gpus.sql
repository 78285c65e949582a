-- 0003: hosts (machines) and their GPUs.

-- hosts (§11.3.3 with the V2.1 names total_memory_gb / total_disk_gb and V2.1 region).
-- status is the machine state of §4.3 (online/offline/maintenance) plus V2.1's `allocated`.
-- The allocation state of §4.3 (allocated/unallocated/expiring) is NOT stored here: it is
-- derived from allocations (an active allocation whose end_time is inside the
-- allocation_expiring_window_days setting = expiring). A V2.1 row with status 'allocated' is
-- reported by the API as an online machine.
-- os_type and deployment_mode are NOT NULL in §11.3 but absent from V2.1's example row, so they
-- default to 'linux' / 'traditional'.
-- Agent authentication: agent_token_hash is the hex SHA-256 of the host's own agent token
-- (issued at registration or enrolment; the clear token is shown once and never stored).
CREATE TABLE hosts (
    id                  VARCHAR(64) PRIMARY KEY,
    name                VARCHAR(128) NOT NULL,
    hostname            VARCHAR(256),
    ip_address          VARCHAR(64) NOT NULL,
    public_ip           VARCHAR(64),
    os_type             VARCHAR(20) NOT NULL DEFAULT 'linux' CHECK (os_type IN ('linux', 'windows')),
    os_version          VARCHAR(64),
    arch                VARCHAR(20) NOT NULL DEFAULT 'x86_64',
    deployment_mode     VARCHAR(20) NOT NULL DEFAULT 'traditional'
                        CHECK (deployment_mode IN ('traditional', 'kubernetes', 'docker')),
    k8s_node_name       VARCHAR(128),
    status              VARCHAR(20) NOT NULL DEFAULT 'offline'
                        CHECK (status IN ('online', 'offline', 'maintenance', 'allocated')),
    health_status       VARCHAR(20) NOT NULL DEFAULT 'unknown'
                        CHECK (health_status IN ('unknown', 'healthy', 'warning', 'unhealthy')),
    region              VARCHAR(64),
    total_cpu           INT NOT NULL,
    total_memory_gb     BIGINT NOT NULL,
    total_disk_gb       BIGINT,
    total_gpu           INT NOT NULL DEFAULT 0,
    used_cpu            INT NOT NULL DEFAULT 0,
    used_memory         BIGINT NOT NULL DEFAULT 0,
    used_disk           BIGINT NOT NULL DEFAULT 0,
    used_gpu            INT NOT NULL DEFAULT 0,
    ssh_host            VARCHAR(256),
    ssh_port            INT DEFAULT 22,
    ssh_username        VARCHAR(64),
    winrm_port          INT,
    agent_port          INT DEFAULT 8080,
    labels              JSONB,
    tags                TEXT[],
    remark              TEXT,
    agent_token_hash    VARCHAR(128),
    agent_token_issued_at TIMESTAMPTZ,
    agent_version       VARCHAR(64),
    last_heartbeat      TIMESTAMPTZ,
    registered_at       TIMESTAMPTZ NOT NULL DEFAULT now(),
    created_at          TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at          TIMESTAMPTZ NOT NULL DEFAULT now(),
    CONSTRAINT hosts_ip_address_key UNIQUE (ip_address),
    CONSTRAINT hosts_ssh_host_key UNIQUE (ssh_host, ssh_port),
    CONSTRAINT hosts_agent_token_hash_key UNIQUE (agent_token_hash),
    CONSTRAINT hosts_total_check CHECK (total_cpu >= 0 AND total_memory_gb >= 0 AND total_gpu >= 0),
    CONSTRAINT hosts_port_check CHECK ((ssh_port IS NULL OR ssh_port BETWEEN 1 AND 65535)
                                       AND (agent_port IS NULL OR agent_port BETWEEN 1 AND 65535)
                                       AND (winrm_port IS NULL OR winrm_port BETWEEN 1 AND 65535))
);
COMMENT ON COLUMN hosts.total_memory_gb IS 'GB (V2.1 name of §11.3 total_memory)';
COMMENT ON COLUMN hosts.total_disk_gb IS 'GB (V2.1 name of §11.3 total_disk)';
COMMENT ON COLUMN hosts.used_memory IS 'bytes, from the latest heartbeat';
COMMENT ON COLUMN hosts.used_disk IS 'bytes, from the latest heartbeat';
COMMENT ON COLUMN hosts.agent_token_hash IS 'hex SHA-256 of the per-host agent token; never the token itself';
CREATE INDEX idx_hosts_status ON hosts (status);
CREATE INDEX idx_hosts_health_status ON hosts (health_status);
CREATE INDEX idx_hosts_region ON hosts (region);
CREATE INDEX idx_hosts_hostname ON hosts (hostname);
CREATE INDEX idx_hosts_last_heartbeat ON hosts (last_heartbeat);
CREATE INDEX idx_hosts_created_at ON hosts (created_at);
CREATE INDEX idx_hosts_tags ON hosts USING gin (tags);
CREATE INDEX idx_hosts_labels ON hosts USING gin (labels);
CREATE TRIGGER trg_hosts_updated_at BEFORE UPDATE ON hosts
    FOR EACH ROW EXECUTE FUNCTION remotegpu_set_updated_at();

-- gpus (§11.3.3 with V2.1 names `index` for gpu_index and memory_total_mb for memory_total).
-- A host's GPUs are detail of the host: deleting the host deletes them.
CREATE TABLE gpus (
    id                  BIGSERIAL PRIMARY KEY,
    host_id             VARCHAR(64) NOT NULL REFERENCES hosts (id) ON DELETE CASCADE,
    index               INT NOT NULL CHECK (index >= 0),
    uuid                VARCHAR(128),
    name                VARCHAR(128),
    brand               VARCHAR(64),
    architecture        VARCHAR(64),
    memory_total_mb     INT,
    cuda_cores          INT,
    compute_capability  VARCHAR(32),
    status              VARCHAR(20) NOT NULL DEFAULT 'available'
                        CHECK (status IN ('available', 'allocated')),
    health_status       VARCHAR(20) NOT NULL DEFAULT 'healthy'
                        CHECK (health_status IN ('healthy', 'warning', 'unhealthy', 'unknown')),
    allocated_to        VARCHAR(64),
    allocated_at        TIMESTAMPTZ,
    power_limit         INT,
    temperature_limit   INT,
    created_at          TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at          TIMESTAMPTZ NOT NULL DEFAULT now(),
    CONSTRAINT gpus_uuid_key UNIQUE (uuid),
    CONSTRAINT gpus_host_id_index_key UNIQUE (host_id, index)
);
COMMENT ON COLUMN gpus.index IS 'GPU ordinal on its host (V2.1 name of §11.3 gpu_index)';
COMMENT ON COLUMN gpus.memory_total_mb IS 'MiB (V2.1 name of §11.3 memory_total)';
COMMENT ON COLUMN gpus.power_limit IS 'W';
COMMENT ON COLUMN gpus.temperature_limit IS '°C';
CREATE INDEX idx_gpus_status ON gpus (status);
CREATE INDEX idx_gpus_name ON gpus (name);
CREATE TRIGGER trg_gpus_updated_at BEFORE UPDATE ON gpus
    FOR EACH ROW EXECUTE FUNCTION remotegpu_set_updated_at();
