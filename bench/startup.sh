#!/usr/bin/env bash
# Start-up benchmark: time from `bin/start` to the first 200 of /api/health, with an empty data
# folder and on a restart, and resident memory once booted. Uses the embedded database, a copy of
# the built distribution, and loopback ports of its own; stops only the Karaf it started.
#   bench/startup.sh [runs]      (build first: mvn -B -ntp install -DskipTests)
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS="${1:-3}"
TARBALL=$(ls distribution/target/kintsugi-distribution-*.tar.gz)
WORK=$(mktemp -d /tmp/kintsugi-bench.XXXXXX)
tar xzf "$TARBALL" -C "$WORK"
HOME_DIR=$(ls -d "$WORK"/kintsugi-distribution-*)
export KINTSUGI_HTTP_PORT="${KINTSUGI_HTTP_PORT:-18181}" KINTSUGI_SSH_PORT=18101 \
       KINTSUGI_RMI_REGISTRY_PORT=11099 KINTSUGI_RMI_SERVER_PORT=14444
URL="http://127.0.0.1:$KINTSUGI_HTTP_PORT/api/health"

karaf_pid() { cat "$HOME_DIR/karaf.pid" 2>/dev/null || true; }

stop() {
    local pid
    pid=$(karaf_pid)
    "$HOME_DIR/bin/stop" >/dev/null 2>&1 || true
    if [ -n "$pid" ]; then
        for _ in $(seq 1 300); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.1; done
        kill "$pid" 2>/dev/null || true
    fi
}
trap 'stop; rm -rf "$WORK"' EXIT

# Prints seconds from start to the first 200 of /api/health (deadline: 120 s).
time_to_health() {
    local start now
    start=$(date +%s.%N)
    "$HOME_DIR/bin/start"
    while :; do
        if [ "$(curl -s -o /dev/null -w '%{http_code}' "$URL")" = 200 ]; then break; fi
        now=$(date +%s.%N)
        if (( $(echo "$now - $start > 120" | bc) )); then echo "no 200 within 120 s" >&2; exit 1; fi
        sleep 0.05
    done
    now=$(date +%s.%N)
    echo "$now - $start" | bc
}

rss_mib() {
    local pid
    pid=$(karaf_pid)
    echo $(( $(awk '/VmRSS/ {print $2}' "/proc/$pid/status") / 1024 ))
}

echo "run,empty_data_s,restart_s,rss_after_boot_mib"
for run in $(seq 1 "$RUNS"); do
    stop
    rm -rf "$HOME_DIR/data"
    empty=$(time_to_health)
    # settle: RSS once the first requests are served and start-up work is done
    for _ in $(seq 1 20); do curl -s -o /dev/null "$URL"; done
    rss=$(rss_mib)
    stop
    restart=$(time_to_health)
    stop
    printf '%s,%.2f,%.2f,%s\n' "$run" "$empty" "$restart" "$rss"
done
