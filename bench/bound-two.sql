-- One scheduling in two statements and a commit (bench/bound.sh): everything the gate, the meeting's rules and
-- the booking read, with the case, meeting and venue locked, in one statement; the booking, the meeting's move and
-- the audit row in another. The fewest round trips a scheduling answered one request at a time can take.
\set n random(0, :pool - 1)
SELECT id AS m, venue_id AS v, case_id AS c, starts_at AS s FROM bench_bound WHERE n = :n \gset
BEGIN;
WITH k AS (SELECT stage, hold, special_risk, offence_category, region_code FROM rj_case WHERE id = :c FOR UPDATE),
    mt AS (SELECT state, row_version FROM conferencing_meeting WHERE id = :m FOR UPDATE),
    vn AS (SELECT region_code, checked_on FROM venue WHERE id = :v FOR UPDATE)
SELECT k.*, mt.*, vn.*,
    (SELECT json_agg(json_build_array(participant_id, readiness, ground_rules_agreed)) FROM conferencing_attendee
        WHERE meeting_id = :m) AS attendees,
    (SELECT json_agg(json_build_array(id, role, user_id)) FROM case_participant WHERE case_id = :c) AS participants,
    (SELECT json_agg(json_build_array(pp.user_id, pp.sexual_harm_trained, pp.domestic_abuse_trained))
        FROM practitioner_profile pp JOIN case_participant p ON p.user_id = pp.user_id
        WHERE p.case_id = :c AND p.role = 'FACILITATOR') AS facilitators,
    (SELECT json_agg(json_build_array(participant_id, status, signed_off_at)) FROM case_assessment WHERE case_id = :c) AS assessed,
    (SELECT json_agg(json_build_array(id, outcome, decided_at)) FROM case_decision
        WHERE case_id = :c AND superseded_at IS NULL) AS decision,
    (SELECT json_agg(participant_id) FROM case_consent WHERE case_id = :c AND purpose = 'TAKE_PART'
        AND withdrawn_at IS NULL AND purpose_detail IS NULL) AS consents,
    (SELECT check_valid_months FROM region_venue_settings s WHERE s.region_code = vn.region_code) AS valid_months,
    (SELECT count(*) FROM venue_booking WHERE venue_id = :v AND released_at IS NULL AND ends_at > :s::timestamptz
        AND starts_at < :s::timestamptz + interval '2 hours') AS overlaps
FROM k, mt, vn;
WITH booked AS (INSERT INTO venue_booking (id, venue_id, case_id, module_id, record_id, starts_at, ends_at, booked_at, booked_by)
        VALUES (gen_random_uuid()::text, :v, :c, 'conferencing', :m, :s::timestamptz, :s::timestamptz + interval '2 hours',
        now(), 'bench') RETURNING id),
    moved AS (UPDATE conferencing_meeting SET state = 'SCHEDULED', starts_at = :s::timestamptz,
        ends_at = :s::timestamptz + interval '2 hours', remote = false, changed_at = now(), row_version = row_version + 1
        WHERE id = :m),
    head AS (SELECT id, last_hash FROM audit_head ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED),
    drawn AS (SELECT id, last_hash, nextval('audit_event_seq') AS seq FROM head),
    hashed AS (SELECT id, last_hash, seq, encode(sha256(convert_to(length(seq::text) || ':' || seq::text || :m
        || length(last_hash) || ':' || last_hash, 'UTF8')), 'hex') AS hash FROM drawn),
    appended AS (INSERT INTO audit_event (seq, chain, occurred_at, actor, actor_id, action, module, record_type, record_id,
        source, outcome, prev_hash, hash) SELECT seq, id, now(), 'bench-sup', NULL,
        'POST /modules/conferencing/meetings/{id}/schedule', 'conferencing', 'meetings', 'id=' || :m, '127.0.0.1', '200',
        last_hash, hash FROM hashed)
    UPDATE audit_head SET last_seq = hashed.seq, last_hash = hashed.hash FROM hashed WHERE audit_head.id = hashed.id;
END;
