-- 10,000 machines for the machine-list benchmark, into a migrated database of its own.
-- 8 GPUs each (80,000 gpus rows), 5 regions, 4 GPU models, 20 tenants; about a third of the
-- machines are in an active allocation, a tenth of those ending within the expiring window,
-- plus an expired allocation on every tenth machine (history the lateral must skip).
-- Re-running replaces the previous bench rows (ids bench-*).
DELETE FROM allocations WHERE id LIKE 'bench-%';
DELETE FROM hosts WHERE id LIKE 'bench-%';
DELETE FROM customers WHERE username LIKE 'bench-tenant-%';

INSERT INTO customers (username, email, password_hash, role, account_type, company)
SELECT 'bench-tenant-' || t, 'bench-tenant-' || t || '@bench.local', '!', 'customer_owner',
       'enterprise', 'Bench Tenant ' || t
FROM generate_series(1, 20) t;

INSERT INTO hosts (id, name, hostname, ip_address, ssh_host, ssh_port, region, status,
                   health_status, total_cpu, total_memory_gb, total_disk_gb, total_gpu,
                   last_heartbeat, created_at)
SELECT 'bench-' || lpad(i::text, 5, '0'),
       'GPU-' || (ARRAY['BJ', 'SH', 'SZ', 'HZ', 'CD'])[1 + i % 5] || '-' || lpad(i::text, 5, '0'),
       'gpu' || i || '.dc' || (1 + i % 5) || '.bench.local',
       '10.' || (i / 65536) % 256 || '.' || (i / 256) % 256 || '.' || i % 256,
       'ssh' || i || '.bench.local', 22,
       (ARRAY['beijing', 'shanghai', 'shenzhen', 'hangzhou', 'chengdu'])[1 + i % 5],
       CASE WHEN i % 50 = 0 THEN 'maintenance' WHEN i % 7 = 0 THEN 'offline' ELSE 'online' END,
       'healthy', 128, 1024, 8000, CASE WHEN i % 4 = 0 THEN 4 ELSE 8 END,
       now() - (i % 60) * interval '1 second', now() - (i % 1000) * interval '1 hour'
FROM generate_series(1, 10000) i;

INSERT INTO gpus (host_id, index, name, memory_total_mb)
SELECT h.id, g, m.model, 81559
FROM hosts h
CROSS JOIN LATERAL (SELECT (ARRAY['NVIDIA H100 80GB HBM3', 'NVIDIA A100-SXM4-80GB',
                                  'NVIDIA H800', 'NVIDIA L40S'])[1 + substr(h.id, 7)::int % 4]
                           AS model) m
CROSS JOIN generate_series(0, h.total_gpu - 1) g
WHERE h.id LIKE 'bench-%';

INSERT INTO allocations (id, customer_id, host_id, start_time, end_time, status)
SELECT 'bench-a-' || h.n, t.id, h.id, now() - interval '30 days',
       CASE WHEN h.n % 30 = 0 THEN now() + interval '3 days' ELSE now() + interval '60 days' END,
       'active'
FROM (SELECT id, substr(id, 7)::int AS n FROM hosts WHERE id LIKE 'bench-%') h
JOIN customers t ON t.username = 'bench-tenant-' || (1 + h.n % 20)
WHERE h.n % 3 = 0;

INSERT INTO allocations (id, customer_id, host_id, start_time, end_time, status)
SELECT 'bench-x-' || h.n, t.id, h.id, now() - interval '200 days', now() - interval '100 days',
       'expired'
FROM (SELECT id, substr(id, 7)::int AS n FROM hosts WHERE id LIKE 'bench-%') h
JOIN customers t ON t.username = 'bench-tenant-' || (1 + h.n % 20)
WHERE h.n % 10 = 0;

-- VACUUM as autovacuum would soon after such a load: it sets the visibility map, without which
-- no index-only scan is cheap (the list's count and allocation probe are index-only).
VACUUM (ANALYZE) hosts;
VACUUM (ANALYZE) gpus;
VACUUM (ANALYZE) allocations;
VACUUM (ANALYZE) customers;
