-- 0023: the alert rule engine — who wrote a rule, the threshold evaluator run on every heartbeat,
-- and the events and notifications every change of an alert record sends.
--
-- Rule scope (alert_rules): tenant_id NULL and host_id NULL = every host; tenant_id set = only
-- while the host is held by that tenant (held_allocations), host_id set = only that host (both
-- set: a customer owner's rule on one of its machines, which stops applying when the machine
-- leaves the tenant). customer_id keeps its 0011 meaning (the tenant the rule belongs to, the
-- tenant trigger derives tenant_id from it); the account that wrote the rule is created_by /
-- updated_by, which may be an admin writing a rule for a tenant.
ALTER TABLE alert_rules
    ADD COLUMN created_by BIGINT REFERENCES customers (id) ON DELETE SET NULL,
    ADD COLUMN updated_by BIGINT REFERENCES customers (id) ON DELETE SET NULL;
CREATE INDEX idx_alert_rules_created_by ON alert_rules (created_by);
CREATE INDEX idx_alert_rules_updated_by ON alert_rules (updated_by);

-- A person's words on resolving an alert ("replaced the fan").
ALTER TABLE alert_records ADD COLUMN resolution_note TEXT;

-- Set once the condition's alert fired (or found one already open): the incident is alerted and
-- nothing fires again until the condition clears, even if someone resolves the alert by hand
-- while the value is still over the threshold.
ALTER TABLE alert_conditions ADD COLUMN alerted_at TIMESTAMPTZ;

-- The metrics a threshold rule may watch (common/AlertMetric.h lists the same keys): the host
-- figures of host_metrics_latest and the per-GPU figures of gpu_metrics_latest.
CREATE FUNCTION remotegpu_alert_metric_kind(metric text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE
        WHEN metric IN ('cpu_usage_percent', 'memory_usage_percent', 'disk_usage_percent', 'cpu_load_1m') THEN 'host'
        WHEN metric IN ('gpu_utilization_percent', 'gpu_memory_usage_percent', 'gpu_temperature',
                        'gpu_power_draw') THEN 'gpu'
    END
$$;

CREATE FUNCTION remotegpu_alert_compare(value double precision, comparison text, threshold double precision)
RETURNS boolean
LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE comparison
        WHEN 'gt' THEN value > threshold
        WHEN 'gte' THEN value >= threshold
        WHEN 'lt' THEN value < threshold
        WHEN 'lte' THEN value <= threshold
        WHEN 'eq' THEN value = threshold
    END
$$;

-- The (rule, resource) pairs of one host breached by its latest figures at p_at: every enabled
-- threshold rule in scope (all hosts; the tenant holding the host, p_tenant; that host), one
-- resource per host figure and one per GPU for GPU figures. A missing figure breaches nothing.
CREATE FUNCTION remotegpu_alert_breaches(p_host_id varchar, p_tenant bigint)
RETURNS TABLE (rule_id bigint, resource_type text, resource_id text, value double precision)
LANGUAGE sql STABLE AS $$
    SELECT o.rule_id, o.resource_type, o.resource_id, o.value
    FROM (
        SELECT r.id AS rule_id, r.comparison, r.threshold, 'host'::text AS resource_type,
               l.host_id::text AS resource_id,
               CASE r.metric_type
                   WHEN 'cpu_usage_percent' THEN l.cpu_usage_percent
                   WHEN 'memory_usage_percent' THEN l.memory_usage_percent
                   WHEN 'disk_usage_percent' THEN l.disk_usage_percent
                   WHEN 'cpu_load_1m' THEN l.cpu_load_1m
               END AS value
        FROM alert_rules r JOIN host_metrics_latest l ON l.host_id = p_host_id
        WHERE r.enabled AND remotegpu_alert_metric_kind(r.metric_type) = 'host'
          AND (r.host_id IS NULL OR r.host_id = p_host_id)
          AND (r.tenant_id IS NULL OR r.tenant_id = p_tenant)
        UNION ALL
        SELECT r.id, r.comparison, r.threshold, 'gpu'::text, l.host_id || '/' || g.index,
               CASE r.metric_type
                   WHEN 'gpu_utilization_percent' THEN l.utilization_percent
                   WHEN 'gpu_memory_usage_percent' THEN l.memory_usage_percent
                   WHEN 'gpu_temperature' THEN l.temperature
                   WHEN 'gpu_power_draw' THEN l.power_draw
               END
        FROM alert_rules r
        JOIN gpu_metrics_latest l ON l.host_id = p_host_id
        JOIN gpus g ON g.id = l.gpu_id
        WHERE r.enabled AND remotegpu_alert_metric_kind(r.metric_type) = 'gpu'
          AND (r.host_id IS NULL OR r.host_id = p_host_id)
          AND (r.tenant_id IS NULL OR r.tenant_id = p_tenant)
    ) o
    WHERE remotegpu_alert_compare(o.value, o.comparison, o.threshold)
$$;

-- Evaluates every enabled threshold rule in scope of the host against its latest figures at
-- p_at: a breached rule starts (or continues) its condition in alert_conditions, a condition that
-- held for the rule's whole duration fires one alert (INSERT ... ON CONFLICT DO NOTHING against
-- idx_alert_records_one_open, so concurrent evaluations cannot fire twice), and a cleared one is
-- forgotten and its open alert resolved. A condition last seen more than two heartbeat intervals
-- before p_at restarts its duration: nothing proves it held in between. An evaluation older than
-- the condition's last one (a replayed heartbeat) changes nothing. Set-based: two statements per
-- heartbeat whatever the number of rules and GPUs.
CREATE OR REPLACE FUNCTION remotegpu_evaluate_host_alerts(p_host_id VARCHAR, p_at TIMESTAMPTZ) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
    v_tenant bigint;
    v_gap interval;
