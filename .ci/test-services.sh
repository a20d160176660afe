#!/usr/bin/env bash
# Throwaway PostgreSQL and Redis on loopback for the test suites. One script for every caller:
# `.ci/services.sh` (sourced by .ci/run and by hand), jest's global setup (`npm test`), the fault
# suite (which stops and restarts them) and the bench.
#
#   test-services.sh available          exit 0 when both servers' binaries are installed
#   test-services.sh up                 init + start both; prints TEST_DATABASE_URL=… and TEST_REDIS_URL=…
#   test-services.sh stop pg|redis      stop one (data kept)
#   test-services.sh start pg|redis     start it again on the same port and data
#   test-services.sh down               stop both and remove the directory
#
# Settings (environment): UPNEXT_SERVICES_DIR (state: data, logs, ports), PG_PORT, REDIS_PORT,
# SERVICES_LIFETIME_SECONDS (each server runs under `timeout`, so it stops by itself).
# Needs Debian's postgresql and redis-server packages. As root, PostgreSQL runs as `postgres`.
set -euo pipefail

cmd=${1:-}
what=${2:-}

pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }

if [ "$cmd" = available ]; then
  [ -n "$(pg_bin)" ] && [ -x "$(pg_bin)/postgres" ] && command -v redis-server >/dev/null 2>&1 && command -v redis-cli >/dev/null 2>&1
  exit $?
fi

dir=${UPNEXT_SERVICES_DIR:?UPNEXT_SERVICES_DIR must name the services directory}
mkdir -p "$dir"
# Ports are remembered in the directory so stop/start need only the directory.
[ -f "$dir/ports" ] && . "$dir/ports"
PG_PORT=${PG_PORT:-55432}
REDIS_PORT=${REDIS_PORT:-56379}
LIFETIME=${SERVICES_LIFETIME_SECONDS:-5400}
bin=$(pg_bin)
pg_data="$dir/pg"

as_pg() {
  if [ "$(id -u)" = 0 ]; then su postgres -s /bin/sh -c "$1"; else sh -c "$1"; fi
}

start_pg() {
  as_pg "timeout $LIFETIME '$bin/postgres' -D '$pg_data' -h 127.0.0.1 -p $PG_PORT -k '$dir' -c fsync=off -c max_connections=200 >>'$dir/pg.log' 2>&1 &"
  for _ in $(seq 1 120); do
    as_pg "'$bin/pg_isready' -h 127.0.0.1 -p $PG_PORT -q" && return 0
    sleep 0.25
  done
  echo "PostgreSQL did not start on 127.0.0.1:$PG_PORT (see $dir/pg.log)" >&2
  return 1
}

start_redis() {
  timeout "$LIFETIME" redis-server --bind 127.0.0.1 --port "$REDIS_PORT" --save '' --appendonly no >>"$dir/redis.log" 2>&1 &
  echo $! >"$dir/redis.pid"
  for _ in $(seq 1 120); do
    redis-cli -h 127.0.0.1 -p "$REDIS_PORT" ping >/dev/null 2>&1 && return 0
    sleep 0.25
  done
  echo "Redis did not start on 127.0.0.1:$REDIS_PORT (see $dir/redis.log)" >&2
  return 1
}

stop_pg() {
  [ -f "$pg_data/postmaster.pid" ] || return 0
  as_pg "'$bin/pg_ctl' -D '$pg_data' stop -m immediate -w >/dev/null 2>&1" || true
}

stop_redis() {
  redis-cli -h 127.0.0.1 -p "$REDIS_PORT" shutdown nosave >/dev/null 2>&1 || true
  for _ in $(seq 1 40); do
    redis-cli -h 127.0.0.1 -p "$REDIS_PORT" ping >/dev/null 2>&1 || return 0
    sleep 0.25
  done
}

case "$cmd" in
  up)
    printf 'PG_PORT=%s\nREDIS_PORT=%s\n' "$PG_PORT" "$REDIS_PORT" >"$dir/ports"
    mkdir -p "$pg_data"
    [ "$(id -u)" = 0 ] && chown -R postgres:postgres "$dir"
    # Idempotent: a directory from an earlier `up` is reused, its servers started if stopped.
    fresh=0
    if [ ! -f "$pg_data/PG_VERSION" ]; then
      as_pg "'$bin/initdb' -D '$pg_data' -A trust -U postgres --no-sync >/dev/null"
      fresh=1
    fi
    as_pg "'$bin/pg_isready' -h 127.0.0.1 -p $PG_PORT -q" || start_pg
    redis-cli -h 127.0.0.1 -p "$REDIS_PORT" ping >/dev/null 2>&1 || start_redis
    [ $fresh = 1 ] && as_pg "'$bin/psql' -h 127.0.0.1 -p $PG_PORT -U postgres -qc 'CREATE DATABASE upnext_test'" >/dev/null
    echo "TEST_DATABASE_URL=postgres://postgres@127.0.0.1:$PG_PORT/upnext_test"
    echo "TEST_REDIS_URL=redis://127.0.0.1:$REDIS_PORT"
    ;;
  stop)
    case "$what" in pg) stop_pg ;; redis) stop_redis ;; *) echo "stop pg|redis" >&2; exit 64 ;; esac
    ;;
  start)
    case "$what" in pg) start_pg ;; redis) start_redis ;; *) echo "start pg|redis" >&2; exit 64 ;; esac
    ;;
  down)
    stop_redis
    stop_pg
    rm -rf "$dir"
    ;;
  *)
    echo "usage: test-services.sh available|up|stop pg|redis|start pg|redis|down" >&2
    exit 64
    ;;
esac
