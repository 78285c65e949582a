-- 0002: customers (accounts and tenants), workspaces, quotas, SSH keys and the auth tables
-- (refresh tokens, password reset codes, login attempts, JWT signing keys).

-- ---------------------------------------------------------------------------------------------
-- customers (§11.3.2 + V2.1 role): one row per login account.
--   role 'admin'            platform operator; tenant_id IS NULL
--   role 'customer_owner'   a tenant (company account); tenant_id = its own id
--   role 'customer_member'  a member of a tenant; tenant_id = the owner's id
-- The row trigger fills tenant_id for owners (and re-derives it when the role changes) and
-- checks that a member's tenant_id names a customer_owner; customers_tenant_role_check enforces
-- the shape. Accounts are soft-deleted (deleted_at): business rows reference them with RESTRICT.
CREATE TABLE customers (
    id               BIGSERIAL PRIMARY KEY,
    uuid             UUID NOT NULL DEFAULT gen_random_uuid(),
    username         VARCHAR(64) NOT NULL,
    email            VARCHAR(128) NOT NULL,
    password_hash    VARCHAR(256) NOT NULL,
    role             VARCHAR(32) NOT NULL DEFAULT 'customer_owner'
                     CHECK (role IN ('admin', 'customer_owner', 'customer_member')),
    tenant_id        BIGINT REFERENCES customers (id) ON DELETE RESTRICT,
    display_name     VARCHAR(128),
    avatar_url       VARCHAR(512),
    phone            VARCHAR(32),
    full_name        VARCHAR(256),
    company          VARCHAR(256),
    user_type        VARCHAR(32) NOT NULL DEFAULT 'external'
                     CHECK (user_type IN ('admin', 'external')),
    account_type     VARCHAR(32) NOT NULL DEFAULT 'individual'
                     CHECK (account_type IN ('individual', 'enterprise')),
    status           VARCHAR(32) NOT NULL DEFAULT 'active'
                     CHECK (status IN ('active', 'disabled')),
    email_verified   BOOLEAN NOT NULL DEFAULT false,
    phone_verified   BOOLEAN NOT NULL DEFAULT false,
    balance          DECIMAL(10,4) NOT NULL DEFAULT 0.00,
    currency         VARCHAR(10) NOT NULL DEFAULT 'CNY',
    overdue_status   VARCHAR(20) NOT NULL DEFAULT 'normal'
                     CHECK (overdue_status IN ('normal', 'overdue', 'suspended')),
    overdue_since    TIMESTAMPTZ,
    last_payment_at  TIMESTAMPTZ,
    last_login_at    TIMESTAMPTZ,
    -- beyond §11.3, for auth and settings
    password_changed_at    TIMESTAMPTZ,
    locked_until           TIMESTAMPTZ,
    notification_settings  JSONB NOT NULL DEFAULT '{}'::jsonb,
    created_at       TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at       TIMESTAMPTZ NOT NULL DEFAULT now(),
    deleted_at       TIMESTAMPTZ,
    CONSTRAINT customers_uuid_key UNIQUE (uuid),
    CONSTRAINT customers_username_key UNIQUE (username),
    CONSTRAINT customers_email_key UNIQUE (email),
    CONSTRAINT customers_tenant_role_check CHECK (
        (role = 'admin' AND tenant_id IS NULL)
        OR (role = 'customer_owner' AND tenant_id = id)
        OR (role = 'customer_member' AND tenant_id IS NOT NULL AND tenant_id <> id))
);
COMMENT ON COLUMN customers.tenant_id IS
    'Owning tenant: the customer_owner row. An owner points at itself, a member at its owner, an admin is NULL.';
-- "Admin" and "admin" must not both exist: login compares case-insensitively.
CREATE UNIQUE INDEX idx_customers_username_lower ON customers (lower(username));
CREATE UNIQUE INDEX idx_customers_email_lower ON customers (lower(email));
CREATE INDEX idx_customers_tenant_id ON customers (tenant_id);
CREATE INDEX idx_customers_role ON customers (role);
CREATE INDEX idx_customers_status ON customers (status);
CREATE INDEX idx_customers_overdue_status ON customers (overdue_status);
CREATE INDEX idx_customers_created_at ON customers (created_at);
CREATE INDEX idx_customers_deleted_at ON customers (deleted_at);