BEGIN
    SELECT make_interval(secs => 2 * COALESCE(h.agent_interval_seconds,
               (SELECT NULLIF(config_value, '')::int FROM system_configs
                WHERE config_key = 'agent_heartbeat_interval_seconds'), 10)),
           (SELECT ha.tenant_id FROM held_allocations(p_at) ha WHERE ha.host_id = h.id LIMIT 1)
    INTO v_gap, v_tenant FROM hosts h WHERE h.id = p_host_id;
    IF NOT FOUND THEN
        RETURN;
    END IF;

    -- Conditions that no longer hold (or whose rule no longer applies) are forgotten and their
    -- open alerts resolve; breached pairs start, continue, or (after a gap) restart a condition.
    WITH breaches AS MATERIALIZED (
        SELECT * FROM remotegpu_alert_breaches(p_host_id, v_tenant)
    ), cleared AS (
        DELETE FROM alert_conditions c
        USING alert_rules r
        WHERE c.host_id = p_host_id AND r.id = c.rule_id AND c.last_seen_at <= p_at
          AND remotegpu_alert_metric_kind(r.metric_type) IS NOT NULL
          AND NOT EXISTS (SELECT 1 FROM breaches b
                          WHERE b.rule_id = c.rule_id AND b.resource_type = c.resource_type
                            AND b.resource_id = c.resource_id)
        RETURNING c.rule_id, c.resource_type, c.resource_id
    ), resolved AS (
        UPDATE alert_records a
        SET status = 'resolved', resolved_at = p_at, resolved_by = NULL,
            message = left(COALESCE(a.message || ' — ', '') || 'auto-resolved: the condition cleared', 4000)
        FROM cleared
        WHERE a.rule_id = cleared.rule_id AND a.resource_type = cleared.resource_type
          AND a.resource_id = cleared.resource_id AND a.status IN ('firing', 'active', 'acknowledged')
    )
    INSERT INTO alert_conditions AS c (rule_id, resource_type, resource_id, host_id, since, last_value, last_seen_at)
    SELECT b.rule_id, b.resource_type, b.resource_id, p_host_id, p_at, b.value, p_at
    FROM breaches b
    ON CONFLICT (rule_id, resource_type, resource_id) DO UPDATE
    SET since = CASE WHEN EXCLUDED.last_seen_at - c.last_seen_at > v_gap THEN EXCLUDED.since ELSE c.since END,
        alerted_at = CASE WHEN EXCLUDED.last_seen_at - c.last_seen_at > v_gap THEN NULL ELSE c.alerted_at END,
        last_value = EXCLUDED.last_value,
        last_seen_at = EXCLUDED.last_seen_at
    WHERE c.last_seen_at <= EXCLUDED.last_seen_at;

    -- Conditions that held for the whole duration and are not alerted yet fire once; one that
    -- finds its alert still open (resolved by nobody yet) counts as alerted too.
    WITH due AS (
        SELECT c.rule_id, c.resource_type, c.resource_id, c.last_value, c.since,
               r.metric_type, r.threshold, r.comparison, r.severity, r.name
        FROM alert_conditions c JOIN alert_rules r ON r.id = c.rule_id
        WHERE c.host_id = p_host_id AND c.alerted_at IS NULL AND c.last_seen_at = p_at
          AND p_at - c.since >= make_interval(secs => r.duration)
    ), fired AS (
        INSERT INTO alert_records (rule_id, tenant_id, host_id, resource_type, resource_id, metric_type,
                                   current_value, threshold, severity, status, message, triggered_at)
        SELECT d.rule_id, v_tenant, p_host_id, d.resource_type, d.resource_id, d.metric_type,
               d.last_value, d.threshold, d.severity, 'active',
               format('%s: %s is %s (%s %s) on %s for %s s', d.name, d.metric_type,
                      round(d.last_value::numeric, 2),
                      CASE d.comparison WHEN 'gt' THEN '>' WHEN 'gte' THEN '>=' WHEN 'lt' THEN '<'
                                        WHEN 'lte' THEN '<=' ELSE '=' END,
                      d.threshold, d.resource_id, round(extract(epoch FROM p_at - d.since))),
               p_at
        FROM due d
        ON CONFLICT DO NOTHING
    )
    UPDATE alert_conditions c SET alerted_at = p_at
    FROM due d
    WHERE c.rule_id = d.rule_id AND c.resource_type = d.resource_type AND c.resource_id = d.resource_id;
