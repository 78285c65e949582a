-- 0001: extensions, shared helper functions, system_configs.
--
-- Conventions for every migration in this folder (read before adding one):
--   * Each file runs inside ONE transaction (the server's MigrationRunner, libpq PQexec): no
--     BEGIN/COMMIT here, no CREATE INDEX CONCURRENTLY. schema_migrations belongs to the runner.
--   * Names follow seed 001 §11.3; where schema V2.1 (seed 000) names a column differently the
--     V2.1 name replaces it (hosts.total_memory_gb, gpus.index, ...). Every other §11.3 column stays.
--   * Time columns are TIMESTAMPTZ (an instant; the API prints it as ISO 8601 UTC) where §11.3
--     writes TIMESTAMP: a bare TIMESTAMP would depend on the session time zone.
--   * Status/role/type columns carry CHECK constraints named <table>_<column>_check that accept
--     the values of 001 §4.3 plus the values V2.1 documents (e.g. host `allocated`).
--   * Tenancy: a tenant is a customers row with role 'customer_owner'. customers.tenant_id points
--     at the owner row (an owner points at ITSELF, a member at its owner, an admin is NULL).
--     Every table whose rows belong to a customer carries tenant_id (FK customers, indexed);
--     remotegpu_fill_tenant_id() fills it from customer_id when the INSERT does not give it.
--     Child-detail tables (versions, mounts, port mappings, logs, metrics) reach the tenant
--     through their parent row.
--   * ON DELETE: business rows RESTRICT (customers are soft-deleted with deleted_at, hosts with
--     history cannot be deleted); pure child detail (gpus of a host, metrics, versions, tokens of
--     an account, ...) CASCADE.

CREATE EXTENSION IF NOT EXISTS pgcrypto;      -- gen_random_uuid(), digest() for token hashes
CREATE EXTENSION IF NOT EXISTS "uuid-ossp";   -- named by 001 §11.1
CREATE EXTENSION IF NOT EXISTS btree_gist;    -- allocations exclusion constraint (host_id WITH =)

-- Keeps updated_at current on every UPDATE (attached to each table that has the column).
CREATE FUNCTION remotegpu_set_updated_at() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    NEW.updated_at := now();
    RETURN NEW;
END;
$$;

-- Fills tenant_id from the row's customer_id (customers.tenant_id) when the statement leaves it
-- NULL, and recomputes it when customer_id changes on UPDATE without tenant_id changing.
-- TG_ARGV[0] = 'strict': a given tenant_id must equal the customer's tenant (when the customer
-- has one; rows created by an admin for a tenant may name the tenant explicitly).
-- TG_ARGV[0] = 'fill': only fill (audit_logs: an admin's action is recorded under the tenant it
-- touched, which the server passes explicitly).
CREATE FUNCTION remotegpu_fill_tenant_id() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    customer_tenant BIGINT;
BEGIN
    IF NEW.customer_id IS NULL THEN
        RETURN NEW;
    END IF;
    IF TG_OP = 'UPDATE' THEN
        IF NEW.customer_id IS NOT DISTINCT FROM OLD.customer_id
           AND NEW.tenant_id IS NOT DISTINCT FROM OLD.tenant_id THEN
            RETURN NEW;
        END IF;
        IF NEW.customer_id IS DISTINCT FROM OLD.customer_id
           AND NEW.tenant_id IS NOT DISTINCT FROM OLD.tenant_id THEN
            NEW.tenant_id := NULL;
        END IF;
    END IF;
    SELECT c.tenant_id INTO customer_tenant FROM customers c WHERE c.id = NEW.customer_id;
    IF NOT FOUND THEN
        RETURN NEW; -- the foreign key reports the missing customer
    END IF;
    IF NEW.tenant_id IS NULL THEN
        NEW.tenant_id := customer_tenant;
    ELSIF TG_NARGS > 0 AND TG_ARGV[0] = 'strict'
          AND customer_tenant IS NOT NULL AND NEW.tenant_id <> customer_tenant THEN
        RAISE EXCEPTION '%.tenant_id % does not match the tenant % of customer %',
            TG_TABLE_NAME, NEW.tenant_id, customer_tenant, NEW.customer_id
            USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END;
$$;

-- ---------------------------------------------------------------------------------------------
-- system_configs (§11.3.1): global settings. config_type tells the server how to parse
-- config_value; is_public settings may be shown before login.
CREATE TABLE system_configs (
    id            BIGSERIAL PRIMARY KEY,
    config_key    VARCHAR(128) NOT NULL,
    config_value  TEXT NOT NULL,
    config_type   VARCHAR(32) NOT NULL DEFAULT 'string',
    description   TEXT,
    is_public     BOOLEAN NOT NULL DEFAULT false,
    created_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    CONSTRAINT system_configs_config_key_key UNIQUE (config_key),
    CONSTRAINT system_configs_config_type_check
        CHECK (config_type IN ('string', 'int', 'bool', 'json'))
);
CREATE INDEX idx_system_configs_is_public ON system_configs (is_public);
CREATE TRIGGER trg_system_configs_updated_at BEFORE UPDATE ON system_configs
    FOR EACH ROW EXECUTE FUNCTION remotegpu_set_updated_at();

-- Settings the server reads. `site_name` and `default_gpu_quota` are deliberately NOT seeded:
-- schema V2.1 inserts them as its example rows and those must load verbatim; the server falls
-- back to its built-in default ("RemoteGPU", 0) for any key that is absent.
INSERT INTO system_configs (config_key, config_value, config_type, description, is_public) VALUES
    ('expiry_reminder_days', '7,3,1', 'string',
     'Days before an allocation ends on which its tenant is reminded (comma separated)', false),
    ('allocation_expiring_window_days', '7', 'int',
     'An active allocation ending within this many days is reported as expiring', false),
    ('login_max_failures_per_account', '5', 'int',
     'Failed logins per account within login_failure_window_seconds before it is locked', false),
    ('login_max_failures_per_ip', '20', 'int',
     'Failed logins per client address within login_failure_window_seconds before it is refused', false),
    ('login_failure_window_seconds', '900', 'int',
     'Sliding window for the login failure limits', false),
    ('login_lockout_seconds', '900', 'int',
     'How long an account or address stays refused after reaching a limit', false),
    ('password_min_length', '8', 'int', 'Minimum password length', true),
    ('password_require_letter_and_digit', 'true', 'bool',
     'A password must contain at least one letter and one digit', true),
    ('password_reset_code_ttl_seconds', '900', 'int', 'Lifetime of a password reset code', false),
    ('password_reset_max_attempts', '5', 'int', 'Wrong guesses allowed per password reset code', false),
    ('access_token_ttl_seconds', '900', 'int', 'Lifetime of an access token', false),
    ('refresh_token_ttl_seconds', '1209600', 'int', 'Lifetime of a refresh token (14 days)', false),
    ('agent_heartbeat_interval_seconds', '10', 'int', 'Interval at which agents report', false),
    ('host_offline_missed_heartbeats', '3', 'int',
     'Missed heartbeat intervals after which a host is offline', false),
    ('metrics_retention_days', '30', 'int', 'Host and GPU metric rows older than this are purged', false);
