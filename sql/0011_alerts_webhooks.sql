-- 0011: alert rules and records, webhooks and their delivery log (§11.3.10).

-- alert_rules: customer_id/tenant_id NULL = a platform rule (applies to every host); host_id
-- NULL = every host in scope. rule_key names the built-in rules the server looks up by key (the
-- offline detector raises its alerts under rule_key 'host_offline'); comparison is the word form
-- of common/Enums.h AlertComparison (value <comparison> threshold). metric_type is free text:
-- the evaluator knows host_offline and the column names of host_metrics / gpu_metrics
-- (cpu_usage_percent, memory_usage_percent, disk_usage_percent, gpu_utilization_percent,
-- gpu_memory_usage_percent, gpu_temperature, gpu_power_draw).
CREATE TABLE alert_rules (
    id           BIGSERIAL PRIMARY KEY,
    customer_id  BIGINT REFERENCES customers (id) ON DELETE RESTRICT,
    tenant_id    BIGINT REFERENCES customers (id) ON DELETE RESTRICT,
    rule_key     VARCHAR(64),
    host_id      VARCHAR(64) REFERENCES hosts (id) ON DELETE CASCADE,
    name         VARCHAR(256) NOT NULL,
    description  TEXT,
    metric_type  VARCHAR(64) NOT NULL,
    threshold    DOUBLE PRECISION NOT NULL,
    comparison   VARCHAR(10) NOT NULL CHECK (comparison IN ('gt', 'gte', 'lt', 'lte', 'eq')),
    duration     INT NOT NULL DEFAULT 60 CHECK (duration >= 0),
    severity     VARCHAR(20) NOT NULL DEFAULT 'warning' CHECK (severity IN ('info', 'warning', 'critical')),
    enabled      BOOLEAN NOT NULL DEFAULT true,
    created_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    CONSTRAINT alert_rules_rule_key_key UNIQUE (rule_key)
);
COMMENT ON COLUMN alert_rules.duration IS 'seconds the condition must hold before an alert fires';
CREATE INDEX idx_alert_rules_customer_id ON alert_rules (customer_id);
CREATE INDEX idx_alert_rules_tenant_id ON alert_rules (tenant_id);
CREATE INDEX idx_alert_rules_host_id ON alert_rules (host_id);
CREATE INDEX idx_alert_rules_enabled ON alert_rules (enabled);
CREATE TRIGGER trg_alert_rules_tenant BEFORE INSERT OR UPDATE OF customer_id, tenant_id ON alert_rules
    FOR EACH ROW EXECUTE FUNCTION remotegpu_fill_tenant_id('strict');
CREATE TRIGGER trg_alert_rules_updated_at BEFORE UPDATE ON alert_rules
    FOR EACH ROW EXECUTE FUNCTION remotegpu_set_updated_at();

INSERT INTO alert_rules (rule_key, name, description, metric_type, threshold, comparison, duration, severity) VALUES
    ('host_offline', 'Host offline', 'No heartbeat for host_offline_missed_heartbeats intervals',
     'host_offline', 1, 'gte', 0, 'critical'),
    ('gpu_temperature_high', 'GPU temperature high', 'A GPU is hotter than 85 °C',
     'gpu_temperature', 85, 'gt', 60, 'warning'),
    ('gpu_memory_high', 'GPU memory nearly full', 'A GPU uses more than 95% of its memory',
     'gpu_memory_usage_percent', 95, 'gt', 300, 'warning'),
    ('host_disk_high', 'Disk nearly full', 'A host uses more than 90% of its disk',
     'disk_usage_percent', 90, 'gt', 300, 'warning'),
    ('host_memory_high', 'Memory nearly full', 'A host uses more than 95% of its memory',
     'memory_usage_percent', 95, 'gt', 300, 'warning');

