# Sourced by .ci/run (and by hand for local runs): starts a throwaway PostgreSQL and Redis on
# loopback, each under `timeout` so they stop by themselves, and exports the URLs the tests use.
# Needs Debian's postgresql and redis-server packages.
set -euo pipefail

UPNEXT_SERVICES_DIR=${UPNEXT_SERVICES_DIR:-$(mktemp -d /tmp/upnext-services.XXXXXX)}
PG_PORT=${PG_PORT:-55432}
REDIS_PORT=${REDIS_PORT:-56379}
LIFETIME=${SERVICES_LIFETIME_SECONDS:-5400}

pg_bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
pg_data="$UPNEXT_SERVICES_DIR/pg"
mkdir -p "$pg_data"
chown -R postgres:postgres "$UPNEXT_SERVICES_DIR"
su postgres -s /bin/sh -c "'$pg_bin/initdb' -D '$pg_data' -A trust -U postgres --no-sync >/dev/null"
su postgres -s /bin/sh -c "timeout $LIFETIME '$pg_bin/postgres' -D '$pg_data' -h 127.0.0.1 -p $PG_PORT -k '$UPNEXT_SERVICES_DIR' -c fsync=off -c max_connections=200 >'$UPNEXT_SERVICES_DIR/pg.log' 2>&1 &"
timeout "$LIFETIME" redis-server --bind 127.0.0.1 --port "$REDIS_PORT" --save '' --appendonly no >"$UPNEXT_SERVICES_DIR/redis.log" 2>&1 &

for _ in $(seq 1 60); do
  if su postgres -s /bin/sh -c "'$pg_bin/pg_isready' -h 127.0.0.1 -p $PG_PORT -q" && redis-cli -h 127.0.0.1 -p "$REDIS_PORT" ping >/dev/null 2>&1; then
    break
  fi
  sleep 0.5
done
su postgres -s /bin/sh -c "'$pg_bin/psql' -h 127.0.0.1 -p $PG_PORT -U postgres -qc 'CREATE DATABASE upnext_test'" >/dev/null

export TEST_DATABASE_URL="postgres://postgres@127.0.0.1:$PG_PORT/upnext_test"
export TEST_REDIS_URL="redis://127.0.0.1:$REDIS_PORT"
echo "services: PostgreSQL on 127.0.0.1:$PG_PORT, Redis on 127.0.0.1:$REDIS_PORT (stop by themselves after ${LIFETIME}s)"
