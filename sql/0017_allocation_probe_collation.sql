-- 0017: the machine list's current-allocation probe, made immune to a plan flip.
--
-- 0015's covering btree only won over the exclusion constraint's GiST (0004) while the planner
-- thought allocations' heap all-visible. Once rows were updated (the sweeper's reminders, any
-- extension) the estimated index-only heap fetch tipped it back to the GiST by a fraction of a
-- cost unit, and GiST over text host ids is several times slower under load (docs/benchmarks.md).
-- The probe now compares host ids under the "C" collation, which this btree's column has and the
-- GiST's does not, so the GiST cannot serve the probe at all. Equality of text is the same under
-- every deterministic collation, so the answer does not change.
DROP INDEX idx_allocations_active_host;
CREATE INDEX idx_allocations_active_host ON allocations (host_id COLLATE "C", start_time DESC)
    INCLUDE (end_time, tenant_id, id) WHERE status = 'active';
