-- Demo fleet for ./scripts/run and screenshots: three tenants with members, 24 machines in three
-- regions, allocations in every state, 24 hours of host and GPU metrics (rolled up into the 1-minute and
-- 1-hour tables) and six days of hourly averages before them, so charts over a week have data, a few
-- alerts.
-- Held machines are busy in some hours and idle in others, each at its own rate, and their
-- agents reported every minute of the last seven days: the Utilisation view shows tenants that
-- use what they rent and one that mostly does not (galaxy's three machines), and within a tenant a
-- machine that idles (acme's node-03, whose renewal is under discussion).
-- Runs in one transaction, only into a database without hosts. The password hash of every demo
-- account comes from the setting remotegpu.demo_password_hash (set by DemoData before this runs).
-- Whether a held machine ran a job in the hour of `t`: the same answer for every GPU and every
-- minute of that hour, so the raw samples, the rollups and the hourly averages agree.
CREATE FUNCTION pg_temp.demo_busy(host TEXT, t TIMESTAMPTZ) RETURNS BOOLEAN
LANGUAGE sql IMMUTABLE AS $f$
    SELECT (hashtext(host || to_char(t AT TIME ZONE 'UTC', 'YYYYMMDDHH24')) & 1023) / 1024.0 <
           CASE host WHEN 'node-01' THEN 0.85 WHEN 'node-02' THEN 0.9 WHEN 'node-03' THEN 0.15
                     WHEN 'node-04' THEN 0.35 WHEN 'node-09' THEN 0.2 WHEN 'node-10' THEN 0.25
                     WHEN 'node-15' THEN 0.9 WHEN 'node-20' THEN 0.25 ELSE 0 END
$f$;

DO $$
DECLARE
    pw TEXT := current_setting('remotegpu.demo_password_hash');
    acme BIGINT; galaxy BIGINT; deepblue BIGINT;
    h RECORD;
    i INT;
    model TEXT; mem INT; ngpu INT; region TEXT;
BEGIN
    INSERT INTO customers (username, email, password_hash, role, user_type, account_type, display_name, company, full_name)
    VALUES ('acme', 'it@acme.example', pw, 'customer_owner', 'external', 'enterprise', 'Acme AI', 'Acme AI Inc.', 'Alice Chen')
    RETURNING id INTO acme;
    INSERT INTO customers (username, email, password_hash, role, user_type, account_type, display_name, company, full_name)
    VALUES ('galaxy', 'ops@galaxy.example', pw, 'customer_owner', 'external', 'enterprise', '星河智能', '星河智能科技有限公司', '王磊')
    RETURNING id INTO galaxy;
    INSERT INTO customers (username, email, password_hash, role, user_type, account_type, display_name, company, full_name)
    VALUES ('deepblue', 'admin@deepblue.example', pw, 'customer_owner', 'external', 'enterprise', 'Deep Blue Labs', 'Deep Blue Labs GmbH', 'Jonas Weber')
    RETURNING id INTO deepblue;

    INSERT INTO customers (username, email, password_hash, role, tenant_id, user_type, display_name, company) VALUES
        ('acme.bob', 'bob@acme.example', pw, 'customer_member', acme, 'external', 'Bob Li', 'Acme AI Inc.'),
        ('acme.carol', 'carol@acme.example', pw, 'customer_member', acme, 'external', 'Carol Zhou', 'Acme AI Inc.'),
        ('galaxy.liu', 'liu@galaxy.example', pw, 'customer_member', galaxy, 'external', '刘洋', '星河智能科技有限公司'),
        ('deepblue.mia', 'mia@deepblue.example', pw, 'customer_member', deepblue, 'external', 'Mia Schulz', 'Deep Blue Labs GmbH');

    FOR i IN 1..24 LOOP
        region := (ARRAY['beijing-a', 'shanghai-b', 'shenzhen-c'])[1 + (i - 1) % 3];
        IF i <= 8 THEN model := 'NVIDIA H100 80GB HBM3'; mem := 81559; ngpu := 8;
        ELSIF i <= 14 THEN model := 'NVIDIA A100-SXM4-80GB'; mem := 81920; ngpu := 8;
        ELSIF i <= 18 THEN model := 'NVIDIA L40S'; mem := 46068; ngpu := 4;
        ELSE model := 'NVIDIA GeForce RTX 4090'; mem := 24564; ngpu := 2;
        END IF;
        INSERT INTO hosts (id, name, hostname, ip_address, public_ip, os_type, os_version, status, health_status,
                           region, total_cpu, total_memory_gb, total_disk_gb, total_gpu, ssh_host, ssh_port,
                           ssh_username, last_heartbeat, labels, tags)
        VALUES (format('node-%s', lpad(i::text, 2, '0')), format('%s-GPU-%s', upper(split_part(region, '-', 1)), lpad(i::text, 2, '0')),
                format('gpu%s.%s.remotegpu.internal', lpad(i::text, 2, '0'), region),
                format('10.%s.0.%s', 10 + (i - 1) % 3, 100 + i), format('203.0.113.%s', 10 + i),
                'linux', 'Ubuntu 22.04.4 LTS',
                CASE WHEN i IN (7, 19) THEN 'offline' WHEN i = 13 THEN 'maintenance' ELSE 'online' END,
                CASE WHEN i IN (7, 19) THEN 'unhealthy' ELSE 'healthy' END,
                region, CASE WHEN ngpu = 8 THEN 128 ELSE 64 END, CASE WHEN ngpu = 8 THEN 1024 ELSE 256 END,
                CASE WHEN ngpu = 8 THEN 15360 ELSE 3840 END, ngpu,
                format('203.0.113.%s', 10 + i), 22, 'ubuntu',
                CASE WHEN i IN (7, 19) THEN now() - interval '2 hours' ELSE now() - interval '5 seconds' END,
                jsonb_build_object('rack', format('R%s', 1 + (i - 1) / 6)), ARRAY[lower(split_part(model, ' ', 2))]);
        INSERT INTO gpus (host_id, index, uuid, name, brand, memory_total_mb, status)
        SELECT format('node-%s', lpad(i::text, 2, '0')), g, format('GPU-%s', gen_random_uuid()), model, 'NVIDIA', mem, 'available'
        FROM generate_series(0, ngpu - 1) AS g;
    END LOOP;

    -- Allocations: active (some ending soon), expired and reclaimed history, one pending.
    INSERT INTO allocations (id, customer_id, host_id, start_time, end_time, status, remark, created_by) VALUES
        ('alloc-demo-001', acme, 'node-01', now() - interval '40 days', now() + interval '50 days', 'active', '大模型预训练 / LLM pre-training', NULL),
        ('alloc-demo-002', acme, 'node-02', now() - interval '40 days', now() + interval '50 days', 'active', 'LLM pre-training', NULL),
        ('alloc-demo-003', acme, 'node-03', now() - interval '20 days', now() + interval '2 days', 'active', 'Fine-tuning; renewal under discussion', NULL),
        ('alloc-demo-004', galaxy, 'node-04', now() - interval '10 days', now() + interval '20 days', 'active', '视觉模型训练', NULL),
        ('alloc-demo-005', galaxy, 'node-09', now() - interval '10 days', now() + interval '6 days', 'active', '推理服务', NULL),
        ('alloc-demo-006', galaxy, 'node-10', now() - interval '5 days', now() + interval '25 days', 'active', NULL, NULL),
        ('alloc-demo-007', deepblue, 'node-15', now() - interval '3 days', now() + interval '27 days', 'active', 'Protein folding', NULL),
        ('alloc-demo-008', deepblue, 'node-20', now() - interval '1 day', now() + interval '12 hours', 'active', 'Short evaluation', NULL),
        ('alloc-demo-009', acme, 'node-05', now() - interval '90 days', now() - interval '30 days', 'expired', 'Q2 campaign', NULL),
        ('alloc-demo-010', deepblue, 'node-06', now() - interval '60 days', now() - interval '20 days', 'reclaimed', 'Reclaimed early at customer request', NULL),
        ('alloc-demo-011', galaxy, 'node-11', now() + interval '3 days', now() + interval '33 days', 'pending', '下个月扩容', NULL);
    UPDATE allocations SET reclaimed_at = end_time - interval '5 days', reclaim_reason = 'Customer request'
    WHERE id = 'alloc-demo-010';
    UPDATE gpus SET status = 'allocated', allocated_to = a.tenant_id::text, allocated_at = a.start_time
    FROM allocations a WHERE a.host_id = gpus.host_id AND a.status = 'active';

    -- 24 hours of metrics at 5-minute steps: busy on allocated hosts, idle elsewhere, a daily wave.
    FOR h IN SELECT hosts.id, hosts.total_gpu, EXISTS (SELECT 1 FROM allocations a WHERE a.host_id = hosts.id AND a.status = 'active') AS busy
             FROM hosts WHERE status <> 'offline' LOOP
        INSERT INTO gpu_metrics (gpu_id, host_id, utilization_percent, memory_used, memory_usage_percent, temperature,
                                 power_draw, fan_speed_percent, sm_clock, memory_clock, process_count, collected_at)
        SELECT g.id, h.id, u, (g.memory_total_mb * m / 100)::bigint, m, 35 + u * 0.45, 60 + u * 6, 30 + u * 0.5,
               1980, 2619, CASE WHEN u > 5 THEN 1 ELSE 0 END, t
        FROM gpus g,
             generate_series(now() - interval '24 hours', now(), interval '5 minutes') AS t,
             LATERAL (SELECT CASE WHEN h.busy AND pg_temp.demo_busy(h.id, t)
                                  THEN least(100, greatest(0, 70 + 20 * sin(extract(epoch FROM t) / 7200.0 + g.index) + random() * 10))
                                  ELSE random() * 3 END AS u,
                            -- Training holds most of its GPU memory whatever the load of the moment.
                            CASE WHEN h.busy THEN least(98, 70 + 3 * g.index + random() * 4)
                                 ELSE random() * 2 END AS m) AS v
        WHERE g.host_id = h.id;
        INSERT INTO host_metrics (host_id, cpu_usage_percent, cpu_load_1m, cpu_load_5m, cpu_load_15m, memory_used,
                                  memory_available, memory_usage_percent, disk_used, disk_available, disk_usage_percent,
                                  network_rx_bytes, network_tx_bytes, gpu_avg_utilization, gpu_avg_memory_used,
                                  gpu_avg_temperature, gpu_avg_power, collected_at)
        SELECT h.id, c, c / 10, c / 11, c / 12, (c * 5e9)::bigint, ((100 - c) * 5e9)::bigint, c, 6e12::bigint, 9e12::bigint, 40,
               (random() * 1e9)::bigint, (random() * 5e8)::bigint, avg(m.utilization_percent), avg(m.memory_used)::bigint,
               avg(m.temperature), avg(m.power_draw), m.collected_at
        FROM gpu_metrics m, LATERAL (SELECT CASE WHEN h.busy THEN 55 + random() * 20 ELSE 3 + random() * 5 END AS c) AS cv
        WHERE m.host_id = h.id
        GROUP BY m.collected_at, c;
    END LOOP;
    -- The latest figures as ingest keeps them (the machine list's GPU load, the realtime API):
    -- each host's and GPU's newest row. A simulated agent's first heartbeat replaces them.
    INSERT INTO host_metrics_latest (host_id, cpu_usage_percent, cpu_load_1m, cpu_load_5m, cpu_load_15m, memory_used,
                                     memory_available, memory_usage_percent, disk_used, disk_available,
                                     disk_usage_percent, network_rx_bytes, network_tx_bytes, gpu_avg_utilization,
                                     gpu_avg_memory_used, gpu_avg_temperature, gpu_avg_power, collected_at)
    SELECT DISTINCT ON (host_id) host_id, cpu_usage_percent, cpu_load_1m, cpu_load_5m, cpu_load_15m, memory_used,
           memory_available, memory_usage_percent, disk_used, disk_available, disk_usage_percent, network_rx_bytes,
           network_tx_bytes, gpu_avg_utilization, gpu_avg_memory_used, gpu_avg_temperature, gpu_avg_power, collected_at
    FROM host_metrics ORDER BY host_id, collected_at DESC
    ON CONFLICT (host_id) DO NOTHING;
    INSERT INTO gpu_metrics_latest (gpu_id, host_id, utilization_percent, memory_used, memory_usage_percent, temperature,
                                    power_draw, fan_speed_percent, sm_clock, memory_clock, process_count, collected_at)
    SELECT DISTINCT ON (gpu_id) gpu_id, host_id, utilization_percent, memory_used, memory_usage_percent, temperature,
           power_draw, fan_speed_percent, sm_clock, memory_clock, process_count, collected_at
    FROM gpu_metrics ORDER BY gpu_id, collected_at DESC
    ON CONFLICT (gpu_id) DO NOTHING;

    -- The GPU processes each held machine's agent reported last (5 s ago): a training job on
    -- every GPU, and a notebook beside it on GPU 0 of node-01; node-20, held for a short
    -- evaluation, reported no process.
    INSERT INTO host_processes (host_id, gpu_index, gpu_uuid, pid, process_name, used_memory_mb, username, reported_at)
    SELECT g.host_id, g.index, g.uuid, 31000 + g.index, 'python train.py --config configs/run.yaml',
           (g.memory_total_mb * 0.72)::bigint,
           CASE a.customer_id WHEN acme THEN 'bob' WHEN galaxy THEN 'liu' ELSE 'mia' END,
           now() - interval '5 seconds'
    FROM gpus g JOIN allocations a ON a.host_id = g.host_id AND a.status = 'active'
    WHERE g.host_id <> 'node-20';
    INSERT INTO host_processes (host_id, gpu_index, gpu_uuid, pid, process_name, used_memory_mb, username, reported_at)
    SELECT host_id, index, uuid, 30555, '/opt/conda/bin/python -m ipykernel_launcher', 2301, 'carol',
           now() - interval '5 seconds'
    FROM gpus WHERE host_id = 'node-01' AND index = 0;
    INSERT INTO host_process_snapshots (host_id, reported_at)
    SELECT host_id, now() - interval '5 seconds' FROM allocations WHERE status = 'active';
    INSERT INTO alert_records (rule_id, host_id, resource_type, resource_id, metric_type, current_value, threshold,
                               severity, status, message, triggered_at)
    SELECT r.id, 'node-07', 'host', 'node-07', 'host_offline', 1, 1, 'critical', 'active',
           'node-07 has sent no heartbeat for 2 hours', now() - interval '2 hours'
    FROM alert_rules r WHERE r.rule_key = 'host_offline';
    INSERT INTO alert_records (rule_id, host_id, resource_type, resource_id, metric_type, current_value, threshold,
                               severity, status, message, triggered_at)
    SELECT r.id, 'node-19', 'host', 'node-19', 'host_offline', 1, 1, 'critical', 'acknowledged',
           'node-19 has sent no heartbeat for 2 hours', now() - interval '2 hours'
    FROM alert_rules r WHERE r.rule_key = 'host_offline';
    INSERT INTO alert_records (rule_id, host_id, resource_type, resource_id, metric_type, current_value, threshold,
                               severity, status, message, triggered_at, resolved_at)
    SELECT r.id, 'node-02', 'gpu', 'node-02/3', 'gpu_temperature', 88, 85, 'warning', 'resolved',
           'GPU 3 of node-02 reached 88 °C', now() - interval '6 hours', now() - interval '5 hours'
    FROM alert_rules r WHERE r.rule_key = 'gpu_temperature_high';

    -- What the operators did to get here, as the server audits it (same actions, targets and
    -- detail as the real routes write), so the Audit section has a history to read: the tenants
    -- signed up, the fleet imported, machines rented, extended and reclaimed, a machine put into
    -- maintenance, a setting changed, and a refused allocation.
    INSERT INTO audit_logs (tenant_id, username, action, resource_type, resource_id, result, detail, ip_address,
                            request_method, request_path, status_code, error_message, trace_id, created_at)
    SELECT x.tenant, x.who, x.action, x.rtype, x.rid, x.result, x.detail, '10.20.0.15', x.method, x.path,
           x.code, x.error, md5(x.action || COALESCE(x.rid, '') || x.ago::text), now() - x.ago
    FROM (VALUES
        (NULL::bigint, 'admin', 'customer.create', 'customer', acme::text, 'success',
         '{"username": "acme", "email": "it@acme.example", "role": "customer_owner", "generatedPassword": false}'::jsonb,
         'POST', '/api/admin/customers', 201, NULL::text, interval '100 days'),
        (NULL, 'admin', 'customer.create', 'customer', galaxy::text, 'success',
         '{"username": "galaxy", "email": "ops@galaxy.example", "role": "customer_owner", "generatedPassword": true}',
         'POST', '/api/admin/customers', 201, NULL, interval '99 days'),
        (NULL, 'admin', 'customer.create', 'customer', deepblue::text, 'success',
         '{"username": "deepblue", "email": "admin@deepblue.example", "role": "customer_owner", "generatedPassword": true}',
         'POST', '/api/admin/customers', 201, NULL, interval '98 days'),
        (NULL, 'admin', 'machine.import', 'machine', NULL, 'success',
         '{"file": "fleet-2026.csv", "created": 24, "updated": 0, "rejected": 0}',
         'POST', '/api/admin/machines/import', 200, NULL, interval '97 days'),
        (NULL, 'admin', 'allocation.create', 'allocation', 'alloc-demo-001', 'success',
         format('{"hostId": "node-01", "tenantId": %s}', acme)::jsonb, 'POST', '/api/admin/allocations', 201, NULL,
         interval '40 days'),
        (NULL, 'admin', 'allocation.create', 'allocation', 'alloc-demo-002', 'success',
         format('{"hostId": "node-02", "tenantId": %s}', acme)::jsonb, 'POST', '/api/admin/allocations', 201, NULL,
         interval '40 days' - interval '2 minutes'),
        (NULL, 'admin', 'allocation.create', 'allocation', 'alloc-demo-003', 'success',
         format('{"hostId": "node-03", "tenantId": %s}', acme)::jsonb, 'POST', '/api/admin/allocations', 201, NULL,
         interval '20 days'),
        (NULL, 'admin', 'allocation.extend', 'allocation', 'alloc-demo-001', 'success',
         jsonb_build_object('previousEndTime', now() - interval '12 days' + interval '22 days',
                            'endTime', now() + interval '50 days'),
         'POST', '/api/admin/allocations/alloc-demo-001/extend', 200, NULL, interval '12 days'),
        (NULL, 'admin', 'allocation.create', 'allocation', 'node-15', 'failure',
         format('{"hostId": "node-15", "tenantId": %s}', galaxy)::jsonb, 'POST', '/api/admin/allocations', 409,
         'Machine node-15 cannot be allocated: it is already allocated in that period', interval '3 days' - interval '1 hour'),
        (NULL, 'admin', 'allocation.create', 'allocation', 'alloc-demo-007', 'success',
         format('{"hostId": "node-15", "tenantId": %s}', deepblue)::jsonb, 'POST', '/api/admin/allocations', 201, NULL,
         interval '3 days'),
        (NULL, 'admin', 'allocation.reclaim', 'allocation', 'alloc-demo-010', 'success',
         '{"reason": "Customer request"}', 'POST', '/api/admin/allocations/alloc-demo-010/reclaim', 200, NULL,
         interval '25 days'),
        (NULL, 'admin', 'machine.maintenance', 'machine', 'node-13', 'success',
         '{"enabled": true, "reason": "GPU 5 fan replacement"}', 'POST', '/api/admin/machines/node-13/maintenance',
         200, NULL, interval '1 day'),
        (NULL, 'admin', 'settings.update', 'system_config', 'metrics_retention_days', 'success',
         '{"changes": {"metrics_retention_days": {"old": 7, "new": 14}}}', 'PUT', '/api/admin/settings', 200, NULL,
         interval '30 days'),
        (acme, 'acme', 'auth.login', 'customer', acme::text, 'success', '{"source": "local"}',
         'POST', '/api/auth/login', 200, NULL, interval '2 hours')
    ) AS x(tenant, who, action, rtype, rid, result, detail, method, path, code, error, ago);
END;
$$;

-- The raw day into the 1-minute and 1-hour rollups at once (the server's maintenance job would
-- otherwise take a few passes to catch up).
SELECT count(*) FROM remotegpu_rollup_metrics(now(), interval '30 days');

-- Every minute of the last seven days of each held machine's allocation as a 1-minute rollup
-- (the raw day above gave one minute in five): allocated versus used has the whole week to count.
INSERT INTO gpu_metrics_1m (gpu_id, host_id, bucket, samples, utilization_percent, utilization_max, memory_used,
                            memory_usage_percent, temperature, temperature_max, power_draw)
SELECT g.id, g.host_id, b, 6, u, least(100, u + 5), (g.memory_total_mb * 0.72)::bigint, 72, 35 + u * 0.45,
       37 + u * 0.45, 60 + u * 6
FROM allocations a JOIN gpus g ON g.host_id = a.host_id,
     generate_series(date_trunc('minute', greatest(a.start_time, now() - interval '7 days')),
                     date_trunc('minute', now()) - interval '1 minute', interval '1 minute') AS b,
     LATERAL (SELECT CASE WHEN pg_temp.demo_busy(g.host_id, b)
                          THEN least(100, greatest(0, 70 + 20 * sin(extract(epoch FROM b) / 7200.0 + g.index)))
                          ELSE 1.5 END AS u) AS v
WHERE a.status = 'active'
ON CONFLICT DO NOTHING;

-- The six days before it as hourly averages only (what the 1-hour rollup would have kept), the
-- same shape as the raw day: week-long charts have data without a week of raw samples to load.
INSERT INTO gpu_metrics_1h (gpu_id, host_id, bucket, samples, utilization_percent, utilization_max, memory_used,
                            memory_usage_percent, temperature, temperature_max, power_draw)
SELECT g.id, g.host_id, b, 12, u, least(100, u + 8), g.memory_total_mb * m / 100, m, 35 + u * 0.45, 40 + u * 0.5,
       60 + u * 6
FROM gpus g JOIN hosts h ON h.id = g.host_id AND h.status <> 'offline',
     generate_series(date_trunc('hour', now() - interval '7 days'), date_trunc('hour', now() - interval '25 hours'),
                     interval '1 hour') AS b,
     LATERAL (SELECT EXISTS (SELECT 1 FROM allocations a WHERE a.host_id = g.host_id AND a.status = 'active') AS busy) AS x,
     LATERAL (SELECT CASE WHEN x.busy AND pg_temp.demo_busy(g.host_id, b)
                          THEN least(100, greatest(0, 70 + 20 * sin(extract(epoch FROM b) / 7200.0 + g.index)))
                          ELSE 1.5 END AS u,
                     CASE WHEN x.busy THEN least(98, 72 + 3 * g.index) ELSE 1 END AS m) AS v
ON CONFLICT DO NOTHING;
INSERT INTO host_metrics_1h (host_id, bucket, samples, cpu_usage_percent, cpu_load_1m, memory_usage_percent,
                             disk_usage_percent, gpu_avg_utilization, gpu_avg_memory_used, gpu_avg_temperature,
                             gpu_avg_power)
SELECT host_id, bucket, 12, CASE WHEN avg(utilization_percent) > 10 THEN 65 ELSE 5 END,
       CASE WHEN avg(utilization_percent) > 10 THEN 6.5 ELSE 0.5 END, 40, 40, avg(utilization_percent),
       avg(memory_used), avg(temperature), avg(power_draw)
FROM gpu_metrics_1h WHERE bucket < date_trunc('hour', now() - interval '24 hours')
GROUP BY host_id, bucket
ON CONFLICT DO NOTHING;

-- The hours above count their busy minutes from the one-minute rows written after the rollup
-- (as the server's rollup does for the hours it completes): allocated versus used reads them.
SELECT remotegpu_count_busy_hours(now() - interval '8 days', now());
