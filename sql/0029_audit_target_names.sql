-- 0029: the audit list names each entry's target. "customer #8" or "alert_rule #3" told an
-- operator nothing without a second look-up; the list now also carries the target's name as it is
-- now: a customer's user name, a machine's name, an allocation's machine and tenant, a rule's,
-- webhook's, SSH key's or workspace's name. NULL when the target is gone (the type and id stay in
-- the entry, which is never rewritten) or of a type without a name.
CREATE FUNCTION remotegpu_audit_target_name(p_type text, p_id text) RETURNS text
LANGUAGE plpgsql STABLE AS $$
DECLARE
    -- Numeric ids are compared as numbers so each look-up is a primary-key probe; an id that is
    -- not a number names nothing.
    v_number bigint := CASE WHEN p_id ~ '^[0-9]{1,18}$' THEN p_id::bigint END;
BEGIN
    CASE p_type
    WHEN 'machine' THEN
        RETURN (SELECT h.name FROM hosts h WHERE h.id = p_id);
    WHEN 'allocation' THEN
        RETURN (SELECT h.name || ' → ' || tenant_display_name(t.company, t.display_name, t.username)
                FROM allocations a JOIN hosts h ON h.id = a.host_id JOIN customers t ON t.id = a.tenant_id
                WHERE a.id = p_id);
    WHEN 'customer' THEN
        RETURN (SELECT c.username FROM customers c WHERE c.id = v_number);
    WHEN 'alert_rule' THEN
        RETURN (SELECT r.name FROM alert_rules r WHERE r.id = v_number);
    WHEN 'webhook' THEN
        RETURN (SELECT w.name FROM webhooks w WHERE w.id = v_number);
    WHEN 'ssh_key' THEN
        RETURN (SELECT k.name FROM ssh_keys k WHERE k.id = v_number);
    WHEN 'workspace' THEN
        RETURN (SELECT w.name FROM workspaces w WHERE w.id = v_number);
    ELSE
        RETURN NULL;
    END CASE;
END
$$;
