-- 0007: tasks (V2.1 §9: what customers run on their machines), their log lines, and the
-- §11.3.8 training_jobs / inference_services tables.

-- tasks: string id (V2.1 'task-101'), status of §4.3 (queued/running/succeeded/failed/stopped,
-- which covers V2.1's queued/running/stopped). image_id names a catalogue image; image keeps the
-- image reference the task was started with, so deleting or renaming an image does not rewrite
-- history. host_id is the machine the task runs on (one of its tenant's allocated machines, which
-- the server checks); allocation_id the allocation it ran under. dataset_ids are the datasets
-- mounted for it (ids of datasets; an array, no FK, as in training_jobs.mounted_datasets).
-- stop_requested_at marks a stop the agent has not confirmed yet.
CREATE TABLE tasks (
    id              VARCHAR(64) PRIMARY KEY,
    customer_id     BIGINT NOT NULL REFERENCES customers (id) ON DELETE RESTRICT,
    tenant_id       BIGINT REFERENCES customers (id) ON DELETE RESTRICT,
    host_id         VARCHAR(64) REFERENCES hosts (id) ON DELETE RESTRICT,
    allocation_id   VARCHAR(64) REFERENCES allocations (id) ON DELETE RESTRICT,
    name            VARCHAR(256) NOT NULL,
    description     TEXT,
    type            VARCHAR(32) NOT NULL DEFAULT 'training' CHECK (type IN ('training', 'inference')),
    image_id        BIGINT REFERENCES images (id) ON DELETE RESTRICT,
    image           VARCHAR(256),
    command         TEXT NOT NULL,
    env_vars        JSONB,
    dataset_ids     BIGINT[] NOT NULL DEFAULT '{}',
    output_path     VARCHAR(512),
    priority        INT NOT NULL DEFAULT 0,
    status          VARCHAR(20) NOT NULL DEFAULT 'queued'
                    CHECK (status IN ('queued', 'running', 'succeeded', 'failed', 'stopped')),
    exit_code       INT,
    error_message   TEXT,
    restart_count   INT NOT NULL DEFAULT 0,
    stop_requested_at TIMESTAMPTZ,
    started_at      TIMESTAMPTZ,
    completed_at    TIMESTAMPTZ,
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    deleted_at      TIMESTAMPTZ
);
CREATE INDEX idx_tasks_customer_id ON tasks (customer_id);
CREATE INDEX idx_tasks_tenant_id ON tasks (tenant_id, created_at);
CREATE INDEX idx_tasks_host_id ON tasks (host_id, status);
CREATE INDEX idx_tasks_allocation_id ON tasks (allocation_id);
CREATE INDEX idx_tasks_image_id ON tasks (image_id);
CREATE INDEX idx_tasks_dataset_ids ON tasks USING gin (dataset_ids);
CREATE INDEX idx_tasks_status ON tasks (status);
CREATE INDEX idx_tasks_type ON tasks (type);
CREATE INDEX idx_tasks_created_at ON tasks (created_at);
CREATE INDEX idx_tasks_deleted_at ON tasks (deleted_at);
-- Records the image reference from image_id when the INSERT names only the catalogue row.
CREATE FUNCTION remotegpu_tasks_image() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.image IS NULL AND NEW.image_id IS NOT NULL THEN
        SELECT i.name INTO NEW.image FROM images i WHERE i.id = NEW.image_id;
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER trg_tasks_image BEFORE INSERT OR UPDATE OF image_id, image ON tasks
    FOR EACH ROW EXECUTE FUNCTION remotegpu_tasks_image();
CREATE TRIGGER trg_tasks_tenant BEFORE INSERT OR UPDATE OF customer_id, tenant_id ON tasks
    FOR EACH ROW EXECUTE FUNCTION remotegpu_fill_tenant_id('strict');
CREATE TRIGGER trg_tasks_updated_at BEFORE UPDATE ON tasks
    FOR EACH ROW EXECUTE FUNCTION remotegpu_set_updated_at();

-- task_logs: the lines a task wrote, as the agent delivers them; the backlog of
-- /ws/customer/tasks/:id/logs is read in id order (id is the cursor a client resumes from).
CREATE TABLE task_logs (
    id         BIGSERIAL PRIMARY KEY,
    task_id    VARCHAR(64) NOT NULL REFERENCES tasks (id) ON DELETE CASCADE,
    stream     VARCHAR(8) NOT NULL DEFAULT 'stdout' CHECK (stream IN ('stdout', 'stderr', 'system')),
    line       TEXT NOT NULL,
    logged_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX idx_task_logs_task_id ON task_logs (task_id, id);

-- training_jobs (§11.3.8). status: V2.1 'pending' plus the task values of §4.3.
CREATE TABLE training_jobs (
    id                  VARCHAR(64) PRIMARY KEY,
    customer_id         BIGINT NOT NULL REFERENCES customers (id) ON DELETE RESTRICT,
    tenant_id           BIGINT REFERENCES customers (id) ON DELETE RESTRICT,
    workspace_id        BIGINT REFERENCES workspaces (id) ON DELETE RESTRICT,
    env_id              VARCHAR(64) REFERENCES environments (id) ON DELETE SET NULL,
    name                VARCHAR(256) NOT NULL,
    description         TEXT,
    image               VARCHAR(256) NOT NULL,
    framework           VARCHAR(64),
    mounted_datasets    JSONB,
    mounted_models      JSONB,
    command             TEXT NOT NULL,
    env_vars            JSONB,
    output_path         VARCHAR(512) DEFAULT '/gemini/output/',
    node_count          INT NOT NULL DEFAULT 1,
    distributed_config  JSONB,
    status              VARCHAR(20) NOT NULL DEFAULT 'pending'
                        CHECK (status IN ('pending', 'queued', 'running', 'succeeded', 'failed', 'stopped')),
    priority            INT NOT NULL DEFAULT 0,
    cpu                 INT,
    memory              BIGINT,
    gpu                 INT,
    gpu_memory          BIGINT,
    started_at          TIMESTAMPTZ,
    completed_at        TIMESTAMPTZ,
    created_at          TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at          TIMESTAMPTZ NOT NULL DEFAULT now(),
    deleted_at          TIMESTAMPTZ
);
CREATE INDEX idx_training_jobs_customer_id ON training_jobs (customer_id);
CREATE INDEX idx_training_jobs_tenant_id ON training_jobs (tenant_id);
CREATE INDEX idx_training_jobs_workspace_id ON training_jobs (workspace_id);
CREATE INDEX idx_training_jobs_env_id ON training_jobs (env_id);
CREATE INDEX idx_training_jobs_status ON training_jobs (status);
CREATE INDEX idx_training_jobs_created_at ON training_jobs (created_at);
CREATE INDEX idx_training_jobs_deleted_at ON training_jobs (deleted_at);
CREATE INDEX idx_training_jobs_mounted_datasets ON training_jobs USING gin (mounted_datasets);
CREATE INDEX idx_training_jobs_mounted_models ON training_jobs USING gin (mounted_models);
CREATE TRIGGER trg_training_jobs_tenant BEFORE INSERT OR UPDATE OF customer_id, tenant_id ON training_jobs
    FOR EACH ROW EXECUTE FUNCTION remotegpu_fill_tenant_id('strict');
CREATE TRIGGER trg_training_jobs_updated_at BEFORE UPDATE ON training_jobs
    FOR EACH ROW EXECUTE FUNCTION remotegpu_set_updated_at();

CREATE TABLE inference_services (
    id                     VARCHAR(64) PRIMARY KEY,
    customer_id            BIGINT NOT NULL REFERENCES customers (id) ON DELETE RESTRICT,
    tenant_id              BIGINT REFERENCES customers (id) ON DELETE RESTRICT,
    workspace_id           BIGINT REFERENCES workspaces (id) ON DELETE RESTRICT,
    name                   VARCHAR(256) NOT NULL,
    description            TEXT,
    model_id               BIGINT REFERENCES models (id) ON DELETE RESTRICT,
    model_version          VARCHAR(64),
    image                  VARCHAR(256) NOT NULL,
    framework              VARCHAR(64),
    status                 VARCHAR(20) NOT NULL DEFAULT 'creating'
                           CHECK (status IN ('creating', 'pending', 'running', 'updating', 'stopped',
                                             'failed', 'deleting')),
    endpoint_url           VARCHAR(512),
    replicas               INT NOT NULL DEFAULT 1,
    min_replicas           INT NOT NULL DEFAULT 1,
    max_replicas           INT NOT NULL DEFAULT 10,
    autoscaling_enabled    BOOLEAN NOT NULL DEFAULT false,
    autoscaling_config     JSONB,
    version                VARCHAR(64),
    previous_version       VARCHAR(64),
    health_check_path      VARCHAR(256),
    health_check_interval  INT DEFAULT 30,
    env_vars               JSONB,
    cpu                    INT,
    memory                 BIGINT,
    gpu                    INT,
    gpu_memory             BIGINT,
    created_at             TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at             TIMESTAMPTZ NOT NULL DEFAULT now(),
    deleted_at             TIMESTAMPTZ,
    CONSTRAINT inference_services_replicas_check CHECK (min_replicas <= max_replicas)
);
CREATE INDEX idx_inference_services_customer_id ON inference_services (customer_id);
CREATE INDEX idx_inference_services_tenant_id ON inference_services (tenant_id);
CREATE INDEX idx_inference_services_workspace_id ON inference_services (workspace_id);
CREATE INDEX idx_inference_services_model_id ON inference_services (model_id);
CREATE INDEX idx_inference_services_status ON inference_services (status);
CREATE INDEX idx_inference_services_created_at ON inference_services (created_at);
CREATE INDEX idx_inference_services_deleted_at ON inference_services (deleted_at);
CREATE TRIGGER trg_inference_services_tenant BEFORE INSERT OR UPDATE OF customer_id, tenant_id ON inference_services
    FOR EACH ROW EXECUTE FUNCTION remotegpu_fill_tenant_id('strict');
CREATE TRIGGER trg_inference_services_updated_at BEFORE UPDATE ON inference_services
    FOR EACH ROW EXECUTE FUNCTION remotegpu_set_updated_at();
