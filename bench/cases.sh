#!/usr/bin/env bash
# Case-core benchmark on PostgreSQL (issue #3): seeds a synthetic national dataset (CASES cases over
# REGIONS regions, with participants, consents, events and tasks), then, in one run on one database:
#   1. pgbench, insert-only, 8 connections: the database's own ceiling for single-row inserts;
#   2. wrk, POST /api/referrals, 8 connections: a referral with its audit row, through the whole stack;
#   3. wrk, GET /api/cases?limit=50 for a practitioner and for a coordinator: caseload p95.
# Targets: (2) >= 30 % of (1); caseload p95 <= 50 ms. Everything listens on 127.0.0.1 only; the
# Karaf and the PostgreSQL it starts (port 55433, not the tests') are stopped at the end.
#   bench/cases.sh            (build first: mvn -B -ntp install -DskipTests)
#   CASES=100000 REGIONS=10 DURATION=20 bench/cases.sh
set -euo pipefail
cd "$(dirname "$0")/.."
CASES="${CASES:-100000}" REGIONS="${REGIONS:-10}" DURATION="${DURATION:-20}"
# Warm-up: at least WARMUP seconds per path, then on until the JIT compilers are idle, for WARMUP_MAX at most.
WARMUP="${WARMUP:-20}" WARMUP_MAX="${WARMUP_MAX:-300}"
# A PostgreSQL of its own, durable as in production (fsync and synchronous commit on), unlike the tests'.
export KINTSUGI_IT_PG_PORT="${KINTSUGI_BENCH_PG_PORT:-55433}" KINTSUGI_IT_PG_DATA=/tmp/kintsugi-bench-pg KINTSUGI_IT_PG_DURABLE=1
PG_PORT="$KINTSUGI_IT_PG_PORT" PG_PASSWORD="${KINTSUGI_IT_PG_PASSWORD:-kintsugi-it-only-password}"
DB=kintsugi_bench
PASSWORD="bench-quartz-lantern-4471"
for tool in wrk pgbench psql curl jq; do command -v "$tool" >/dev/null || { echo "needs $tool" >&2; exit 1; }; done

.ci/postgres.sh stop   # a cluster left by an interrupted run would keep its old settings
eval "$(.ci/postgres.sh start)"
export PGHOST=127.0.0.1 PGPORT="$PG_PORT" PGUSER=postgres PGPASSWORD="$PG_PASSWORD"
psql -q -d postgres -c "DROP DATABASE IF EXISTS $DB" -c "CREATE DATABASE $DB OWNER kintsugi_it"

TARBALL=$(ls distribution/target/kintsugi-distribution-*.tar.gz)
WORK=$(mktemp -d /tmp/kintsugi-bench.XXXXXX)
tar xzf "$TARBALL" -C "$WORK"
HOME_DIR=$(ls -d "$WORK"/kintsugi-distribution-*)
# The product's own pool size unless KINTSUGI_DB_POOL_SIZE says otherwise.
POOL_SIZE="${KINTSUGI_DB_POOL_SIZE:-16 (the default)}"
export KINTSUGI_HTTP_PORT="${KINTSUGI_HTTP_PORT:-18181}" KINTSUGI_SSH_PORT=18101 \
       KINTSUGI_RMI_REGISTRY_PORT=11099 KINTSUGI_RMI_SERVER_PORT=14444 \
       KINTSUGI_DB_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/$DB" KINTSUGI_DB_USER=kintsugi_it \
       KINTSUGI_DB_PASSWORD="$PG_PASSWORD" KINTSUGI_ADMIN_PASSWORD="$PASSWORD"
API="http://127.0.0.1:$KINTSUGI_HTTP_PORT/api"

cleanup() {
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
trap cleanup EXIT

"$HOME_DIR/bin/start"
# Health answers 200 only once the database, the schema and every core endpoint are ready.
for _ in $(seq 1 1200); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "$API/health")" = 200 ] && break
    sleep 0.1
