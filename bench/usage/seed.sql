-- Allocated-versus-used benchmark data, into a migrated database of its own (psql variables
-- hosts, days). :hosts machines with 8 GPUs each, held all along by 10 tenants from :days days
-- ago, and one 1-minute rollup row per GPU and minute of those days (what a fully reporting
-- fleet leaves in gpu_metrics_1m): :hosts × 8 × :days × 1,440 rows. Utilisation varies by
-- machine and hour so that some minutes are busy and some idle. Then the one-hour rollups.
SELECT remotegpu_ensure_partitions('gpu_metrics_1m', 'bucket', 'day', now() - make_interval(days => :days + 1), :days + 3);

INSERT INTO customers (username, email, password_hash, role, account_type, company)
SELECT 'bench-tenant-' || t, 'bench-tenant-' || t || '@bench.local', '!', 'customer_owner',
       'enterprise', 'Bench Tenant ' || t
FROM generate_series(1, 10) t;

INSERT INTO hosts (id, name, ip_address, region, status, total_cpu, total_memory_gb, total_gpu)
SELECT 'bench-' || lpad(i::text, 4, '0'), 'USAGE-' || lpad(i::text, 4, '0'),
       '10.9.' || i / 256 || '.' || i % 256, 'beijing', 'allocated', 64, 512, 8
FROM generate_series(1, :hosts) i;
INSERT INTO gpus (host_id, index, name, memory_total_mb)
SELECT h.id, g, 'NVIDIA H100 80GB HBM3', 81559 FROM hosts h, generate_series(0, 7) g
WHERE h.id LIKE 'bench-%';

INSERT INTO allocations (id, customer_id, host_id, start_time, end_time, status)
SELECT 'bench-a-' || h.id, t.id, h.id, date_trunc('minute', now()) - make_interval(days => :days),
       now() + interval '10 days', 'active'
FROM hosts h JOIN customers t ON t.username = 'bench-tenant-' || (1 + substr(h.id, 7)::int % 10)
WHERE h.id LIKE 'bench-%';

INSERT INTO gpu_metrics_1m (gpu_id, host_id, bucket, samples, utilization_percent, utilization_max,
                            memory_used, memory_usage_percent, temperature, temperature_max, power_draw)
SELECT g.id, g.host_id, m, 6,
       (hashint4(g.id::int # extract(epoch FROM date_trunc('hour', m))::int) & 127)::float8 * 0.78,
       90, 40000, 50, 60, 65, 400
FROM gpus g
CROSS JOIN generate_series(date_trunc('minute', now()) - make_interval(days => :days),
                           date_trunc('minute', now()) - interval '1 minute', interval '1 minute') m
WHERE g.host_id LIKE 'bench-%';

-- What the server's rollup makes of those days: one-hour rows with their busy and reported
-- minutes (sql/0028). Run from the start, as on a server that has been up all along.
SELECT remotegpu_ensure_partitions('gpu_metrics_1h', 'bucket', 'month', now() - make_interval(days => :days + 1), 3);
UPDATE metric_rollup_progress SET rolled_up_to = 'epoch';
SELECT count(*) FROM remotegpu_rollup_metrics(now(), interval '400 days');

VACUUM (ANALYZE) hosts, gpus, allocations, customers, gpu_metrics_1m, gpu_metrics_1h;
