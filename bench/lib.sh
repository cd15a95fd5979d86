# Shared by the benchmarks (sourced, not run): a PostgreSQL of their own, durable as in production, the
# distribution started on it, the synthetic regions and people created through the API, the cases seeded in
# SQL, CPU accounting and a JIT-aware warm-up. Everything listens on 127.0.0.1 only; cleanup stops what
# was started. Expects CASES, REGIONS, DURATION, WARMUP, WARMUP_MAX set by the script that sources it.

export KINTSUGI_IT_PG_PORT="${KINTSUGI_BENCH_PG_PORT:-55433}" KINTSUGI_IT_PG_DATA=/tmp/kintsugi-bench-pg KINTSUGI_IT_PG_DURABLE=1
PG_PORT="$KINTSUGI_IT_PG_PORT" PG_PASSWORD="${KINTSUGI_IT_PG_PASSWORD:-kintsugi-it-only-password}"
DB=kintsugi_bench
PASSWORD="bench-quartz-lantern-4471"
for tool in wrk pgbench psql curl jq bc; do command -v "$tool" >/dev/null || { echo "needs $tool" >&2; exit 1; }; done

# Starts PostgreSQL and the distribution; sets WORK, HOME_DIR, API, ADMIN, TODAY, POOL_SIZE, KARAF_PID.
bench_start() {
    .ci/postgres.sh stop   # a cluster left by an interrupted run would keep its old settings
    eval "$(.ci/postgres.sh start)"
    export PGHOST=127.0.0.1 PGPORT="$PG_PORT" PGUSER=postgres PGPASSWORD="$PG_PASSWORD"
    psql -q -d postgres -c "DROP DATABASE IF EXISTS $DB" -c "CREATE DATABASE $DB OWNER kintsugi_it"
    local tarball; tarball=$(ls distribution/target/kintsugi-distribution-*.tar.gz)
    WORK=$(mktemp -d /tmp/kintsugi-bench.XXXXXX)
    tar xzf "$tarball" -C "$WORK"
    HOME_DIR=$(ls -d "$WORK"/kintsugi-distribution-*)
    POOL_SIZE="${KINTSUGI_DB_POOL_SIZE:-16 (the default)}"
    export KINTSUGI_HTTP_PORT="${KINTSUGI_HTTP_PORT:-18181}" KINTSUGI_SSH_PORT=18101 \
           KINTSUGI_RMI_REGISTRY_PORT=11099 KINTSUGI_RMI_SERVER_PORT=14444 \
           KINTSUGI_DB_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/$DB" KINTSUGI_DB_USER=kintsugi_it \
           KINTSUGI_DB_PASSWORD="$PG_PASSWORD" KINTSUGI_ADMIN_PASSWORD="$PASSWORD"
    API="http://127.0.0.1:$KINTSUGI_HTTP_PORT/api"
    trap bench_cleanup EXIT
    "$HOME_DIR/bin/start"
    # Health answers 200 only once the database, the schema and every core endpoint are ready.
    for _ in $(seq 1 1200); do
        [ "$(curl -s -o /dev/null -w '%{http_code}' "$API/health")" = 200 ] && break
        sleep 0.1
    done
    ADMIN=$(login admin)
    TODAY=$(date -u +%F)
    KARAF_PID=$(pgrep -f "java.*$HOME_DIR" | head -1)
}

bench_cleanup() {
    "$HOME_DIR/bin/stop" >/dev/null 2>&1 || true
    local pid; pid=$(cat "$HOME_DIR/karaf.pid" 2>/dev/null || true)
    if [ -n "$pid" ]; then
        for _ in $(seq 1 300); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
        kill "$pid" 2>/dev/null || true
    fi
    psql -q -d postgres -c "DROP DATABASE IF EXISTS $DB" >/dev/null 2>&1 || true
    .ci/postgres.sh stop
    rm -rf "$WORK"
}

login() { curl -sf -H 'Content-Type: application/json' -d "{\"username\":\"$1\",\"password\":\"$PASSWORD\"}" "$API/auth/login" | jq -r .token; }
post() { curl -sf -o /dev/null -H 'Content-Type: application/json' -H "Authorization: Bearer $1" -d "$3" "$API$2"; }
put() { curl -sf -o /dev/null -X PUT -H 'Content-Type: application/json' -H "Authorization: Bearer $1" -d "$3" "$API$2"; }

