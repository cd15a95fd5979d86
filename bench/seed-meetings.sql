-- Synthetic meetings for bench/meetings.sh, on top of seed-cases.sql: :meetings meetings over the cases, 40 safety-
-- checked venues per region, and on every case where contact may happen (delivery or later, not paused, not
-- special-risk) a signed-off assessment of the person harmed and a direct-contact decision taken after it. Each
-- such case has eight family circles being prepared with the person harmed, ready: the scheduling benchmark's pool.
-- The rest are conferences and circles scheduled, held or cancelled, on the hours of a year centred on today.
-- Sealed columns hold a marker, not ciphertext: nothing the benchmark calls opens them.
\set ON_ERROR_STOP on
BEGIN;
CREATE TEMP TABLE eligible AS
    SELECT c.id AS case_id, c.region_code, row_number() OVER (ORDER BY c.id) - 1 AS k FROM rj_case c
    WHERE c.stage IN ('DELIVERY', 'OUTCOME', 'AFTER_CARE') AND c.hold = 'NONE' AND NOT c.special_risk;
CREATE TEMP TABLE others AS
    SELECT c.id AS case_id, c.region_code, row_number() OVER (ORDER BY c.id) - 1 AS k FROM rj_case c
    WHERE NOT EXISTS (SELECT 1 FROM eligible e WHERE e.case_id = c.id);
INSERT INTO case_assessment (id, case_id, participant_id, status, started_at, completed_at, completed_by, signed_off_at,
        signed_off_by_id, signed_off_by, reopened_count)
    SELECT md5('assess-h' || e.case_id)::uuid::text, e.case_id, p.id, 'SIGNED_OFF', now() - interval '30 days',
           now() - interval '29 days', 'bench', now() - interval '28 days', (SELECT id FROM user_account WHERE username = 'admin'), 'bench', 0
    FROM eligible e JOIN case_participant p ON p.case_id = e.case_id AND p.role = 'PERSON_HARMED';
INSERT INTO case_decision (id, case_id, outcome, reasons_enc, decided_by_id, decided_by, decided_at)
    SELECT md5('decision' || e.case_id)::uuid::text, e.case_id, 'DIRECT_CONTACT', 'seed:not-ciphertext',
           (SELECT id FROM user_account WHERE username = 'admin'), 'bench', now() - interval '27 days' FROM eligible e;
INSERT INTO venue (id, region_code, name, address_sealed, facilities, neutral_ground, checked_on, checked_by, created_at, row_version)
    SELECT md5('venue' || r.code || v)::uuid::text, r.code, 'Synthetic venue ' || v, 'seed:not-ciphertext',
           'SEPARATE_WAITING_ROOMS', true, current_date, 'bench', now(), 0
    FROM region r, generate_series(0, 39) AS v WHERE r.code LIKE 'bench-%';

CREATE TEMP TABLE bench_meeting AS
    SELECT md5('meeting-s' || e.case_id || j)::uuid::text AS id, e.case_id, e.region_code, 'FAMILY_CIRCLE' AS kind,
           'PREPARING' AS state, NULL::timestamptz AS starts_at, true AS schedulable
    FROM eligible e, generate_series(1, 8) AS j;
INSERT INTO bench_meeting
    SELECT md5('meeting-o' || g)::uuid::text, o.case_id, o.region_code,
           CASE WHEN g % 3 = 0 THEN 'FAMILY_CIRCLE' ELSE 'CONFERENCE' END,
           (ARRAY['SCHEDULED', 'SCHEDULED', 'HELD', 'CANCELLED'])[1 + g % 4],
           date_trunc('hour', now()) + (((g * 37) % 8736) - 4368) * interval '1 hour', false
    FROM generate_series(1, :meetings - (SELECT count(*) FROM bench_meeting)) AS g
    JOIN others o ON o.k = g % (SELECT count(*) FROM others);
INSERT INTO conferencing_meeting (id, case_id, region_code, kind, state, starts_at, ends_at, remote, created_by,
        created_at, changed_at, row_version)
    SELECT m.id, m.case_id, m.region_code, m.kind, m.state, m.starts_at, m.starts_at + interval '2 hours', m.starts_at IS NOT NULL,
           'bench', now() - interval '10 days', now() - interval '10 days', 0
    FROM bench_meeting m;
INSERT INTO conferencing_facilitator (meeting_id, user_id, starts_at)
    SELECT m.id, p.user_id, m.starts_at FROM bench_meeting m
    JOIN case_participant p ON p.case_id = m.case_id AND p.role = 'FACILITATOR';
INSERT INTO conferencing_attendee (meeting_id, participant_id, role, readiness, ground_rules_agreed, must_be_told)
    SELECT m.id, p.id, p.role, 'READY', true, false FROM bench_meeting m
    JOIN case_participant p ON p.case_id = m.case_id
        AND (p.role = 'PERSON_HARMED' OR (p.role = 'PERSON_RESPONSIBLE' AND NOT m.schedulable AND m.kind = 'CONFERENCE'));

-- The scheduling pool, in the order wrk takes it: regions interleaved, each meeting its own venue and 3-hour slot,
-- two days from now onwards (within every venue's safety check).
CREATE TABLE bench_schedule AS
    SELECT s.id, v.id AS venue_id, s.region_code, s.i,
           date_trunc('day', now()) + interval '2 days' + (s.i / 40) * interval '3 hours' AS starts_at
    FROM (SELECT m.id, m.region_code, row_number() OVER (PARTITION BY m.region_code ORDER BY m.id) - 1 AS i
          FROM bench_meeting m WHERE m.schedulable) s
    JOIN venue v ON v.id = md5('venue' || s.region_code || (s.i % 40))::uuid::text;
COMMIT;
ANALYZE;
SELECT (SELECT count(*) FROM conferencing_meeting) AS meetings,
       (SELECT count(*) FROM conferencing_meeting WHERE state = 'SCHEDULED') AS scheduled,
       (SELECT count(*) FROM bench_schedule) AS schedulable, (SELECT count(*) FROM venue) AS venues;
