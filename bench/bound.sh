#!/usr/bin/env bash
# The least a scheduling can cost, for reading meetings.sh's ratio (issue #19): the statements any implementation
# must send PostgreSQL for one (bound-one.sql: one request at a time) and for a group taken together by a writer
# (bound-group.sql), each also folded into two statements and a commit (bound-two.sql, bound-group-two.sql), run
# by pgbench with prepared statements and no application at all, beside pgbench insert-only and the health
# check's floor in the same run, on the dataset meetings.sh seeds. The sum of a scheduling's
# statements and the health check's CPU is what the whole stack could at best reach; anything above it is the
# application's. The audit rows it appends are not chained as the verifier checks: the database is dropped after.
#   bench/bound.sh             GROUPINGS="4:2 8:1" (how many a group holds : how many writers run at once)
set -euo pipefail
cd "$(dirname "$0")/.."
CASES="${CASES:-100000}" MEETINGS="${MEETINGS:-200000}" REGIONS="${REGIONS:-10}" DURATION="${DURATION:-20}"
GROUPINGS="${GROUPINGS:-4:2 8:1}" WARMUP=0 WARMUP_MAX=0
source bench/lib.sh
# STATEMENTS=1: PostgreSQL's own statistics of each script's statements, slowest in total first.
[ "${STATEMENTS:-0}" = 1 ] && export KINTSUGI_IT_PG_OPTIONS="-c shared_preload_libraries=pg_stat_statements"
bench_start
seed_meetings
psql -q -d "$DB" <<'SQL'
CREATE TABLE bench_bound AS SELECT s.id, s.venue_id, m.case_id, s.starts_at,
    row_number() OVER (ORDER BY s.i, s.region_code) - 1 AS n FROM bench_schedule s JOIN conferencing_meeting m ON m.id = s.id;
CREATE INDEX ON bench_bound (n);
ANALYZE bench_bound;
SQL
POOL=$(psql -At -d "$DB" -c "select count(*) from bench_bound")
pgbench_inserts
write_report_lua
health_script
measure "$WORK/health.lua" "$API/health" > /dev/null   # warm
read -r HE_RPS _ _ HE_N _ HE_K HE_P HE_M < <(floor "$WORK/health.lua" "$API/health")

# pgbench with a script at C connections for DURATION s: "schedulings/s machine-ms pg-ms" per scheduling.
bound() {   # script, connections, schedulings per transaction
    local p0 b0 n
    if [ "${STATEMENTS:-0}" = 1 ]; then
        psql -q -d "$DB" -c "CREATE EXTENSION IF NOT EXISTS pg_stat_statements" -c "SELECT pg_stat_statements_reset()" >/dev/null
    fi
    p0=$(pg_cpu) b0=$(busy)
    n=$(pgbench -n -M prepared -c "$2" -j "$2" -T "$DURATION" -D pool="$POOL" -D group="$3" -f "$1" "$DB" 2>"$WORK/pgbench.err" \
        | awk '/transactions actually processed/ {print $NF; exit}')
    [ "${n:-0}" != 0 ] || { echo "pgbench failed on $1:" >&2; tail -5 "$WORK/pgbench.err" >&2; return 1; }
    n=$(( ${n%%/*} * $3 ))
    echo "$(echo "scale=1; $n / $DURATION" | bc) $(per_op $(( $(busy) - b0 )) "$n") $(per_op $(( $(pg_cpu) - p0 )) "$n")"
    if [ "${STATEMENTS:-0}" = 1 ]; then
        psql -d "$DB" -c "SELECT calls, round(total_exec_time::numeric, 1) AS total_ms, round(mean_exec_time::numeric, 3)
            AS mean_ms, left(regexp_replace(query, '\s+', ' ', 'g'), 110) AS statement FROM pg_stat_statements
            ORDER BY total_exec_time DESC LIMIT 16" >&2
    fi
}
pgbench -n -M prepared -c 8 -j 2 -T 5 -D pool="$POOL" -f bench/bound-one.sql "$DB" > /dev/null 2>&1   # warm
read -r ONE_RATE ONE_M ONE_P < <(bound bench/bound-one.sql 8 1)
read -r TWO_RATE TWO_M TWO_P < <(bound bench/bound-two.sql 8 1)
best() { echo "scale=1; 100 * 1000 * $(nproc) / ($1 + $HE_M) / $PGBENCH_TPS" | bc; }
cat <<REPORT

== Kintsugi scheduling bound ($(date -u +%FT%TZ), $(nproc) cores, PostgreSQL on 127.0.0.1:$PG_PORT) ==
pgbench insert-only (8 conns): $PGBENCH_TPS tps, $(per_op "$PGBENCH_BUSY" "$PGBENCH_N") ms of machine CPU each
floor, GET /api/health (8 conns): $HE_RPS req/s; CPU per request: Karaf $HE_K ms, PostgreSQL $HE_P ms, machine $HE_M ms
a scheduling's statements alone, one request at a time (8 conns): $ONE_RATE/s; machine $ONE_M ms, PostgreSQL $ONE_P ms each
  with the health check's CPU added, at best: $(best "$ONE_M") % of pgbench
the same in two statements and a commit (8 conns): $TWO_RATE/s; machine $TWO_M ms, PostgreSQL $TWO_P ms each
  with the health check's CPU added, at best: $(best "$TWO_M") % of pgbench
REPORT
for config in $GROUPINGS; do
    read -r GR_RATE GR_M GR_P < <(bound bench/bound-group.sql "${config#*:}" "${config%:*}")
    echo "in groups of ${config%:*} by ${config#*:} writers: $GR_RATE/s; machine $GR_M ms, PostgreSQL $GR_P ms each"
    echo "  with the health check's CPU added, at best: $(best "$GR_M") % of pgbench"
done
for config in $GROUPINGS; do
    read -r GR_RATE GR_M GR_P < <(bound bench/bound-group-two.sql "${config#*:}" "${config%:*}")
    echo "in groups of ${config%:*} by ${config#*:} writers, two statements and a commit: $GR_RATE/s; machine $GR_M ms, PostgreSQL $GR_P ms each"
    echo "  with the health check's CPU added, at best: $(best "$GR_M") % of pgbench"
done
