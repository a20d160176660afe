# Sourced by .ci/run (and by hand for local runs): starts a throwaway PostgreSQL and Redis on
# loopback, each under `timeout` so they stop by themselves, and exports the URLs the tests use.
# The work is done by test-services.sh, which jest's global setup and the fault suite call too.
# Needs Debian's postgresql and redis-server packages.
set -euo pipefail

export UPNEXT_SERVICES_DIR=${UPNEXT_SERVICES_DIR:-$(mktemp -d /tmp/upnext-services.XXXXXX)}
export PG_PORT=${PG_PORT:-55432}
export REDIS_PORT=${REDIS_PORT:-56379}
_upnext_services=$(bash "$(dirname "${BASH_SOURCE[0]}")/test-services.sh" up)
export TEST_DATABASE_URL TEST_REDIS_URL
eval "$_upnext_services"
unset _upnext_services
echo "services: PostgreSQL on 127.0.0.1:$PG_PORT, Redis on 127.0.0.1:$REDIS_PORT (stop by themselves after ${SERVICES_LIFETIME_SECONDS:-5400}s)"
