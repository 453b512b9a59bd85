#!/usr/bin/env bash
# Starts (or finds running) a private PostgreSQL cluster for the tests and benchmarks of the PostgreSQL store, and
# prints its connection string on stdout (the last line). Idempotent: a second call prints the same string.
# - Unix socket only (listen_addresses=''): no TCP port, no traffic beyond this machine.
# - Binaries from Debian's postgresql package, installed with apt-get when missing (as root).
# - initdb refuses to run as root, so as root the cluster runs as the 'postgres' user (created by the package).
# Settings: CONNECTORS_PG_DIR (default /tmp/connectors-pg-<hash of this checkout's path>, so checkouts on one machine
# never share a server), CONNECTORS_PG_PORT (default 55432; names the socket).
# Usage: export CONNECTORS_TEST_POSTGRES="$(bash scripts/start-postgres.sh)"
#        bash scripts/start-postgres.sh --restart   (pg_ctl restart -m fast; the cluster tests use it)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
dir="${CONNECTORS_PG_DIR:-/tmp/connectors-pg-$(printf %s "$root" | md5sum | cut -c1-8)}"
port="${CONNECTORS_PG_PORT:-55432}"
log() { echo "start-postgres: $*" >&2; }

find_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }
bin="$(find_bin)"
if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
    if [ "$(id -u)" -ne 0 ]; then
        log "PostgreSQL is not installed and this user cannot install it (apt-get install postgresql as root)"; exit 1
    fi
    log "installing Debian's postgresql package"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >&2
    apt-get install -y -qq postgresql >&2
    bin="$(find_bin)"
fi

# Run the server's tools as 'postgres' when root, as ourselves otherwise.
if [ "$(id -u)" -eq 0 ]; then
    id postgres >/dev/null 2>&1 || useradd --system --home-dir "$dir" --shell /usr/sbin/nologin postgres
    as() { runuser -u postgres -- "$@"; }
    owner=postgres
else
    as() { "$@"; }
    owner="$(id -un)"
fi

mkdir -p "$dir"
chown "$owner" "$dir" 2>/dev/null || true
chmod 700 "$dir"
connection="Host=$dir;Port=$port;Username=postgres;Database=postgres"

if [ ! -s "$dir/data/PG_VERSION" ]; then
    log "initdb in $dir/data"
    rm -rf "$dir/data"
    as "$bin/initdb" -D "$dir/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
fi

server_options="-p $port -k $dir -c listen_addresses='' -c max_connections=300 -c shared_buffers=64MB"
if [ "${1:-}" = "--restart" ] && as "$bin/pg_ctl" -D "$dir/data" status >/dev/null 2>&1; then
    log "restarting the server ($dir)"
    as "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 -m fast restart -o "$server_options" >/dev/null
elif as "$bin/pg_ctl" -D "$dir/data" status >/dev/null 2>&1; then
    log "already running ($dir, socket port $port)"
else
    # A stale pid file from a killed server is removed by pg_ctl itself; a stale socket lock is not.
    rm -f "$dir/.s.PGSQL.$port.lock"
    log "starting the server ($dir, socket port $port)"
    as "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 start -o "$server_options" >/dev/null \
        || { log "the server did not start; its log:"; tail -n 30 "$dir/server.log" >&2; exit 1; }
fi

as "$bin/pg_isready" -h "$dir" -p "$port" -t 30 >/dev/null || { log "the server does not answer"; exit 1; }
echo "$connection"