# REGIONS regions, each with a coordinator, a case supervisor and 20 practitioners they supervise; then CASES
# cases in SQL (seed-cases.sql).
seed_people_and_cases() {
    echo "Seeding $REGIONS regions through the API, then $CASES cases in SQL..."
    local r p sup practitioner
    practitioner="\"practitioner\":{\"registrationLevel\":\"INTERMEDIATE\",\"lastSupervisionOn\":\"$TODAY\",\"lastObservedPracticeOn\":\"$TODAY\""
    for r in $(seq -w 1 "$REGIONS"); do
        post "$ADMIN" /regions "{\"code\":\"bench-$r\",\"name\":\"Synthetic bench region $r\"}"
        post "$ADMIN" /users "{\"username\":\"bench-coord-$r\",\"displayName\":\"Synthetic Coordinator\",\"password\":\"$PASSWORD\",\"roles\":[\"COORDINATOR\"],\"regions\":[\"bench-$r\"]}"
        sup=$(curl -sf -H 'Content-Type: application/json' -H "Authorization: Bearer $ADMIN" -d "{\"username\":\"bench-sup-$r\",\"displayName\":\"Synthetic Supervisor\",\"password\":\"$PASSWORD\",\"roles\":[\"CASE_SUPERVISOR\"],\"regions\":[\"bench-$r\"],${practitioner/INTERMEDIATE/ADVANCED}}}" "$API/users" | jq -r .id)
        for p in $(seq -w 1 20); do
            post "$ADMIN" /users "{\"username\":\"bench-prac-$r-$p\",\"displayName\":\"Synthetic Practitioner\",\"password\":\"$PASSWORD\",\"roles\":[\"PRACTITIONER\"],\"regions\":[\"bench-$r\"],$practitioner,\"supervisorId\":\"$sup\"}}"
        done
    done
    psql -q -d "$DB" -v cases="$CASES" -f bench/seed-cases.sql
}

# seed_people_and_cases, then conferencing on in every region and MEETINGS meetings and the venues (seed-meetings.sql).
seed_meetings() {
    for _ in $(seq 1 600); do   # the module's tables exist once its bundle started and the core applied its changelog
        [ "$(psql -At -d "$DB" -c "select to_regclass('conferencing_meeting') is not null")" = t ] && break
        sleep 0.1
    done
    seed_people_and_cases
    for r in $(seq -w 1 "$REGIONS"); do put "$ADMIN" "/regions/bench-$r/modules/conferencing" '{"enabled":true}'; done
    echo "Seeding $MEETINGS meetings and the venues in SQL..."
    psql -q -d "$DB" -v meetings="$MEETINGS" -f bench/seed-meetings.sql
}

# CPU seconds (user + system) of the Karaf JVM and of every PostgreSQL process, to say where a request's time goes.
cpu_of() { local total=0 pid; for pid in "$@"; do
    total=$((total + $(awk '{print $14 + $15}' "/proc/$pid/stat" 2>/dev/null || echo 0))); done; echo "$total"; }
# CPU seconds of the benchmark's PostgreSQL (not another cluster of the machine's): its postmaster and live
# processes, and the backends that exited, whose time the postmaster's children's counters hold once reaped; else a
# connection closed during a run would take its time out of the sum (a run read -1.06 ms a scheduling).
pg_cpu() { local master; master=$(head -1 "$KINTSUGI_IT_PG_DATA/postmaster.pid")
    echo $(( $(cpu_of "$master" $(pgrep -P "$master")) + $(awk '{print $16 + $17}' "/proc/$master/stat" 2>/dev/null || echo 0) )); }
# CPU time the whole machine spent busy, every process included (pgbench's backends exit with their run).
busy() { awk '/^cpu / {print $2 + $3 + $4 + $7 + $8; exit}' /proc/stat; }
switches() { awk '/^ctxt / {print $2}' /proc/stat; }   # context switches, every process
stolen() { awk '/^cpu / {print $9; exit}' /proc/stat; }   # time the hypervisor gave to other machines
total() { awk '/^cpu / {print $2 + $3 + $4 + $5 + $6 + $7 + $8 + $9; exit}' /proc/stat; }

# pgbench, single-row inserts at 8 connections for DURATION seconds: sets PGBENCH_N, PGBENCH_TPS, PGBENCH_BUSY.
pgbench_inserts() {
    echo "pgbench insert-only, 8 connections, ${DURATION}s..."
    psql -q -d "$DB" -c "CREATE TABLE bench_insert (id bigserial PRIMARY KEY, region varchar(40), body varchar(2000), created_at timestamptz)"
    printf "INSERT INTO bench_insert (region, body, created_at) VALUES ('bench-01', repeat('x', 600), now());\n" > "$WORK/insert.sql"
    local b0; b0=$(busy)
    read -r PGBENCH_N PGBENCH_TPS < <(pgbench -n -c 8 -j 2 -T "$DURATION" -f "$WORK/insert.sql" "$DB" 2>/dev/null \
        | awk '/transactions actually processed/ {n = $NF} /^tps/ {print n, $3; exit}')
    PGBENCH_BUSY=$(( $(busy) - b0 ))
}

