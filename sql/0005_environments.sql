-- 0005: environments (development containers on a host) and their port mappings (§11.3.4).

CREATE TABLE environments (
    id                    VARCHAR(64) PRIMARY KEY,
    customer_id           BIGINT NOT NULL REFERENCES customers (id) ON DELETE RESTRICT,
    tenant_id             BIGINT REFERENCES customers (id) ON DELETE RESTRICT,
    workspace_id          BIGINT REFERENCES workspaces (id) ON DELETE RESTRICT,
    host_id               VARCHAR(64) NOT NULL REFERENCES hosts (id) ON DELETE RESTRICT,
    name                  VARCHAR(128) NOT NULL,
    description           TEXT,
    image                 VARCHAR(256) NOT NULL,
    status                VARCHAR(20) NOT NULL DEFAULT 'creating'
                          CHECK (status IN ('creating', 'starting', 'running', 'stopping', 'stopped',
                                            'restarting', 'error', 'failed', 'deleting', 'deleted')),
    cpu                   INT NOT NULL,
    memory                BIGINT NOT NULL,
    gpu                   INT NOT NULL DEFAULT 0,
    gpu_memory            BIGINT,
    storage               BIGINT,
    temp_storage          BIGINT,
    ssh_port              INT,
    ssh_enabled           BOOLEAN NOT NULL DEFAULT true,
    rdp_port              INT,
    rdp_enabled           BOOLEAN NOT NULL DEFAULT false,
    jupyter_port          INT,
    jupyter_token         VARCHAR(128),
    jupyter_enabled       BOOLEAN NOT NULL DEFAULT true,
    tensorboard_port      INT,
    tensorboard_enabled   BOOLEAN NOT NULL DEFAULT false,
    web_terminal_enabled  BOOLEAN NOT NULL DEFAULT true,
    mounted_datasets      JSONB,
    mounted_models        JSONB,
    env_vars              JSONB,
    config                JSONB,
    container_id          VARCHAR(128),
    pod_name              VARCHAR(128),
    created_at            TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at            TIMESTAMPTZ NOT NULL DEFAULT now(),
    started_at            TIMESTAMPTZ,
    stopped_at            TIMESTAMPTZ,
    deleted_at            TIMESTAMPTZ
);
COMMENT ON COLUMN environments.memory IS 'bytes';
COMMENT ON COLUMN environments.gpu_memory IS 'bytes';
CREATE INDEX idx_environments_customer_id ON environments (customer_id);
CREATE INDEX idx_environments_tenant_id ON environments (tenant_id);
CREATE INDEX idx_environments_workspace_id ON environments (workspace_id);
CREATE INDEX idx_environments_host_id ON environments (host_id);
CREATE INDEX idx_environments_status ON environments (status);
CREATE INDEX idx_environments_created_at ON environments (created_at);
CREATE INDEX idx_environments_deleted_at ON environments (deleted_at);
CREATE INDEX idx_environments_mounted_datasets ON environments USING gin (mounted_datasets);
CREATE INDEX idx_environments_mounted_models ON environments USING gin (mounted_models);
CREATE TRIGGER trg_environments_tenant BEFORE INSERT OR UPDATE OF customer_id, tenant_id ON environments
    FOR EACH ROW EXECUTE FUNCTION remotegpu_fill_tenant_id('strict');
CREATE TRIGGER trg_environments_updated_at BEFORE UPDATE ON environments
    FOR EACH ROW EXECUTE FUNCTION remotegpu_set_updated_at();

CREATE TABLE port_mappings (
    id                  BIGSERIAL PRIMARY KEY,
    env_id              VARCHAR(64) NOT NULL REFERENCES environments (id) ON DELETE CASCADE,
    service_type        VARCHAR(32) NOT NULL
                        CHECK (service_type IN ('ssh', 'rdp', 'jupyter', 'tensorboard', 'web_terminal',
                                                'vnc', 'custom')),
    external_port       INT NOT NULL CHECK (external_port BETWEEN 1 AND 65535),
    internal_port       INT NOT NULL CHECK (internal_port BETWEEN 1 AND 65535),
    status              VARCHAR(20) NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'released')),
    allocated_at        TIMESTAMPTZ NOT NULL DEFAULT now(),
    last_accessed_at    TIMESTAMPTZ,
    auto_release_hours  INT DEFAULT 48,
    released_at         TIMESTAMPTZ,
    CONSTRAINT port_mappings_external_port_key UNIQUE (external_port)
);
CREATE INDEX idx_port_mappings_env_id ON port_mappings (env_id);
CREATE INDEX idx_port_mappings_status ON port_mappings (status);
