-- 0006: images, datasets (+ versions, shares, mounts), models (+ versions)  (§11.3.5, V2.1 §7-8).

-- images: platform images (customer_id NULL, tenant_id NULL) and a tenant's own uploads.
-- status: §11.3 default 'active' (a usable catalogue image, reported by the API as available)
-- plus §4.3 building / available / failed / rejected. A customer upload waits for the admin's
-- approve (-> available) or reject (-> rejected, reject_reason) in 'building'.
CREATE TABLE images (
    id                 BIGSERIAL PRIMARY KEY,
    name               VARCHAR(256) NOT NULL,
    display_name       VARCHAR(256),
    description        TEXT,
    category           VARCHAR(64),
    framework          VARCHAR(64),
    framework_version  VARCHAR(64),
    cuda_version       VARCHAR(32),
    python_version     VARCHAR(32),
    is_official        BOOLEAN NOT NULL DEFAULT false,
    size               BIGINT,
    registry_url       VARCHAR(512),
    status             VARCHAR(20) NOT NULL DEFAULT 'active'
                       CHECK (status IN ('active', 'building', 'available', 'failed', 'rejected')),
    -- beyond §11.3: ownership, visibility and review
    customer_id        BIGINT REFERENCES customers (id) ON DELETE RESTRICT,
    tenant_id          BIGINT REFERENCES customers (id) ON DELETE RESTRICT,
    visibility         VARCHAR(20) NOT NULL DEFAULT 'public' CHECK (visibility IN ('public', 'private')),
    source_type        VARCHAR(20) NOT NULL DEFAULT 'registry' CHECK (source_type IN ('registry', 'upload', 'build')),
    tags               TEXT[],
    reviewed_by        BIGINT REFERENCES customers (id) ON DELETE RESTRICT,
    reviewed_at        TIMESTAMPTZ,
    reject_reason      TEXT,
    created_at         TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at         TIMESTAMPTZ NOT NULL DEFAULT now(),
    CONSTRAINT images_name_key UNIQUE (name)
);
COMMENT ON COLUMN images.size IS 'bytes';
CREATE INDEX idx_images_customer_id ON images (customer_id);
CREATE INDEX idx_images_tenant_id ON images (tenant_id);
CREATE INDEX idx_images_reviewed_by ON images (reviewed_by);
CREATE INDEX idx_images_status ON images (status);
CREATE INDEX idx_images_framework ON images (framework);
CREATE INDEX idx_images_is_official ON images (is_official);
CREATE INDEX idx_images_created_at ON images (created_at);
CREATE TRIGGER trg_images_tenant BEFORE INSERT OR UPDATE OF customer_id, tenant_id ON images
    FOR EACH ROW EXECUTE FUNCTION remotegpu_fill_tenant_id('strict');
CREATE TRIGGER trg_images_updated_at BEFORE UPDATE ON images
    FOR EACH ROW EXECUTE FUNCTION remotegpu_set_updated_at();

