-- 0010: notifications and the audit trail (§11.3.9).

-- notifications: a user's own inbox (child detail of the account: CASCADE). dedupe_key lets a
-- sweeper running on several server instances insert a notice once
-- (INSERT ... ON CONFLICT (customer_id, dedupe_key) DO NOTHING), e.g. 'expiry:alloc-001:3'.
CREATE TABLE notifications (
    id             BIGSERIAL PRIMARY KEY,
    customer_id    BIGINT NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    tenant_id      BIGINT REFERENCES customers (id) ON DELETE RESTRICT,
    title          VARCHAR(256) NOT NULL,
    content        TEXT,
    type           VARCHAR(32) NOT NULL
                   CHECK (type IN ('system', 'allocation', 'expiry', 'alert', 'task', 'dataset', 'image',
                                   'billing', 'security', 'issue')),
    level          VARCHAR(20) NOT NULL DEFAULT 'info'
                   CHECK (level IN ('info', 'success', 'warning', 'error', 'critical')),
    resource_type  VARCHAR(64),
    resource_id    VARCHAR(128),
    dedupe_key     VARCHAR(256),
    is_read        BOOLEAN NOT NULL DEFAULT false,
    read_at        TIMESTAMPTZ,
    created_at     TIMESTAMPTZ NOT NULL DEFAULT now(),
    CONSTRAINT notifications_customer_id_dedupe_key_key UNIQUE (customer_id, dedupe_key)
);
CREATE INDEX idx_notifications_customer_id ON notifications (customer_id, is_read, created_at);
CREATE INDEX idx_notifications_tenant_id ON notifications (tenant_id);
CREATE INDEX idx_notifications_type ON notifications (type);
CREATE INDEX idx_notifications_created_at ON notifications (created_at);
CREATE TRIGGER trg_notifications_tenant BEFORE INSERT OR UPDATE OF customer_id, tenant_id ON notifications
    FOR EACH ROW EXECUTE FUNCTION remotegpu_fill_tenant_id('strict');

-- audit_logs (§11.3.9 + tenant_id, result, trace_id, detail): one row per sensitive action,
-- written in the same transaction as the change. customer_id/username are the actor;
-- tenant_id the tenant whose data was touched (filled from the actor's tenant when not given,
-- so an admin's action on a tenant's machine must pass that tenant explicitly); result is
-- 'success' or 'failure'; trace_id the request's traceId; detail a JSON snapshot.
--
-- IMMUTABLE: trg_audit_logs_immutable raises on every UPDATE or DELETE and
-- trg_audit_logs_no_truncate on TRUNCATE, so no application code path can change or remove an
-- audit row. For the same reason every reference to another table is ON DELETE RESTRICT (a
-- SET NULL would be an UPDATE): an account with audit history is disabled or soft-deleted,
-- never deleted. A purge for retention is a DBA operation (ALTER TABLE audit_logs DISABLE
-- TRIGGER ...) outside the application.
CREATE TABLE audit_logs (
    id              BIGSERIAL PRIMARY KEY,
    customer_id     BIGINT REFERENCES customers (id) ON DELETE RESTRICT,
    tenant_id       BIGINT REFERENCES customers (id) ON DELETE RESTRICT,
    username        VARCHAR(128),
    action          VARCHAR(128) NOT NULL,
    resource_type   VARCHAR(64),
    resource_id     VARCHAR(128),
    result          VARCHAR(16) NOT NULL DEFAULT 'success' CHECK (result IN ('success', 'failure')),
    trace_id        VARCHAR(64),
    detail          JSONB,
    ip_address      VARCHAR(64),
    user_agent      TEXT,
    request_method  VARCHAR(10),
    request_path    VARCHAR(512),
    status_code     INT,
    error_message   TEXT,
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX idx_audit_logs_customer_id ON audit_logs (customer_id, created_at);
CREATE INDEX idx_audit_logs_tenant_id ON audit_logs (tenant_id, created_at);
CREATE INDEX idx_audit_logs_action ON audit_logs (action, created_at);
CREATE INDEX idx_audit_logs_resource ON audit_logs (resource_type, resource_id);
CREATE INDEX idx_audit_logs_result ON audit_logs (result);
CREATE INDEX idx_audit_logs_trace_id ON audit_logs (trace_id);
CREATE INDEX idx_audit_logs_created_at ON audit_logs (created_at);
CREATE TRIGGER trg_audit_logs_tenant BEFORE INSERT ON audit_logs
    FOR EACH ROW EXECUTE FUNCTION remotegpu_fill_tenant_id('fill');

CREATE FUNCTION remotegpu_audit_logs_immutable() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_logs rows are immutable: % refused', TG_OP
        USING ERRCODE = 'insufficient_privilege',
              HINT = 'Audit rows can only be inserted.';
END;
$$;
CREATE TRIGGER trg_audit_logs_immutable BEFORE UPDATE OR DELETE ON audit_logs
    FOR EACH ROW EXECUTE FUNCTION remotegpu_audit_logs_immutable();
CREATE TRIGGER trg_audit_logs_no_truncate BEFORE TRUNCATE ON audit_logs
    FOR EACH STATEMENT EXECUTE FUNCTION remotegpu_audit_logs_immutable();
