-- 0009: billing (§11.3.7). Money is DECIMAL(10,4) as §11.3 says; billing rows are business
-- history (RESTRICT on the customer).

CREATE TABLE billing_records (
    id               BIGSERIAL PRIMARY KEY,
    customer_id      BIGINT NOT NULL REFERENCES customers (id) ON DELETE RESTRICT,
    tenant_id        BIGINT REFERENCES customers (id) ON DELETE RESTRICT,
    workspace_id     BIGINT REFERENCES workspaces (id) ON DELETE RESTRICT,
    resource_id      VARCHAR(64),
    resource_type    VARCHAR(32) NOT NULL
                     CHECK (resource_type IN ('environment', 'training', 'inference', 'storage', 'allocation',
                                              'task')),
    resource_name    VARCHAR(256),
    quantity         DOUBLE PRECISION NOT NULL,
    unit_price       DECIMAL(10,4) NOT NULL,
    amount           DECIMAL(10,4) NOT NULL,
    currency         VARCHAR(10) NOT NULL DEFAULT 'CNY',
    billing_unit     VARCHAR(20) NOT NULL DEFAULT 'minute'
                     CHECK (billing_unit IN ('minute', 'hour', 'day', 'month', 'gb_month')),
    billing_minutes  INT,
    start_time       TIMESTAMPTZ NOT NULL,
    end_time         TIMESTAMPTZ NOT NULL,
    created_at       TIMESTAMPTZ NOT NULL DEFAULT now(),
    CONSTRAINT billing_records_time_check CHECK (end_time >= start_time)
);
CREATE INDEX idx_billing_records_customer_id ON billing_records (customer_id, start_time);
CREATE INDEX idx_billing_records_tenant_id ON billing_records (tenant_id, start_time);
CREATE INDEX idx_billing_records_workspace_id ON billing_records (workspace_id);
CREATE INDEX idx_billing_records_resource ON billing_records (resource_type, resource_id);
CREATE INDEX idx_billing_records_created_at ON billing_records (created_at);
CREATE TRIGGER trg_billing_records_tenant BEFORE INSERT OR UPDATE OF customer_id, tenant_id ON billing_records
    FOR EACH ROW EXECUTE FUNCTION remotegpu_fill_tenant_id('strict');

CREATE TABLE invoices (
    id                    BIGSERIAL PRIMARY KEY,
    invoice_no            VARCHAR(64) NOT NULL,
    customer_id           BIGINT NOT NULL REFERENCES customers (id) ON DELETE RESTRICT,
    tenant_id             BIGINT REFERENCES customers (id) ON DELETE RESTRICT,
    billing_period_start  TIMESTAMPTZ NOT NULL,
    billing_period_end    TIMESTAMPTZ NOT NULL,
    total_amount          DECIMAL(10,4) NOT NULL,
    currency              VARCHAR(10) NOT NULL DEFAULT 'CNY',
    status                VARCHAR(20) NOT NULL DEFAULT 'pending'
                          CHECK (status IN ('pending', 'paid', 'overdue', 'cancelled')),
    paid_at               TIMESTAMPTZ,
    created_at            TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at            TIMESTAMPTZ NOT NULL DEFAULT now(),
    CONSTRAINT invoices_invoice_no_key UNIQUE (invoice_no),
    CONSTRAINT invoices_period_check CHECK (billing_period_end >= billing_period_start)
);
CREATE INDEX idx_invoices_customer_id ON invoices (customer_id);
CREATE INDEX idx_invoices_tenant_id ON invoices (tenant_id);
CREATE INDEX idx_invoices_status ON invoices (status);
CREATE INDEX idx_invoices_created_at ON invoices (created_at);
CREATE TRIGGER trg_invoices_tenant BEFORE INSERT OR UPDATE OF customer_id, tenant_id ON invoices
    FOR EACH ROW EXECUTE FUNCTION remotegpu_fill_tenant_id('strict');
CREATE TRIGGER trg_invoices_updated_at BEFORE UPDATE ON invoices
    FOR EACH ROW EXECUTE FUNCTION remotegpu_set_updated_at();
