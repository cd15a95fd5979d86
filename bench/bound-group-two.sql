-- :group schedulings taken together in two statements and a commit (bench/bound.sh): every fact the gate, the
-- meetings' rules and the bookings read, with the cases, meetings and venues locked in id order, in one; the
-- bookings, the meetings' moves and the audit rows chained onto the writer's own chain in the other.
\set g random(0, :pool / :group - 1)
\set chain 16 - :client_id
\set lo :g * :group
\set hi :lo + :group
BEGIN;
WITH x AS (SELECT id, venue_id, case_id, starts_at FROM bench_bound WHERE n >= :lo AND n < :hi),
    k AS (SELECT id, stage, hold, special_risk, offence_category, region_code FROM rj_case
        WHERE id IN (SELECT case_id FROM x) ORDER BY id FOR UPDATE),
    mt AS (SELECT id, state, row_version FROM conferencing_meeting WHERE id IN (SELECT id FROM x) ORDER BY id FOR UPDATE),
    vn AS (SELECT id, region_code, checked_on FROM venue WHERE id IN (SELECT venue_id FROM x) ORDER BY id FOR UPDATE)
SELECT x.id, k.stage, k.hold, k.special_risk, k.offence_category, mt.state, mt.row_version, vn.checked_on,
    (SELECT json_agg(json_build_array(participant_id, readiness, ground_rules_agreed)) FROM conferencing_attendee a
        WHERE a.meeting_id = x.id) AS attendees,
    (SELECT json_agg(json_build_array(id, role, user_id)) FROM case_participant p WHERE p.case_id = x.case_id) AS participants,
    (SELECT json_agg(json_build_array(pp.user_id, pp.sexual_harm_trained, pp.domestic_abuse_trained))
        FROM practitioner_profile pp JOIN case_participant p ON p.user_id = pp.user_id
        WHERE p.case_id = x.case_id AND p.role = 'FACILITATOR') AS facilitators,
    (SELECT json_agg(json_build_array(participant_id, status, signed_off_at)) FROM case_assessment s
        WHERE s.case_id = x.case_id) AS assessed,
    (SELECT json_agg(json_build_array(id, outcome, decided_at)) FROM case_decision d
        WHERE d.case_id = x.case_id AND d.superseded_at IS NULL) AS decision,
    (SELECT json_agg(participant_id) FROM case_consent c WHERE c.case_id = x.case_id AND c.purpose = 'TAKE_PART'
        AND c.withdrawn_at IS NULL AND c.purpose_detail IS NULL) AS consents,
    (SELECT check_valid_months FROM region_venue_settings s WHERE s.region_code = vn.region_code) AS valid_months,
    (SELECT count(*) FROM venue_booking b WHERE b.venue_id = x.venue_id AND b.released_at IS NULL
        AND b.ends_at > x.starts_at AND b.starts_at < x.starts_at + interval '2 hours') AS overlaps
FROM x JOIN k ON k.id = x.case_id JOIN mt ON mt.id = x.id JOIN vn ON vn.id = x.venue_id;
WITH RECURSIVE x AS (SELECT id, venue_id, case_id, starts_at FROM bench_bound WHERE n >= :lo AND n < :hi),
    booked AS (INSERT INTO venue_booking (id, venue_id, case_id, module_id, record_id, starts_at, ends_at, booked_at, booked_by)
        SELECT gen_random_uuid()::text, venue_id, case_id, 'conferencing', id, starts_at, starts_at + interval '2 hours',
        now(), 'bench' FROM x),
    moved AS (UPDATE conferencing_meeting m SET state = 'SCHEDULED', starts_at = x.starts_at,
        ends_at = x.starts_at + interval '2 hours', remote = false, changed_at = now(), row_version = m.row_version + 1
        FROM x WHERE m.id = x.id),
    head AS (SELECT id, last_hash FROM audit_head WHERE id = :chain FOR UPDATE),
    input AS (SELECT row_number() OVER (ORDER BY id) AS n, id FROM x),
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
