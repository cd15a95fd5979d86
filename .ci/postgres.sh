#!/usr/bin/env bash
# Starts (or stops) a throw-away PostgreSQL for the integration tests: loopback only, as the
# 'postgres' user (the server refuses root), in its own data folder. Installs Debian's package
# when no server is present.
#   .ci/postgres.sh start   -> prints the export lines for KINTSUGI_IT_DB_*
#   .ci/postgres.sh stop
set -euo pipefail

PORT="${KINTSUGI_IT_PG_PORT:-55432}"
DATA="${KINTSUGI_IT_PG_DATA:-/tmp/kintsugi-it-pg}"
DB=kintsugi_it
ROLE=kintsugi_it
PASSWORD="${KINTSUGI_IT_PG_PASSWORD:-kintsugi-it-only-password}"
# Tests trade durability for speed; a benchmark sets KINTSUGI_IT_PG_DURABLE=1 for production's fsync.
SPEED="-c fsync=off -c synchronous_commit=off"
[ "${KINTSUGI_IT_PG_DURABLE:-0}" = 1 ] && SPEED=""
# More server settings for one run, such as a benchmark's statement statistics.
SPEED="$SPEED ${KINTSUGI_IT_PG_OPTIONS:-}"

pg_bin() {
    local dir
    dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
    if [ -z "$dir" ] || [ ! -x "$dir/initdb" ]; then
        echo "PostgreSQL server not found; installing Debian's postgresql package" >&2
        export DEBIAN_FRONTEND=noninteractive
        apt-get update -qq >&2 && apt-get install -y -qq postgresql >&2
        # The package may start its own cluster on 5432; we only use ours.
        dir=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
    fi
    echo "$dir"
}

as_postgres() {
    if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case "${1:-start}" in
start)
    BIN=$(pg_bin)
    if ! as_postgres "$BIN/pg_ctl" -D "$DATA" status >/dev/null 2>&1; then
        rm -rf "$DATA"
        mkdir -p "$DATA"
        [ "$(id -u)" = 0 ] && chown postgres:postgres "$DATA"
        PWFILE="$DATA.pw"
        echo "$PASSWORD" > "$PWFILE"
        [ "$(id -u)" = 0 ] && chown postgres:postgres "$PWFILE"
        as_postgres "$BIN/initdb" -D "$DATA" -U postgres --auth=scram-sha-256 --pwfile="$PWFILE" \
            -E UTF8 --locale=C.UTF-8 >/dev/null
        rm -f "$PWFILE"
        as_postgres "$BIN/pg_ctl" -D "$DATA" -l "$DATA/server.log" -w \
            -o "-c listen_addresses=127.0.0.1 -c port=$PORT -c unix_socket_directories=$DATA $SPEED -c max_connections=100" start >/dev/null
        PGPASSWORD="$PASSWORD" psql -h 127.0.0.1 -p "$PORT" -U postgres -d postgres -v ON_ERROR_STOP=1 -q <<SQL >&2
CREATE ROLE $ROLE LOGIN PASSWORD '$PASSWORD';
CREATE DATABASE $DB OWNER $ROLE;
SQL
    fi
    echo "export KINTSUGI_IT_DB_URL=jdbc:postgresql://127.0.0.1:$PORT/$DB"
    echo "export KINTSUGI_IT_DB_USER=$ROLE"
    echo "export KINTSUGI_IT_DB_PASSWORD=$PASSWORD"
    # The server's superuser, for tests that make databases and roles of their own (same throw-away password).
    echo "export KINTSUGI_IT_DB_ADMIN_USER=postgres"
    echo "export KINTSUGI_IT_DB_ADMIN_PASSWORD=$PASSWORD"
    ;;
stop)
    BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
    if [ -n "$BIN" ] && [ -d "$DATA" ]; then
        as_postgres "$BIN/pg_ctl" -D "$DATA" -m fast -w stop >/dev/null 2>&1 || true
    fi
    ;;
*)
    echo "usage: $0 start|stop" >&2
    exit 2
    ;;
esac
