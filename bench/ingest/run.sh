#!/usr/bin/env bash
# Heartbeat ingest benchmark: sustained load of N hosts x G GPUs, one heartbeat each every
# INTERVAL seconds, against a real remotegpu-server on its own database; prints the generator's
# figures (sent, refused, lost, client p50/p95/p99) and the server's own p99 for the route from
# /metrics, and the rows stored.
#
#   run.sh BUILD_DIR ADMIN_DB_URL N [N ...]
#       ADMIN_DB_URL: a URL of the cluster's maintenance database (`scripts/pg admin-url`).
#       For each N: (re)creates the database remotegpu_bench_ingest, starts the server on it,
#       registers N machines (bench-<i>, 8 GPUs each) with agent tokens bench-token-<i>, runs the
#       load for DURATION seconds, stops the server.
# Environment: GPUS (default 8), INTERVAL (10), DURATION (60), CONNECTIONS (32), WORKERS (server
# --workers, default 48: a heartbeat waiting for its batch holds one), SIMULATOR=1 to use BUILD_DIR/bin/remotegpu-agent --simulate N (contract
# C4: it enrols its hosts itself) instead of bench/ingest_load. EXTRA_SQL: statements run on the
# database after the machines are registered, for an A/B of a schema change in one run (the
# foreign keys that sql/0026 dropped, put back: docs/benchmarks.md).
set -euo pipefail
build=${1:?BUILD_DIR ADMIN_DB_URL N...}
admin_url=${2:?BUILD_DIR ADMIN_DB_URL N...}
shift 2
GPUS=${GPUS:-8}
INTERVAL=${INTERVAL:-10}
DURATION=${DURATION:-60}
CONNECTIONS=${CONNECTIONS:-32}
WORKERS=${WORKERS:-48}
db=remotegpu_bench_ingest
db_url="${admin_url%/*}/$db"
port=18431
enroll=bench-enrollment-token-0123456789

for n in "$@"; do
  psql "$admin_url" -qc "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db" >/dev/null
  "$build/bin/remotegpu-server" --database-url "$db_url" --listen "127.0.0.1:$port" --workers "$WORKERS" \
    --log-level warning --agent-enrollment-token "$enroll" >/tmp/remotegpu-bench-ingest.log 2>&1 &
  server=$!
  trap 'kill $server 2>/dev/null || true' EXIT
  for _ in $(seq 100); do curl -sf "http://127.0.0.1:$port/readyz" >/dev/null && break; sleep 0.2; done
  psql "$db_url" -q -v ON_ERROR_STOP=1 <<SQL
INSERT INTO hosts (id, name, ip_address, total_cpu, total_memory_gb, total_gpu, agent_token_hash)
SELECT 'bench-' || i, 'bench-' || i, '10.' || (i / 65536) || '.' || (i / 256 % 256) || '.' || (i % 256), 64, 512, $GPUS,
       encode(sha256(('bench-token-' || i)::bytea), 'hex')
FROM generate_series(0, $n - 1) i;
INSERT INTO gpus (host_id, index, name, memory_total_mb)
SELECT 'bench-' || i, g, 'NVIDIA H100 80GB HBM3', 81559 FROM generate_series(0, $n - 1) i, generate_series(0, $GPUS - 1) g;
SQL
  if [ -n "${EXTRA_SQL:-}" ]; then psql "$db_url" -q -v ON_ERROR_STOP=1 -c "$EXTRA_SQL"; fi
  echo "== N=$n hosts x $GPUS GPUs every ${INTERVAL}s for ${DURATION}s ($(date -u +%FT%TZ), load $(cut -d' ' -f1-3 /proc/loadavg))"
  if [ "${SIMULATOR:-0}" = 1 ] && [ -x "$build/bin/remotegpu-agent" ]; then
    timeout "$DURATION" "$build/bin/remotegpu-agent" --simulate "$n" --server "http://127.0.0.1:$port" \
      --enroll-token "$enroll" --host-id-prefix bench- --interval "$INTERVAL" --gpus-per-host "$GPUS" || true
  else
    "$build/bench/ingest_load" 127.0.0.1 "$port" "$n" "$GPUS" "$INTERVAL" "$DURATION" "$CONNECTIONS" || true
  fi
  curl -s "http://127.0.0.1:$port/metrics" | python3 -c '
import sys, re
buckets = {}
total = 0
for line in sys.stdin:
    if "/api/agent/heartbeat" not in line: continue
    m = re.match(r"\S+_bucket\{.*le=\"([^\"]+)\".*\} (\S+)", line)
    if m: buckets[m.group(1)] = buckets.get(m.group(1), 0) + float(m.group(2))
if buckets:
    total = buckets.get("+Inf", 0)
    for le, c in sorted(((float(k), v) for k, v in buckets.items())):
        if total and c >= 0.99 * total:
            print(f"server p99 <= {le * 1000:.0f} ms over {int(total)} heartbeat requests"); break
'
  psql "$db_url" -Atc "SELECT 'stored host rows ' || (SELECT count(*) FROM host_metrics) || ', gpu rows ' || (SELECT count(*) FROM gpu_metrics)"
  kill "$server"; wait "$server" 2>/dev/null || true
  trap - EXIT
done
psql "$admin_url" -qc "DROP DATABASE IF EXISTS $db" >/dev/null
