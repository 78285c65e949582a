-- 0027: heartbeat ingest at scale. Measured with pg_stat_statements (track = all, track_planning)
-- under bench/ingest at 10,000 hosts (docs/benchmarks.md): of the ~1.4 ms of PostgreSQL CPU per
-- heartbeat, half was planning and a quarter the token lookup's scan of hosts.

-- The ingest statements ran on custom plans: the plan cache found their generic plans dearer than
-- the custom ones (a batch's size and the host are parameters) and planned them again on every
-- call, 0.7 ms each time for the alert evaluation's breaches query alone, once per host. Their
-- plans do not depend on the values (every lookup is by key), so the ingest function keeps one
-- generic plan per statement and session (set at the end of this file); the functions it calls,
-- the alert evaluation among them, run under the same setting.

-- Every heartbeat sets hosts.last_heartbeat. With that column indexed, each one was a non-HOT
-- update writing a new entry into all 17 of hosts' indexes (five of them GIN); without it the
-- update touches no indexed column and stays on its page (HOT), which the free space left by the
-- fill factor allows. Nothing looks hosts up by last_heartbeat: the offline detector compares it
-- per host against each host's own interval, and the machine list's "last seen" order (by
-- last_heartbeat, then id) never used it: a top-N sort of 10,000 hosts, 3.4 ms with or without
-- it. The latest-figure tables are rewritten by every heartbeat the same way.
DROP INDEX idx_hosts_last_heartbeat;
ALTER TABLE hosts SET (fillfactor = 80);
ALTER TABLE host_metrics_latest SET (fillfactor = 80);
ALTER TABLE gpu_metrics_latest SET (fillfactor = 80);

-- The alert rules evaluated for a whole batch at once: remotegpu_evaluate_host_alerts (0023) did
-- three statements per host, a quarter of the ingest's time, most of it the cost of running a
-- statement rather than its work. Same rules, same outcome per host, one entry per host in
-- p_hosts / p_ats (the host and the time of its newest stored heartbeat). Hosts are independent:
-- a condition's resource belongs to one host, so evaluating them together changes nothing.
CREATE FUNCTION remotegpu_evaluate_alerts(p_hosts varchar[], p_ats timestamptz[]) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
    v_hosts varchar[];
    v_ats timestamptz[];
    v_gaps interval[];
    v_tenants bigint[];
BEGIN
    -- A condition last seen more than two of its host's intervals ago restarts its duration; the
    -- tenant holding the host at that time decides which tenant rules apply.
    SELECT array_agg(t.host_id ORDER BY t.n), array_agg(t.at ORDER BY t.n),
           array_agg(make_interval(secs => 2 * COALESCE(h.agent_interval_seconds,
               (SELECT NULLIF(config_value, '')::int FROM system_configs
                WHERE config_key = 'agent_heartbeat_interval_seconds'), 10)) ORDER BY t.n),
           array_agg((SELECT ha.tenant_id FROM held_allocations(t.at) ha WHERE ha.host_id = h.id LIMIT 1) ORDER BY t.n)
    INTO v_hosts, v_ats, v_gaps, v_tenants
    FROM unnest(p_hosts, p_ats) WITH ORDINALITY AS t(host_id, at, n)
    JOIN hosts h ON h.id = t.host_id;
    IF v_hosts IS NULL THEN
        RETURN;
    END IF;

    -- Conditions that no longer hold (or whose rule no longer applies) are forgotten and their
    -- open alerts resolve; breached pairs start, continue, or (after a gap) restart a condition.
    WITH hs AS (
        SELECT * FROM unnest(v_hosts, v_ats, v_tenants) AS t(host_id, at, tenant)
    ), breaches AS MATERIALIZED (
        SELECT hs.host_id, hs.at, b.* FROM hs CROSS JOIN LATERAL remotegpu_alert_breaches(hs.host_id, hs.tenant) b
    ), cleared AS (
        DELETE FROM alert_conditions c
        USING alert_rules r, hs
        WHERE c.host_id = hs.host_id AND r.id = c.rule_id AND c.last_seen_at <= hs.at
          AND remotegpu_alert_metric_kind(r.metric_type) IS NOT NULL
          AND NOT EXISTS (SELECT 1 FROM breaches b
                          WHERE b.rule_id = c.rule_id AND b.resource_type = c.resource_type
                            AND b.resource_id = c.resource_id)
        RETURNING c.rule_id, c.resource_type, c.resource_id, hs.at
    ), resolved AS (
        UPDATE alert_records a
        SET status = 'resolved', resolved_at = cleared.at, resolved_by = NULL,
            message = left(COALESCE(a.message || ' — ', '') || 'auto-resolved: the condition cleared', 4000)
        FROM cleared
        WHERE a.rule_id = cleared.rule_id AND a.resource_type = cleared.resource_type
          AND a.resource_id = cleared.resource_id AND a.status IN ('firing', 'active', 'acknowledged')
    )
    INSERT INTO alert_conditions AS c (rule_id, resource_type, resource_id, host_id, since, last_value, last_seen_at)
    SELECT b.rule_id, b.resource_type, b.resource_id, b.host_id, b.at, b.value, b.at
    FROM breaches b
    ON CONFLICT (rule_id, resource_type, resource_id) DO UPDATE
    SET since = CASE WHEN EXCLUDED.last_seen_at - c.last_seen_at > v_gaps[array_position(v_hosts, EXCLUDED.host_id)]
                     THEN EXCLUDED.since ELSE c.since END,
        alerted_at = CASE WHEN EXCLUDED.last_seen_at - c.last_seen_at > v_gaps[array_position(v_hosts, EXCLUDED.host_id)]
                          THEN NULL ELSE c.alerted_at END,
        last_value = EXCLUDED.last_value,
        last_seen_at = EXCLUDED.last_seen_at
    WHERE c.last_seen_at <= EXCLUDED.last_seen_at;

    -- Conditions that held for the whole duration and are not alerted yet fire once; one that
    -- finds its alert still open (resolved by nobody yet) counts as alerted too.
    WITH hs AS (
        SELECT * FROM unnest(v_hosts, v_ats, v_tenants) AS t(host_id, at, tenant)
    ), due AS (
        SELECT c.rule_id, c.resource_type, c.resource_id, c.last_value, c.since, hs.host_id, hs.at, hs.tenant,
               r.metric_type, r.threshold, r.comparison, r.severity, r.name
        FROM hs
        JOIN alert_conditions c ON c.host_id = hs.host_id
        JOIN alert_rules r ON r.id = c.rule_id
        WHERE c.alerted_at IS NULL AND c.last_seen_at = hs.at
          AND hs.at - c.since >= make_interval(secs => r.duration)
    ), fired AS (
        INSERT INTO alert_records (rule_id, tenant_id, host_id, resource_type, resource_id, metric_type,
                                   current_value, threshold, severity, status, message, triggered_at)
        SELECT d.rule_id, d.tenant, d.host_id, d.resource_type, d.resource_id, d.metric_type,
               d.last_value, d.threshold, d.severity, 'active',
               format('%s: %s is %s (%s %s) on %s for %s s', d.name, d.metric_type,
                      round(d.last_value::numeric, 2),
                      CASE d.comparison WHEN 'gt' THEN '>' WHEN 'gte' THEN '>=' WHEN 'lt' THEN '<'
                                        WHEN 'lte' THEN '<=' ELSE '=' END,
                      d.threshold, d.resource_id, round(extract(epoch FROM d.at - d.since))),
               d.at
        FROM due d
        ON CONFLICT DO NOTHING
    )
    UPDATE alert_conditions c SET alerted_at = d.at
    FROM due d
    WHERE c.rule_id = d.rule_id AND c.resource_type = d.resource_type AND c.resource_id = d.resource_id;
END
$$;

-- One host, as before (the evaluation a test or a person runs by hand).
CREATE OR REPLACE FUNCTION remotegpu_evaluate_host_alerts(p_host_id VARCHAR, p_at TIMESTAMPTZ) RETURNS void
LANGUAGE sql AS $$
    SELECT remotegpu_evaluate_alerts(ARRAY[p_host_id], ARRAY[p_at])
$$;

-- The ingest with the token lookup by index probes, the alert rules evaluated once per batch, and
-- the liveness update reading which hosts come back.
CREATE OR REPLACE FUNCTION remotegpu_ingest_heartbeats(p_batch jsonb, p_now timestamptz)
RETURNS TABLE (item int, outcome text)
LANGUAGE plpgsql AS $$
DECLARE
    v_oldest timestamptz := p_now - make_interval(days => greatest(1, remotegpu_config_int('metrics_retention_days', 7)));
    v_items int[];
    v_hosts varchar[];
    v_stored int[];
    v_proc_hosts varchar[];
    v_proc_items int[];
    v_proc_ats timestamptz[];
    v_to_maintenance boolean := remotegpu_config_bool('gpu_unhealthy_to_maintenance', false);
    v_previous varchar;
    v_back varchar[];
    r record;
BEGIN
    -- Whose heartbeats these are: the host holding each token hash, one probe of the unique index
    -- per heartbeat. (A plain join let the planner, which guesses 100 rows for the batch, hash the
    -- whole hosts table for a batch of five.)
    SELECT array_agg(b.i ORDER BY b.i), array_agg(h.id ORDER BY b.i) INTO v_items, v_hosts
    FROM remotegpu_batch_heartbeats(p_batch) b
    CROSS JOIN LATERAL (SELECT x.id FROM hosts x WHERE x.agent_token_hash = b.th LIMIT 1) h;
    v_items := COALESCE(v_items, '{}');
    v_hosts := COALESCE(v_hosts, '{}');

    IF cardinality(v_items) > 0 THEN
        -- Raw host rows; a (host, time) already stored is a duplicate (a replayed buffer).
        WITH hb AS (
            SELECT k.host_id, b.* FROM unnest(v_items, v_hosts) AS k(i, host_id)
            JOIN remotegpu_batch_heartbeats(p_batch) b ON b.i = k.i
            WHERE b.at >= v_oldest
        ), ins AS (
            INSERT INTO host_metrics (host_id, cpu_usage_percent, cpu_load_1m, cpu_load_5m, cpu_load_15m, memory_used,
                                      memory_available, memory_usage_percent, disk_used, disk_available,
                                      disk_usage_percent, disk_io_read_bytes, disk_io_write_bytes, network_rx_bytes,
                                      network_tx_bytes, network_rx_packets, network_tx_packets, gpu_avg_utilization,
                                      gpu_avg_memory_used, gpu_avg_temperature, gpu_avg_power, collected_at)
            SELECT host_id, cpu_usage_percent, cpu_load_1m, cpu_load_5m, cpu_load_15m, memory_used, memory_available,
                   memory_usage_percent, disk_used, disk_available, disk_usage_percent, disk_io_read_bytes,
                   disk_io_write_bytes, network_rx_bytes, network_tx_bytes, network_rx_packets, network_tx_packets,
                   gpu_avg_utilization, gpu_avg_memory_used, gpu_avg_temperature, gpu_avg_power, at
            FROM hb ORDER BY host_id, at
            ON CONFLICT DO NOTHING
            RETURNING host_id, collected_at
        )
        SELECT array_agg(first_item) INTO v_stored FROM (
            SELECT min(hb.i) AS first_item FROM ins JOIN hb ON hb.host_id = ins.host_id AND hb.at = ins.collected_at
            GROUP BY ins.host_id, ins.collected_at) s;
        v_stored := COALESCE(v_stored, '{}');
    ELSE
        v_stored := '{}';
    END IF;

    IF cardinality(v_stored) > 0 THEN
        -- GPUs the inventory does not list yet.
        FOR r IN
            WITH seen AS (
                SELECT DISTINCT ON (k.host_id, s.idx) k.host_id, s.idx, hl.uuid, hl.name, hl.mem
                FROM jsonb_to_recordset(p_batch -> 'gpus') AS s(i int, idx int)
                JOIN unnest(v_items, v_hosts) AS k(i, host_id) ON k.i = s.i
                LEFT JOIN jsonb_to_recordset(p_batch -> 'health') AS hl(i int, idx int, uuid text, name text, mem int)
                       ON hl.i = s.i AND hl.idx = s.idx
                WHERE s.i = ANY (v_stored)
                  AND NOT EXISTS (SELECT 1 FROM gpus g WHERE g.host_id = k.host_id AND g.index = s.idx)
                ORDER BY k.host_id, s.idx, s.i DESC
            )
            INSERT INTO gpus (host_id, index, uuid, name, memory_total_mb, health_status)
            SELECT host_id, idx, NULLIF(uuid, ''), NULLIF(name, ''), mem, 'unknown' FROM seen
            ON CONFLICT DO NOTHING
            RETURNING host_id, index, uuid, name
        LOOP
            INSERT INTO audit_logs (username, action, resource_type, resource_id, result, detail)
            VALUES ('system', 'gpu.discover', 'machine', r.host_id, 'success',
                    jsonb_build_object('gpuIndex', r.index, 'uuid', r.uuid, 'name', r.name,
                                       'reason', 'the agent reports a GPU the inventory did not list'));
        END LOOP;

        INSERT INTO gpu_metrics (gpu_id, host_id, utilization_percent, memory_used, memory_usage_percent, temperature,
                                 power_draw, fan_speed_percent, sm_clock, memory_clock, process_count, collected_at)
        SELECT g.id, k.host_id, s.utilization_percent, s.memory_used, s.memory_usage_percent, s.temperature,
               s.power_draw, s.fan_speed_percent, s.sm_clock, s.memory_clock, s.process_count, s.at
        FROM remotegpu_batch_gpus(p_batch) AS s
        JOIN unnest(v_items, v_hosts) AS k(i, host_id) ON k.i = s.i
        JOIN gpus g ON g.host_id = k.host_id AND g.index = s.idx
        WHERE s.i = ANY (v_stored)
        ORDER BY g.id, s.at
        ON CONFLICT DO NOTHING;

        -- The latest figures, only forward in time.
        INSERT INTO host_metrics_latest AS l (host_id, cpu_usage_percent, cpu_load_1m, cpu_load_5m, cpu_load_15m,
                                              memory_used, memory_available, memory_usage_percent, disk_used,
                                              disk_available, disk_usage_percent, disk_io_read_bytes,
                                              disk_io_write_bytes, network_rx_bytes, network_tx_bytes,
                                              network_rx_packets, network_tx_packets, gpu_avg_utilization,
                                              gpu_avg_memory_used, gpu_avg_temperature, gpu_avg_power, collected_at)
        SELECT DISTINCT ON (k.host_id) k.host_id, b.cpu_usage_percent, b.cpu_load_1m, b.cpu_load_5m, b.cpu_load_15m,
               b.memory_used, b.memory_available, b.memory_usage_percent, b.disk_used, b.disk_available,
               b.disk_usage_percent, b.disk_io_read_bytes, b.disk_io_write_bytes, b.network_rx_bytes,
               b.network_tx_bytes, b.network_rx_packets, b.network_tx_packets, b.gpu_avg_utilization,
               b.gpu_avg_memory_used, b.gpu_avg_temperature, b.gpu_avg_power, b.at
        FROM unnest(v_items, v_hosts) AS k(i, host_id) JOIN remotegpu_batch_heartbeats(p_batch) b ON b.i = k.i
        WHERE k.i = ANY (v_stored)
        ORDER BY k.host_id, b.at DESC
        ON CONFLICT (host_id) DO UPDATE SET
            cpu_usage_percent = EXCLUDED.cpu_usage_percent, cpu_load_1m = EXCLUDED.cpu_load_1m,
            cpu_load_5m = EXCLUDED.cpu_load_5m, cpu_load_15m = EXCLUDED.cpu_load_15m,
            memory_used = EXCLUDED.memory_used, memory_available = EXCLUDED.memory_available,
            memory_usage_percent = EXCLUDED.memory_usage_percent, disk_used = EXCLUDED.disk_used,
            disk_available = EXCLUDED.disk_available, disk_usage_percent = EXCLUDED.disk_usage_percent,
            disk_io_read_bytes = EXCLUDED.disk_io_read_bytes, disk_io_write_bytes = EXCLUDED.disk_io_write_bytes,
            network_rx_bytes = EXCLUDED.network_rx_bytes, network_tx_bytes = EXCLUDED.network_tx_bytes,
            network_rx_packets = EXCLUDED.network_rx_packets, network_tx_packets = EXCLUDED.network_tx_packets,
            gpu_avg_utilization = EXCLUDED.gpu_avg_utilization, gpu_avg_memory_used = EXCLUDED.gpu_avg_memory_used,
            gpu_avg_temperature = EXCLUDED.gpu_avg_temperature, gpu_avg_power = EXCLUDED.gpu_avg_power,
            collected_at = EXCLUDED.collected_at
        WHERE l.collected_at < EXCLUDED.collected_at;

        INSERT INTO gpu_metrics_latest AS l (gpu_id, host_id, utilization_percent, memory_used, memory_usage_percent,
                                             temperature, power_draw, fan_speed_percent, sm_clock, memory_clock,
                                             process_count, collected_at)
        SELECT DISTINCT ON (g.id) g.id, k.host_id, s.utilization_percent, s.memory_used, s.memory_usage_percent,
               s.temperature, s.power_draw, s.fan_speed_percent, s.sm_clock, s.memory_clock, s.process_count, s.at
        FROM remotegpu_batch_gpus(p_batch) AS s
        JOIN unnest(v_items, v_hosts) AS k(i, host_id) ON k.i = s.i
        JOIN gpus g ON g.host_id = k.host_id AND g.index = s.idx
        WHERE s.i = ANY (v_stored)
        ORDER BY g.id, s.at DESC
        ON CONFLICT (gpu_id) DO UPDATE SET
            host_id = EXCLUDED.host_id, utilization_percent = EXCLUDED.utilization_percent,
            memory_used = EXCLUDED.memory_used, memory_usage_percent = EXCLUDED.memory_usage_percent,
            temperature = EXCLUDED.temperature, power_draw = EXCLUDED.power_draw,
            fan_speed_percent = EXCLUDED.fan_speed_percent, sm_clock = EXCLUDED.sm_clock,
            memory_clock = EXCLUDED.memory_clock, process_count = EXCLUDED.process_count,
            collected_at = EXCLUDED.collected_at
        WHERE l.collected_at < EXCLUDED.collected_at;
    END IF;

    IF cardinality(v_items) > 0 THEN
        -- Liveness and what the agent says of itself, from each host's newest heartbeat (a
        -- duplicate or too old one proves the agent is alive too). Hosts in id order, so two
        -- batches that share hosts lock them in the same order.
        -- The same statement says which of them are offline (it locked their rows), so the usual
        -- batch, all online, needs no second statement.
        WITH live AS (
            UPDATE hosts h
            SET last_heartbeat = p_now, agent_version = NULLIF(n.av, ''), agent_last_sequence = n.seq,
                agent_interval_seconds = n.iv, agent_buffered_dropped = n.dr,
                used_memory = COALESCE(n.memory_used, h.used_memory), used_disk = COALESCE(n.disk_used, h.used_disk)
            FROM (SELECT DISTINCT ON (k.host_id) k.host_id, b.av, b.seq, b.iv, b.dr, b.memory_used, b.disk_used
                  FROM unnest(v_items, v_hosts) AS k(i, host_id) JOIN remotegpu_batch_heartbeats(p_batch) b ON b.i = k.i
                  ORDER BY k.host_id, b.seq DESC, b.at DESC) n
            WHERE h.id = n.host_id
            RETURNING h.id, h.status
        )
        SELECT array_agg(live.id ORDER BY live.id) INTO v_back FROM live WHERE live.status = 'offline';

        -- Offline hosts that report again are online (maintenance stays maintenance).
        IF v_back IS NOT NULL THEN
            FOR r IN
                UPDATE hosts SET status = 'online', offline_reason = NULL, status_changed_at = p_now
                WHERE id = ANY (v_back) AND status = 'offline'
                RETURNING id
            LOOP
                PERFORM remotegpu_host_status_changed(r.id, 'offline', 'online', 'heartbeat received', p_now, false);
            END LOOP;
        END IF;

        -- The GPU process list of each host's newest heartbeat that carries one, unless the host
        -- already has a later one (HostProcessRepository's rule).
        SELECT array_agg(n.host_id), array_agg(n.i), array_agg(n.at) INTO v_proc_hosts, v_proc_items, v_proc_ats
        FROM (SELECT DISTINCT ON (k.host_id) k.host_id, b.i, b.at
              FROM unnest(v_items, v_hosts) AS k(i, host_id) JOIN remotegpu_batch_heartbeats(p_batch) b ON b.i = k.i
              WHERE b.pc ORDER BY k.host_id, b.at DESC) n
        LEFT JOIN host_process_snapshots s ON s.host_id = n.host_id
        WHERE s.reported_at IS NULL OR s.reported_at <= n.at;
        IF v_proc_hosts IS NOT NULL THEN
            DELETE FROM host_processes WHERE host_id = ANY (v_proc_hosts);
            INSERT INTO host_processes (host_id, gpu_index, gpu_uuid, pid, process_name, used_memory_mb, username,
                                        reported_at)
            SELECT DISTINCT ON (k.host_id, p.gpu_index, p.pid) k.host_id, p.gpu_index, NULLIF(p.gpu_uuid, ''), p.pid,
                   p.process_name, p.used_memory_mb, NULLIF(p.username, ''), k.at
            FROM unnest(v_proc_hosts, v_proc_items, v_proc_ats) AS k(host_id, i, at)
            JOIN jsonb_to_recordset(p_batch -> 'procs') AS p(i int, gpu_index int, gpu_uuid text, pid bigint,
                                                            process_name text, used_memory_mb bigint, username text)
              ON p.i = k.i
            ORDER BY k.host_id, p.gpu_index, p.pid;
            INSERT INTO host_process_snapshots (host_id, reported_at)
            SELECT host_id, at FROM unnest(v_proc_hosts, v_proc_ats) AS k(host_id, at)
            ON CONFLICT (host_id) DO UPDATE SET reported_at = EXCLUDED.reported_at;
        END IF;

        -- GPU health as each host's newest heartbeat reports it.
        FOR r IN
            WITH hl AS (
                SELECT DISTINCT ON (k.host_id, x.idx) k.host_id, x.idx, x.ok, x.why, x.xid, x.ecc, x.rr
                FROM jsonb_to_recordset(p_batch -> 'health') AS x(i int, at timestamptz, idx int, ok boolean, why text,
                                                                 xid int[], ecc bigint, rr boolean)
                JOIN unnest(v_items, v_hosts) AS k(i, host_id) ON k.i = x.i
                ORDER BY k.host_id, x.idx, x.at DESC
            ), changed AS (
                SELECT g.id, g.health_status AS old_status, hl.*
                FROM gpus g JOIN hl ON g.host_id = hl.host_id AND g.index = hl.idx
                WHERE g.health_status IS DISTINCT FROM (CASE WHEN hl.ok THEN 'healthy' ELSE 'unhealthy' END)
                   OR g.health_reason IS DISTINCT FROM NULLIF(hl.why, '')
                   OR g.xid_errors IS DISTINCT FROM hl.xid
                   OR g.ecc_uncorrected_errors IS DISTINCT FROM hl.ecc
                   OR g.row_remap_failure IS DISTINCT FROM COALESCE(hl.rr, false)
                ORDER BY g.id
                FOR UPDATE OF g
            )
            UPDATE gpus g
            SET health_status = CASE WHEN c.ok THEN 'healthy' ELSE 'unhealthy' END,
                health_reason = NULLIF(c.why, ''), xid_errors = c.xid, ecc_uncorrected_errors = c.ecc,
                row_remap_failure = COALESCE(c.rr, false),
                health_changed_at = CASE WHEN g.health_status IS DISTINCT FROM
                                              (CASE WHEN c.ok THEN 'healthy' ELSE 'unhealthy' END)
                                         THEN p_now ELSE g.health_changed_at END
            FROM changed c WHERE g.id = c.id
            RETURNING g.host_id, g.index, c.old_status, g.health_status, g.health_reason
        LOOP
            IF r.health_status = 'unhealthy' AND r.old_status IS DISTINCT FROM 'unhealthy' THEN
                PERFORM remotegpu_open_builtin_alert('gpu_unhealthy', r.host_id, 'gpu', r.host_id || '/' || r.index, 1,
                    format('GPU %s of %s is unhealthy: %s', r.index, r.host_id, COALESCE(r.health_reason, 'reported by its agent')),
                    p_now);
                IF v_to_maintenance THEN
                    v_previous := NULL;
                    SELECT status INTO v_previous FROM hosts WHERE id = r.host_id FOR UPDATE;
                    IF v_previous IS DISTINCT FROM 'maintenance' THEN
                        UPDATE hosts SET status = 'maintenance', offline_reason = NULL, status_changed_at = p_now
                        WHERE id = r.host_id;
                        PERFORM remotegpu_host_status_changed(r.host_id, v_previous, 'maintenance',
                            format('GPU %s unhealthy: %s', r.index, COALESCE(r.health_reason, 'reported by its agent')),
                            p_now, false);
                    END IF;
                END IF;
            ELSIF r.health_status = 'healthy' AND r.old_status = 'unhealthy' THEN
                PERFORM remotegpu_resolve_builtin_alert('gpu_unhealthy', 'gpu', r.host_id || '/' || r.index,
                                                        'the agent reports the GPU healthy again', p_now);
            END IF;
        END LOOP;
    END IF;

    IF cardinality(v_stored) > 0 THEN
        -- The alert rules over the latest figures, for each host at its newest stored heartbeat.
        PERFORM remotegpu_evaluate_alerts(array_agg(n.host_id), array_agg(n.at))
        FROM (SELECT DISTINCT ON (k.host_id) k.host_id, b.at
              FROM unnest(v_items, v_hosts) AS k(i, host_id) JOIN remotegpu_batch_heartbeats(p_batch) b ON b.i = k.i
              WHERE k.i = ANY (v_stored) ORDER BY k.host_id, b.at DESC) n;

        -- C2 metrics events for live heartbeats (a replayed buffer is history, not news);
        -- delivered at commit.
        PERFORM pg_notify('remotegpu_fleet', '{"type":"metrics","hostId":' || to_json(k.host_id)::text || ',' || b.np)
        FROM unnest(v_items, v_hosts) AS k(i, host_id) JOIN remotegpu_batch_heartbeats(p_batch) b ON b.i = k.i
        WHERE k.i = ANY (v_stored) AND b.np IS NOT NULL AND b.at >= p_now - interval '60 seconds';
    END IF;

    RETURN QUERY
    SELECT b.i, CASE WHEN k.host_id IS NULL THEN 'unauthorized'
                     WHEN b.at < v_oldest THEN 'too_old'
                     WHEN b.i = ANY (v_stored) THEN 'accepted'
                     ELSE 'duplicate' END
    FROM remotegpu_batch_heartbeats(p_batch) b LEFT JOIN unnest(v_items, v_hosts) AS k(i, host_id) ON k.i = b.i
    ORDER BY b.i;
END
$$;

ALTER FUNCTION remotegpu_ingest_heartbeats(jsonb, timestamptz) SET plan_cache_mode = force_generic_plan;
