#!/usr/bin/env bash
# Console benchmarks (issue "The operator console"): cold start to a usable sign-in dialog, the
# machines view over 10,000 machines (first page, UI stalls while scrolling to the end), and the
# dashboard's memory over many refreshes. Everything runs on this machine, under Xvfb, against
# a server of its own on a database of its own (seeded with bench/machine_list/seed.sql).
#   bench/console/run.sh BUILD_DIR ADMIN_DB_URL        e.g. bench/console/run.sh build "$(scripts/pg admin-url)"
# Environment: RUNS (cold starts, default 7), REFRESHES (dashboard, default 1200), INTERVAL_MS (100).
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
build=${1:?BUILD_DIR ADMIN_DB_URL}
admin_url=${2:?BUILD_DIR ADMIN_DB_URL}
RUNS=${RUNS:-7}
db=remotegpu_bench_console
db_url=$(python3 -c 'import sys,urllib.parse as u; p=u.urlsplit(sys.argv[1]); print(u.urlunsplit(p._replace(path="/"+sys.argv[2])))' "$admin_url" "$db")
psql -q "$admin_url" -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
password="Bench-$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')1"
scratch=$(mktemp -d)
REMOTEGPU_BOOTSTRAP_PASSWORD=$password REMOTEGPU_DEMO_PASSWORD=$password "$build/bin/remotegpu-server" \
  --listen "127.0.0.1:$port" --database-url "$db_url" --bootstrap-admin bench.admin --demo \
  >"$scratch/server.log" 2>&1 &
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
for _ in $(seq 1 300); do curl -sf "http://127.0.0.1:$port/readyz" >/dev/null 2>&1 && break; sleep 0.1; done
psql -q -v ON_ERROR_STOP=1 "$db_url" -f "$here/../machine_list/seed.sql"
echo "== $(psql -Atq "$db_url" -c 'SELECT count(*) FROM hosts') machines on the server"

echo "== cold start to a visible sign-in dialog, $RUNS runs"
times=()
for _ in $(seq 1 "$RUNS"); do
  start=$(date +%s%N)
  "$build/bin/remotegpu-console" --server "http://127.0.0.1:$port" >/dev/null 2>&1 &
  console=$!
  until xdotool search --onlyvisible --name "Sign in to RemoteGPU" >/dev/null 2>&1; do sleep 0.005; done
  end=$(date +%s%N)
  times+=($(( (end - start) / 1000000 )))
  kill "$console"; wait "$console" 2>/dev/null || true
done
printf '%s\n' "${times[@]}" | sort -n | awk '{v[NR]=$1} END {printf "cold start: median %d ms (min %d, max %d) over %d runs\n", v[int((NR+1)/2)], v[1], v[NR], NR}'

echo "== machines view over the fleet"
"$build/bench/console_bench" machines "http://127.0.0.1:$port" bench.admin "$password"

echo "== dashboard memory"
"$build/bench/console_bench" dashboard "http://127.0.0.1:$port" bench.admin "$password" "${REFRESHES:-1200}" "${INTERVAL_MS:-100}"
