-- Synthetic national caseload for bench/cases.sh: :cases cases spread over the regions and the
-- practitioners created through the API, each with a referral, both parties, a facilitator,
-- two consents, three timeline events and a first-contact task. All names are placeholders and
-- the *_enc columns hold a marker, not ciphertext: the benchmark lists cases, it never opens these.
\set ON_ERROR_STOP on
BEGIN;
CREATE TEMP TABLE bench_practitioner AS
    SELECT u.id AS user_id, r.region_code, row_number() OVER (PARTITION BY r.region_code ORDER BY u.id) - 1 AS n,
           count(*) OVER (PARTITION BY r.region_code) AS per_region
    FROM user_account u JOIN user_region r ON r.user_id = u.id JOIN user_role ro ON ro.user_id = u.id
    WHERE ro.role = 'PRACTITIONER' AND u.username LIKE 'bench-%';
CREATE TEMP TABLE bench_region AS
    SELECT code, row_number() OVER (ORDER BY code) - 1 AS n, count(*) OVER () AS total FROM region WHERE code LIKE 'bench-%';
CREATE TEMP TABLE bench_case AS
    SELECT g AS n, md5('case' || g)::uuid::text AS case_id, md5('referral' || g)::uuid::text AS referral_id,
           (SELECT code FROM bench_region WHERE n = g % (SELECT max(total) FROM bench_region)) AS region_code,
           now() - (g || ' minutes')::interval AS opened_at
    FROM generate_series(1, :cases) AS g;
INSERT INTO referral (id, region_code, status, source, referrer_user_id, led_by, criminal_justice, recency,
        sentence_stage, offence_category, harmed_enc, created_at, version, decided_at, decided_by)
    SELECT c.referral_id, c.region_code, 'ACCEPTED', 'SELF', (SELECT id FROM user_account WHERE username = 'admin'),
           'PERSON_HARMED', false, 'RECENT', 'NOT_APPLICABLE', (ARRAY['VIOLENCE','SEXUAL_VIOLENCE','DOMESTIC_ABUSE','OTHER'])[1 + c.n % 4],
           'seed:not-ciphertext', c.opened_at, 0, c.opened_at, 'bench'
    FROM bench_case c;
-- Each case its reference, numbered per region and year in the order opened, as the core numbers them.
CREATE TEMP TABLE bench_reference AS
    SELECT c.case_id, UPPER(c.region_code) || '-' || EXTRACT(YEAR FROM c.opened_at)::int || '-'
           || (SELECT CASE WHEN k < 10000 THEN LPAD(k::text, 4, '0') ELSE k::text END) AS reference
    FROM (SELECT c.*, ROW_NUMBER() OVER (PARTITION BY c.region_code, EXTRACT(YEAR FROM c.opened_at) ORDER BY c.opened_at, c.n) AS k
          FROM bench_case c) c;
INSERT INTO rj_case (id, region_code, referral_id, stage, hold, offence_category, special_risk, led_by, opened_at,
        opened_by, version, re_engaged_count, reference)
    SELECT c.case_id, c.region_code, c.referral_id,
           (ARRAY['REFERRED','FIRST_CONTACT','CONSENT','ASSESSMENT','DECISION','PREPARATION','DELIVERY','OUTCOME','AFTER_CARE','CLOSED'])[1 + c.n % 10],
           CASE WHEN c.n % 23 = 0 THEN 'PAUSED' ELSE 'NONE' END,
           (ARRAY['VIOLENCE','SEXUAL_VIOLENCE','DOMESTIC_ABUSE','OTHER'])[1 + c.n % 4], c.n % 4 IN (1, 2),
           'PERSON_HARMED', c.opened_at, 'bench', 0, 0, r.reference
    FROM bench_case c JOIN bench_reference r ON r.case_id = c.case_id;
INSERT INTO case_reference_counter (region_code, ref_year, last_number)
    SELECT region_code, EXTRACT(YEAR FROM opened_at)::int, count(*) FROM bench_case
    GROUP BY region_code, EXTRACT(YEAR FROM opened_at)::int;
INSERT INTO case_participant (id, case_id, role, user_id, details_enc, added_at, chosen_by_harmed)
    SELECT md5('harmed' || c.n)::uuid::text, c.case_id, 'PERSON_HARMED', NULL, 'seed:not-ciphertext', c.opened_at, false FROM bench_case c
    UNION ALL
    SELECT md5('responsible' || c.n)::uuid::text, c.case_id, 'PERSON_RESPONSIBLE', NULL, 'seed:not-ciphertext', c.opened_at, false FROM bench_case c
    UNION ALL
    SELECT md5('facilitator' || c.n)::uuid::text, c.case_id, 'FACILITATOR', p.user_id, NULL, c.opened_at, c.n % 3 = 0
    FROM bench_case c JOIN bench_practitioner p ON p.region_code = c.region_code AND p.n = (c.n / 10) % p.per_region;
INSERT INTO case_consent (id, case_id, participant_id, purpose, wording_version, no_incentive_confirmed, given_at, recorded_by)
    SELECT md5('consent-h' || c.n)::uuid::text, c.case_id, md5('harmed' || c.n)::uuid::text, 'TAKE_PART', 'bench-v1', true, c.opened_at, 'bench' FROM bench_case c
    UNION ALL
    SELECT md5('consent-r' || c.n)::uuid::text, c.case_id, md5('responsible' || c.n)::uuid::text, 'TAKE_PART', 'bench-v1', true, c.opened_at, 'bench' FROM bench_case c;
INSERT INTO case_event (id, case_id, occurred_at, actor, kind, note)
    SELECT md5('event' || k || '-' || c.n)::uuid::text, c.case_id, c.opened_at + (k || ' hours')::interval, 'bench',
           (ARRAY['CASE_OPENED','FACILITATOR_ALLOCATED','CONSENT_GIVEN'])[k], 'Seeded for the benchmark'
    FROM bench_case c, generate_series(1, 3) AS k;
INSERT INTO case_task (id, case_id, kind, due_on, done_at, created_at)
    SELECT md5('task' || c.n)::uuid::text, c.case_id, 'FIRST_CONTACT', (c.opened_at + interval '7 days')::date,
           CASE WHEN c.n % 10 = 0 THEN NULL ELSE c.opened_at + interval '2 days' END, c.opened_at
    FROM bench_case c;
UPDATE rj_case c SET next_due_on = t.due_on FROM case_task t WHERE t.case_id = c.id AND t.done_at IS NULL;
COMMIT;
ANALYZE;
SELECT (SELECT count(*) FROM rj_case) AS cases, (SELECT count(*) FROM case_participant) AS participants,
       (SELECT count(*) FROM case_consent) AS consents, (SELECT count(*) FROM case_event) AS events;
