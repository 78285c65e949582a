#!/usr/bin/env bash
# Allocated-versus-used benchmark: how long the usage reports take over long periods of a fully
# reporting fleet.
#
#   run.sh BUILD_DIR ADMIN_DB_URL
#       Creates the database remotegpu_bench_usage via ADMIN_DB_URL (`scripts/pg admin-url`),
#       starts BUILD_DIR/bin/remotegpu-server on it with a bootstrap admin, loads seed.sql (HOSTS
#       machines × 8 GPUs held by 10 tenants for DAYS days, one 1-minute rollup row per GPU and
#       minute, and the one-hour rollups the server would make of them), then asks each report
#       REPEAT times for the last DAYS days and the last 7 days and prints the median and the
#       slowest answer; then again with the hourly counts set aside (every minute counted, as
#       before sql/0028). Stops the server and drops the database.
# Environment: HOSTS (default 50), DAYS (default 30), REPEAT (default 5).
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
build=${1:?BUILD_DIR ADMIN_DB_URL}
admin_url=${2:?BUILD_DIR ADMIN_DB_URL}
HOSTS=${HOSTS:-50}
DAYS=${DAYS:-30}
REPEAT=${REPEAT:-5}
db=remotegpu_bench_usage
db_url="${admin_url%/*}/$db"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
password="Bench-$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')1"

psql -q "$admin_url" -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db"
REMOTEGPU_BOOTSTRAP_PASSWORD=$password "$build/bin/remotegpu-server" --listen "127.0.0.1:$port" \
  --database-url "$db_url" --bootstrap-admin bench.admin --log-level warning >/tmp/remotegpu-bench-usage.log 2>&1 &
server=$!
cleanup() {
  kill "$server" 2>/dev/null || true
  wait "$server" 2>/dev/null || true
  psql -q "$admin_url" -c "DROP DATABASE IF EXISTS $db" || true
}
trap cleanup EXIT
for _ in $(seq 1 100); do curl -sf "http://127.0.0.1:$port/readyz" >/dev/null 2>&1 && break; sleep 0.2; done

start=$(date +%s)
psql -q -v ON_ERROR_STOP=1 -v hosts="$HOSTS" -v days="$DAYS" "$db_url" -f "$here/seed.sql" >/dev/null
rows=$(psql -Atc "SELECT count(*) FROM gpu_metrics_1m" "$db_url")
echo "== $HOSTS machines x 8 GPUs, $DAYS days: $rows rollup rows loaded in $(( $(date +%s) - start )) s ($(date -u +%FT%TZ), load $(cut -d' ' -f1-3 /proc/loadavg))"

token=$(curl -sf -H 'Content-Type: application/json' \
  -d "{\"username\":\"bench.admin\",\"password\":\"$password\"}" "http://127.0.0.1:$port/api/auth/login" |
  python3 -c 'import json,sys; print(json.load(sys.stdin)["data"]["accessToken"])')

report() {
  for period in "$DAYS" 7; do
    to=$(date -u +%FT%TZ)
    from=$(date -u -d "-$period days" +%FT%TZ)
    for route in customers resources allocations; do
      times=()
      for _ in $(seq "$REPEAT"); do
        times+=("$(curl -s -o /dev/null -w '%{http_code} %{time_total}' -H "Authorization: Bearer $token" \
          "http://127.0.0.1:$port/api/admin/statistics/$route?from=$from&to=$to")")
      done
      printf '%s\n' "${times[@]}" | python3 -c '
import sys, statistics
rows = [l.split() for l in sys.stdin if l.strip()]
codes = {r[0] for r in rows}
t = sorted(float(r[1]) * 1000 for r in rows)
http = ",".join(sorted(codes))
print(f"  last {sys.argv[1]:>2} days  /statistics/{sys.argv[2]:<12} median {statistics.median(t):8.0f} ms  slowest {t[-1]:8.0f} ms  (HTTP {http})")
' "$period" "$route"
    done
  done
}

totals() {
  curl -s -H "Authorization: Bearer $token" \
    "http://127.0.0.1:$port/api/admin/statistics/allocations?from=$(date -u -d "-$DAYS days" +%FT%H:00:00Z)&to=$(date -u +%FT%H:00:00Z)" |
    python3 -c 'import json,sys; t=json.load(sys.stdin)["data"]["totals"]; print("  totals over the last whole hours:", {k: t[k] for k in ("heldGpuHours","busyGpuHours","unreportedGpuHours")})'
}

echo "-- whole hours from the hourly counts ($(psql -Atc "SELECT count(*) FROM gpu_metrics_1h WHERE busy_threshold IS NOT NULL" "$db_url") hourly rows counted)"
totals
report
# The same data without usable hourly counts: every minute is counted, as before sql/0028.
psql -q "$db_url" -c "UPDATE gpu_metrics_1h SET busy_threshold = NULL" -c "VACUUM gpu_metrics_1h"
echo "-- every minute counted (hourly counts set aside)"
totals
report