done
login() { curl -sf -H 'Content-Type: application/json' -d "{\"username\":\"$1\",\"password\":\"$PASSWORD\"}" "$API/auth/login" | jq -r .token; }
post() { curl -sf -o /dev/null -H 'Content-Type: application/json' -H "Authorization: Bearer $1" -d "$3" "$API$2"; }
ADMIN=$(login admin)
TODAY=$(date -u +%F)

echo "Seeding $REGIONS regions through the API, then $CASES cases in SQL..."
for r in $(seq -w 1 "$REGIONS"); do
    post "$ADMIN" /regions "{\"code\":\"bench-$r\",\"name\":\"Synthetic bench region $r\"}"
    post "$ADMIN" /users "{\"username\":\"bench-coord-$r\",\"displayName\":\"Synthetic Coordinator\",\"password\":\"$PASSWORD\",\"roles\":[\"COORDINATOR\"],\"regions\":[\"bench-$r\"]}"
    for p in $(seq -w 1 20); do
        post "$ADMIN" /users "{\"username\":\"bench-prac-$r-$p\",\"displayName\":\"Synthetic Practitioner\",\"password\":\"$PASSWORD\",\"roles\":[\"PRACTITIONER\"],\"regions\":[\"bench-$r\"],\"practitioner\":{\"registrationLevel\":\"INTERMEDIATE\",\"lastSupervisionOn\":\"$TODAY\",\"lastObservedPracticeOn\":\"$TODAY\"}}"
    done
done
psql -q -d "$DB" -v cases="$CASES" -f bench/seed-cases.sql

PRACTITIONER=$(login bench-prac-01-01)
COORDINATOR=$(login bench-coord-01)
MINE=$(curl -sf -H "Authorization: Bearer $PRACTITIONER" "$API/cases?limit=200" | jq length)
REGIONAL=$(psql -At -d "$DB" -c "select count(*) from rj_case where region_code = 'bench-01'")
echo "practitioner bench-prac-01-01 facilitates $MINE cases (first page of 200); region bench-01 has $REGIONAL"

if [ "${EXPLAIN:-0}" = 1 ]; then   # the plan behind a practitioner's caseload, as the core queries it
    ME=$(psql -At -d "$DB" -c "select id from user_account where username = 'bench-prac-01-01'")
    psql -d "$DB" -c "EXPLAIN (ANALYZE, BUFFERS) SELECT * FROM rj_case c WHERE c.id IN (SELECT p.case_id FROM case_participant p
        WHERE p.role = 'FACILITATOR' AND p.user_id IN ('$ME')) ORDER BY c.opened_at DESC, c.id LIMIT 50"
fi
# CPU seconds (user + system) of the Karaf JVM and of every PostgreSQL process, to say where a request's time goes.
cpu_of() { local total=0 pid; for pid in "$@"; do
    total=$((total + $(awk '{print $14 + $15}' "/proc/$pid/stat" 2>/dev/null || echo 0))); done; echo "$total"; }
# CPU time the whole machine spent busy, every process included (pgbench's backends exit with their run).
busy() { awk '/^cpu / {print $2 + $3 + $4 + $7 + $8; exit}' /proc/stat; }
switches() { awk '/^ctxt / {print $2}' /proc/stat; }   # context switches, every process
stolen() { awk '/^cpu / {print $9; exit}' /proc/stat; }   # time the hypervisor gave to other machines
total() { awk '/^cpu / {print $2 + $3 + $4 + $5 + $6 + $7 + $8 + $9; exit}' /proc/stat; }
echo "pgbench insert-only, 8 connections, ${DURATION}s..."
psql -q -d "$DB" -c "CREATE TABLE bench_insert (id bigserial PRIMARY KEY, region varchar(40), body varchar(2000), created_at timestamptz)"
printf "INSERT INTO bench_insert (region, body, created_at) VALUES ('bench-01', repeat('x', 600), now());\n" > "$WORK/insert.sql"
B0=$(busy)
read -r PGBENCH_N PGBENCH_TPS < <(pgbench -n -c 8 -j 2 -T "$DURATION" -f "$WORK/insert.sql" "$DB" 2>/dev/null \
    | awk '/transactions actually processed/ {n = $NF} /^tps/ {print n, $3; exit}')
