-- 0018: when each host's agent last reported its GPU processes, kept apart from the rows.
--
-- host_processes (0016) holds the rows of the latest report, so a report of no processes left
-- no trace of its time, and a report that arrived late (retried, or delayed on the network)
-- replaced a newer one. HostProcessRepository::replaceForHost now keeps the report time here,
-- under the host's row lock, and refuses a report older than the one stored.
CREATE TABLE host_process_snapshots (
    host_id     VARCHAR(64) PRIMARY KEY REFERENCES hosts (id) ON DELETE CASCADE,
    reported_at TIMESTAMPTZ NOT NULL
);
COMMENT ON TABLE host_process_snapshots IS 'time of the latest GPU process report per host, also when it listed no process';

INSERT INTO host_process_snapshots (host_id, reported_at)
SELECT host_id, max(reported_at) FROM host_processes GROUP BY host_id;
