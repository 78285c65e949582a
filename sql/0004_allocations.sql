-- 0004: allocations — which tenant has which whole machine, for which period.
--
-- period is a generated tstzrange [start_time, end_time) (greatest() only keeps a reversed
-- pair from failing inside the range constructor, so that allocations_time_check reports it).
-- The exclusion constraint allocations_host_period_excl lets a host have at most one
-- allocation in status active or pending at any instant: an overlapping INSERT, or an extend
-- (UPDATE of end_time) that runs into the next pending allocation, fails with SQLSTATE 23P01
-- (exclusion_violation), which the server answers with 409. Rows that are expired or reclaimed
-- no longer take part, so a reclaimed machine can be allocated again at once. Reclaiming sets
-- status 'reclaimed', reclaimed_at and reclaimed_by; end_time is left as it was agreed (the
-- actual end is reclaimed_at).
--
-- tenant_id is NOT NULL: a machine is always allocated to a tenant. It is filled from
-- customer_id (see remotegpu_fill_tenant_id); allocating to an admin account therefore fails.
-- last_reminder_days: the smallest threshold of the expiry_reminder_days setting already sent
-- (NULL = none yet); the reminder sweeper claims a reminder with
--   UPDATE ... SET last_reminder_days = $d WHERE id = $id
--          AND (last_reminder_days IS NULL OR last_reminder_days > $d)
-- so two server instances never send the same one. An extend resets it to NULL.
CREATE TABLE allocations (
    id                  VARCHAR(64) PRIMARY KEY,
    customer_id         BIGINT NOT NULL REFERENCES customers (id) ON DELETE RESTRICT,
    tenant_id           BIGINT NOT NULL REFERENCES customers (id) ON DELETE RESTRICT,
    host_id             VARCHAR(64) NOT NULL REFERENCES hosts (id) ON DELETE RESTRICT,
    start_time          TIMESTAMPTZ NOT NULL DEFAULT now(),
    end_time            TIMESTAMPTZ NOT NULL,
    period              TSTZRANGE GENERATED ALWAYS AS
                        (tstzrange(start_time, greatest(start_time, end_time), '[)')) STORED,
    status              VARCHAR(32) NOT NULL DEFAULT 'active'
                        CHECK (status IN ('active', 'expired', 'reclaimed', 'pending')),
    remark              TEXT,
    created_by          BIGINT REFERENCES customers (id) ON DELETE RESTRICT,
    reclaimed_at        TIMESTAMPTZ,
    reclaimed_by        BIGINT REFERENCES customers (id) ON DELETE RESTRICT,
    reclaim_reason      TEXT,
    extended_count      INT NOT NULL DEFAULT 0,
    last_reminder_days  INT,
    created_at          TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at          TIMESTAMPTZ NOT NULL DEFAULT now(),
    CONSTRAINT allocations_time_check CHECK (end_time > start_time),
    CONSTRAINT allocations_reclaimed_check CHECK (status <> 'reclaimed' OR reclaimed_at IS NOT NULL),
    CONSTRAINT allocations_host_period_excl
        EXCLUDE USING gist (host_id WITH =, period WITH &&) WHERE (status IN ('active', 'pending'))
);
-- V2.1 inserts give no reclaimed_at with status 'reclaimed'; fill it instead of refusing.
CREATE FUNCTION remotegpu_allocations_defaults() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.status = 'reclaimed' AND NEW.reclaimed_at IS NULL THEN
        NEW.reclaimed_at := now();
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER trg_allocations_defaults BEFORE INSERT OR UPDATE ON allocations
    FOR EACH ROW EXECUTE FUNCTION remotegpu_allocations_defaults();
CREATE TRIGGER trg_allocations_tenant BEFORE INSERT OR UPDATE OF customer_id, tenant_id ON allocations
    FOR EACH ROW EXECUTE FUNCTION remotegpu_fill_tenant_id('strict');
CREATE TRIGGER trg_allocations_updated_at BEFORE UPDATE ON allocations
    FOR EACH ROW EXECUTE FUNCTION remotegpu_set_updated_at();

CREATE INDEX idx_allocations_customer_id ON allocations (customer_id);
CREATE INDEX idx_allocations_tenant_id ON allocations (tenant_id, status);
CREATE INDEX idx_allocations_host_id ON allocations (host_id, status);
CREATE INDEX idx_allocations_status_end_time ON allocations (status, end_time);
CREATE INDEX idx_allocations_created_by ON allocations (created_by);
CREATE INDEX idx_allocations_reclaimed_by ON allocations (reclaimed_by);
CREATE INDEX idx_allocations_start_time ON allocations (start_time);
CREATE INDEX idx_allocations_created_at ON allocations (created_at);
