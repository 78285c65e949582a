-- 0012: issues, requirements, comments (§11.3.11) and dataset_usage, artifacts (§11.3.12).

CREATE TABLE issues (
    id           BIGSERIAL PRIMARY KEY,
    issue_no     VARCHAR(64) NOT NULL,
    customer_id  BIGINT NOT NULL REFERENCES customers (id) ON DELETE RESTRICT,
    tenant_id    BIGINT REFERENCES customers (id) ON DELETE RESTRICT,
    title        VARCHAR(256) NOT NULL,
    description  TEXT,
    type         VARCHAR(32) NOT NULL
                 CHECK (type IN ('bug', 'incident', 'question', 'feature', 'consultation', 'other')),
    priority     VARCHAR(20) NOT NULL DEFAULT 'medium' CHECK (priority IN ('low', 'medium', 'high', 'urgent')),
    status       VARCHAR(20) NOT NULL DEFAULT 'open'
                 CHECK (status IN ('open', 'in_progress', 'pending', 'resolved', 'closed')),
    assignee_id  BIGINT REFERENCES customers (id) ON DELETE RESTRICT,
    created_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    resolved_at  TIMESTAMPTZ,
    CONSTRAINT issues_issue_no_key UNIQUE (issue_no)
);
CREATE INDEX idx_issues_customer_id ON issues (customer_id);
CREATE INDEX idx_issues_tenant_id ON issues (tenant_id);
CREATE INDEX idx_issues_assignee_id ON issues (assignee_id);
CREATE INDEX idx_issues_status ON issues (status);
CREATE INDEX idx_issues_created_at ON issues (created_at);
CREATE TRIGGER trg_issues_tenant BEFORE INSERT OR UPDATE OF customer_id, tenant_id ON issues
    FOR EACH ROW EXECUTE FUNCTION remotegpu_fill_tenant_id('strict');
CREATE TRIGGER trg_issues_updated_at BEFORE UPDATE ON issues
    FOR EACH ROW EXECUTE FUNCTION remotegpu_set_updated_at();

CREATE TABLE requirements (
    id              BIGSERIAL PRIMARY KEY,
    requirement_no  VARCHAR(64) NOT NULL,
    customer_id     BIGINT NOT NULL REFERENCES customers (id) ON DELETE RESTRICT,
    tenant_id       BIGINT REFERENCES customers (id) ON DELETE RESTRICT,
    title           VARCHAR(256) NOT NULL,
    description     TEXT,
    priority        VARCHAR(20) NOT NULL DEFAULT 'medium' CHECK (priority IN ('low', 'medium', 'high', 'urgent')),
    status          VARCHAR(20) NOT NULL DEFAULT 'submitted'
                    CHECK (status IN ('submitted', 'reviewing', 'approved', 'rejected', 'in_progress',
                                      'completed', 'cancelled')),
    assignee_id     BIGINT REFERENCES customers (id) ON DELETE RESTRICT,
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    completed_at    TIMESTAMPTZ,
    CONSTRAINT requirements_requirement_no_key UNIQUE (requirement_no)
);
CREATE INDEX idx_requirements_customer_id ON requirements (customer_id);
CREATE INDEX idx_requirements_tenant_id ON requirements (tenant_id);
CREATE INDEX idx_requirements_assignee_id ON requirements (assignee_id);
CREATE INDEX idx_requirements_status ON requirements (status);
CREATE INDEX idx_requirements_created_at ON requirements (created_at);
CREATE TRIGGER trg_requirements_tenant BEFORE INSERT OR UPDATE OF customer_id, tenant_id ON requirements
    FOR EACH ROW EXECUTE FUNCTION remotegpu_fill_tenant_id('strict');
CREATE TRIGGER trg_requirements_updated_at BEFORE UPDATE ON requirements
    FOR EACH ROW EXECUTE FUNCTION remotegpu_set_updated_at();

-- comments: on an issue or a requirement (resource_type + resource_id; polymorphic, so no FK).
CREATE TABLE comments (
    id             BIGSERIAL PRIMARY KEY,
    customer_id    BIGINT NOT NULL REFERENCES customers (id) ON DELETE RESTRICT,
    tenant_id      BIGINT REFERENCES customers (id) ON DELETE RESTRICT,
    resource_type  VARCHAR(32) NOT NULL CHECK (resource_type IN ('issue', 'requirement')),
    resource_id    BIGINT NOT NULL,
    content        TEXT NOT NULL,
    created_at     TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at     TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX idx_comments_resource ON comments (resource_type, resource_id, created_at);
CREATE INDEX idx_comments_customer_id ON comments (customer_id);
CREATE INDEX idx_comments_tenant_id ON comments (tenant_id);
CREATE TRIGGER trg_comments_tenant BEFORE INSERT OR UPDATE OF customer_id, tenant_id ON comments
    FOR EACH ROW EXECUTE FUNCTION remotegpu_fill_tenant_id('strict');
CREATE TRIGGER trg_comments_updated_at BEFORE UPDATE ON comments
    FOR EACH ROW EXECUTE FUNCTION remotegpu_set_updated_at();

-- dataset_usage: which environment mounted which dataset, when (child detail of both).
CREATE TABLE dataset_usage (
    id            BIGSERIAL PRIMARY KEY,
    env_id        VARCHAR(64) NOT NULL REFERENCES environments (id) ON DELETE CASCADE,
    dataset_id    BIGINT NOT NULL REFERENCES datasets (id) ON DELETE CASCADE,
    mount_path    VARCHAR(512) NOT NULL,
    readonly      BOOLEAN NOT NULL DEFAULT true,
    mounted_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    unmounted_at  TIMESTAMPTZ
);
CREATE INDEX idx_dataset_usage_env_id ON dataset_usage (env_id);
CREATE INDEX idx_dataset_usage_dataset_id ON dataset_usage (dataset_id);

CREATE TABLE artifacts (
    id            BIGSERIAL PRIMARY KEY,
    customer_id   BIGINT NOT NULL REFERENCES customers (id) ON DELETE RESTRICT,
    tenant_id     BIGINT REFERENCES customers (id) ON DELETE RESTRICT,
    workspace_id  BIGINT REFERENCES workspaces (id) ON DELETE RESTRICT,
    name          VARCHAR(256) NOT NULL,
    type          VARCHAR(64) NOT NULL
                  CHECK (type IN ('model', 'checkpoint', 'dataset', 'log', 'output', 'image', 'other')),
    storage_path  VARCHAR(512) NOT NULL,
    size          BIGINT NOT NULL DEFAULT 0,
    source_type   VARCHAR(32) CHECK (source_type IN ('task', 'training', 'inference', 'environment', 'upload')),
    source_id     VARCHAR(128),
    created_at    TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX idx_artifacts_customer_id ON artifacts (customer_id);
CREATE INDEX idx_artifacts_tenant_id ON artifacts (tenant_id);
CREATE INDEX idx_artifacts_workspace_id ON artifacts (workspace_id);
CREATE INDEX idx_artifacts_source ON artifacts (source_type, source_id);
CREATE INDEX idx_artifacts_created_at ON artifacts (created_at);
CREATE TRIGGER trg_artifacts_tenant BEFORE INSERT OR UPDATE OF customer_id, tenant_id ON artifacts
    FOR EACH ROW EXECUTE FUNCTION remotegpu_fill_tenant_id('strict');
