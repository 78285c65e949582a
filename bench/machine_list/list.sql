-- What MachineRepository::list runs for the benchmark's filter set (status online, which also
-- matches a stored V2.1 'allocated'; region; gpuCountMin), sorted by name, page 3 of 50, as the
-- server sends it (PgPipeline): in one pipeline, generic plans for this batch only, the count,
-- then the page (hosts chosen first, the detail laterals only for those 50 rows).
-- Values come from pgbench -D and \set so that -M prepared binds them as the server does.
-- Keep in step with backend/db/MachineRepository.cpp.
\set lim 50
\set off 100
\set gpumin 8
\startpipeline
SELECT set_config('plan_cache_mode', 'force_generic_plan', true);
SELECT count(*) FROM hosts h WHERE h.status = ANY(:statuses::text[]) AND h.region = ANY(:regions::text[]) AND h.total_gpu >= :gpumin;
SELECT h.id, h.name, h.hostname, h.ip_address, h.public_ip, h.ssh_host, h.ssh_port, h.winrm_port, h.agent_port, h.os_type, h.os_version, h.arch, h.deployment_mode, h.k8s_node_name, h.region, h.status, h.health_status, h.total_cpu, h.total_memory_gb, h.total_disk_gb, h.total_gpu, h.labels::text, array_to_json(h.tags)::text, (extract(epoch FROM h.last_heartbeat) * 1000)::int8, (extract(epoch FROM h.registered_at) * 1000)::int8, (extract(epoch FROM h.created_at) * 1000)::int8, (extract(epoch FROM h.updated_at) * 1000)::int8, a.id, a.tenant_id, tenant_display_name(t.company, t.display_name, t.username), (extract(epoch FROM a.start_time) * 1000)::int8, (extract(epoch FROM a.end_time) * 1000)::int8, CASE WHEN a.id IS NULL THEN 'unallocated' WHEN a.expiring THEN 'expiring' ELSE 'allocated' END, gm.name, a.status FROM (SELECT h.* FROM hosts h WHERE h.status = ANY(:statuses::text[]) AND h.region = ANY(:regions::text[]) AND h.total_gpu >= :gpumin ORDER BY h.name ASC, h.id ASC LIMIT :lim OFFSET :off) h LEFT JOIN LATERAL (SELECT a.id, a.tenant_id, a.start_time, a.end_time, a.expiring, 'active'::varchar AS status FROM held_allocations(now()) a WHERE a.host_id = h.id COLLATE "C" ORDER BY a.start_time DESC LIMIT 1) a ON true LEFT JOIN customers t ON t.id = a.tenant_id LEFT JOIN LATERAL (SELECT g.name FROM gpus g WHERE g.host_id = h.id ORDER BY g.index LIMIT 1) gm ON true ORDER BY h.name ASC, h.id ASC;
\endpipeline
