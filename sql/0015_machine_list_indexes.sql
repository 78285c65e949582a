-- 0015: the machine list's probes, measured under load (docs/benchmarks.md, machine list).
--
-- The current allocation of each listed host: 0013's btree was meant for it, but the planner
-- picked the exclusion constraint's GiST index (0004) instead, and GiST over text host ids
-- compares the probe with most keys of every page it reads: under 64 connections that was most
-- of PostgreSQL's CPU. Covering the columns the list reads makes the btree an index-only scan,
-- which the planner prefers (MachineRepository no longer reads a.status, which is constant).
DROP INDEX idx_allocations_active_host;
CREATE INDEX idx_allocations_active_host ON allocations (host_id, start_time DESC)
    INCLUDE (end_time, tenant_id, id) WHERE status = 'active';

-- The total of a filtered list counts every matching host: region, status and GPU count are
-- the usual filters, and with all three in one index the count reads the index alone instead
-- of a heap page per host. It leads with region, so it also serves region alone.
DROP INDEX idx_hosts_region;
CREATE INDEX idx_hosts_region_status_gpus ON hosts (region, status, total_gpu);