CREATE FUNCTION remotegpu_customers_tenant() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    owner_role VARCHAR(32);
BEGIN
    IF TG_OP = 'UPDATE' AND NEW.role IS DISTINCT FROM OLD.role THEN
        IF OLD.role = 'customer_owner' AND EXISTS (
               SELECT 1 FROM customers m WHERE m.tenant_id = OLD.id AND m.id <> OLD.id) THEN
            RAISE EXCEPTION 'customer % still owns members; move them before changing its role', OLD.id
                USING ERRCODE = 'check_violation';
        END IF;
        IF NEW.tenant_id IS NOT DISTINCT FROM OLD.tenant_id THEN
            NEW.tenant_id := NULL; -- re-derived below for owners; admins have none
        END IF;
    END IF;
    IF NEW.role = 'customer_owner' AND NEW.tenant_id IS NULL THEN
        NEW.tenant_id := NEW.id;
    ELSIF NEW.role = 'customer_member' AND NEW.tenant_id IS NOT NULL THEN
        SELECT c.role INTO owner_role FROM customers c WHERE c.id = NEW.tenant_id;
        IF FOUND AND owner_role <> 'customer_owner' THEN
            RAISE EXCEPTION 'customers.tenant_id % is not a customer_owner', NEW.tenant_id
                USING ERRCODE = 'check_violation';
        END IF;
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER trg_customers_tenant BEFORE INSERT OR UPDATE ON customers
    FOR EACH ROW EXECUTE FUNCTION remotegpu_customers_tenant();
CREATE TRIGGER trg_customers_updated_at BEFORE UPDATE ON customers
    FOR EACH ROW EXECUTE FUNCTION remotegpu_set_updated_at();

-- ---------------------------------------------------------------------------------------------
-- workspaces, workspace_members, resource_quotas (§11.3.2)
CREATE TABLE workspaces (
    id            BIGSERIAL PRIMARY KEY,
    uuid          UUID NOT NULL DEFAULT gen_random_uuid(),
    owner_id      BIGINT NOT NULL REFERENCES customers (id) ON DELETE RESTRICT,
    tenant_id     BIGINT REFERENCES customers (id) ON DELETE RESTRICT,
    name          VARCHAR(128) NOT NULL,
    description   TEXT,
    type          VARCHAR(32) NOT NULL DEFAULT 'personal' CHECK (type IN ('personal', 'team')),
    member_count  INT NOT NULL DEFAULT 1,
    status        VARCHAR(32) NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'archived', 'disabled')),
    created_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    CONSTRAINT workspaces_uuid_key UNIQUE (uuid)
);
CREATE INDEX idx_workspaces_owner_id ON workspaces (owner_id);
CREATE INDEX idx_workspaces_tenant_id ON workspaces (tenant_id);
CREATE INDEX idx_workspaces_status ON workspaces (status);
-- workspaces name their owner "owner_id": fill tenant_id from it.
CREATE FUNCTION remotegpu_workspaces_tenant() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.tenant_id IS NULL OR (TG_OP = 'UPDATE' AND NEW.owner_id IS DISTINCT FROM OLD.owner_id
                                 AND NEW.tenant_id IS NOT DISTINCT FROM OLD.tenant_id) THEN
        SELECT c.tenant_id INTO NEW.tenant_id FROM customers c WHERE c.id = NEW.owner_id;
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER trg_workspaces_tenant BEFORE INSERT OR UPDATE OF owner_id, tenant_id ON workspaces
    FOR EACH ROW EXECUTE FUNCTION remotegpu_workspaces_tenant();
CREATE TRIGGER trg_workspaces_updated_at BEFORE UPDATE ON workspaces
    FOR EACH ROW EXECUTE FUNCTION remotegpu_set_updated_at();

CREATE TABLE workspace_members (
    id            BIGSERIAL PRIMARY KEY,
    workspace_id  BIGINT NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    customer_id   BIGINT NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    role          VARCHAR(32) NOT NULL DEFAULT 'member' CHECK (role IN ('owner', 'admin', 'member')),
    status        VARCHAR(32) NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'invited', 'disabled')),
    joined_at     TIMESTAMPTZ NOT NULL DEFAULT now(),
    created_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    CONSTRAINT workspace_members_workspace_id_customer_id_key UNIQUE (workspace_id, customer_id)
);
CREATE INDEX idx_workspace_members_customer_id ON workspace_members (customer_id);