PGBENCH_BUSY=$(( $(busy) - B0 ))

cat > "$WORK/report.lua" <<'LUA'
local errors = 0
response = function(status, headers, body)
  if status ~= expected then errors = errors + 1 end
end
done = function(summary, latency, requests)
  io.write(string.format("RESULT %.1f %.2f %.2f %.2f %d %d\n", summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    summary.requests, errors))
end
LUA
cat > "$WORK/referral.lua" <<LUA
expected = 201
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer $COORDINATOR"
wrk.body = '{"region":"bench-01","source":"SELF","ledBy":"PERSON_HARMED","criminalJustice":false,"recency":"RECENT",'
  .. '"sentenceStage":"NOT_APPLICABLE","offenceCategory":"VIOLENCE","personHarmed":{"name":"Synthetic Person B",'
  .. '"safeContact":[{"method":"TEXT_MESSAGE","value":"07700 900789"}]},"personResponsible":{"name":"Synthetic Person Q"}}'
LUA
cat "$WORK/report.lua" >> "$WORK/referral.lua"
caseload() { printf 'expected = 200\nwrk.headers["Authorization"] = "Bearer %s"\n' "$1" > "$WORK/caseload.lua"; cat "$WORK/report.lua" >> "$WORK/caseload.lua"; }

KARAF_PID=$(pgrep -f "java.*$HOME_DIR" | head -1)
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
echo "warming up until the JIT compilers are idle (not measured)..."
warm "$WORK/referral.lua" "$API/referrals" referrals
caseload "$PRACTITIONER"; warm "$WORK/caseload.lua" "$API/cases?limit=50" caseload
echo "wrk POST /api/referrals, 8 connections, ${DURATION}s..."
if [ -n "${PROFILE:-}" ]; then jcmd "$KARAF_PID" JFR.start duration="${DURATION}s" settings="${PROFILE_SETTINGS:-profile}" filename="$PROFILE" >/dev/null; fi
KARAF_CPU0=$(cpu_of "$KARAF_PID") PG_CPU0=$(cpu_of $(pgrep -u postgres postgres)) JIT0=$(jit_cpu)
B0=$(busy) CS0=$(switches) ST0=$(stolen) T0=$(total)
read -r REF_RPS REF_P50 REF_P95 REF_P99 REF_N REF_ERR < <(wrk -t2 -c8 -d"${DURATION}s" -s "$WORK/referral.lua" "$API/referrals" | awk '/^RESULT/ {print $2, $3, $4, $5, $6, $7}')
KARAF_CPU=$(( $(cpu_of "$KARAF_PID") - KARAF_CPU0 )) PG_CPU=$(( $(cpu_of $(pgrep -u postgres postgres)) - PG_CPU0 ))
JIT_SHARE=$(( 100 * ($(jit_cpu) - JIT0) / (KARAF_CPU > 0 ? KARAF_CPU : 1) ))
CLK=$(getconf CLK_TCK)
REF_BUSY=$(( $(busy) - B0 )) REF_CS=$(( $(switches) - CS0 )) REF_TOTAL=$(( $(total) - T0 ))
BUSY=$(( 100 * REF_BUSY / REF_TOTAL )) REF_STOLEN=$(( 100 * ($(stolen) - ST0) / REF_TOTAL ))
# The stack's floor: an unauthenticated GET whose only database work is a pooled connection's check.
printf 'expected = 200\n' > "$WORK/health.lua"; cat "$WORK/report.lua" >> "$WORK/health.lua"
KARAF_CPU0=$(cpu_of "$KARAF_PID") PG_CPU0=$(cpu_of $(pgrep -u postgres postgres)) B0=$(busy)
read -r HE_RPS HE_P50 HE_P95 _ HE_N HE_ERR < <(wrk -t2 -c8 -d"${DURATION}s" -s "$WORK/health.lua" "$API/health" | awk '/^RESULT/ {print $2, $3, $4, $5, $6, $7}')
HE_KARAF_CPU=$(( $(cpu_of "$KARAF_PID") - KARAF_CPU0 )) HE_PG_CPU=$(( $(cpu_of $(pgrep -u postgres postgres)) - PG_CPU0 ))
HE_BUSY=$(( $(busy) - B0 ))
caseload "$PRACTITIONER"
read -r PR_RPS PR_P50 PR_P95 PR_P99 PR_N PR_ERR < <(wrk -t2 -c8 -d"${DURATION}s" -s "$WORK/caseload.lua" "$API/cases?limit=50" | awk '/^RESULT/ {print $2, $3, $4, $5, $6, $7}')
caseload "$COORDINATOR"
read -r CO_RPS CO_P50 CO_P95 CO_P99 CO_N CO_ERR < <(wrk -t2 -c8 -d"${DURATION}s" -s "$WORK/caseload.lua" "$API/cases?limit=50" | awk '/^RESULT/ {print $2, $3, $4, $5, $6, $7}')
AUDIT=$(curl -sf -H "Authorization: Bearer $ADMIN" "$API/audit/verify" | jq -c .)