-- datasets: status accepts §4.3 (uploading/processing/available/failed) and V2.1 'ready'
-- (the API reports 'ready' as 'available'). content_hash serves instant upload (MD5/ETag).
CREATE TABLE datasets (
    id             BIGSERIAL PRIMARY KEY,
    uuid           UUID NOT NULL DEFAULT gen_random_uuid(),
    customer_id    BIGINT NOT NULL REFERENCES customers (id) ON DELETE RESTRICT,
    tenant_id      BIGINT REFERENCES customers (id) ON DELETE RESTRICT,
    workspace_id   BIGINT REFERENCES workspaces (id) ON DELETE RESTRICT,
    name           VARCHAR(256) NOT NULL,
    description    TEXT,
    storage_path   VARCHAR(512) NOT NULL,
    storage_type   VARCHAR(32) NOT NULL DEFAULT 'minio' CHECK (storage_type IN ('minio', 's3', 'local', 'nfs')),
    total_size     BIGINT NOT NULL DEFAULT 0,
    file_count     INT NOT NULL DEFAULT 0,
    status         VARCHAR(20) NOT NULL DEFAULT 'uploading'
                   CHECK (status IN ('uploading', 'processing', 'available', 'failed', 'ready')),
    visibility     VARCHAR(20) NOT NULL DEFAULT 'private' CHECK (visibility IN ('private', 'shared', 'public')),
    source_type    VARCHAR(20) NOT NULL DEFAULT 'upload' CHECK (source_type IN ('upload', 'url', 'machine')),
    source_url     VARCHAR(1024),
    content_hash   VARCHAR(128),
    error_message  TEXT,
    created_at     TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at     TIMESTAMPTZ NOT NULL DEFAULT now(),
    deleted_at     TIMESTAMPTZ,
    CONSTRAINT datasets_uuid_key UNIQUE (uuid)
);
COMMENT ON COLUMN datasets.total_size IS 'bytes';
CREATE INDEX idx_datasets_customer_id ON datasets (customer_id);
CREATE INDEX idx_datasets_tenant_id ON datasets (tenant_id);
CREATE INDEX idx_datasets_workspace_id ON datasets (workspace_id);
CREATE INDEX idx_datasets_status ON datasets (status);
CREATE INDEX idx_datasets_visibility ON datasets (visibility);
CREATE INDEX idx_datasets_content_hash ON datasets (content_hash);
CREATE INDEX idx_datasets_created_at ON datasets (created_at);
CREATE INDEX idx_datasets_deleted_at ON datasets (deleted_at);
CREATE TRIGGER trg_datasets_tenant BEFORE INSERT OR UPDATE OF customer_id, tenant_id ON datasets
    FOR EACH ROW EXECUTE FUNCTION remotegpu_fill_tenant_id('strict');
CREATE TRIGGER trg_datasets_updated_at BEFORE UPDATE ON datasets
    FOR EACH ROW EXECUTE FUNCTION remotegpu_set_updated_at();

CREATE TABLE dataset_versions (
    id            BIGSERIAL PRIMARY KEY,
    dataset_id    BIGINT NOT NULL REFERENCES datasets (id) ON DELETE CASCADE,
    version       VARCHAR(64) NOT NULL,
    description   TEXT,
    storage_path  VARCHAR(512) NOT NULL,
    size          BIGINT NOT NULL DEFAULT 0,
    file_count    INT NOT NULL DEFAULT 0,
    created_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    CONSTRAINT dataset_versions_dataset_id_version_key UNIQUE (dataset_id, version)
);

-- dataset_shares: a dataset shared with one customer or with a whole tenant.
CREATE TABLE dataset_shares (
    id                       BIGSERIAL PRIMARY KEY,
    dataset_id               BIGINT NOT NULL REFERENCES datasets (id) ON DELETE CASCADE,
    shared_with_customer_id  BIGINT REFERENCES customers (id) ON DELETE CASCADE,
    shared_with_tenant_id    BIGINT REFERENCES customers (id) ON DELETE CASCADE,
    permission               VARCHAR(16) NOT NULL DEFAULT 'read' CHECK (permission IN ('read', 'write')),
    created_by               BIGINT REFERENCES customers (id) ON DELETE RESTRICT,
    created_at               TIMESTAMPTZ NOT NULL DEFAULT now(),
    CONSTRAINT dataset_shares_target_check
        CHECK (num_nonnulls(shared_with_customer_id, shared_with_tenant_id) = 1),
    CONSTRAINT dataset_shares_dataset_target_key
        UNIQUE NULLS NOT DISTINCT (dataset_id, shared_with_customer_id, shared_with_tenant_id)
);
CREATE INDEX idx_dataset_shares_customer ON dataset_shares (shared_with_customer_id);
CREATE INDEX idx_dataset_shares_tenant ON dataset_shares (shared_with_tenant_id);
CREATE INDEX idx_dataset_shares_created_by ON dataset_shares (created_by);

