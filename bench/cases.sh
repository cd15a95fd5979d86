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
source bench/lib.sh
bench_start
seed_people_and_cases

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
pgbench_inserts

write_report_lua
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
caseload() { get_as "$1" "$WORK/caseload.lua"; }

echo "warming up until the JIT compilers are idle (not measured)..."
warm "$WORK/referral.lua" "$API/referrals" referrals
caseload "$PRACTITIONER"; warm "$WORK/caseload.lua" "$API/cases?limit=50" caseload
echo "wrk POST /api/referrals, 8 connections, ${DURATION}s..."
if [ -n "${PROFILE:-}" ]; then jcmd "$KARAF_PID" JFR.start duration="${DURATION}s" settings="${PROFILE_SETTINGS:-profile}" filename="$PROFILE" >/dev/null; fi
KARAF_CPU0=$(cpu_of "$KARAF_PID") PG_CPU0=$(pg_cpu) JIT0=$(jit_cpu)
B0=$(busy) CS0=$(switches) ST0=$(stolen) T0=$(total)
read -r REF_RPS REF_P50 REF_P95 REF_P99 REF_N REF_ERR < <(wrk -t2 -c8 -d"${DURATION}s" -s "$WORK/referral.lua" "$API/referrals" | awk '/^RESULT/ {print $2, $3, $4, $5, $6, $7}')
KARAF_CPU=$(( $(cpu_of "$KARAF_PID") - KARAF_CPU0 )) PG_CPU=$(( $(pg_cpu) - PG_CPU0 ))
JIT_SHARE=$(( 100 * ($(jit_cpu) - JIT0) / (KARAF_CPU > 0 ? KARAF_CPU : 1) ))
REF_BUSY=$(( $(busy) - B0 )) REF_CS=$(( $(switches) - CS0 )) REF_TOTAL=$(( $(total) - T0 ))
BUSY=$(( 100 * REF_BUSY / REF_TOTAL )) REF_STOLEN=$(( 100 * ($(stolen) - ST0) / REF_TOTAL ))
# The stack's floor: an unauthenticated GET whose only database work is a pooled connection's check.
health_script
read -r HE_RPS HE_P50 HE_P95 HE_N HE_ERR HE_K HE_P HE_M < <(floor "$WORK/health.lua" "$API/health")
caseload "$PRACTITIONER"
read -r PR_RPS PR_P50 PR_P95 PR_P99 PR_N PR_ERR < <(wrk -t2 -c8 -d"${DURATION}s" -s "$WORK/caseload.lua" "$API/cases?limit=50" | awk '/^RESULT/ {print $2, $3, $4, $5, $6, $7}')
caseload "$COORDINATOR"
read -r CO_RPS CO_P50 CO_P95 CO_P99 CO_N CO_ERR < <(wrk -t2 -c8 -d"${DURATION}s" -s "$WORK/caseload.lua" "$API/cases?limit=50" | awk '/^RESULT/ {print $2, $3, $4, $5, $6, $7}')
AUDIT=$(curl -sf -H "Authorization: Bearer $ADMIN" "$API/audit/verify" | jq -c .)

RATIO=$(echo "scale=1; 100 * $REF_RPS / $PGBENCH_TPS" | bc)
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
  CPU per health check: Karaf $HE_K ms, PostgreSQL $HE_P ms, whole machine $HE_M ms
caseload, practitioner (8 conns):       p95 $PR_P95 ms (p50 $PR_P50, p99 $PR_P99), $PR_RPS req/s, $PR_ERR not 200 (target p95 <= 50 ms)
caseload, coordinator (8 conns):        p95 $CO_P95 ms (p50 $CO_P50, p99 $CO_P99), $CO_RPS req/s, $CO_ERR not 200 (target p95 <= 50 ms)
audit chain after the run: $AUDIT
REPORT
