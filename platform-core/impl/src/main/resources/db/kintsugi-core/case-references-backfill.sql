-- Numbers the cases opened before references existed, per region and year in the order they opened, and leaves
-- each region's and year's counter at its last number. Portable: PostgreSQL and H2 both run it (core-25).
UPDATE rj_case SET reference = (
    SELECT UPPER(n.region_code) || '-' || CAST(n.opened_year AS VARCHAR(4)) || '-'
        || CASE WHEN n.num < 10000 THEN LPAD(CAST(n.num AS VARCHAR(10)), 4, '0') ELSE CAST(n.num AS VARCHAR(10)) END
    FROM (
        SELECT c.id, c.region_code, CAST(EXTRACT(YEAR FROM c.opened_at) AS INT) AS opened_year,
            ROW_NUMBER() OVER (PARTITION BY c.region_code, CAST(EXTRACT(YEAR FROM c.opened_at) AS INT)
                ORDER BY c.opened_at, c.id) AS num
        FROM rj_case c) n
    WHERE n.id = rj_case.id)
WHERE reference IS NULL;

INSERT INTO case_reference_counter (region_code, ref_year, last_number)
    SELECT region_code, CAST(EXTRACT(YEAR FROM opened_at) AS INT), COUNT(*)
    FROM rj_case GROUP BY region_code, CAST(EXTRACT(YEAR FROM opened_at) AS INT);
