#!/usr/bin/env bash
# Machine-list benchmark (issue "The fleet API", item 1; target: page of 50 with its total,
# filtered, over 10,000 machines, p99 <= 50 ms at 64 connections).
#
#   run.sh SERVER_URL ADMIN_TOKEN DB_URL
#       DB_URL is the database the server at SERVER_URL runs on: a migrated database of its own
#       for the benchmark (seed.sql replaces its bench-* rows). Seeds 10,000 machines, then runs
#       wrk (64 connections, 20 s) against GET /api/admin/machines and pgbench (64 clients, 20 s,
#       -M prepared) with the same SQL as MachineRepository::list, and prints requests/s and p99
#       of both.
#   run.sh --local BUILD_DIR ADMIN_DB_URL
#       Does the whole thing on this machine: creates the database remotegpu_bench_machines via
#       ADMIN_DB_URL (e.g. `scripts/pg admin-url`), starts BUILD_DIR/bin/remotegpu-server on it
#       with a bootstrap admin, signs in, runs the above, then stops the server and drops the
#       database.
# Environment: DURATION (default 20), CONNECTIONS (default 64), FILTERS (JSON, default
# {"status":["online"],"region":["beijing"],"gpuCountMin":8}; list.sql matches the default only).
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
DURATION=${DURATION:-20}
CONNECTIONS=${CONNECTIONS:-64}
FILTERS=${FILTERS:-'{"status":["online"],"region":["beijing"],"gpuCountMin":8}'}

need() { command -v "$1" >/dev/null || { echo "run.sh: $1 not found (scripts/setup installs it)" >&2; exit 1; }; }
need wrk; need pgbench; need psql; need curl; need python3

if [ "${1:-}" = "--local" ]; then
  build=${2:?--local BUILD_DIR ADMIN_DB_URL}
  admin_url=${3:?--local BUILD_DIR ADMIN_DB_URL}
  db=remotegpu_bench_machines
  db_url=$(python3 -c 'import sys,urllib.parse as u; p=u.urlsplit(sys.argv[1]); print(u.urlunsplit(p._replace(path="/"+sys.argv[2])))' "$admin_url" "$db")
  psql -q "$admin_url" -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db"
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
  password="Bench-$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')1"
  log=$(mktemp)
  server_bin=
  for candidate in "$build/bin/remotegpu-server" "$build/backend/remotegpu-server"; do
    [ -x "$candidate" ] && { server_bin=$candidate; break; }
  done
  [ -n "$server_bin" ] || { echo "run.sh: no remotegpu-server in $build" >&2; exit 1; }
  REMOTEGPU_BOOTSTRAP_PASSWORD=$password "$server_bin" \
    --listen "127.0.0.1:$port" --database-url "$db_url" --bootstrap-admin bench.admin \
    --log-level warning >"$log" 2>&1 &
  server=$!
  cleanup() {
    kill "$server" 2>/dev/null || true
    wait "$server" 2>/dev/null || true
    psql -q "$admin_url" -c "DROP DATABASE IF EXISTS $db" || true
    rm -f "$log"
  }
  trap cleanup EXIT
  for _ in $(seq 1 100); do
    curl -sf "http://127.0.0.1:$port/healthz" >/dev/null 2>&1 && break
    sleep 0.1
  done
  token=$(curl -sf -H 'Content-Type: application/json' \
    -d "{\"username\":\"bench.admin\",\"password\":\"$password\"}" \
    "http://127.0.0.1:$port/api/auth/login" |
    python3 -c 'import json,sys; print(json.load(sys.stdin)["data"]["accessToken"])')
  "$0" "http://127.0.0.1:$port" "$token" "$db_url"
  exit 0
fi

server_url=${1:?usage: run.sh SERVER_URL ADMIN_TOKEN DB_URL | run.sh --local BUILD_DIR ADMIN_DB_URL}
token=${2:?ADMIN_TOKEN}
db_url=${3:?DB_URL}

echo "== seeding 10,000 machines"
psql -q -v ON_ERROR_STOP=1 "$db_url" -f "$here/seed.sql"
psql -Atq "$db_url" -c "SELECT count(*) || ' hosts, ' || (SELECT count(*) FROM gpus) || ' gpus, ' || (SELECT count(*) FROM allocations WHERE status = 'active') || ' active allocations' FROM hosts"

filters=$(python3 -c 'import sys,urllib.parse as u; print(u.quote(sys.argv[1], safe=""))' "$FILTERS")
path="/api/admin/machines?page=3&pageSize=50&sortBy=name&filters=$filters"
check=$(curl -s -H "Authorization: Bearer $token" "$server_url$path")
echo "$check" | python3 -c 'import json,sys; d=json.load(sys.stdin); assert d["code"]==0, d; print("== page 3 of", d["data"]["total"], "matching machines,", len(d["data"]["list"]), "rows")'

echo "== wrk: $CONNECTIONS connections, ${DURATION}s, GET $path"
wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --latency -H "Authorization: Bearer $token" \
  "$server_url$path" | tee /tmp/machine_list_wrk.$$ | grep -E 'Requests/sec|99%|Non-2xx|Socket errors|Latency ' || true
rm -f /tmp/machine_list_wrk.$$

pgrun() {
  local file=$1 dir
  dir=$(mktemp -d)
  (cd "$dir" && pgbench -n -c "$CONNECTIONS" -j 2 -T "$DURATION" -M prepared -l \
     -D 'statuses={"online","allocated"}' -D 'regions={"beijing"}' -f "$here/$file" "$db_url" 2>&1 |
     grep -E '^(tps|latency average|number of failed)' )
  cat "$dir"/pgbench_log.* | awk '{print $3}' | sort -n |
    awk '{v[NR]=$1} END {i=int(NR*0.99); if (i<1) i=1; printf "p99 latency = %.3f ms (%d transactions)\n", v[i]/1000, NR}'
  rm -rf "$dir"
}
echo "== pgbench list.sql (count, then page: what the server runs)"
pgrun list.sql