# The Lua every wrk run appends: counts answers other than `expected` and prints one RESULT line.
write_report_lua() {
    cat > "$WORK/report.lua" <<'LUA'
-- Each wrk thread runs its own copy of this script: it counts its answers other than `expected`, and done() (in
-- wrk's main state) adds the threads' counts up. Each thread also knows its number (tid), for scripts that share
-- out a list of requests.
local threads = {}
function setup(thread)
  thread:set("tid", #threads)
  table.insert(threads, thread)
end
errors = 0
statuses = ""
local seen = {}
response = function(status, headers, body)
  if status ~= expected then
    errors = errors + 1
    seen[status] = (seen[status] or 0) + 1
    statuses = ""
    for code, count in pairs(seen) do statuses = statuses .. " " .. code .. ":" .. count end
  end
end
done = function(summary, latency, requests)
  local failed = 0
  for _, thread in ipairs(threads) do
    failed = failed + (thread:get("errors") or 0)
    local said = thread:get("statuses") or ""
    if said ~= "" then io.stderr:write("  answers other than " .. expected .. " (status:count):" .. said .. "\n") end
  end
  if after_done then after_done(threads) end
  io.write(string.format("RESULT %.1f %.2f %.2f %.2f %d %d\n", summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    summary.requests, failed))
end
LUA
}
# A GET script for wrk as one user.
get_as() { printf 'expected = 200\nwrk.headers["Authorization"] = "Bearer %s"\n' "$1" > "$2"; cat "$WORK/report.lua" >> "$2"; }

# CPU ticks of the JVM's JIT compiler threads.
jit_cpu() { local task total=0; for task in /proc/"$KARAF_PID"/task/*; do
    case "$(cat "$task/comm" 2>/dev/null)" in "C1 CompilerThre"*|"C2 CompilerThre"*)
        total=$((total + $(awk '{print $14 + $15}' "$task/stat" 2>/dev/null || echo 0))) ;; esac; done; echo "$total"; }
# A JVM just started interprets, then compiles, and on a machine this busy its compilers get little CPU: a fixed
# 20 s warm-up left them compiling through the measure, with the hot paths still in slower profiling code. So
# each path is loaded in 10 s rounds until the compilers took under 2 % of the JVM's CPU in a round.
warm() {
    local seconds=0 jit0 jvm0 jit jvm
    while :; do
        jit0=$(jit_cpu) jvm0=$(cpu_of "$KARAF_PID")
        wrk -t2 -c8 -d10s -s "$1" "$2" >/dev/null
        jit=$(( $(jit_cpu) - jit0 )) jvm=$(( $(cpu_of "$KARAF_PID") - jvm0 )) seconds=$((seconds + 10))
        if [ "$seconds" -ge "$WARMUP" ] && [ $((100 * jit)) -le $((2 * jvm)) ]; then
            echo "  $3: warm after ${seconds}s"; return; fi
        if [ "$seconds" -ge "$WARMUP_MAX" ]; then echo "  $3: compilers still busy after ${seconds}s"; return; fi
    done
}
# wrk at 8 connections for DURATION seconds; prints "rps p50 p95 p99 requests errors".
measure() { wrk -t2 -c8 -d"${DURATION}s" -s "$1" "$2" | awk '/^RESULT/ {print $2, $3, $4, $5, $6, $7}'; }

CLK=$(getconf CLK_TCK)
per_op() { echo "scale=3; 1000 * $1 / $CLK / $2" | bc; }   # clock ticks over operations, in ms
# A floor of the stack, measured as a request of a run is: "req/s p50 p95 requests not-expected karaf-ms pg-ms machine-ms".
# Both benchmarks measure GET /api/health (no caller, no database work but a pooled connection's check) with it.
floor() {   # script, url
    local k0 p0 b0 rps p50 p95 n err; k0=$(cpu_of "$KARAF_PID") p0=$(pg_cpu) b0=$(busy)
    read -r rps p50 p95 _ n err < <(measure "$1" "$2")
    echo "$rps $p50 $p95 $n $err $(per_op $(( $(cpu_of "$KARAF_PID") - k0 )) "$n") $(per_op $(( $(pg_cpu) - p0 )) "$n") $(per_op $(( $(busy) - b0 )) "$n")"
}
health_script() { printf 'expected = 200\n' > "$WORK/health.lua"; cat "$WORK/report.lua" >> "$WORK/health.lua"; }
