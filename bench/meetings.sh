#!/usr/bin/env bash
# Conferencing benchmark on PostgreSQL (issue #19): seeds CASES cases (seed-cases.sql) and MEETINGS meetings over
# REGIONS regions (seed-meetings.sql), then, in one run on one database, all at 8 connections:
#   1. pgbench, insert-only: the database's own ceiling for single-row inserts;
#   2. wrk, POST /api/modules/conferencing/meetings/{id}/schedule: a meeting scheduled through the whole stack
#      (the case locked, the attendee-aware contact gate, the venue booked, the audit row), each request a
#      different meeting in its own venue and slot, as the case supervisor of its region;
#   3. wrk, the "meetings this week" list for a facilitator (their own) and for a hub coordinator (the region).
# Targets: (2) >= 30 % of (1); list p95 <= 50 ms. Everything listens on 127.0.0.1 only; the Karaf and the
# PostgreSQL it starts (port 55433, not the tests') are stopped at the end.
#   bench/meetings.sh            (build first: mvn -B -ntp install -DskipTests)
#   CASES=100000 MEETINGS=200000 REGIONS=10 DURATION=20 bench/meetings.sh
set -euo pipefail
cd "$(dirname "$0")/.."
CASES="${CASES:-100000}" MEETINGS="${MEETINGS:-200000}" REGIONS="${REGIONS:-10}" DURATION="${DURATION:-20}"
WARMUP="${WARMUP:-20}" WARMUP_MAX="${WARMUP_MAX:-300}"
source bench/lib.sh
# STATEMENTS=1: the database's own statistics of the measured scheduling's statements, slowest in total first.
[ "${STATEMENTS:-0}" = 1 ] && export KINTSUGI_IT_PG_OPTIONS="-c shared_preload_libraries=pg_stat_statements"
bench_start
seed_meetings