CREATE TABLE resource_quotas (
    id                 BIGSERIAL PRIMARY KEY,
    customer_id        BIGINT NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    tenant_id          BIGINT REFERENCES customers (id) ON DELETE RESTRICT,
    workspace_id       BIGINT REFERENCES workspaces (id) ON DELETE CASCADE,
    quota_level        VARCHAR(32) NOT NULL DEFAULT 'free',
    cpu_quota          INT NOT NULL DEFAULT 4,
    memory_quota       INT NOT NULL DEFAULT 8192,
    gpu_quota          INT NOT NULL DEFAULT 0,
    storage_quota      BIGINT NOT NULL DEFAULT 10737418240,
    environment_quota  INT NOT NULL DEFAULT 1,
    created_at         TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at         TIMESTAMPTZ NOT NULL DEFAULT now(),
    -- one quota row per customer, plus at most one per (customer, workspace)
    CONSTRAINT resource_quotas_customer_id_workspace_id_key
        UNIQUE NULLS NOT DISTINCT (customer_id, workspace_id)
);
COMMENT ON COLUMN resource_quotas.storage_quota IS 'bytes';
COMMENT ON COLUMN resource_quotas.memory_quota IS 'MiB';
CREATE INDEX idx_resource_quotas_tenant_id ON resource_quotas (tenant_id);
CREATE INDEX idx_resource_quotas_workspace_id ON resource_quotas (workspace_id);
CREATE TRIGGER trg_resource_quotas_tenant BEFORE INSERT OR UPDATE OF customer_id, tenant_id ON resource_quotas
    FOR EACH ROW EXECUTE FUNCTION remotegpu_fill_tenant_id('strict');
CREATE TRIGGER trg_resource_quotas_updated_at BEFORE UPDATE ON resource_quotas
    FOR EACH ROW EXECUTE FUNCTION remotegpu_set_updated_at();

-- ---------------------------------------------------------------------------------------------
-- ssh_keys (V2.1 §3): public keys injected into the machines allocated to the customer's tenant.
CREATE TABLE ssh_keys (
    id            BIGSERIAL PRIMARY KEY,
    customer_id   BIGINT NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    tenant_id     BIGINT REFERENCES customers (id) ON DELETE RESTRICT,
    name          VARCHAR(64) NOT NULL,
    public_key    TEXT NOT NULL,
    fingerprint   VARCHAR(128) NOT NULL,
    last_used_at  TIMESTAMPTZ,
    created_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    CONSTRAINT ssh_keys_customer_id_fingerprint_key UNIQUE (customer_id, fingerprint)
);
CREATE INDEX idx_ssh_keys_tenant_id ON ssh_keys (tenant_id);
CREATE TRIGGER trg_ssh_keys_tenant BEFORE INSERT OR UPDATE OF customer_id, tenant_id ON ssh_keys
    FOR EACH ROW EXECUTE FUNCTION remotegpu_fill_tenant_id('strict');
CREATE TRIGGER trg_ssh_keys_updated_at BEFORE UPDATE ON ssh_keys
    FOR EACH ROW EXECUTE FUNCTION remotegpu_set_updated_at();

-- ---------------------------------------------------------------------------------------------
-- Auth. No secret is stored in clear: refresh tokens and reset codes are kept as a hash
-- (hex SHA-256 of the token / of the code with a per-row salt) and compared by hash.

