-- 0014: agent_key_jobs — SSH public keys the host agent must install or remove.
--
-- On allocation the server queues one 'install' job per SSH key of the tenant (the owner's and
-- its members' keys, ssh_keys.tenant_id) for the allocated host; on reclaim or expiry it queues
-- the matching 'remove' jobs. The agent polls its host's pending jobs and marks them done or
-- failed. public_key is copied, not referenced: a key deleted after the allocation ended must
-- still be removable from the machine, so ssh_key_id is only informative (SET NULL).
-- customer_id is the tenant (owner) the key belongs to, for tenant-scoped queries.
CREATE TABLE agent_key_jobs (
    id             BIGSERIAL PRIMARY KEY,
    host_id        VARCHAR(64) NOT NULL REFERENCES hosts (id) ON DELETE CASCADE,
    customer_id    BIGINT NOT NULL REFERENCES customers (id) ON DELETE RESTRICT,
    ssh_key_id     BIGINT REFERENCES ssh_keys (id) ON DELETE SET NULL,
    public_key     TEXT NOT NULL,
    action         VARCHAR(16) NOT NULL CHECK (action IN ('install', 'remove')),
    status         VARCHAR(16) NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'done', 'failed')),
    allocation_id  VARCHAR(64) REFERENCES allocations (id) ON DELETE RESTRICT,
    created_at     TIMESTAMPTZ NOT NULL DEFAULT now(),
    done_at        TIMESTAMPTZ,
    CONSTRAINT agent_key_jobs_done_check CHECK (status = 'pending' OR done_at IS NOT NULL)
);
-- The agent's poll: its host's pending jobs, oldest first.
CREATE INDEX idx_agent_key_jobs_host_pending ON agent_key_jobs (host_id, created_at) WHERE status = 'pending';
CREATE INDEX idx_agent_key_jobs_customer_id ON agent_key_jobs (customer_id);
CREATE INDEX idx_agent_key_jobs_allocation_id ON agent_key_jobs (allocation_id);
CREATE INDEX idx_agent_key_jobs_ssh_key_id ON agent_key_jobs (ssh_key_id);
