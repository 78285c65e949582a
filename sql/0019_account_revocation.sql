-- 0019: access ends at once when an account changes (issue 10 items 5 and 6).
--
-- Access tokens are verified without the database, so the server also checks each token's
-- account: its status, its tenant owner's status, and token_generation. A token carries the
-- generation it was issued at and is refused once the account's generation moved on. The
-- trigger below moves it whenever what a token stands for changes (status, role, tenant,
-- deletion); password changes bump it explicitly (a hash upgraded at sign-in must not end the
-- session it starts). Every instance keeps a cache of these states and drops an entry on the
-- NOTIFY sent here (channel remotegpu_accounts, payload the account id).
--
-- refresh_tokens_revoked_reason_check did not know 'account_deleted', so deleting an account
-- that had ever signed in failed on its own revocation.

ALTER TABLE customers ADD COLUMN token_generation INT NOT NULL DEFAULT 0;
COMMENT ON COLUMN customers.token_generation IS
    'Access tokens issued at an older generation are refused; bumped on status, role, tenant, deletion and password changes.';

ALTER TABLE refresh_tokens DROP CONSTRAINT refresh_tokens_revoked_reason_check;
ALTER TABLE refresh_tokens ADD CONSTRAINT refresh_tokens_revoked_reason_check
    CHECK (revoked_reason IN ('logout', 'rotated', 'reuse_detected', 'password_reset',
                              'password_changed', 'account_disabled', 'account_deleted',
                              'role_changed', 'admin', 'expired'));

CREATE FUNCTION remotegpu_customers_token_generation() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.status IS DISTINCT FROM OLD.status OR NEW.role IS DISTINCT FROM OLD.role
       OR NEW.tenant_id IS DISTINCT FROM OLD.tenant_id
       OR NEW.deleted_at IS DISTINCT FROM OLD.deleted_at THEN
        NEW.token_generation := OLD.token_generation + 1;
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER trg_customers_token_generation BEFORE UPDATE ON customers
    FOR EACH ROW EXECUTE FUNCTION remotegpu_customers_token_generation();

CREATE FUNCTION remotegpu_customers_notify() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        PERFORM pg_notify('remotegpu_accounts', OLD.id::text);
    ELSIF NEW.token_generation IS DISTINCT FROM OLD.token_generation THEN
        PERFORM pg_notify('remotegpu_accounts', NEW.id::text);
    END IF;
    RETURN NULL;
END;
$$;
CREATE TRIGGER trg_customers_notify AFTER UPDATE OR DELETE ON customers
    FOR EACH ROW EXECUTE FUNCTION remotegpu_customers_notify();

-- A member is not added to a tenant whose owner is disabled or deleted.
CREATE FUNCTION remotegpu_customers_active_tenant() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.role = 'customer_member' AND EXISTS (
           SELECT 1 FROM customers o WHERE o.id = NEW.tenant_id
           AND (o.status <> 'active' OR o.deleted_at IS NOT NULL)) THEN
        RAISE EXCEPTION 'tenant % is disabled; no member can be added to it', NEW.tenant_id
            USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER trg_customers_active_tenant BEFORE INSERT ON customers
    FOR EACH ROW EXECUTE FUNCTION remotegpu_customers_active_tenant();