RATIO=$(echo "scale=1; 100 * $REF_RPS / $PGBENCH_TPS" | bc)
per_op() { echo "scale=3; 1000 * $1 / $CLK / $2" | bc; }   # clock ticks over operations, in ms
cat <<REPORT

== Kintsugi case-core benchmark ($(date -u +%FT%TZ), $(nproc) cores, PostgreSQL on 127.0.0.1:$PG_PORT, pool of $POOL_SIZE) ==
dataset: $(psql -At -d "$DB" -c "select count(*) || ' cases, ' || (select count(*) from case_participant) || ' participants, ' || (select count(*) from case_consent) || ' consents, ' || (select count(*) from case_event) || ' events, $REGIONS regions' from rj_case")
pgbench insert-only (8 conns):          $PGBENCH_TPS tps
  CPU per insert, whole machine (pgbench and PostgreSQL): $(per_op "$PGBENCH_BUSY" "$PGBENCH_N") ms
create referral + audit row (8 conns):  $REF_RPS req/s, p50 $REF_P50 ms, p95 $REF_P95 ms, p99 $REF_P99 ms, $REF_N requests, $REF_ERR not 201
  ratio to pgbench: $RATIO % (target >= 30 %)
  CPU per referral: Karaf $(per_op "$KARAF_CPU" "$REF_N") ms, PostgreSQL $(per_op "$PG_CPU" "$REF_N") ms, whole machine (wrk too) $(per_op "$REF_BUSY" "$REF_N") ms; machine $BUSY % busy, $REF_STOLEN % stolen by the hypervisor
  context switches per referral (whole machine): $(echo "scale=1; $REF_CS / $REF_N" | bc); JIT compilers: $JIT_SHARE % of Karaf's CPU
floor, GET /api/health (8 conns):       $HE_RPS req/s, p50 $HE_P50 ms, p95 $HE_P95 ms, $HE_ERR not 200
  CPU per health check: Karaf $(per_op "$HE_KARAF_CPU" "$HE_N") ms, PostgreSQL $(per_op "$HE_PG_CPU" "$HE_N") ms, whole machine $(per_op "$HE_BUSY" "$HE_N") ms
caseload, practitioner (8 conns):       p95 $PR_P95 ms (p50 $PR_P50, p99 $PR_P99), $PR_RPS req/s, $PR_ERR not 200 (target p95 <= 50 ms)
caseload, coordinator (8 conns):        p95 $CO_P95 ms (p50 $CO_P50, p99 $CO_P99), $CO_RPS req/s, $CO_ERR not 200 (target p95 <= 50 ms)
audit chain after the run: $AUDIT
REPORT
