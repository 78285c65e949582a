#!/usr/bin/env bash
# The live feed's benchmark: WebSocket fan-out latency (pg_notify → client) with 500 hosts'
# events at 50 events/s, and the console's CPU while its dashboard, then its Machines list, runs
# live with 500 hosts' metrics every 10 s (also 50 events/s). A server of its own on a database of its own; the
# console part under Xvfb.
#   bench/realtime/run.sh BUILD_DIR ADMIN_DB_URL      e.g. bench/realtime/run.sh build "$(scripts/pg admin-url)"
# Environment: SECONDS_EACH (default 60), CLIENTS (sockets for the latency part, default 10).
set -euo pipefail
build=${1:?BUILD_DIR ADMIN_DB_URL}
admin_url=${2:?BUILD_DIR ADMIN_DB_URL}
seconds=${SECONDS_EACH:-60}
clients=${CLIENTS:-10}
db=remotegpu_bench_realtime
db_url=$(python3 -c 'import sys,urllib.parse as u; p=u.urlsplit(sys.argv[1]); print(u.urlunsplit(p._replace(path="/"+sys.argv[2])))' "$admin_url" "$db")
psql -q "$admin_url" -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
password="Bench-$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')1"
scratch=$(mktemp -d)
REMOTEGPU_BOOTSTRAP_PASSWORD=$password REMOTEGPU_DEMO_PASSWORD=$password "$build/bin/remotegpu-server" \
  --listen "127.0.0.1:$port" --database-url "$db_url" --bootstrap-admin bench.admin --demo \
  --log-level warning >"$scratch/server.log" 2>&1 &
server=$!
display=":$(( (RANDOM % 400) + 500 ))"
Xvfb "$display" -screen 0 1440x900x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
cleanup() {
  kill "$server" "$xvfb" 2>/dev/null || true
  wait 2>/dev/null || true
  psql -q "$admin_url" -c "DROP DATABASE IF EXISTS $db" || true
  rm -rf "$scratch"
}
trap cleanup EXIT
export DISPLAY=$display XDG_CONFIG_HOME="$scratch/config" DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent
for _ in $(seq 1 600); do curl -sf "http://127.0.0.1:$port/readyz" >/dev/null 2>&1 && break; sleep 0.1; done
bench="$build/bench/realtime_bench"
echo "== machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), load $(cut -d' ' -f1-3 /proc/loadavg)"

for kind in host_status metrics; do
  echo "== fan-out latency: $kind, 500 hosts, 50 events/s, $clients sockets, $seconds s"
  "$bench" latency "http://127.0.0.1:$port" bench.admin "$password" "$clients" $((seconds + 3)) >"$scratch/latency.out" &
  receiver=$!
  until grep -q ready "$scratch/latency.out" 2>/dev/null; do sleep 0.1; done
  "$bench" publish "$db_url" 50 500 "$seconds" "$kind"
  wait "$receiver"
  cat "$scratch/latency.out"
done

# The console's CPU in one role of realtime_bench (console: the dashboard; machines: the Machines
# list) while the publisher sends 500 hosts' metrics every 10 s.
console_cpu() { # ROLE TITLE
  echo "== $2, live with 500 hosts' metrics per 10 s, $seconds s"
  "$bench" "$1" "http://127.0.0.1:$port" bench.admin "$password" "$seconds" >"$scratch/$1.out" &
  local viewer=$!
  until grep -q ready "$scratch/$1.out" 2>/dev/null; do sleep 0.1; done
  "$bench" publish "$db_url" 50 500 $((seconds + 5)) metrics >/dev/null &
  local publisher=$!
  wait "$viewer"
  kill "$publisher" 2>/dev/null || true
  cat "$scratch/$1.out"
}

console_cpu console "console dashboard CPU"

# The Machines list live: the 500 hosts the events name exist (online, 8 GPUs each), the list
# shows its first page of 100 (bench-0001 … bench-0100, by name) and follows their metrics. They
# report "every hour", so the offline detector leaves them online while only events arrive.
psql -q "$db_url" -v ON_ERROR_STOP=1 >/dev/null <<'SQL'
INSERT INTO hosts (id, name, ip_address, status, total_cpu, total_memory_gb, total_gpu, last_heartbeat,
                   agent_interval_seconds)
SELECT 'bench-' || lpad(i::text, 4, '0'), 'bench-' || lpad(i::text, 4, '0'),
       '10.250.' || (i / 256) || '.' || (i % 256), 'online', 64, 512, 8, now(), 3600
FROM generate_series(1, 500) i;
SQL
console_cpu machines "console Machines list CPU"