END
$$;

-- C2 alert events and the tenant owner's notification, for every writer of alert_records
-- (evaluator, offline detector, the ack/resolve routes). NOTIFY is delivered at commit, so a
-- rolled-back change sends nothing.
CREATE FUNCTION remotegpu_alert_record_changed() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    v_event text;
    v_at timestamptz;
    v_subject text;
BEGIN
    IF TG_OP = 'INSERT' THEN
        IF NEW.status = 'resolved' THEN
            RETURN NULL;
        END IF;
        v_event := 'fired';
        v_at := NEW.triggered_at;
    ELSIF NEW.status = 'acknowledged' AND OLD.status IS DISTINCT FROM 'acknowledged' THEN
        v_event := 'acknowledged';
        v_at := COALESCE(NEW.acknowledged_at, now());
    ELSIF NEW.status = 'resolved' AND OLD.status IS DISTINCT FROM 'resolved' THEN
        v_event := 'resolved';
        v_at := COALESCE(NEW.resolved_at, now());
    ELSE
        RETURN NULL;
    END IF;

    PERFORM pg_notify('remotegpu_fleet', json_build_object(
        'type', 'alert', 'event', v_event, 'alertId', NEW.id, 'ruleId', NEW.rule_id,
        'hostId', NEW.host_id, 'tenantId', NEW.tenant_id, 'severity', NEW.severity,
        'metricType', NEW.metric_type, 'message', left(NEW.message, 2000),
        'at', to_char(v_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))::text);

    IF NEW.tenant_id IS NOT NULL AND v_event IN ('fired', 'resolved') THEN
        v_subject := COALESCE((SELECT NULLIF(h.name, '') FROM hosts h WHERE h.id = NEW.host_id), NEW.host_id,
                              NEW.resource_id, '');
        INSERT INTO notifications (customer_id, tenant_id, title, content, type, level, resource_type,
                                   resource_id, dedupe_key)
        VALUES (NEW.tenant_id, NEW.tenant_id,
                left(CASE v_event WHEN 'fired' THEN 'Alert on ' ELSE 'Alert resolved on ' END || v_subject, 256),
                NEW.message, 'alert',
                CASE WHEN v_event = 'resolved' THEN 'success' ELSE NEW.severity END,
                'alert', NEW.id::text, 'alert:' || NEW.id || ':' || v_event)
        ON CONFLICT (customer_id, dedupe_key) DO NOTHING;
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER trg_alert_records_changed AFTER INSERT OR UPDATE OF status ON alert_records
    FOR EACH ROW EXECUTE FUNCTION remotegpu_alert_record_changed();

-- Deleting a rule keeps its alerts' history: they keep their metric, threshold and message and
-- lose only the link to the rule (the rule routes resolve its open alerts first).
ALTER TABLE alert_records ALTER COLUMN rule_id DROP NOT NULL,
    DROP CONSTRAINT alert_records_rule_id_fkey,
    ADD CONSTRAINT alert_records_rule_id_fkey FOREIGN KEY (rule_id) REFERENCES alert_rules (id) ON DELETE SET NULL;
