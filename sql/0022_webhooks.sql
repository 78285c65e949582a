-- 0022: webhook events and their durable delivery outbox.
--
-- Events are written by triggers on the tables whose changes they report, in the same transaction
-- as the change, so every writer (routes, sweepers, the alert evaluator, the offline detector, a
-- psql session) produces them and none is lost when a server stops: allocations (created, expired,
-- reclaimed), alert_records (fired, resolved) and hosts (offline). allocation.expiring is found by
-- the delivery worker's periodic scan (remotegpu_webhook_scan_expiring below).
--
-- An event is one webhook_events row; it is fanned out at once to one webhook_deliveries row per
-- enabled webhook that subscribes to its type and may see its tenant: a platform webhook
-- (webhooks.tenant_id NULL, an admin's) every tenant's events, a tenant's webhook only events of
-- that tenant. The delivery worker of any server instance claims due rows with
-- FOR UPDATE SKIP LOCKED and leases them by moving next_attempt_at forward, so a worker that dies
-- mid-send leaves the row due again once the lease has passed.

INSERT INTO system_configs (config_key, config_value, config_type, description, is_public) VALUES
    ('webhook_allow_private_targets', 'false', 'bool',
     'Webhook URLs may point at private, loopback, link-local or CGNAT addresses '
     '(refused by default: a tenant could otherwise reach the internal network)', false);

-- dedupe_key: an event that must be produced once only (allocation.expiring: per allocation and
-- end time, so an extended allocation can be expiring again) names itself; NULL for the others.
CREATE TABLE webhook_events (
    id           UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    event_type   VARCHAR(64) NOT NULL,
    tenant_id    BIGINT REFERENCES customers (id) ON DELETE CASCADE,
    payload      JSONB NOT NULL,
    dedupe_key   VARCHAR(200),
    occurred_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    CONSTRAINT webhook_events_dedupe_key_key UNIQUE (dedupe_key)
);
CREATE INDEX idx_webhook_events_occurred_at ON webhook_events (occurred_at);
CREATE INDEX idx_webhook_events_tenant_id ON webhook_events (tenant_id);

-- status: pending (waiting for its next attempt, or leased by a worker until next_attempt_at),
-- delivered (a 2xx answer), failed (attempts exhausted, or the receiver answered 410), cancelled
-- (its webhook was disabled or deleted before it went out).
CREATE TABLE webhook_deliveries (
    id                BIGSERIAL PRIMARY KEY,
    event_id          UUID NOT NULL REFERENCES webhook_events (id) ON DELETE CASCADE,
    webhook_id        BIGINT NOT NULL REFERENCES webhooks (id) ON DELETE CASCADE,
    event_type        VARCHAR(64) NOT NULL,
    tenant_id         BIGINT REFERENCES customers (id) ON DELETE CASCADE,
    payload           JSONB NOT NULL,
    status            VARCHAR(16) NOT NULL DEFAULT 'pending'
                      CHECK (status IN ('pending', 'delivered', 'failed', 'cancelled')),
    attempts          INT NOT NULL DEFAULT 0,
    next_attempt_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    last_status_code  INT,
    last_error        TEXT,
    created_at        TIMESTAMPTZ NOT NULL DEFAULT now(),
    finished_at       TIMESTAMPTZ,
    CONSTRAINT webhook_deliveries_event_webhook_key UNIQUE (event_id, webhook_id)
);
CREATE INDEX idx_webhook_deliveries_due ON webhook_deliveries (next_attempt_at) WHERE status = 'pending';
CREATE INDEX idx_webhook_deliveries_webhook_id ON webhook_deliveries (webhook_id, id);
CREATE INDEX idx_webhook_deliveries_tenant_id ON webhook_deliveries (tenant_id);

-- Each attempt's log row names its delivery and event (0011 kept only the webhook).
ALTER TABLE webhook_logs
    ADD COLUMN delivery_id BIGINT REFERENCES webhook_deliveries (id) ON DELETE SET NULL,
    ADD COLUMN event_id UUID;
CREATE INDEX idx_webhook_logs_delivery_id ON webhook_logs (delivery_id);

-- Records one event and fans it out. Returns the event's id, or NULL when dedupe_key was already
-- used (the event exists). Events no webhook listens to are not stored at all.
CREATE FUNCTION remotegpu_webhook_enqueue(p_type text, p_tenant bigint, p_data jsonb,
                                          p_dedupe_key text DEFAULT NULL)
RETURNS uuid
LANGUAGE plpgsql AS $$
DECLARE
    event_id uuid;
    at timestamptz := now();
BEGIN
    IF NOT EXISTS (SELECT 1 FROM webhooks w
                   WHERE w.enabled AND p_type = ANY (w.events)
                     AND (w.tenant_id IS NULL OR w.tenant_id = p_tenant)) THEN
        RETURN NULL;
    END IF;
    INSERT INTO webhook_events (event_type, tenant_id, payload, dedupe_key, occurred_at)
    VALUES (p_type, p_tenant,
            jsonb_build_object('type', p_type,
                               'timestamp', to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                               'data', p_data),
            p_dedupe_key, at)
    ON CONFLICT (dedupe_key) DO NOTHING
    RETURNING id INTO event_id;
    IF event_id IS NULL THEN
        RETURN NULL;
    END IF;
    INSERT INTO webhook_deliveries (event_id, webhook_id, event_type, tenant_id, payload)
    SELECT event_id, w.id, p_type, p_tenant, e.payload
    FROM webhooks w, webhook_events e
    WHERE e.id = event_id AND w.enabled AND p_type = ANY (w.events)
      AND (w.tenant_id IS NULL OR w.tenant_id = p_tenant);
    RETURN event_id;
END;
$$;

CREATE FUNCTION remotegpu_webhook_allocation_data(a allocations) RETURNS jsonb
LANGUAGE sql STABLE AS $$
    SELECT jsonb_build_object(
        'allocationId', a.id, 'hostId', a.host_id, 'tenantId', a.tenant_id,
        'customerId', a.customer_id, 'status', a.status,
        'startTime', to_char(a.start_time AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
        'endTime', to_char(a.end_time AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
        'reclaimReason', a.reclaim_reason)
$$;

CREATE FUNCTION remotegpu_webhook_allocations() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM remotegpu_webhook_enqueue('allocation.created', NEW.tenant_id,
                                          remotegpu_webhook_allocation_data(NEW));
    ELSIF NEW.status IS DISTINCT FROM OLD.status AND NEW.status IN ('expired', 'reclaimed') THEN
        PERFORM remotegpu_webhook_enqueue('allocation.' || NEW.status, NEW.tenant_id,
                                          remotegpu_webhook_allocation_data(NEW));
    END IF;
    RETURN NULL;
END;
$$;
CREATE TRIGGER trg_allocations_webhooks AFTER INSERT OR UPDATE OF status ON allocations
    FOR EACH ROW EXECUTE FUNCTION remotegpu_webhook_allocations();

-- An alert belongs to the tenant of its row, else to the tenant holding its host right now.
CREATE FUNCTION remotegpu_webhook_alert_records() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    event_type text;
    tenant bigint;
BEGIN
    IF TG_OP = 'INSERT' THEN
        event_type := 'alert.fired';
    ELSIF NEW.status = 'resolved' AND OLD.status IS DISTINCT FROM 'resolved' THEN
        event_type := 'alert.resolved';
    ELSE
        RETURN NULL;
    END IF;
    tenant := NEW.tenant_id;
    IF tenant IS NULL AND NEW.host_id IS NOT NULL THEN
        SELECT h.tenant_id INTO tenant FROM held_allocations(now()) h
        WHERE h.host_id = NEW.host_id LIMIT 1;
    END IF;
    PERFORM remotegpu_webhook_enqueue(event_type, tenant, jsonb_build_object(
        'alertId', NEW.id, 'ruleId', NEW.rule_id, 'hostId', NEW.host_id, 'tenantId', tenant,
        'severity', NEW.severity, 'metricType', NEW.metric_type,
        'currentValue', NEW.current_value, 'threshold', NEW.threshold,
        'status', NEW.status, 'message', NEW.message,
        'resourceType', NEW.resource_type, 'resourceId', NEW.resource_id));
    RETURN NULL;
END;
$$;
CREATE TRIGGER trg_alert_records_webhooks AFTER INSERT OR UPDATE OF status ON alert_records
    FOR EACH ROW EXECUTE FUNCTION remotegpu_webhook_alert_records();

-- A host going offline concerns the platform and the tenant holding it.
CREATE FUNCTION remotegpu_webhook_hosts() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    tenant bigint;
BEGIN
    IF NEW.status = 'offline' AND OLD.status IS DISTINCT FROM 'offline' THEN
        SELECT h.tenant_id INTO tenant FROM held_allocations(now()) h
        WHERE h.host_id = NEW.id LIMIT 1;
        PERFORM remotegpu_webhook_enqueue('host.offline', tenant, jsonb_build_object(
            'hostId', NEW.id, 'name', NEW.name, 'previousStatus', OLD.status, 'tenantId', tenant,
            'lastHeartbeat', to_char(NEW.last_heartbeat AT TIME ZONE 'UTC',
                                     'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')));
    END IF;
    RETURN NULL;
END;
$$;
CREATE TRIGGER trg_hosts_webhooks AFTER UPDATE OF status ON hosts
    FOR EACH ROW EXECUTE FUNCTION remotegpu_webhook_hosts();

-- allocation.expiring for each active allocation inside the expiring window at `at_time` (the
-- worker passes its clock) that has no such event yet for its current end time. Returns how many
-- events were produced. Safe from several instances at once: the dedupe key is unique.
CREATE FUNCTION remotegpu_webhook_scan_expiring(at_time timestamptz) RETURNS int
LANGUAGE plpgsql AS $$
DECLARE
    a allocations;
    produced int := 0;
BEGIN
    IF NOT EXISTS (SELECT 1 FROM webhooks w
                   WHERE w.enabled AND 'allocation.expiring' = ANY (w.events)) THEN
        RETURN 0;
    END IF;
    FOR a IN
        SELECT al.* FROM allocations al
        WHERE al.status = 'active' AND al.start_time <= at_time AND al.end_time > at_time
          AND al.end_time - at_time <= allocation_expiring_window()
          AND NOT EXISTS (SELECT 1 FROM webhook_events e WHERE e.dedupe_key =
                'allocation.expiring:' || al.id || ':' || extract(epoch FROM al.end_time)::bigint)
    LOOP
        IF remotegpu_webhook_enqueue('allocation.expiring', a.tenant_id,
               remotegpu_webhook_allocation_data(a),
               'allocation.expiring:' || a.id || ':' || extract(epoch FROM a.end_time)::bigint)
           IS NOT NULL THEN
            produced := produced + 1;
        END IF;
    END LOOP;
    RETURN produced;
END;
$$;
