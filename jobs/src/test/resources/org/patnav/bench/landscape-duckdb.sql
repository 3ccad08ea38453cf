-- The landscape report's tables (pipeline/.../analytics/landscape) as DuckDB SQL over the fact table: the
-- baseline of bench/landscape-vs-duckdb.sh, run by DuckDbLandscape. Counting units are applications
-- (--count application), the report is in Chinese (--lang zh), regions are shown as codes (no
-- --divisions), no --from/--to and no --company. Fee status and CNIPA high value are PatNav's Java rule
-- engines, which SQL cannot run: they come in as status.csv, made by LandscapeBaselineInputs outside the
-- timing, with labels.csv (the report's words for codes) and ipc-titles.csv (the bundled IPC titles).
--
-- Blocks: "-- step: NAME" runs its statements; "-- table: ID" is one SELECT, whose result DuckDbLandscape
-- writes to ID.csv. ${...} are filled in by DuckDbLandscape (quoted literals). Each table restates the
-- rule of its Java analysis: ranking, ties (by key ascending, nulls first), limits, thresholds.

-- step: load
SET VARIABLE as_of = ${as_of}::DATE;
SET VARIABLE region = ${region};
-- The first filing year incomplete for the 18-month publication lag, less one (LandscapeContext.lastComplete).
SET VARIABLE lc = year(getvariable('as_of') - INTERVAL 18 MONTH) - 1;
-- AdminDivisions.prefixOf: the codes inside a province, city or county start with this.
SET VARIABLE prefix = CASE WHEN getvariable('region') LIKE '%0000' THEN left(getvariable('region'), 2)
                           WHEN getvariable('region') LIKE '%00' THEN left(getvariable('region'), 4)
                           ELSE getvariable('region') END;
-- The report's words for codes, and the IPC titles in Chinese, else English (IpcTitles.title(symbol, "zh")).
SET VARIABLE labels = (SELECT map(list(key), list(text))
                       FROM read_csv(${labels}, header = true, columns = {'key': 'VARCHAR', 'text': 'VARCHAR'}));
SET VARIABLE ipc_titles = (SELECT map(list(symbol), list(coalesce(zh, en)))
                           FROM read_csv(${ipc_titles}, header = true,
                                         columns = {'symbol': 'VARCHAR', 'zh': 'VARCHAR', 'en': 'VARCHAR'}));
-- One row per unit: the sector's rows of the fact table, as LandscapeUnit reads them, with the status.
CREATE TEMP TABLE u AS
SELECT f.app AS unit, f.pub_id, coalesce(f.title_zh, f.title_en) AS title, f.office, f.patent_type,
       f.filing_date, year(f.filing_date) AS filing_year, year(f.earliest_date) AS priority_year,
       f.grant_date, year(f.grant_date) AS grant_year, f.claim_count,
       f.applicants[1].name AS owner_name, f.applicants[1].type AS owner_type,
       f.applicants[1].country AS owner_country, f.applicants[1].region_code AS owner_region,
       f.applicants, coalesce(len(f.inventors), 0) AS inventors,
       list_distinct(list_transform(f.ipc, lambda c: left(c, 4))) AS subclasses,
       list_distinct(list_filter(list_transform(f.ipc,
               lambda c: regexp_extract(c, '^([A-H][0-9]{2}[A-Z][0-9]+)', 1)), lambda g: g <> '')) AS groups,
       len(f.citing) AS cited_by, f.family_size, f.family_offices,
       s.status, s.status_since, s.high_value
FROM read_parquet(${facts}) f
LEFT JOIN read_csv(${status}, header = true,
        columns = {'unit': 'VARCHAR', 'status': 'VARCHAR', 'status_since': 'DATE', 'high_value': 'BOOLEAN'}) s
    ON s.unit = f.app
WHERE list_contains(f.sectors, ${sector});

-- step: analyse
CREATE TEMP MACRO label(k) AS getvariable('labels')[k];
-- LandscapeContext.typeName: the label, else the id; no id reads as unknown.
CREATE TEMP MACRO type_name(id) AS coalesce(label('type.' || id), id, label('type.unknown'));
CREATE TEMP MACRO ipc_title(s) AS getvariable('ipc_titles')[s];
CREATE TEMP MACRO share(part, whole) AS CASE WHEN whole = 0 THEN 0.0 ELSE part / whole END;
CREATE TEMP MACRO in_region(code) AS coalesce(starts_with(code, getvariable('prefix')), false);
SET VARIABLE total = (SELECT count(*) FROM u);
SET VARIABLE cn = (SELECT count(*) FROM u WHERE owner_country = 'CN');
-- The owners a unit counts (LandscapeUnit.owners): (name, type) pairs of the latest publication with a
-- name, each pair once, in the order first named; pos keeps that order for "the first type seen".
CREATE TEMP TABLE parties AS
SELECT unit, pos, name, type FROM (
    SELECT unit, pos, a.name AS name, a.type AS type,
           row_number() OVER (PARTITION BY unit, a.name, a.type ORDER BY pos) AS k
    FROM (SELECT unit, unnest(applicants) AS a, generate_subscripts(applicants, 1) AS pos FROM u)
    WHERE a.name IS NOT NULL)
WHERE k = 1;
-- The first cells of every patent table (LandscapeContext.patentCells).
CREATE TEMP VIEW patents AS
SELECT *, owner_name AS owner, array_to_string(list_sort(groups), '; ') AS ipc_groups FROM u;

-- table: patent_types
SELECT type_name(patent_type) AS patent_type, count(*) AS applications, share(count(*), getvariable('total')) AS share
FROM u GROUP BY u.patent_type ORDER BY applications DESC, u.patent_type NULLS FIRST;

-- table: trend
WITH y AS (SELECT filing_year AS year, 1 AS f, 0 AS p, 0 AS g FROM u WHERE filing_year IS NOT NULL
           UNION ALL SELECT priority_year, 0, 1, 0 FROM u WHERE priority_year IS NOT NULL
           UNION ALL SELECT grant_year, 0, 0, 1 FROM u WHERE grant_date <= getvariable('as_of')),
     agg AS (SELECT year, sum(f) AS f, sum(p) AS p, sum(g) AS g FROM y GROUP BY year),
     years AS (SELECT unnest(generate_series(min(year), greatest(max(year), year(getvariable('as_of'))))) AS year FROM agg)
SELECT year, coalesce(f, 0) AS filings, coalesce(p, 0) AS priority, coalesce(g, 0) AS grants
FROM years LEFT JOIN agg USING (year) ORDER BY year;

-- table: life_cycle
SELECT u.filing_year AS year, count(DISTINCT u.unit) AS applications, count(DISTINCT p.name) AS applicants
FROM u LEFT JOIN parties p USING (unit)
WHERE u.filing_year IS NOT NULL AND u.filing_year <= getvariable('lc')
GROUP BY u.filing_year ORDER BY year;

-- table: focus_region
WITH parts AS (SELECT owner_region AS code, count(*) AS n FROM u
               WHERE length(getvariable('prefix')) < 6 AND in_region(owner_region) AND length(owner_region) = 6
                 AND owner_region NOT LIKE '%00'
               GROUP BY owner_region),
     province AS (SELECT left(getvariable('prefix'), 2) AS p),
     r AS (SELECT 1 AS k, code, code AS region, label('level.part') AS level, n FROM parts
           UNION ALL SELECT 2, getvariable('region'), getvariable('region'), label('level.focus'),
                            (SELECT count(*) FROM u WHERE in_region(owner_region))
           UNION ALL SELECT 3, p || '0000', p || '0000', label('level.province'),
                            (SELECT count(*) FROM u WHERE starts_with(owner_region, p)) FROM province
           UNION ALL SELECT 4, 'CN', label('region.nation'), label('level.nation'), getvariable('cn'))
SELECT code, region, level, n AS applications, share(n, getvariable('cn')) AS share FROM r ORDER BY k, code;

-- table: provinces
SELECT left(owner_region, 2) || '0000' AS code, left(owner_region, 2) || '0000' AS region, count(*) AS applications,
       share(count(*), getvariable('cn')) AS share
FROM u WHERE owner_country = 'CN' AND owner_region IS NOT NULL
GROUP BY 1 ORDER BY applications DESC, code LIMIT 20;

-- table: cities
SELECT left(owner_region, 4) || '00' AS code, left(owner_region, 4) || '00' AS region, count(*) AS applications,
       share(count(*), getvariable('cn')) AS share
FROM u WHERE owner_country = 'CN' AND length(owner_region) = 6 AND owner_region NOT LIKE '%0000'
GROUP BY 1 ORDER BY applications DESC, code LIMIT 20;

-- table: countries
SELECT coalesce(owner_country, '?') AS country, count(*) AS applications, share(count(*), getvariable('total')) AS share
FROM u GROUP BY 1 ORDER BY applications DESC, country LIMIT 20;

-- table: top_applicants
-- Full counting: a unit counts once per owner it names; type and country are the first seen, in unit order.
WITH t AS (
    SELECT p.name,
           first(p.type ORDER BY p.unit, p.pos) FILTER (WHERE p.type IS NOT NULL) AS type,
           first(u.owner_country ORDER BY p.unit, p.pos) FILTER (WHERE u.owner_country IS NOT NULL) AS country,
           count(*) AS applications,
           count(*) FILTER (WHERE u.grant_date <= getvariable('as_of')) AS granted,
           count(*) FILTER (WHERE u.status = 'valid') AS valid,
           count(*) FILTER (WHERE u.filing_year BETWEEN getvariable('lc') - 2 AND getvariable('lc')) AS recent,
           count(*) FILTER (WHERE u.filing_year BETWEEN getvariable('lc') - 5 AND getvariable('lc') - 3) AS previous
    FROM parties p JOIN u USING (unit) GROUP BY p.name)
SELECT row_number() OVER (ORDER BY applications DESC, name) AS rank, name AS applicant, type_name(type) AS type,
       country, applications, share(applications, getvariable('total')) AS share, granted, valid,
       share(granted, applications) AS grant_rate, recent, previous,
       CASE WHEN previous = 0 THEN NULL ELSE recent / previous - 1 END AS growth
FROM t ORDER BY applications DESC, name LIMIT 20;

-- table: applicant_types
SELECT type_name(k) AS type, n AS applications, share(n, getvariable('total')) AS share
FROM (SELECT coalesce(owner_type, 'unknown') AS k, count(*) AS n FROM u GROUP BY k) ORDER BY n DESC, k;

-- table: new_entrants
WITH a AS (SELECT p.name, count(*) AS n, min(u.filing_year) AS first_year FROM parties p JOIN u USING (unit) GROUP BY p.name)
SELECT name AS applicant, first_year, n AS applications FROM a
WHERE first_year >= getvariable('lc') - 2 ORDER BY n DESC, name LIMIT 20;

-- table: concentration
-- Concentration.of: shares of units by first owner.
WITH c AS (SELECT count(*) AS n FROM u WHERE owner_name IS NOT NULL GROUP BY owner_name),
     r AS (SELECT n, row_number() OVER (ORDER BY n DESC) AS k, sum(n) OVER () AS total FROM c)
SELECT measure, value FROM (
    SELECT 1 AS o, 'CR4' AS measure, coalesce(sum(n) FILTER (WHERE k <= 4) / any_value(total), 0.0) AS value FROM r
    UNION ALL SELECT 2, 'CR8', coalesce(sum(n) FILTER (WHERE k <= 8) / any_value(total), 0.0) FROM r
    UNION ALL SELECT 3, 'HHI', coalesce(sum(pow(100.0 * n / total, 2)), 0.0) FROM r)
ORDER BY o;

-- table: ipc_subclasses
SELECT s AS subclass, ipc_title(s) AS title, count(*) AS applications, share(count(*), getvariable('total')) AS share
FROM (SELECT unnest(subclasses) AS s FROM u) GROUP BY s ORDER BY applications DESC, subclass LIMIT 15;

-- table: ipc_groups
SELECT g AS "group", ipc_title(g) AS title, count(*) AS applications, share(count(*), getvariable('total')) AS share
FROM (SELECT unnest(groups) AS g FROM u) GROUP BY g ORDER BY applications DESC, g LIMIT 15;

-- table: branch_trends
-- The five largest main groups (the first five of ipc_groups) per filing year, every year to the as-of year.
WITH g AS (SELECT unnest(groups) AS grp, filing_year FROM u),
     top AS (SELECT grp, row_number() OVER (ORDER BY count(*) DESC, grp) AS b FROM g GROUP BY grp QUALIFY b <= 5),
     per AS (SELECT filing_year AS year, b FROM g JOIN top USING (grp) WHERE filing_year IS NOT NULL),
     years AS (SELECT unnest(generate_series(min(year), greatest(max(year), year(getvariable('as_of'))))) AS year FROM per)
SELECT year, count(b) FILTER (WHERE b = 1) AS b1, count(b) FILTER (WHERE b = 2) AS b2,
       count(b) FILTER (WHERE b = 3) AS b3, count(b) FILTER (WHERE b = 4) AS b4, count(b) FILTER (WHERE b = 5) AS b5
FROM years LEFT JOIN per USING (year) GROUP BY year ORDER BY year;

-- table: hot_spots
-- Main groups growing fastest: the last three complete years against the three before, at least 3 and 2.
WITH c AS (SELECT grp,
                  count(*) FILTER (WHERE filing_year BETWEEN getvariable('lc') - 2 AND getvariable('lc')) AS recent,
                  count(*) FILTER (WHERE filing_year BETWEEN getvariable('lc') - 5 AND getvariable('lc') - 3) AS previous
           FROM (SELECT unnest(groups) AS grp, filing_year FROM u) GROUP BY grp)
SELECT grp AS "group", ipc_title(grp) AS title, recent, previous, recent / previous - 1 AS growth
FROM c WHERE previous >= 2 AND recent >= 3
ORDER BY recent / previous DESC, recent DESC, grp LIMIT 10;

-- table: gaps
-- Main groups with nothing from the focus region.
WITH c AS (SELECT grp, count(*) AS n, count(*) FILTER (WHERE in_region(owner_region)) AS local
           FROM (SELECT unnest(groups) AS grp, owner_region FROM u) GROUP BY grp)
SELECT grp AS "group", ipc_title(grp) AS title, n AS applications FROM c WHERE local = 0
ORDER BY n DESC, grp LIMIT 10;

-- table: most_cited
SELECT pub_id, title, owner, filing_year, ipc_groups, cited_by FROM patents
WHERE cited_by > 0 ORDER BY cited_by DESC, pub_id LIMIT 20;

-- table: largest_families
SELECT pub_id, title, owner, filing_year, ipc_groups, family_size, family_offices FROM patents
WHERE family_size > 1 ORDER BY family_size DESC, family_offices DESC, pub_id LIMIT 20;

-- table: core_patents
-- CorePatents.coreReasons: cited at least 3 times, a family in 2 offices, at least 10 claims, valid and
-- filed at least 10 years before the as-of date; not an application that ended before grant.
WITH r AS (
    SELECT *, list_filter([
               CASE WHEN cited_by >= 3 THEN replace(label('reason.cited'), '{n}', cited_by::VARCHAR) END,
               CASE WHEN family_offices >= 2 THEN label('reason.abroad') END,
               CASE WHEN claim_count >= 10 THEN replace(label('reason.claims'), '{n}', '10') END,
               CASE WHEN status = 'valid' AND filing_date <= (getvariable('as_of') - INTERVAL 10 YEAR)::DATE
                    THEN replace(label('reason.maintained'), '{n}', '10') END],
               lambda x: x IS NOT NULL) AS reasons
    FROM patents)
SELECT pub_id, title, owner, filing_year, ipc_groups, label('status.' || status) AS status,
       len(reasons) AS criteria, array_to_string(reasons, label('list.separator')) AS reasons
FROM r
WHERE len(reasons) > 0 AND NOT (status = 'lapsed' AND coalesce(grant_date > getvariable('as_of'), true))
ORDER BY criteria DESC, cited_by DESC, pub_id LIMIT 20;

-- table: cnipa_high_value
SELECT pub_id, title, owner, filing_year, ipc_groups, cited_by, family_offices FROM patents
WHERE high_value ORDER BY cited_by DESC, pub_id LIMIT 20;

-- table: legal_status
WITH s AS (SELECT * FROM (VALUES ('valid', 1), ('pending', 2), ('restorable', 3), ('lapsed', 4), ('expired', 5)) v(status, k)),
     c AS (SELECT status, count(*) AS n FROM u GROUP BY status)
SELECT s.status, label('status.' || s.status) AS label, coalesce(c.n, 0) AS applications,
       share(coalesce(c.n, 0), getvariable('total')) AS share
FROM s LEFT JOIN c USING (status) ORDER BY s.k;

-- table: free_to_use
-- Lapsed or expired CNIPA patents, most cited first, then largest family, then most recently ended.
SELECT pub_id, title, owner, filing_year, ipc_groups, label('status.' || status) AS status, status_since AS since,
       cited_by, family_size
FROM patents WHERE status IN ('lapsed', 'expired') AND office = 'CN'
ORDER BY cited_by DESC, family_size DESC, status_since DESC NULLS LAST, pub_id LIMIT 50;

-- table: co_applicants
-- Pairs of owners of one unit, names in order; the types are the first seen in unit order.
WITH pr AS (SELECT a.unit, a.pos AS pa, b.pos AS pb, a.name AS a, b.name AS b, a.type AS ta, b.type AS tb
            FROM parties a JOIN parties b ON a.unit = b.unit AND a.name < b.name),
     c AS (SELECT a, b, count(*) AS n,
                  first(ta ORDER BY unit, pa, pb) FILTER (WHERE ta IS NOT NULL) AS ta,
                  first(tb ORDER BY unit, pa, pb) FILTER (WHERE tb IS NOT NULL) AS tb
           FROM pr GROUP BY a, b)
SELECT a AS applicant_a, b AS applicant_b, a || ' — ' || b AS pair, type_name(ta) || ' – ' || type_name(tb) AS kind,
       n AS applications
FROM c ORDER BY n DESC, a, b LIMIT 20;

-- table: team_sizes
WITH b AS (SELECT CASE WHEN inventors = 0 THEN '?' WHEN inventors = 1 THEN '1' WHEN inventors = 2 THEN '2'
                       WHEN inventors <= 5 THEN '3-5' WHEN inventors <= 10 THEN '6-10' ELSE '11+' END AS bucket FROM u),
     k AS (SELECT * FROM (VALUES ('1', 1), ('2', 2), ('3-5', 3), ('6-10', 4), ('11+', 5), ('?', 6)) v(bucket, k))
SELECT CASE WHEN k.bucket = '?' THEN label('team.unknown') ELSE k.bucket END AS team_size, count(b.bucket) AS applications
FROM k LEFT JOIN b USING (bucket) GROUP BY k.bucket, k.k ORDER BY k.k;