# The scheduling pool as wrk reads it: meeting, venue, start, end, and the token of its region's case supervisor.
declare -A TOKEN
for r in $(seq -w 1 "$REGIONS"); do TOKEN["bench-$r"]=$(login "bench-sup-$r"); done
psql -At -F ' ' -d "$DB" -c "select id, venue_id, to_char(starts_at at time zone 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'),
    to_char((starts_at + interval '2 hours') at time zone 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'), region_code
    from bench_schedule order by i, region_code" | while read -r m v s e region; do
    echo "$m $v $s $e ${TOKEN[$region]}"; done > "$WORK/schedule.txt"
POOL=$(wc -l < "$WORK/schedule.txt")
echo "scheduling pool: $POOL meetings ready, each with its own venue and slot"

write_report_lua
# Each wrk thread (tid, set by report.lua's setup) takes every other line from OFFSET on, so no two requests
# schedule the same meeting; past the pool's end it asks for a path that does not exist, and counts a failure.
cat > "$WORK/schedule.lua" <<'LUA'
expected = 200
local lines, offset = {}, 0
taken = 0   -- global: wrk's main state reads each thread's through thread:get
function init(args)
  for line in io.lines(os.getenv("SCHEDULE_FILE")) do lines[#lines + 1] = line end
  offset = tonumber(os.getenv("SCHEDULE_OFFSET"))
end
-- Called by report.lua's done(): the furthest line any thread took, so the next run starts past it.
function after_done(threads)
  local furthest = 0
  for _, thread in ipairs(threads) do
    furthest = math.max(furthest, (thread:get("taken") or 0) * 2 + thread:get("tid"))
  end
  io.write(string.format("TAKEN %d\n", furthest))
end
function request()
  local line = lines[offset + taken * 2 + tid + 1]
  taken = taken + 1
  if line == nil then return wrk.format("GET", "/api/pool-exhausted") end   -- a 404: counted, never hidden
  local m, v, s, e, token = line:match("(%S+) (%S+) (%S+) (%S+) (%S+)")
  return wrk.format("POST", "/api/modules/conferencing/meetings/" .. m .. "/schedule",
    {["Content-Type"] = "application/json", ["Authorization"] = "Bearer " .. token},
    '{"start":"' .. s .. '","end":"' .. e .. '","venueId":"' .. v .. '"}')
end
LUA
cat "$WORK/report.lua" >> "$WORK/schedule.lua"
export SCHEDULE_FILE="$WORK/schedule.txt" SCHEDULE_OFFSET=0
# Runs the scheduling script once; moves the offset past every line it may have taken.
schedule_run() {
    local out; out=$(wrk -t2 -c8 -d"$1" -s "$WORK/schedule.lua" "$API/health")
    SCHEDULE_OFFSET=$(( SCHEDULE_OFFSET + $(echo "$out" | awk '/^TAKEN/ {print $2}') + 2 ))   # past every thread's last line
    echo "$out" | awk '/^RESULT/ {print $2, $3, $4, $5, $6, $7}'
}

explain_week() {   # EXPLAIN=1: the plan behind a facilitator's week as the module queries it; after seeding, and once the runs filled the weeks ahead
    [ "${EXPLAIN:-0}" = 1 ] || return 0
    local me; me=$(psql -At -d "$DB" -c "SELECT id FROM user_account WHERE username = 'bench-prac-01-01'")
    psql -d "$DB" -c "EXPLAIN (ANALYZE, BUFFERS) SELECT m.* FROM conferencing_meeting m, conferencing_facilitator f
        WHERE m.state = 'SCHEDULED' AND m.starts_at >= date_trunc('day', now()) AND m.starts_at < date_trunc('day', now()) + interval '7 days'
        AND f.starts_at >= date_trunc('day', now()) AND f.starts_at < date_trunc('day', now()) + interval '7 days'
        AND f.meeting_id = m.id AND f.user_id = '$me'
        ORDER BY m.starts_at, m.id LIMIT 2000"
}
explain_week
FACILITATOR=$(login bench-prac-01-01)
COORDINATOR=$(login bench-coord-01)
THIS_WEEK="$API/modules/conferencing/meetings?days=7&limit=50"

pgbench_inserts
echo "warming up until the JIT compilers are idle (not measured)..."
warm_schedule() {   # as lib.sh's warm, each round taking fresh meetings from the pool
    local seconds=0 jit0 jvm0 jit jvm
    while [ $((SCHEDULE_OFFSET * 3)) -lt $((POOL * 2)) ]; do   # keep at least a third of the pool for the measure
        jit0=$(jit_cpu) jvm0=$(cpu_of "$KARAF_PID")
        schedule_run 10s > /dev/null
        jit=$(( $(jit_cpu) - jit0 )) jvm=$(( $(cpu_of "$KARAF_PID") - jvm0 )) seconds=$((seconds + 10))
        if [ "$seconds" -ge "$WARMUP" ] && [ $((100 * jit)) -le $((2 * jvm)) ]; then echo "  scheduling: warm after ${seconds}s"; return; fi
        if [ "$seconds" -ge "$WARMUP_MAX" ]; then echo "  scheduling: compilers still busy after ${seconds}s"; return; fi
    done
    echo "  scheduling: warmed for ${seconds}s, as long as the pool allows"
}
warm_schedule
get_as "$FACILITATOR" "$WORK/mine.lua"; warm "$WORK/mine.lua" "$THIS_WEEK&facilitator=me" "facilitator's week"
get_as "$COORDINATOR" "$WORK/hub.lua"; warm "$WORK/hub.lua" "$THIS_WEEK" "hub's week"

echo "wrk scheduling, 8 connections, ${DURATION}s (from line $SCHEDULE_OFFSET of $POOL)..."
if [ "${STATEMENTS:-0}" = 1 ]; then
    psql -q -d "$DB" -c "CREATE EXTENSION IF NOT EXISTS pg_stat_statements" -c "SELECT pg_stat_statements_reset()" >/dev/null
fi
# PROFILE=/tmp/x.jfr: a Java Flight Recorder profile of Karaf while it schedules; with PROFILE_PHASE=mine, while it
# lists the facilitator's week instead.
profile() { [ -n "${PROFILE:-}" ] && [ "${PROFILE_PHASE:-schedule}" = "$1" ] || return 0
    jcmd "$KARAF_PID" JFR.start duration="${DURATION}s" settings="${PROFILE_SETTINGS:-profile}" filename="$PROFILE" >/dev/null; }
profile schedule
KARAF_CPU0=$(cpu_of "$KARAF_PID") PG_CPU0=$(pg_cpu) B0=$(busy)
read -r SC_RPS SC_P50 SC_P95 SC_P99 SC_N SC_ERR < <(schedule_run "${DURATION}s")
KARAF_CPU=$(( $(cpu_of "$KARAF_PID") - KARAF_CPU0 )) PG_CPU=$(( $(pg_cpu) - PG_CPU0 ))
SC_BUSY=$(( $(busy) - B0 ))
if [ "${STATEMENTS:-0}" = 1 ]; then
    psql -d "$DB" -c "SELECT calls, round(total_exec_time::numeric, 1) AS total_ms, round(mean_exec_time::numeric, 3) AS mean_ms,
        rows, left(regexp_replace(query, '\s+', ' ', 'g'), 150) AS statement FROM pg_stat_statements ORDER BY total_exec_time DESC LIMIT 25"
fi
explain_week
profile mine
MI_K0=$(cpu_of "$KARAF_PID") MI_P0=$(pg_cpu) MI_B0=$(busy)
read -r MI_RPS MI_P50 MI_P95 MI_P99 MI_N MI_ERR < <(measure "$WORK/mine.lua" "$THIS_WEEK&facilitator=me")
MI_CPU="Karaf $(per_op $(( $(cpu_of "$KARAF_PID") - MI_K0 )) "$MI_N") ms, PostgreSQL $(per_op $(( $(pg_cpu) - MI_P0 )) "$MI_N") ms, whole machine $(per_op $(( $(busy) - MI_B0 )) "$MI_N") ms"
HU_K0=$(cpu_of "$KARAF_PID") HU_P0=$(pg_cpu) HU_B0=$(busy)
read -r HU_RPS HU_P50 HU_P95 HU_P99 HU_N HU_ERR < <(measure "$WORK/hub.lua" "$THIS_WEEK")
HU_CPU="Karaf $(per_op $(( $(cpu_of "$KARAF_PID") - HU_K0 )) "$HU_N") ms, PostgreSQL $(per_op $(( $(pg_cpu) - HU_P0 )) "$HU_N") ms, whole machine $(per_op $(( $(busy) - HU_B0 )) "$HU_N") ms"
# Floors, for reading the ratio: what the stack costs before a scheduling does any of its own work. The health
# check (no caller, no database), and a scheduling refused for its body (a start in the past): authenticated,
# the module's availability asked, nothing locked, the attempt's audit row written in its own transaction.
health_script
REFUSED_MEETING=$(head -1 "$WORK/schedule.txt" | cut -d' ' -f1)
cat > "$WORK/refused.lua" <<LUA
expected = 400
wrk.method = "POST"
wrk.body = '{"start":"2020-01-01T10:00:00Z","end":"2020-01-01T12:00:00Z","remote":true}'
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer $(head -1 "$WORK/schedule.txt" | cut -d' ' -f5)"
LUA
cat "$WORK/report.lua" >> "$WORK/refused.lua"
measure "$WORK/health.lua" "$API/health" > /dev/null   # warm
read -r HE_RPS HE_P50 _ HE_N HE_ERR HE_K HE_P HE_M < <(floor "$WORK/health.lua" "$API/health")
measure "$WORK/refused.lua" "$API/modules/conferencing/meetings/$REFUSED_MEETING/schedule" > /dev/null   # warm
read -r RE_RPS RE_P50 _ RE_N RE_ERR RE_K RE_P RE_M < <(floor "$WORK/refused.lua" "$API/modules/conferencing/meetings/$REFUSED_MEETING/schedule")
MINE=$(curl -sf -D - -o /dev/null -H "Authorization: Bearer $FACILITATOR" "$THIS_WEEK&facilitator=me" | awk 'tolower($1) == "x-total-count:" {print $2+0}')
HUB=$(curl -sf -D - -o /dev/null -H "Authorization: Bearer $COORDINATOR" "$THIS_WEEK" | awk 'tolower($1) == "x-total-count:" {print $2+0}')
SCHEDULED=$(psql -At -d "$DB" -c "select count(*) from conferencing_meeting m join bench_schedule s on s.id = m.id where m.state = 'SCHEDULED'")
BOOKED=$(psql -At -d "$DB" -c "select count(*) from venue_booking where released_at is null")
DOUBLE=$(psql -At -d "$DB" -c "select count(*) from venue_booking a join venue_booking b on a.venue_id = b.venue_id and a.id < b.id
    and a.released_at is null and b.released_at is null and a.starts_at < b.ends_at and b.starts_at < a.ends_at")
AUDIT=$(curl -sf -H "Authorization: Bearer $ADMIN" "$API/audit/verify" | jq -c .)
SC_OK=$(echo "scale=1; $SC_RPS * ($SC_N - $SC_ERR) / $SC_N" | bc)   # schedulings that succeeded, a second
RATIO=$(echo "scale=1; 100 * $SC_OK / $PGBENCH_TPS" | bc)
cat <<REPORT

== Kintsugi conferencing benchmark ($(date -u +%FT%TZ), $(nproc) cores, PostgreSQL on 127.0.0.1:$PG_PORT, pool of $POOL_SIZE) ==
dataset: $(psql -At -d "$DB" -c "select (select count(*) from rj_case) || ' cases, ' || count(*) || ' meetings (' || count(*) filter (where state = 'SCHEDULED') || ' scheduled), ' || (select count(*) from venue) || ' venues, $REGIONS regions' from conferencing_meeting")
pgbench insert-only (8 conns):          $PGBENCH_TPS tps
schedule a meeting: gate + booking + audit (8 conns): $SC_RPS req/s, p50 $SC_P50 ms, p95 $SC_P95 ms, p99 $SC_P99 ms, $SC_N requests, $SC_ERR not 200
  succeeded: $SC_OK a second; ratio to pgbench: $RATIO % (target >= 30 %)
  CPU per scheduling: Karaf $(per_op "$KARAF_CPU" "$SC_N") ms, PostgreSQL $(per_op "$PG_CPU" "$SC_N") ms, whole machine $(per_op "$SC_BUSY" "$SC_N") ms
  afterwards: $SCHEDULED pool meetings scheduled, $BOOKED venue bookings standing, $DOUBLE overlapping bookings of one venue
meetings this week, facilitator (8 conns): p95 $MI_P95 ms (p50 $MI_P50, p99 $MI_P99), $MI_RPS req/s, $MI_ERR not 200, $MINE meetings (target p95 <= 50 ms)
  CPU per request: $MI_CPU
meetings this week, hub coordinator (8 conns): p95 $HU_P95 ms (p50 $HU_P50, p99 $HU_P99), $HU_RPS req/s, $HU_ERR not 200, $HUB meetings (target p95 <= 50 ms)
  CPU per request: $HU_CPU
floor, GET /api/health (8 conns): $HE_RPS req/s ($(echo "scale=1; 100 * $HE_RPS / $PGBENCH_TPS" | bc) % of pgbench), p50 $HE_P50 ms, $HE_ERR not 200
  CPU per request: Karaf $HE_K ms, PostgreSQL $HE_P ms, whole machine $HE_M ms
floor, a scheduling refused for its body, audited (8 conns): $RE_RPS req/s ($(echo "scale=1; 100 * $RE_RPS / $PGBENCH_TPS" | bc) % of pgbench), p50 $RE_P50 ms, $RE_ERR not 400
  CPU per request: Karaf $RE_K ms, PostgreSQL $RE_P ms, whole machine $RE_M ms
audit chain after the run: $AUDIT
REPORT
