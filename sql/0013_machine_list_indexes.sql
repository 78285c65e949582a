-- 0013: indexes for the admin machine list (GET /api/admin/machines).
-- The list sorts by any whitelisted column and pages with LIMIT/OFFSET, so each sort column needs
-- a btree (status, region, last_heartbeat and created_at have theirs from 0003; ip_address has
-- its unique index). Free text (`q`) is a substring ILIKE on name, ip_address and hostname:
-- pg_trgm GIN indexes let those run as bitmap scans instead of reading every host.
-- The current allocation of a host is found by (host_id, status) from 0004, the first GPU of a
-- host by gpus_host_id_index_key, the latest GPU reading by idx_gpu_metrics_gpu_collected (0008).
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE INDEX idx_hosts_name ON hosts (name);
CREATE INDEX idx_hosts_total_gpu ON hosts (total_gpu);
CREATE INDEX idx_hosts_name_trgm ON hosts USING gin (name gin_trgm_ops);
CREATE INDEX idx_hosts_ip_address_trgm ON hosts USING gin (ip_address gin_trgm_ops);
CREATE INDEX idx_hosts_hostname_trgm ON hosts USING gin (hostname gin_trgm_ops);
-- The tenant filter and the "allocated" filters start from the few active allocations.
CREATE INDEX idx_allocations_active_host ON allocations (host_id, start_time DESC)
    WHERE status = 'active';
