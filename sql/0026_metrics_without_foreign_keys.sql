-- 0026: the time-partitioned metric tables lose their foreign keys to hosts and gpus; deleting a
-- host or a GPU deletes its samples through triggers instead.
--
-- Why: a foreign key on a partitioned table is cloned onto every partition, and creating,
-- attaching or dropping a partition then adds or removes the referencing triggers on hosts and
-- gpus, which takes SHARE ROW EXCLUSIVE locks on both. The metrics maintenance does that every
-- day (partitions created ahead, old ones dropped), while heartbeats, imports and edits write
-- hosts and gpus in either order (a new machine: hosts then gpus; a heartbeat that finds a new
-- GPU: gpus then hosts). Whichever order the maintenance took, some writer could deadlock with
-- it; PostgreSQL then aborts one side after deadlock_timeout, and that could be an operator's
-- import or a heartbeat batch. It was seen: a month-end partition of gpu_metrics_1h created while
-- a transaction inserted a host and its GPUs, each waiting on the other. Without the keys the
-- maintenance locks only metric tables.
--
-- The keys also cost every sample row two index probes and a FOR KEY SHARE lock on its host's
-- row; the ingest writes samples only for the host its agent token names and the GPUs it has just
-- upserted, so they guarded nothing the ingest does not. What they did on delete, the triggers do.
-- One gap remains: samples committed by a heartbeat that raced the deletion of its own host stay
-- until their partition is dropped (metrics_retention_days); nothing reads samples of a host that
-- does not exist.
DO $$
DECLARE
    fk record;
BEGIN
    FOR fk IN
        SELECT c.conrelid::regclass AS tbl, c.conname
        FROM pg_constraint c
        WHERE c.contype = 'f'
          AND c.conparentid = 0
          AND c.conrelid IN ('host_metrics'::regclass, 'gpu_metrics'::regclass,
                             'host_metrics_1m'::regclass, 'gpu_metrics_1m'::regclass,
                             'host_metrics_1h'::regclass, 'gpu_metrics_1h'::regclass)
    LOOP
        EXECUTE format('ALTER TABLE %s DROP CONSTRAINT %I', fk.tbl, fk.conname);
    END LOOP;
END
$$;

-- Statement-level, with the deleted rows as a transition table: one delete per metric table for
-- a whole DELETE ... WHERE, not one per row. A host's GPUs go by their own foreign key (ON DELETE
-- CASCADE), which fires the gpus trigger for their samples.
CREATE FUNCTION remotegpu_delete_host_samples() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM host_metrics m USING gone g WHERE m.host_id = g.id;
    DELETE FROM host_metrics_1m m USING gone g WHERE m.host_id = g.id;
    DELETE FROM host_metrics_1h m USING gone g WHERE m.host_id = g.id;
    RETURN NULL;
END
$$;

CREATE FUNCTION remotegpu_delete_gpu_samples() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM gpu_metrics m USING gone g WHERE m.gpu_id = g.id;
    DELETE FROM gpu_metrics_1m m USING gone g WHERE m.gpu_id = g.id;
    DELETE FROM gpu_metrics_1h m USING gone g WHERE m.gpu_id = g.id;
    RETURN NULL;
END
$$;

CREATE TRIGGER hosts_delete_samples AFTER DELETE ON hosts
    REFERENCING OLD TABLE AS gone FOR EACH STATEMENT
    EXECUTE FUNCTION remotegpu_delete_host_samples();
CREATE TRIGGER gpus_delete_samples AFTER DELETE ON gpus
    REFERENCING OLD TABLE AS gone FOR EACH STATEMENT
    EXECUTE FUNCTION remotegpu_delete_gpu_samples();
