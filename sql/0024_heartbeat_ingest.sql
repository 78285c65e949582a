-- 0024: heartbeat ingest, host liveness and the metric rollups, as set-based SQL functions.
--
-- The server calls each of these as one statement: a batch of heartbeats from many hosts
-- (remotegpu_ingest_heartbeats), one pass of the offline detector (remotegpu_detect_offline_hosts),
-- one roll-up step (remotegpu_rollup_metrics). One round trip each, whatever the batch size, and
-- every instance of the server may run them at once: the writes are conditional UPDATEs and
-- INSERT ... ON CONFLICT, so the first writer wins and the others change nothing.

-- The rollups and their readers select raw rows by time: a BRIN index costs almost nothing to
-- keep on rows that arrive in time order, where a btree on collected_at would double the cost of
-- each insert. Created on the parents, so every partition made later has it too.
CREATE INDEX idx_host_metrics_collected_at_brin ON host_metrics USING brin (collected_at);
CREATE INDEX idx_gpu_metrics_collected_at_brin ON gpu_metrics USING brin (collected_at);
CREATE INDEX idx_host_metrics_1m_bucket_brin ON host_metrics_1m USING brin (bucket);
CREATE INDEX idx_gpu_metrics_1m_bucket_brin ON gpu_metrics_1m USING brin (bucket);

-- An int / bool setting of system_configs, or the fallback when it is absent or not one.
CREATE FUNCTION remotegpu_config_int(p_key text, p_fallback int) RETURNS int
LANGUAGE sql STABLE AS $$
    SELECT COALESCE((SELECT CASE WHEN config_value ~ '^\s*-?[0-9]{1,9}\s*$' THEN config_value::int END
                     FROM system_configs WHERE config_key = p_key), p_fallback)
$$;
CREATE FUNCTION remotegpu_config_bool(p_key text, p_fallback boolean) RETURNS boolean
LANGUAGE sql STABLE AS $$
    SELECT COALESCE((SELECT CASE WHEN lower(trim(config_value)) IN ('true', 'yes', 'on', '1') THEN true
                                 WHEN lower(trim(config_value)) IN ('false', 'no', 'off', '0') THEN false END
                     FROM system_configs WHERE config_key = p_key), p_fallback)
$$;

-- The one definition of "the host is reporting": its last heartbeat is less than
-- host_offline_missed_heartbeats of its intervals old. The interval is the one its agent
-- announced in its last heartbeat (hosts.agent_interval_seconds), else the site's
-- agent_heartbeat_interval_seconds. The offline detector and leaving maintenance both use it.
CREATE FUNCTION remotegpu_host_interval_seconds(p_agent_interval int) RETURNS int
LANGUAGE sql STABLE AS $$
    SELECT greatest(1, COALESCE(p_agent_interval, remotegpu_config_int('agent_heartbeat_interval_seconds', 10)))
$$;
CREATE FUNCTION remotegpu_host_silence_limit(p_agent_interval int) RETURNS interval
LANGUAGE sql STABLE AS $$
    SELECT make_interval(secs => remotegpu_host_interval_seconds(p_agent_interval)
                                 * greatest(1, remotegpu_config_int('host_offline_missed_heartbeats', 3)))
$$;
CREATE FUNCTION remotegpu_host_reporting(p_last_heartbeat timestamptz, p_agent_interval int, p_at timestamptz)
RETURNS boolean
LANGUAGE sql STABLE AS $$
    SELECT p_last_heartbeat IS NOT NULL AND p_last_heartbeat > p_at - remotegpu_host_silence_limit(p_agent_interval)
$$;
-- "no heartbeat for 30 s (3 intervals of 10 s)": hosts.offline_reason of a host gone silent.
CREATE FUNCTION remotegpu_host_silence_reason(p_agent_interval int) RETURNS text
LANGUAGE sql STABLE AS $$
    SELECT format('no heartbeat for %s s (%s intervals of %s s)',
                  extract(epoch FROM remotegpu_host_silence_limit(p_agent_interval))::bigint,
                  greatest(1, remotegpu_config_int('host_offline_missed_heartbeats', 3)),
                  remotegpu_host_interval_seconds(p_agent_interval))