-- alert_records: status accepts §4.3 (active/acknowledged/resolved) and the §11.3 default
-- 'firing' (reported by the API as active). A rule has at most one open record (firing, active
-- or acknowledged) per resource: idx_alert_records_one_open, so the evaluator can
-- INSERT ... ON CONFLICT DO NOTHING from any server instance.
CREATE TABLE alert_records (
    id               BIGSERIAL PRIMARY KEY,
    rule_id          BIGINT NOT NULL REFERENCES alert_rules (id) ON DELETE RESTRICT,
    customer_id      BIGINT REFERENCES customers (id) ON DELETE RESTRICT,
    tenant_id        BIGINT REFERENCES customers (id) ON DELETE RESTRICT,
    host_id          VARCHAR(64) REFERENCES hosts (id) ON DELETE SET NULL,
    resource_type    VARCHAR(64),
    resource_id      VARCHAR(128),
    metric_type      VARCHAR(64) NOT NULL,
    current_value    DOUBLE PRECISION NOT NULL,
    threshold        DOUBLE PRECISION NOT NULL,
    severity         VARCHAR(20) NOT NULL CHECK (severity IN ('info', 'warning', 'critical')),
    status           VARCHAR(20) NOT NULL DEFAULT 'firing'
                     CHECK (status IN ('firing', 'active', 'acknowledged', 'resolved')),
    message          TEXT,
    triggered_at     TIMESTAMPTZ NOT NULL DEFAULT now(),
    acknowledged_at  TIMESTAMPTZ,
    acknowledged_by  BIGINT REFERENCES customers (id) ON DELETE RESTRICT,
    resolved_at      TIMESTAMPTZ,
    resolved_by      BIGINT REFERENCES customers (id) ON DELETE RESTRICT
);
CREATE UNIQUE INDEX idx_alert_records_one_open ON alert_records (rule_id, resource_type, resource_id)
    NULLS NOT DISTINCT WHERE status IN ('firing', 'active', 'acknowledged');
CREATE INDEX idx_alert_records_rule_id ON alert_records (rule_id);
CREATE INDEX idx_alert_records_customer_id ON alert_records (customer_id);
CREATE INDEX idx_alert_records_tenant_id ON alert_records (tenant_id, triggered_at);
CREATE INDEX idx_alert_records_host_id ON alert_records (host_id);
CREATE INDEX idx_alert_records_status ON alert_records (status, triggered_at);
CREATE INDEX idx_alert_records_severity ON alert_records (severity);
CREATE INDEX idx_alert_records_triggered_at ON alert_records (triggered_at);
CREATE INDEX idx_alert_records_acknowledged_by ON alert_records (acknowledged_by);
CREATE INDEX idx_alert_records_resolved_by ON alert_records (resolved_by);
CREATE TRIGGER trg_alert_records_tenant BEFORE INSERT OR UPDATE OF customer_id, tenant_id ON alert_records
    FOR EACH ROW EXECUTE FUNCTION remotegpu_fill_tenant_id('strict');

-- webhooks: secret signs deliveries (HMAC), so it is kept retrievable.
CREATE TABLE webhooks (
    id                 BIGSERIAL PRIMARY KEY,
    customer_id        BIGINT NOT NULL REFERENCES customers (id) ON DELETE RESTRICT,
    tenant_id          BIGINT REFERENCES customers (id) ON DELETE RESTRICT,
    name               VARCHAR(256) NOT NULL,
    url                VARCHAR(512) NOT NULL,
    secret             VARCHAR(256),
    events             TEXT[] NOT NULL,
    enabled            BOOLEAN NOT NULL DEFAULT true,
    last_triggered_at  TIMESTAMPTZ,
    failure_count      INT NOT NULL DEFAULT 0,
    created_at         TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at         TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX idx_webhooks_customer_id ON webhooks (customer_id);
CREATE INDEX idx_webhooks_tenant_id ON webhooks (tenant_id);
CREATE INDEX idx_webhooks_enabled ON webhooks (enabled);
CREATE INDEX idx_webhooks_events ON webhooks USING gin (events);
CREATE TRIGGER trg_webhooks_tenant BEFORE INSERT OR UPDATE OF customer_id, tenant_id ON webhooks
    FOR EACH ROW EXECUTE FUNCTION remotegpu_fill_tenant_id('strict');
CREATE TRIGGER trg_webhooks_updated_at BEFORE UPDATE ON webhooks
    FOR EACH ROW EXECUTE FUNCTION remotegpu_set_updated_at();

CREATE TABLE webhook_logs (
    id             BIGSERIAL PRIMARY KEY,
    webhook_id     BIGINT NOT NULL REFERENCES webhooks (id) ON DELETE CASCADE,
    event_type     VARCHAR(64) NOT NULL,
    payload        JSONB,
    status_code    INT,
    response_body  TEXT,
    error_message  TEXT,
    attempt        INT NOT NULL DEFAULT 1,
    duration_ms    INT,
    created_at     TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX idx_webhook_logs_webhook_id ON webhook_logs (webhook_id, created_at);
CREATE INDEX idx_webhook_logs_event_type ON webhook_logs (event_type);
CREATE INDEX idx_webhook_logs_created_at ON webhook_logs (created_at);