-- dataset_mounts (V2.1 §8): a dataset mounted on a machine. A path on a host carries at most
-- one live mount (status other than unmounted/failed).
CREATE TABLE dataset_mounts (
    id             BIGSERIAL PRIMARY KEY,
    dataset_id     BIGINT NOT NULL REFERENCES datasets (id) ON DELETE CASCADE,
    host_id        VARCHAR(64) NOT NULL REFERENCES hosts (id) ON DELETE CASCADE,
    mount_path     VARCHAR(256) NOT NULL,
    customer_id    BIGINT REFERENCES customers (id) ON DELETE RESTRICT,
    tenant_id      BIGINT REFERENCES customers (id) ON DELETE RESTRICT,
    readonly       BOOLEAN NOT NULL DEFAULT true,
    status         VARCHAR(20) NOT NULL DEFAULT 'mounted'
                   CHECK (status IN ('pending', 'mounting', 'mounted', 'unmounting', 'unmounted', 'failed')),
    error_message  TEXT,
    mounted_at     TIMESTAMPTZ NOT NULL DEFAULT now(),
    unmounted_at   TIMESTAMPTZ,
    created_at     TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at     TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX idx_dataset_mounts_live_path ON dataset_mounts (host_id, mount_path)
    WHERE status NOT IN ('unmounted', 'failed');
CREATE INDEX idx_dataset_mounts_dataset_id ON dataset_mounts (dataset_id);
CREATE INDEX idx_dataset_mounts_host_id ON dataset_mounts (host_id);
CREATE INDEX idx_dataset_mounts_customer_id ON dataset_mounts (customer_id);
CREATE INDEX idx_dataset_mounts_tenant_id ON dataset_mounts (tenant_id);
CREATE INDEX idx_dataset_mounts_status ON dataset_mounts (status);
CREATE TRIGGER trg_dataset_mounts_tenant BEFORE INSERT OR UPDATE OF customer_id, tenant_id ON dataset_mounts
    FOR EACH ROW EXECUTE FUNCTION remotegpu_fill_tenant_id('strict');
CREATE TRIGGER trg_dataset_mounts_updated_at BEFORE UPDATE ON dataset_mounts
    FOR EACH ROW EXECUTE FUNCTION remotegpu_set_updated_at();

CREATE TABLE models (
    id            BIGSERIAL PRIMARY KEY,
    uuid          UUID NOT NULL DEFAULT gen_random_uuid(),
    customer_id   BIGINT NOT NULL REFERENCES customers (id) ON DELETE RESTRICT,
    tenant_id     BIGINT REFERENCES customers (id) ON DELETE RESTRICT,
    workspace_id  BIGINT REFERENCES workspaces (id) ON DELETE RESTRICT,
    name          VARCHAR(256) NOT NULL,
    description   TEXT,
    framework     VARCHAR(64),
    storage_path  VARCHAR(512) NOT NULL,
    total_size    BIGINT NOT NULL DEFAULT 0,
    status        VARCHAR(20) NOT NULL DEFAULT 'uploading'
                  CHECK (status IN ('uploading', 'processing', 'available', 'failed', 'ready')),
    visibility    VARCHAR(20) NOT NULL DEFAULT 'private' CHECK (visibility IN ('private', 'shared', 'public')),
    created_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    CONSTRAINT models_uuid_key UNIQUE (uuid)
);
CREATE INDEX idx_models_customer_id ON models (customer_id);
CREATE INDEX idx_models_tenant_id ON models (tenant_id);
CREATE INDEX idx_models_workspace_id ON models (workspace_id);
CREATE INDEX idx_models_status ON models (status);
CREATE INDEX idx_models_created_at ON models (created_at);
CREATE TRIGGER trg_models_tenant BEFORE INSERT OR UPDATE OF customer_id, tenant_id ON models
    FOR EACH ROW EXECUTE FUNCTION remotegpu_fill_tenant_id('strict');
CREATE TRIGGER trg_models_updated_at BEFORE UPDATE ON models
    FOR EACH ROW EXECUTE FUNCTION remotegpu_set_updated_at();

CREATE TABLE model_versions (
    id            BIGSERIAL PRIMARY KEY,
    model_id      BIGINT NOT NULL REFERENCES models (id) ON DELETE CASCADE,
    version       VARCHAR(64) NOT NULL,
    description   TEXT,
    storage_path  VARCHAR(512) NOT NULL,
    size          BIGINT NOT NULL DEFAULT 0,
    metrics       JSONB,
    created_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    CONSTRAINT model_versions_model_id_version_key UNIQUE (model_id, version)
);