$$;

CREATE FUNCTION remotegpu_iso_time(p_at timestamptz) RETURNS text
LANGUAGE sql IMMUTABLE STRICT AS $$
    SELECT to_char(p_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')
$$;

-- Opens the built-in rule `p_rule_key`'s alert on a resource of a host unless one is open
-- (idx_alert_records_one_open), for the tenant holding the host at p_at. The alerts' own trigger
-- sends the C2 alert event.
CREATE FUNCTION remotegpu_open_builtin_alert(p_rule_key text, p_host_id varchar, p_resource_type text,
                                             p_resource_id text, p_value double precision, p_message text,
                                             p_at timestamptz) RETURNS void
LANGUAGE sql AS $$
    INSERT INTO alert_records (rule_id, tenant_id, host_id, resource_type, resource_id, metric_type, current_value,
                               threshold, severity, status, message, triggered_at)
    SELECT r.id, (SELECT ha.tenant_id FROM held_allocations(p_at) ha WHERE ha.host_id = p_host_id LIMIT 1),
           p_host_id, p_resource_type, p_resource_id, r.metric_type, p_value, r.threshold, r.severity, 'active',
           left(p_message, 4000), p_at
    FROM alert_rules r WHERE r.rule_key = p_rule_key AND r.enabled
    ON CONFLICT DO NOTHING
$$;

CREATE FUNCTION remotegpu_resolve_builtin_alert(p_rule_key text, p_resource_type text, p_resource_id text,
                                                p_note text, p_at timestamptz) RETURNS void
LANGUAGE sql AS $$
    UPDATE alert_records a
    SET status = 'resolved', resolved_at = p_at, resolved_by = NULL,
        message = left(COALESCE(a.message || ' — ', '') || p_note, 4000)
    FROM alert_rules r
    WHERE r.rule_key = p_rule_key AND a.rule_id = r.id AND a.resource_type = p_resource_type
      AND a.resource_id = p_resource_id AND a.status IN ('firing', 'active', 'acknowledged')
$$;

-- Everything that follows a host's status change, once the caller has changed hosts.status:
-- the history row, flapping (more than host_flap_changes online/offline changes within
-- host_flap_window_minutes flags the host and raises ONE host_flapping alert, in place of an
-- offline alert per change), the host_offline alert when p_offline_alert (a host that went
-- silent) or its resolution when the host is back, and the C2 host_status event.
CREATE FUNCTION remotegpu_host_status_changed(p_host_id varchar, p_from varchar, p_to varchar, p_reason text,
                                              p_at timestamptz, p_offline_alert boolean) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
    v_flapping timestamptz;
    v_changes int;
    v_window interval := make_interval(mins => greatest(1, remotegpu_config_int('host_flap_window_minutes', 15)));
BEGIN
    INSERT INTO host_status_changes (host_id, from_status, to_status, reason, changed_at)
    VALUES (p_host_id, p_from, p_to, p_reason, p_at);
    SELECT flapping_since INTO v_flapping FROM hosts WHERE id = p_host_id;
    IF v_flapping IS NULL AND p_to IN ('online', 'offline') THEN
        SELECT count(*) INTO v_changes FROM host_status_changes
        WHERE host_id = p_host_id AND changed_at > p_at - v_window AND changed_at <= p_at
          AND to_status IN ('online', 'offline') AND from_status IN ('online', 'offline', 'allocated');
        IF v_changes > remotegpu_config_int('host_flap_changes', 4) THEN
            v_flapping := p_at;
            UPDATE hosts SET flapping_since = p_at WHERE id = p_host_id;
            PERFORM remotegpu_open_builtin_alert('host_flapping', p_host_id, 'host', p_host_id, v_changes,
                format('%s changed between online and offline %s times within %s minutes',
                       p_host_id, v_changes, extract(epoch FROM v_window)::bigint / 60), p_at);
        END IF;
    END IF;
    IF p_to = 'offline' AND p_offline_alert AND v_flapping IS NULL THEN
        PERFORM remotegpu_open_builtin_alert('host_offline', p_host_id, 'host', p_host_id, 1,
                                             format('%s is offline: %s', p_host_id, p_reason), p_at);
    ELSIF p_to IN ('online', 'maintenance') THEN
        PERFORM remotegpu_resolve_builtin_alert('host_offline', 'host', p_host_id,
                                                format('%s is %s again', p_host_id, p_to), p_at);
    END IF;
    PERFORM pg_notify('remotegpu_fleet', json_build_object(
        'type', 'host_status', 'hostId', p_host_id, 'status', p_to, 'previous', p_from,
        'reason', left(p_reason, 1000), 'flapping', v_flapping IS NOT NULL, 'at', remotegpu_iso_time(p_at))::text);
END
$$;

-- One pass of the offline detector at p_at: every host whose agent has reported at least once
-- (agent_interval_seconds is set by the first heartbeat) and that is online but no longer
-- reporting becomes offline with its reason; flapping hosts that stayed stable for the window are
-- cleared. A host in maintenance is left alone. Returns how many hosts went offline.
CREATE FUNCTION remotegpu_detect_offline_hosts(p_at timestamptz) RETURNS int
LANGUAGE plpgsql AS $$
DECLARE
    r record;
    v_count int := 0;
    v_window interval := make_interval(mins => greatest(1, remotegpu_config_int('host_flap_window_minutes', 15)));
BEGIN
    FOR r IN
        WITH gone AS (
            SELECT h.id, h.status, remotegpu_host_silence_reason(h.agent_interval_seconds) AS reason
            FROM hosts h
            WHERE h.status IN ('online', 'allocated') AND h.agent_interval_seconds IS NOT NULL
              AND NOT remotegpu_host_reporting(h.last_heartbeat, h.agent_interval_seconds, p_at)
            ORDER BY h.id
            FOR UPDATE OF h SKIP LOCKED
        )
        UPDATE hosts h SET status = 'offline', offline_reason = gone.reason, status_changed_at = p_at
        FROM gone WHERE h.id = gone.id
          AND NOT remotegpu_host_reporting(h.last_heartbeat, h.agent_interval_seconds, p_at)
        RETURNING h.id, gone.status AS previous, gone.reason
    LOOP
        PERFORM remotegpu_host_status_changed(r.id, r.previous, 'offline', r.reason, p_at, true);
        v_count := v_count + 1;
    END LOOP;

    FOR r IN
        UPDATE hosts h SET flapping_since = NULL
        WHERE h.flapping_since IS NOT NULL AND h.flapping_since <= p_at - v_window
          AND NOT EXISTS (SELECT 1 FROM host_status_changes c
                          WHERE c.host_id = h.id AND c.changed_at > p_at - v_window)
        RETURNING h.id, h.status, h.offline_reason
    LOOP
        PERFORM remotegpu_resolve_builtin_alert('host_flapping', 'host', r.id,
            format('%s stayed %s for %s minutes', r.id, r.status, extract(epoch FROM v_window)::bigint / 60), p_at);
        PERFORM pg_notify('remotegpu_fleet', json_build_object(
            'type', 'host_status', 'hostId', r.id, 'status', r.status, 'previous', r.status,
            'reason', COALESCE(r.offline_reason, 'stable again'), 'flapping', false,
            'at', remotegpu_iso_time(p_at))::text);
    END LOOP;
    RETURN v_count;
END
$$;

-- The heartbeats of a batch as rows (remotegpu_ingest_heartbeats' argument, key "hb"): item
-- number, token hash, time, agent facts, and the host figures under their column names. `np` is
-- the C2 metrics event without its opening brace and host id (the server knows the host only
-- here), null when no event is to be sent.
CREATE FUNCTION remotegpu_batch_heartbeats(p_batch jsonb)
RETURNS TABLE (i int, th text, at timestamptz, av text, seq bigint, iv int, dr bigint, pc boolean, np text,
               cpu_usage_percent double precision, cpu_load_1m double precision, cpu_load_5m double precision,
               cpu_load_15m double precision, memory_used bigint, memory_available bigint,
               memory_usage_percent double precision, disk_used bigint, disk_available bigint,
               disk_usage_percent double precision, disk_io_read_bytes bigint, disk_io_write_bytes bigint,
               network_rx_bytes bigint, network_tx_bytes bigint, network_rx_packets bigint,
               network_tx_packets bigint, gpu_avg_utilization double precision, gpu_avg_memory_used bigint,
               gpu_avg_temperature double precision, gpu_avg_power double precision)
LANGUAGE sql STABLE AS $$
    SELECT * FROM jsonb_to_recordset(p_batch -> 'hb') AS b(
        i int, th text, at timestamptz, av text, seq bigint, iv int, dr bigint, pc boolean, np text,
        cpu_usage_percent double precision, cpu_load_1m double precision, cpu_load_5m double precision,
        cpu_load_15m double precision, memory_used bigint, memory_available bigint,
        memory_usage_percent double precision, disk_used bigint, disk_available bigint,
        disk_usage_percent double precision, disk_io_read_bytes bigint, disk_io_write_bytes bigint,
        network_rx_bytes bigint, network_tx_bytes bigint, network_rx_packets bigint,
        network_tx_packets bigint, gpu_avg_utilization double precision, gpu_avg_memory_used bigint,
        gpu_avg_temperature double precision, gpu_avg_power double precision)
$$;

-- The GPU samples of a batch as rows (key "gpus"): item number, time, GPU index, figures.
CREATE FUNCTION remotegpu_batch_gpus(p_batch jsonb)
RETURNS TABLE (i int, at timestamptz, idx int, utilization_percent double precision, memory_used bigint,
               memory_usage_percent double precision, temperature double precision, power_draw double precision,
               fan_speed_percent double precision, sm_clock int, memory_clock int, process_count int)
LANGUAGE sql STABLE AS $$
    SELECT * FROM jsonb_to_recordset(p_batch -> 'gpus') AS s(
        i int, at timestamptz, idx int, utilization_percent double precision, memory_used bigint,
        memory_usage_percent double precision, temperature double precision, power_draw double precision,
        fan_speed_percent double precision, sm_clock int, memory_clock int, process_count int)
$$;

-- Stores a batch of heartbeats (from one agent or many) in the caller's transaction and says
-- what became of each: 'accepted', 'duplicate' (that host already has a heartbeat of that time),
-- 'too_old' (older than metrics_retention_days, dropped), 'unauthorized' (no host has that token).
-- p_batch: {"hb": [heartbeat rows, see remotegpu_batch_heartbeats],
--           "gpus": [{"i", "at", "idx", <gpu_metrics columns>}],
--           "health": [{"i", "at", "idx", "uuid", "name", "mem", "ok", "why", "xid", "ecc", "rr"}],
--           "procs": [{"i", <host_processes columns>}]}
-- A GPU index the inventory does not list is added to gpus from the agent's health report (name,
-- uuid, memory), health 'unknown', and flagged by an audit row gpu.discover: its samples are kept
-- and an operator sees the inventory was incomplete.
CREATE FUNCTION remotegpu_ingest_heartbeats(p_batch jsonb, p_now timestamptz)
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
    r record;
BEGIN
    -- Whose heartbeats these are: the host holding each token hash (unique index).
    SELECT array_agg(b.i ORDER BY b.i), array_agg(h.id ORDER BY b.i) INTO v_items, v_hosts
    FROM remotegpu_batch_heartbeats(p_batch) b JOIN hosts h ON h.agent_token_hash = b.th;
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
        UPDATE hosts h
        SET last_heartbeat = p_now, agent_version = NULLIF(n.av, ''), agent_last_sequence = n.seq,
            agent_interval_seconds = n.iv, agent_buffered_dropped = n.dr,
            used_memory = COALESCE(n.memory_used, h.used_memory), used_disk = COALESCE(n.disk_used, h.used_disk)
        FROM (SELECT DISTINCT ON (k.host_id) k.host_id, b.av, b.seq, b.iv, b.dr, b.memory_used, b.disk_used
              FROM unnest(v_items, v_hosts) AS k(i, host_id) JOIN remotegpu_batch_heartbeats(p_batch) b ON b.i = k.i
              ORDER BY k.host_id, b.seq DESC, b.at DESC) n
        WHERE h.id = n.host_id;

        -- Offline hosts that report again are online (maintenance stays maintenance).
        FOR r IN
            UPDATE hosts SET status = 'online', offline_reason = NULL, status_changed_at = p_now
            WHERE id = ANY (v_hosts) AND status = 'offline'
            RETURNING id
        LOOP
            PERFORM remotegpu_host_status_changed(r.id, 'offline', 'online', 'heartbeat received', p_now, false);
        END LOOP;

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
        -- The alert rules over the latest figures, once per host at its newest stored heartbeat.
        PERFORM remotegpu_evaluate_host_alerts(n.host_id, n.at)
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

-- One roll-up step at p_now: raw → 1-minute averages for the minutes closed since the last step
-- (a minute is rolled up once it is more than a minute old, so a heartbeat of that minute that
-- arrives a little late is still counted), then 1-minute → 1-hour for the hours the 1-minute
-- rollup has completed. At most p_span of data per rollup per step (call again to catch up).
-- Idempotent: a bucket is recomputed whole and upserted. metric_rollup_progress, locked FOR
-- UPDATE, keeps two instances from rolling up the same span at once.
CREATE FUNCTION remotegpu_rollup_metrics(p_now timestamptz, p_span interval DEFAULT interval '6 hours')
RETURNS TABLE (rollup text, rolled_up_to timestamptz)
LANGUAGE plpgsql AS $$
DECLARE
    v_from timestamptz;
    v_to timestamptz;
    v_minutes_done timestamptz;
BEGIN
    SELECT p.rolled_up_to INTO v_from FROM metric_rollup_progress p WHERE p.rollup = '1m' FOR UPDATE;
    v_from := greatest(v_from, remotegpu_partition_floor(
        p_now - make_interval(days => greatest(1, remotegpu_config_int('metrics_retention_days', 7))), 'minute'));
    v_to := least(remotegpu_partition_floor(p_now - interval '1 minute', 'minute'), v_from + p_span);
    IF v_to > v_from THEN
        INSERT INTO host_metrics_1m AS t (host_id, bucket, samples, cpu_usage_percent, cpu_load_1m, memory_usage_percent,
                                          disk_usage_percent, disk_io_read_bytes, disk_io_write_bytes, network_rx_bytes,
                                          network_tx_bytes, gpu_avg_utilization, gpu_avg_memory_used,
                                          gpu_avg_temperature, gpu_avg_power)
        SELECT host_id, remotegpu_partition_floor(collected_at, 'minute'), count(*), avg(cpu_usage_percent),
               avg(cpu_load_1m), avg(memory_usage_percent), avg(disk_usage_percent), max(disk_io_read_bytes),
               max(disk_io_write_bytes), max(network_rx_bytes), max(network_tx_bytes), avg(gpu_avg_utilization),
               avg(gpu_avg_memory_used), avg(gpu_avg_temperature), avg(gpu_avg_power)
        FROM host_metrics WHERE collected_at >= v_from AND collected_at < v_to
        GROUP BY 1, 2
        ON CONFLICT (host_id, bucket) DO UPDATE SET
            samples = EXCLUDED.samples, cpu_usage_percent = EXCLUDED.cpu_usage_percent,
            cpu_load_1m = EXCLUDED.cpu_load_1m, memory_usage_percent = EXCLUDED.memory_usage_percent,
            disk_usage_percent = EXCLUDED.disk_usage_percent, disk_io_read_bytes = EXCLUDED.disk_io_read_bytes,
            disk_io_write_bytes = EXCLUDED.disk_io_write_bytes, network_rx_bytes = EXCLUDED.network_rx_bytes,
            network_tx_bytes = EXCLUDED.network_tx_bytes, gpu_avg_utilization = EXCLUDED.gpu_avg_utilization,
            gpu_avg_memory_used = EXCLUDED.gpu_avg_memory_used, gpu_avg_temperature = EXCLUDED.gpu_avg_temperature,
            gpu_avg_power = EXCLUDED.gpu_avg_power;
        INSERT INTO gpu_metrics_1m AS t (gpu_id, host_id, bucket, samples, utilization_percent, utilization_max,
                                         memory_used, memory_usage_percent, temperature, temperature_max, power_draw)
        SELECT gpu_id, min(host_id), remotegpu_partition_floor(collected_at, 'minute'), count(*),
               avg(utilization_percent), max(utilization_percent), avg(memory_used), avg(memory_usage_percent),
               avg(temperature), max(temperature), avg(power_draw)
        FROM gpu_metrics WHERE collected_at >= v_from AND collected_at < v_to
        GROUP BY gpu_id, 3
        ON CONFLICT (gpu_id, bucket) DO UPDATE SET
            samples = EXCLUDED.samples, utilization_percent = EXCLUDED.utilization_percent,
            utilization_max = EXCLUDED.utilization_max, memory_used = EXCLUDED.memory_used,
            memory_usage_percent = EXCLUDED.memory_usage_percent, temperature = EXCLUDED.temperature,
            temperature_max = EXCLUDED.temperature_max, power_draw = EXCLUDED.power_draw;
        UPDATE metric_rollup_progress p SET rolled_up_to = v_to WHERE p.rollup = '1m';
        v_minutes_done := v_to;
    ELSE
        v_minutes_done := v_from;
    END IF;
    rollup := '1m';
    rolled_up_to := v_minutes_done;
    RETURN NEXT;

    SELECT p.rolled_up_to INTO v_from FROM metric_rollup_progress p WHERE p.rollup = '1h' FOR UPDATE;
    v_from := greatest(v_from, remotegpu_partition_floor(
        p_now - make_interval(days => greatest(1, remotegpu_config_int('metrics_1m_retention_days', 90))), 'hour'));
    v_to := least(remotegpu_partition_floor(v_minutes_done, 'hour'), v_from + p_span * 60);
    IF v_to > v_from THEN
        INSERT INTO host_metrics_1h AS t (host_id, bucket, samples, cpu_usage_percent, cpu_load_1m, memory_usage_percent,
                                          disk_usage_percent, disk_io_read_bytes, disk_io_write_bytes, network_rx_bytes,
                                          network_tx_bytes, gpu_avg_utilization, gpu_avg_memory_used,
                                          gpu_avg_temperature, gpu_avg_power)
        SELECT host_id, remotegpu_partition_floor(bucket, 'hour'), sum(samples),
               sum(cpu_usage_percent * samples) / NULLIF(sum(samples) FILTER (WHERE cpu_usage_percent IS NOT NULL), 0),
               sum(cpu_load_1m * samples) / NULLIF(sum(samples) FILTER (WHERE cpu_load_1m IS NOT NULL), 0),
               sum(memory_usage_percent * samples) / NULLIF(sum(samples) FILTER (WHERE memory_usage_percent IS NOT NULL), 0),
               sum(disk_usage_percent * samples) / NULLIF(sum(samples) FILTER (WHERE disk_usage_percent IS NOT NULL), 0),
               max(disk_io_read_bytes), max(disk_io_write_bytes), max(network_rx_bytes), max(network_tx_bytes),
               sum(gpu_avg_utilization * samples) / NULLIF(sum(samples) FILTER (WHERE gpu_avg_utilization IS NOT NULL), 0),
               sum(gpu_avg_memory_used * samples) / NULLIF(sum(samples) FILTER (WHERE gpu_avg_memory_used IS NOT NULL), 0),
               sum(gpu_avg_temperature * samples) / NULLIF(sum(samples) FILTER (WHERE gpu_avg_temperature IS NOT NULL), 0),
               sum(gpu_avg_power * samples) / NULLIF(sum(samples) FILTER (WHERE gpu_avg_power IS NOT NULL), 0)
        FROM host_metrics_1m WHERE bucket >= v_from AND bucket < v_to
        GROUP BY 1, 2
        ON CONFLICT (host_id, bucket) DO UPDATE SET
            samples = EXCLUDED.samples, cpu_usage_percent = EXCLUDED.cpu_usage_percent,
            cpu_load_1m = EXCLUDED.cpu_load_1m, memory_usage_percent = EXCLUDED.memory_usage_percent,
            disk_usage_percent = EXCLUDED.disk_usage_percent, disk_io_read_bytes = EXCLUDED.disk_io_read_bytes,
            disk_io_write_bytes = EXCLUDED.disk_io_write_bytes, network_rx_bytes = EXCLUDED.network_rx_bytes,
            network_tx_bytes = EXCLUDED.network_tx_bytes, gpu_avg_utilization = EXCLUDED.gpu_avg_utilization,
            gpu_avg_memory_used = EXCLUDED.gpu_avg_memory_used, gpu_avg_temperature = EXCLUDED.gpu_avg_temperature,
            gpu_avg_power = EXCLUDED.gpu_avg_power;
        INSERT INTO gpu_metrics_1h AS t (gpu_id, host_id, bucket, samples, utilization_percent, utilization_max,
                                         memory_used, memory_usage_percent, temperature, temperature_max, power_draw)
        SELECT gpu_id, min(host_id), remotegpu_partition_floor(bucket, 'hour'), sum(samples),
               sum(utilization_percent * samples) / NULLIF(sum(samples) FILTER (WHERE utilization_percent IS NOT NULL), 0),
               max(utilization_max),
               sum(memory_used * samples) / NULLIF(sum(samples) FILTER (WHERE memory_used IS NOT NULL), 0),
               sum(memory_usage_percent * samples) / NULLIF(sum(samples) FILTER (WHERE memory_usage_percent IS NOT NULL), 0),
               sum(temperature * samples) / NULLIF(sum(samples) FILTER (WHERE temperature IS NOT NULL), 0),
               max(temperature_max),
               sum(power_draw * samples) / NULLIF(sum(samples) FILTER (WHERE power_draw IS NOT NULL), 0)
        FROM gpu_metrics_1m WHERE bucket >= v_from AND bucket < v_to
        GROUP BY gpu_id, 3
        ON CONFLICT (gpu_id, bucket) DO UPDATE SET
            samples = EXCLUDED.samples, utilization_percent = EXCLUDED.utilization_percent,
            utilization_max = EXCLUDED.utilization_max, memory_used = EXCLUDED.memory_used,
            memory_usage_percent = EXCLUDED.memory_usage_percent, temperature = EXCLUDED.temperature,
            temperature_max = EXCLUDED.temperature_max, power_draw = EXCLUDED.power_draw;
        UPDATE metric_rollup_progress p SET rolled_up_to = v_to WHERE p.rollup = '1h';
        v_from := v_to;
    END IF;
    rollup := '1h';
    rolled_up_to := v_from;
    RETURN NEXT;
END
$$;