-- refresh_tokens: rotation with reuse detection. Every login starts a family (family_id);
-- each refresh marks the presented token used (used_at) and issues a child (parent_id). A token
-- presented after it was used revokes the whole family (revoked_reason 'reuse_detected').
CREATE TABLE refresh_tokens (
    id              BIGSERIAL PRIMARY KEY,
    customer_id     BIGINT NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    token_hash      VARCHAR(128) NOT NULL,
    family_id       UUID NOT NULL,
    parent_id       BIGINT REFERENCES refresh_tokens (id) ON DELETE SET NULL,
    issued_at       TIMESTAMPTZ NOT NULL DEFAULT now(),
    expires_at      TIMESTAMPTZ NOT NULL,
    used_at         TIMESTAMPTZ,
    revoked_at      TIMESTAMPTZ,
    revoked_reason  VARCHAR(32)
                    CHECK (revoked_reason IN ('logout', 'rotated', 'reuse_detected', 'password_reset',
                                              'password_changed', 'account_disabled', 'admin', 'expired')),
    client_ip       VARCHAR(64),
    user_agent      TEXT,
    CONSTRAINT refresh_tokens_token_hash_key UNIQUE (token_hash),
    CONSTRAINT refresh_tokens_revocation_check CHECK ((revoked_at IS NULL) = (revoked_reason IS NULL))
);
CREATE INDEX idx_refresh_tokens_customer_id ON refresh_tokens (customer_id);
CREATE INDEX idx_refresh_tokens_family_id ON refresh_tokens (family_id);
CREATE INDEX idx_refresh_tokens_parent_id ON refresh_tokens (parent_id);
CREATE INDEX idx_refresh_tokens_expires_at ON refresh_tokens (expires_at);

-- password_reset_codes: a code sent to the account's mailbox. code_hash only; each wrong guess
-- increments attempts and the code is dead at max_attempts, at expires_at or once consumed.
CREATE TABLE password_reset_codes (
    id             BIGSERIAL PRIMARY KEY,
    customer_id    BIGINT NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    code_hash      VARCHAR(128) NOT NULL,
    channel        VARCHAR(16) NOT NULL DEFAULT 'email' CHECK (channel IN ('email', 'sms')),
    expires_at     TIMESTAMPTZ NOT NULL,
    attempts       INT NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    max_attempts   INT NOT NULL DEFAULT 5 CHECK (max_attempts > 0),
    consumed_at    TIMESTAMPTZ,
    request_ip     VARCHAR(64),
    created_at     TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX idx_password_reset_codes_customer_id ON password_reset_codes (customer_id, created_at);
CREATE INDEX idx_password_reset_codes_expires_at ON password_reset_codes (expires_at);

-- login_attempts: one row per login try, successful or not, for the per-account and
-- per-address rate limits (count failures since now() - window). username is what was typed
-- (the account may not exist), customer_id the account when it does.
CREATE TABLE login_attempts (
    id              BIGSERIAL PRIMARY KEY,
    username        VARCHAR(128) NOT NULL,
    customer_id     BIGINT REFERENCES customers (id) ON DELETE CASCADE,
    client_ip       VARCHAR(64) NOT NULL,
    succeeded       BOOLEAN NOT NULL,
    failure_reason  VARCHAR(32)
                    CHECK (failure_reason IN ('bad_credentials', 'unknown_user', 'disabled', 'locked',
                                              'rate_limited')),
    user_agent      TEXT,
    attempted_at    TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX idx_login_attempts_username ON login_attempts (lower(username), attempted_at);
CREATE INDEX idx_login_attempts_client_ip ON login_attempts (client_ip, attempted_at);
CREATE INDEX idx_login_attempts_customer_id ON login_attempts (customer_id);
CREATE INDEX idx_login_attempts_attempted_at ON login_attempts (attempted_at);

-- signing_keys: JWT signing keys the server generates itself (no key in a config file). At most
-- one key is 'active' (signs new tokens); 'retired' keys still verify until verify_until, so a
-- rotation does not log everybody out. Tokens name their key in the JWT header "kid".
CREATE TABLE signing_keys (
    id            BIGSERIAL PRIMARY KEY,
    kid           VARCHAR(64) NOT NULL,
    algorithm     VARCHAR(16) NOT NULL DEFAULT 'HS256' CHECK (algorithm IN ('HS256', 'HS384', 'HS512')),
    secret        BYTEA NOT NULL,
    status        VARCHAR(16) NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'retired', 'revoked')),
    created_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    retired_at    TIMESTAMPTZ,
    verify_until  TIMESTAMPTZ,
    CONSTRAINT signing_keys_kid_key UNIQUE (kid),
    CONSTRAINT signing_keys_secret_check CHECK (octet_length(secret) >= 32)
);
CREATE UNIQUE INDEX idx_signing_keys_one_active ON signing_keys (status) WHERE status = 'active';
