-- :group schedulings as one writer would take them together (bench/bound.sh): each statement for all of them, the
-- cases, meetings and venues locked in id order, the audit rows chained onto the writer's own chain; one commit.
\set g random(0, :pool / :group - 1)
\set chain 16 - :client_id
\set lo :g * :group
\set hi :lo + :group
BEGIN;
SELECT stage, hold, special_risk, offence_category, region_code FROM rj_case
    WHERE id IN (SELECT case_id FROM bench_bound WHERE n >= :lo AND n < :hi) ORDER BY id FOR UPDATE;
SELECT id, state, row_version FROM conferencing_meeting
    WHERE id IN (SELECT id FROM bench_bound WHERE n >= :lo AND n < :hi) ORDER BY id FOR UPDATE;
SELECT meeting_id, participant_id, readiness, ground_rules_agreed FROM conferencing_attendee
    WHERE meeting_id IN (SELECT id FROM bench_bound WHERE n >= :lo AND n < :hi);
SELECT id, case_id, role, user_id FROM case_participant WHERE case_id IN (SELECT case_id FROM bench_bound WHERE n >= :lo AND n < :hi);
SELECT p.case_id, pp.user_id, pp.sexual_harm_trained, pp.domestic_abuse_trained FROM practitioner_profile pp
    JOIN case_participant p ON p.user_id = pp.user_id
    WHERE p.case_id IN (SELECT case_id FROM bench_bound WHERE n >= :lo AND n < :hi) AND p.role = 'FACILITATOR';
SELECT case_id, participant_id, status, signed_off_at FROM case_assessment
    WHERE case_id IN (SELECT case_id FROM bench_bound WHERE n >= :lo AND n < :hi);
SELECT case_id, id, outcome, decided_at FROM case_decision
    WHERE case_id IN (SELECT case_id FROM bench_bound WHERE n >= :lo AND n < :hi) AND superseded_at IS NULL;
SELECT participant_id FROM case_consent WHERE case_id IN (SELECT case_id FROM bench_bound WHERE n >= :lo AND n < :hi)
    AND purpose = 'TAKE_PART' AND withdrawn_at IS NULL AND purpose_detail IS NULL;
SELECT v.id, v.region_code, v.checked_on, s.check_valid_months FROM venue v
    LEFT JOIN region_venue_settings s ON s.region_code = v.region_code
    WHERE v.id IN (SELECT venue_id FROM bench_bound WHERE n >= :lo AND n < :hi) ORDER BY v.id FOR UPDATE OF v;
SELECT x.id, count(b.id) FROM bench_bound x LEFT JOIN venue_booking b ON b.venue_id = x.venue_id AND b.released_at IS NULL
    AND b.ends_at > x.starts_at AND b.starts_at < x.starts_at + interval '2 hours' WHERE x.n >= :lo AND x.n < :hi GROUP BY x.id;
INSERT INTO venue_booking (id, venue_id, case_id, module_id, record_id, starts_at, ends_at, booked_at, booked_by)
    SELECT gen_random_uuid()::text, venue_id, case_id, 'conferencing', id, starts_at, starts_at + interval '2 hours',
    now(), 'bench' FROM bench_bound WHERE n >= :lo AND n < :hi;
UPDATE conferencing_meeting m SET state = 'SCHEDULED', starts_at = x.starts_at, ends_at = x.starts_at + interval '2 hours',
    remote = false, changed_at = now(), row_version = m.row_version + 1 FROM bench_bound x WHERE x.n >= :lo AND x.n < :hi AND m.id = x.id;
WITH RECURSIVE head AS (SELECT id, last_hash FROM audit_head WHERE id = :chain FOR UPDATE),
    input AS (SELECT row_number() OVER (ORDER BY id) AS n, id FROM bench_bound WHERE n >= :lo AND n < :hi),
    drawn AS (SELECT nextval('audit_event_seq') AS seq FROM input, head),
    numbered AS (SELECT seq, row_number() OVER (ORDER BY seq) AS n FROM drawn),
    chained (n, seq, prev_hash, hash) AS (SELECT 0::bigint, 0::bigint, NULL::text, last_hash::text FROM head
        UNION ALL SELECT c.n + 1, d.seq, c.hash, encode(sha256(convert_to(length(d.seq::text) || ':' || d.seq::text
        || i.id || length(c.hash) || ':' || c.hash, 'UTF8')), 'hex')
        FROM chained c JOIN numbered d ON d.n = c.n + 1 JOIN input i ON i.n = c.n + 1),
    appended AS (INSERT INTO audit_event (seq, chain, occurred_at, actor, actor_id, action, module, record_type, record_id,
        source, outcome, prev_hash, hash) SELECT c.seq, head.id, now(), 'bench-sup', NULL,
        'POST /modules/conferencing/meetings/{id}/schedule', 'conferencing', 'meetings', 'id=' || i.id, '127.0.0.1', '200',
        c.prev_hash, c.hash FROM chained c JOIN input i ON i.n = c.n CROSS JOIN head)
    UPDATE audit_head SET last_seq = c.seq, last_hash = c.hash FROM chained c, head
    WHERE audit_head.id = head.id AND c.n = :group;
END;
