-- The landscape report's tables (pipeline/.../analytics/landscape) as DuckDB SQL over the fact table: the
-- baseline of bench/landscape-vs-duckdb.sh, run by DuckDbLandscape. Counting units are applications
-- (--count application), the report is in Chinese (--lang zh), regions are shown as codes (no
-- --divisions), no --from/--to and no --company. Fee status and CNIPA high value are PatNav's Java rule
-- engines, which SQL cannot run: they come in as status.csv, made by LandscapeBaselineInputs outside the
-- timing, with labels.csv (the report's words for codes) and ipc-titles.csv (the bundled IPC titles). So
-- do, for the navigation sections, persons.csv (the person InventorIdentities' union-find makes of each
-- inventor named on a unit), chain.csv (the sector's industry chain, its nodes in report order with the
-- names the report prints) and effects.csv (the sector's technical effects, with their labels).
--
-- Blocks: "-- step: NAME" runs its statements; "-- table: ID" is one SELECT, whose result DuckDbLandscape
-- writes to ID.csv. ${...} are filled in by DuckDbLandscape (quoted literals). Each table restates the
-- rule of its Java analysis: ranking, ties (by key ascending, nulls first), limits, thresholds. Text keys
-- compare byte by byte (DuckDB's default collation), as Java's String.compareTo does for the characters of
-- the Basic Multilingual Plane, where every name of the sample world lies.

-- step: load
SET VARIABLE as_of = ${as_of}::DATE;
SET VARIABLE sector = ${sector};
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
       s.status, s.status_since, s.high_value,
       f.branches, f.effects, f.events, f.citing, f.holder_name, f.holder_country, f.holder_region
FROM read_parquet(${facts}) f
LEFT JOIN read_csv(${status}, header = true,
        columns = {'unit': 'VARCHAR', 'status': 'VARCHAR', 'status_since': 'DATE', 'high_value': 'BOOLEAN'}) s
    ON s.unit = f.app
WHERE list_contains(f.sectors, ${sector});
-- The navigation sections' inputs: the chain's nodes (a branch has no parent), the matrix's effects, and the
-- person of each inventor named on a unit.
CREATE TEMP TABLE chain AS
SELECT * FROM read_csv(${chain}, header = true, delim = ',', quote = '"', escape = '"',
        columns = {'node': 'INTEGER', 'key': 'VARCHAR', 'parent': 'VARCHAR', 'segment': 'VARCHAR', 'name': 'VARCHAR'});
CREATE TEMP TABLE effects AS
SELECT * FROM read_csv(${effects}, header = true, delim = ',', quote = '"', escape = '"',
        columns = {'effect': 'INTEGER', 'id': 'VARCHAR', 'label': 'VARCHAR'});
CREATE TEMP TABLE persons AS
SELECT * FROM read_csv(${persons}, header = true, delim = ',', quote = '"', escape = '"',
        columns = {'unit': 'VARCHAR', 'person': 'VARCHAR', 'name': 'VARCHAR'});
-- Every inventor name as each unit writes it, with the form the identity rule compares (inventors.csv).
CREATE TEMP TABLE written AS
SELECT * FROM read_csv(${inventors}, header = true, delim = ',', quote = '"', escape = '"',
        columns = {'unit': 'VARCHAR', 'name': 'VARCHAR', 'normal': 'VARCHAR'});

-- step: analyse
CREATE TEMP MACRO label(k) AS getvariable('labels')[k];
-- LandscapeContext.typeName: the label, else the id; no id reads as unknown.
CREATE TEMP MACRO type_name(id) AS coalesce(label('type.' || id), id, label('type.unknown'));
CREATE TEMP MACRO ipc_title(s) AS getvariable('ipc_titles')[s];
CREATE TEMP MACRO share(part, whole) AS CASE WHEN whole = 0 THEN 0.0 ELSE part / whole END;
CREATE TEMP MACRO in_region(code) AS coalesce(starts_with(code, getvariable('prefix')), false);
SET VARIABLE total = (SELECT count(*) FROM u);
SET VARIABLE cn = (SELECT count(*) FROM u WHERE owner_country = 'CN');
-- The owners a unit counts (LandscapeUnit.owners): the owners of the latest publication with a name, each
-- name once with the type, country and division of its first naming (a name given twice would count the
-- unit twice for it); pos keeps the order named, for "the first type seen".
CREATE TEMP TABLE parties AS
SELECT unit, pos, name, type, country, region FROM (
    SELECT unit, pos, a.name AS name, a.type AS type, a.country AS country, a.region_code AS region,
           row_number() OVER (PARTITION BY unit, a.name ORDER BY pos) AS k
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
-- Full counting: a unit counts once per owner it names; type and country are the first seen, in unit order
-- (the applicant's own country, not the unit's first owner's).
WITH t AS (
    SELECT p.name,
           first(p.type ORDER BY p.unit, p.pos) FILTER (WHERE p.type IS NOT NULL) AS type,
           first(p.country ORDER BY p.unit, p.pos) FILTER (WHERE p.country IS NOT NULL) AS country,
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

-- step: navigate
-- The navigation sections (a sector placed on an industry chain): the chain's positions, the inventors as
-- persons, the development paths, each Java rule restated where its figure is made. Branch order is the
-- chain's (chain.node); "the first seen" is in unit order, as the report holds its units.
CREATE TEMP MACRO recent(y) AS coalesce(y BETWEEN getvariable('lc') - 2 AND getvariable('lc'), false);
CREATE TEMP MACRO previous(y) AS coalesce(y BETWEEN getvariable('lc') - 5 AND getvariable('lc') - 3, false);
-- ChainPositions.Tally.growth: the last three complete years against the three before, none without earlier ones.
CREATE TEMP MACRO growth(recent, previous) AS CASE WHEN previous = 0 THEN NULL ELSE recent / previous - 1 END;
-- Tally.growsAtLeast: from nothing to something grows; no threshold (the sector had nothing earlier) is met.
CREATE TEMP MACRO grows_at_least(recent, previous, threshold) AS
    CASE WHEN previous = 0 THEN recent > 0 ELSE threshold IS NULL OR recent / previous - 1 >= threshold END;
-- ChainPositions.specialisation: (region_b / nation_b) / (region_s / nation_s), undefined without a base.
CREATE TEMP MACRO specialisation(rb, nb, rs, ns) AS
    CASE WHEN nb = 0 OR rs = 0 OR ns = 0 THEN NULL ELSE (rb / nb) / (rs / ns) END;
-- Java's Math.round(v * 10^d) / 10^d: halves rounded up, where SQL's round() rounds them away from zero.
CREATE TEMP MACRO round_half_up(v, d) AS floor(v * pow(10, d) + 0.5) / pow(10, d);
CREATE TEMP MACRO in_province(code) AS coalesce(starts_with(code, left(getvariable('prefix'), 2)), false);
-- Operation.flow and Talent's moves: into, out of, within the region, or elsewhere.
CREATE TEMP MACRO flow(from_in, to_in) AS CASE WHEN to_in AND NOT from_in THEN 'into' WHEN from_in AND NOT to_in THEN 'out'
                                               WHEN from_in THEN 'within' ELSE 'elsewhere' END;
CREATE TEMP MACRO yes(b) AS CASE WHEN b THEN label('yes') ELSE '' END;
-- Paths.owner and Positioning.rank: an owner is described by its first naming (in unit order) with a division
-- code, else by its first naming; an aggregate over an owner's namings.
CREATE TEMP MACRO described(unit, region, value) AS
    coalesce(first(value ORDER BY unit) FILTER (WHERE region IS NOT NULL), first(value ORDER BY unit));
-- Paths.patents: the units behind a recommendation, most cited first, five of them and how many more.
CREATE TEMP MACRO patents_of(cited_by, pub_id) AS
    array_to_string(list(pub_id ORDER BY cited_by DESC, pub_id)[1:5], '; ')
    || CASE WHEN count(*) > 5 THEN ' (+' || (count(*) - 5) || ')' ELSE '' END;
-- The branches (not sub-branches) of a list of nodes, by name in chain order (Direction.branchNames).
SET VARIABLE branch_names = (SELECT map(list(node), list(name)) FROM chain WHERE parent IS NULL);
CREATE TEMP MACRO branch_names(nodes) AS
    array_to_string(list_transform(list_sort(list_distinct(list_filter(nodes, lambda n: getvariable('branch_names')[n] IS NOT NULL))),
                                   lambda n: getvariable('branch_names')[n]), '; ');
-- Where each unit is placed: a node of the chain per sector/branch[/sub] key of its branches.
CREATE TEMP TABLE placed AS
SELECT DISTINCT b.unit, c.node
FROM (SELECT unit, unnest(branches) AS key FROM u) b
JOIN chain c ON starts_with(b.key, getvariable('sector') || '/') AND c.key = substr(b.key, length(getvariable('sector')) + 2);
-- Every unit with what the sections ask of it (its patent cells, owner, status and holder; not the lists the
-- unit table carries): the four levels of ChainPositions (world; nation: the first owner Chinese; the focus
-- region's province; the region), its windows and its nodes.
CREATE TEMP TABLE nav AS
SELECT p.unit, p.pub_id, p.title, p.owner, p.filing_year, p.ipc_groups, p.office, p.patent_type, p.grant_date,
       p.claim_count, p.owner_name, p.owner_type, p.owner_country, p.owner_region, p.cited_by, p.family_size,
       p.status, p.status_since, p.high_value, p.holder_name, p.holder_region,
       p.status = 'valid' AS valid, recent(p.filing_year) AS recent, previous(p.filing_year) AS previous,
       coalesce(p.owner_country = 'CN', false) AS nation, in_province(p.owner_region) AS province,
       in_region(p.owner_region) AS local, coalesce(n.nodes, []) AS nodes
FROM patents p LEFT JOIN (SELECT unit, list(node ORDER BY node) AS nodes FROM placed GROUP BY unit) n USING (unit);
-- The unit's transfers, licences, open licences, pledges and pledge releases (LandscapeUnit.Dealing), from its events.
CREATE TEMP TABLE dealings AS
SELECT unit, e.category, e.event_date AS date FROM (SELECT unit, unnest(events) AS e FROM u)
WHERE e.category IN ('transfer', 'licence', 'open_licence', 'pledge', 'pledge_release');
-- ChainPositions: per node (node 0: the sector) the tally of each level: units, valid, high value, windows.
CREATE TEMP TABLE tallies AS
WITH m AS (SELECT node, unit FROM placed UNION ALL SELECT 0, unit FROM u),
     levels AS (SELECT * FROM (VALUES ('world'), ('nation'), ('province'), ('region')) v(level)),
     counts AS (SELECT m.node, l.level,
                       {'units': count(*), 'valid': count(*) FILTER (WHERE n.valid),
                        'high_value': count(*) FILTER (WHERE n.high_value), 'recent': count(*) FILTER (WHERE n.recent),
                        'previous': count(*) FILTER (WHERE n.previous)} AS t
                FROM m JOIN nav n USING (unit)
                JOIN levels l ON l.level = 'world' OR (l.level = 'nation' AND n.nation)
                              OR (l.level = 'province' AND n.province) OR (l.level = 'region' AND n.local)
                GROUP BY m.node, l.level),
     none AS (SELECT {'units': 0::BIGINT, 'valid': 0::BIGINT, 'high_value': 0::BIGINT, 'recent': 0::BIGINT,
                      'previous': 0::BIGINT} AS t),
     grid AS (SELECT nodes.node, l.level, coalesce(c.t, none.t) AS t
              FROM (SELECT node FROM chain UNION ALL SELECT 0) nodes CROSS JOIN levels l CROSS JOIN none
              LEFT JOIN counts c ON c.node = nodes.node AND c.level = l.level)
SELECT node, any_value(t) FILTER (WHERE level = 'world') AS w, any_value(t) FILTER (WHERE level = 'nation') AS n,
       any_value(t) FILTER (WHERE level = 'province') AS p, any_value(t) FILTER (WHERE level = 'region') AS r
FROM grid GROUP BY node;
-- Each node's position (ChainPositions.of): the specialisation index of the region and of the province; strong
-- at an index of at least 1 with something local; growing when the nation's growth in the node reaches the
-- sector's national growth; a gap where the nation files at least an average branch's share and the region
-- nothing; weak where the nation files and the region is not strong; no quadrant where the nation files nothing.
CREATE TEMP TABLE positions AS
WITH s AS (SELECT w AS sw, n AS sn, p AS sp, r AS sr FROM tallies WHERE node = 0),
     x AS (SELECT c.*, t.w, t.n, t.p, t.r, s.*,
                  specialisation(t.r.units, t.n.units, s.sr.units, s.sn.units) AS idx,
                  specialisation(t.p.units, t.n.units, s.sp.units, s.sn.units) AS province_idx,
                  (SELECT count(*) FROM chain WHERE parent IS NULL) AS branches
           FROM chain c JOIN tallies t USING (node) CROSS JOIN s),
     y AS (SELECT *, coalesce(r.units > 0 AND idx >= 1.0, false) AS strong,
                  grows_at_least(n.recent, n.previous, growth(sn.recent, sn.previous)) AS growing
           FROM x)
SELECT *, CASE WHEN n.units = 0 THEN NULL WHEN strong AND growing THEN 'strong_growing' WHEN strong THEN 'strong_steady'
               WHEN growing THEN 'weak_growing' ELSE 'weak_steady' END AS quadrant,
       r.units = 0 AND n.units > 0 AND n.units * branches >= sn.units AS gap,
       n.units > 0 AND NOT strong AS weak
FROM y;
-- Inventors as persons (InventorIdentities, persons.csv): a mention's organisation is the unit's first owner.
-- A person's affiliations: per organisation (none counts as one), the years filed there, the country and
-- division of its first mention; ordered by first year (none last), then organisation (none first). The
-- current one is that of the latest filing, the first in that order among equals. A person is local when
-- the current organisation is in the region.
CREATE TEMP TABLE mentions AS
SELECT m.person, m.name, n.unit, n.pub_id, n.cited_by, n.filing_year, n.owner_name, n.owner_country, n.owner_region,
       n.valid, n.high_value, n.nodes
FROM persons m JOIN nav n USING (unit);
CREATE TEMP TABLE affiliations AS
SELECT person, owner_name AS organisation, first(owner_country ORDER BY unit) AS country,
       first(owner_region ORDER BY unit) AS region, min(filing_year) AS first_year, max(filing_year) AS last_year,
       row_number() OVER (PARTITION BY person ORDER BY min(filing_year) NULLS LAST, owner_name NULLS FIRST) AS k
FROM mentions GROUP BY person, owner_name;
-- The persons, most units first, ties by id (InventorIdentities.of); place: the division, else the country.
CREATE TEMP TABLE people AS
WITH current AS (SELECT * FROM affiliations
                 QUALIFY row_number() OVER (PARTITION BY person ORDER BY last_year DESC NULLS LAST, k) = 1),
     counts AS (SELECT person, any_value(name) AS name, count(*) AS units, count(*) FILTER (WHERE valid) AS valid,
                       count(*) FILTER (WHERE high_value) AS high_value, branch_names(flatten(list(nodes))) AS branches
                FROM mentions GROUP BY person)
SELECT counts.*, current.organisation, coalesce(current.region, current.country) AS place,
       in_region(current.region) AS local, row_number() OVER (ORDER BY counts.units DESC, counts.person) AS rank
FROM counts JOIN current USING (person);
-- Talent.targets: in each weak branch, in chain order, the three persons outside the region with most units
-- on it, then most high-value ones there, then by id.
CREATE TEMP TABLE targets AS
SELECT * FROM (
    SELECT pos.node, pos.name AS branch, m.person, count(*) AS units, count(*) FILTER (WHERE m.high_value) AS high_value,
           patents_of(m.cited_by, m.pub_id) AS patents,
           row_number() OVER (PARTITION BY pos.node ORDER BY count(*) DESC, count(*) FILTER (WHERE m.high_value) DESC,
                              m.person) AS k
    FROM positions pos JOIN placed USING (node) JOIN mentions m USING (unit) JOIN people pe USING (person)
    WHERE pos.parent IS NULL AND pos.weak AND NOT pe.local
    GROUP BY pos.node, pos.name, m.person)
WHERE k <= 3;
-- Paths.plan, each path's list in its order (k) and whole: the tables show the first rows, the summary counts all.
-- 1. Cultivate: the region's companies (the owner's own division) with at least 2 units, filing in the recent
--    window at least as much as in the earlier one; most high-value units first, then most units, then name.
CREATE TEMP TABLE cultivate AS
SELECT *, row_number() OVER (ORDER BY high_value DESC, units DESC, name) AS k FROM (
    SELECT o.name, count(*) AS units, count(*) FILTER (WHERE n.recent) AS recent,
           count(*) FILTER (WHERE n.previous) AS previous, count(*) FILTER (WHERE n.valid) AS valid,
           count(*) FILTER (WHERE n.high_value) AS high_value, branch_names(flatten(list(n.nodes))) AS branches,
           patents_of(n.cited_by, n.pub_id) AS patents
    FROM parties o JOIN nav n USING (unit)
    WHERE in_region(o.region) AND o.type = 'company'
    GROUP BY o.name)
WHERE units >= 2 AND recent > 0 AND recent >= previous;
-- The region's weak branches, gaps first, then most national units, then chain order (Paths.plan's order).
CREATE TEMP TABLE weak AS
SELECT node, name, row_number() OVER (ORDER BY gap DESC, n.units DESC, node) AS w
FROM positions WHERE parent IS NULL AND weak;
-- 2. Attract: in each weak branch, the two companies outside the region with most units on it, then most
--    high-value ones, then name; placed where the first unit naming them with a division does, else by country.
CREATE TEMP TABLE attract AS
SELECT *, row_number() OVER (ORDER BY w, rank) AS k FROM (
    SELECT wk.w, wk.name AS branch, o.name, described(o.unit, o.region, coalesce(o.region, o.country)) AS place,
           count(*) AS units, count(*) FILTER (WHERE n.valid) AS valid, count(*) FILTER (WHERE n.high_value) AS high_value,
           patents_of(n.cited_by, n.pub_id) AS patents,
           row_number() OVER (PARTITION BY wk.w ORDER BY count(*) DESC, count(*) FILTER (WHERE n.high_value) DESC, o.name) AS rank
    FROM weak wk JOIN placed USING (node) JOIN parties o USING (unit) JOIN nav n USING (unit)
    WHERE NOT in_region(o.region) AND o.type = 'company'
    GROUP BY wk.w, wk.name, o.name)
WHERE rank <= 2;
-- 4. Technologies: in each weak branch, two granted, valid patents whose first owner is outside the region;
--    under an open licence first, then high value, then most cited, then publication.
CREATE TEMP TABLE technologies AS
SELECT *, row_number() OVER (ORDER BY w, rank) AS k FROM (
    SELECT *, row_number() OVER (PARTITION BY w ORDER BY open_licence DESC, high_value DESC, cited_by DESC, pub_id) AS rank
    FROM (SELECT wk.w, wk.name AS branch, n.*,
                 n.unit IN (SELECT unit FROM dealings WHERE category = 'open_licence') AS open_licence
          FROM weak wk JOIN placed USING (node) JOIN nav n USING (unit)
          WHERE n.valid AND n.grant_date <= getvariable('as_of') AND NOT n.local))
WHERE rank <= 2;
-- 5. Partners: universities and research institutes with units on the region's weak or strong branches, most
--    such units first, then name; type and place those of the first unit naming them with a division, else of
--    the first (Paths.owner).
CREATE TEMP TABLE partners AS
SELECT *, row_number() OVER (ORDER BY units DESC, name) AS k FROM (
    SELECT o.name, described(o.unit, o.region, o.type) AS type,
           described(o.unit, o.region, coalesce(o.region, o.country)) AS place,
           count(*) AS units, count(*) FILTER (WHERE n.valid) AS valid, branch_names(flatten(list(n.nodes))) AS branches,
           patents_of(n.cited_by, n.pub_id) AS patents
    FROM (SELECT DISTINCT unit FROM positions JOIN placed USING (node) WHERE parent IS NULL AND (weak OR strong)) r
    JOIN parties o USING (unit) JOIN nav n USING (unit)
    WHERE o.type IN ('university', 'research_institute')
    GROUP BY o.name);
-- 6. High-value candidates: the region's inventions, valid or pending, not CNIPA high value, cited, or in a
--    family of two, or with at least 10 claims; most cited first, then largest family, then publication.
CREATE TEMP TABLE candidates AS
SELECT *, row_number() OVER (ORDER BY cited_by DESC, family_size DESC, pub_id) AS k FROM (
    SELECT *, list_filter([CASE WHEN cited_by > 0 THEN 'cited' END, CASE WHEN family_size >= 2 THEN 'family' END,
                           CASE WHEN claim_count >= 10 THEN 'claims' END], lambda x: x IS NOT NULL) AS reasons
    FROM nav WHERE local AND patent_type = 'invention' AND NOT high_value AND status IN ('valid', 'pending'))
WHERE len(reasons) > 0;
-- 7. Risks: branches where the region files and first owners from abroad hold at least 2 and 30 % of the
--    valid Chinese patents; the three holders with most of them (all their owners counted), then by name.
CREATE TEMP TABLE risks AS
WITH v AS (SELECT pos.node, pos.name AS branch, n.*,
                  n.owner_country IS NOT NULL AND n.owner_country <> 'CN' AS foreign_held
           FROM positions pos JOIN placed USING (node) JOIN nav n USING (unit)
           WHERE pos.parent IS NULL AND pos.r.units > 0 AND n.valid AND n.office = 'CN'),
     b AS (SELECT node, branch, count(*) AS valid_cn, count(*) FILTER (WHERE foreign_held) AS foreign_units
           FROM v GROUP BY node, branch),
     f AS (SELECT node, patents_of(cited_by, pub_id) AS patents FROM v WHERE foreign_held GROUP BY node),
     h AS (SELECT node, string_agg(name, '; ' ORDER BY units DESC, name) FILTER (WHERE rank <= 3) AS holders FROM (
               SELECT v.node, o.name, count(*) AS units, row_number() OVER (PARTITION BY v.node ORDER BY count(*) DESC, o.name) AS rank
               FROM v JOIN parties o USING (unit) WHERE v.foreign_held GROUP BY v.node, o.name)
           GROUP BY node)
SELECT b.*, h.holders, f.patents, row_number() OVER (ORDER BY node) AS k
FROM b LEFT JOIN h USING (node) LEFT JOIN f USING (node)
WHERE foreign_units >= 2 AND 100 * foreign_units >= 30 * valid_cn;
-- Direction's roadmap: the five most-cited units (most citations first, then publication), and the sector's
-- units citing each (units are applications here, so a citing application is a unit), by filing year (none
-- last), then publication.
CREATE TEMP TABLE roots AS
SELECT unit, pub_id, row_number() OVER (ORDER BY cited_by DESC, pub_id) AS root FROM u WHERE cited_by > 0
ORDER BY root LIMIT 5;
CREATE TEMP TABLE lineage AS
SELECT r.root, n.unit, n.filing_year, n.nodes,
       row_number() OVER (PARTITION BY r.root ORDER BY n.filing_year NULLS LAST, n.pub_id) AS k
FROM roots r JOIN (SELECT unit, unnest(citing) AS app FROM u) c USING (unit) JOIN nav n ON n.unit = c.app
WHERE n.unit <> r.unit;
-- The 技术功效矩阵: the sector's effects as a type, so a pivot's columns are the effects in the matrix's order.
CREATE TYPE effect AS ENUM (SELECT id FROM effects ORDER BY effect);
-- Each branch x effect cell: the units on the branch stating the effect, and those of the region.
CREATE TEMP TABLE effect_cells AS
WITH stated AS (SELECT DISTINCT unit, unnest(effects) AS id FROM u)
SELECT c.node, c.name AS branch, e.effect, e.id, e.label, count(n.unit) AS world, count(n.unit) FILTER (WHERE n.local) AS local
FROM chain c CROSS JOIN effects e
LEFT JOIN (placed JOIN stated USING (unit) JOIN nav n USING (unit)) ON placed.node = c.node AND stated.id = e.id
WHERE c.parent IS NULL
GROUP BY c.node, c.name, e.effect, e.id, e.label;

-- table: recommendations
-- Summary: each path's count and its first three names (distinct, in the path's order).
WITH items AS (SELECT 'cultivate' AS path, name AS item, k FROM cultivate
               UNION ALL SELECT 'attract', name, k FROM attract
               UNION ALL SELECT 'talent', pe.name, row_number() OVER (ORDER BY t.node, t.k) FROM targets t JOIN people pe USING (person)
               UNION ALL SELECT 'technologies', pub_id, k FROM technologies
               UNION ALL SELECT 'partners', name, k FROM partners
               UNION ALL SELECT 'candidates', pub_id, k FROM candidates
               UNION ALL SELECT 'risks', branch, k FROM risks),
     firsts AS (SELECT path, item, min(k) AS k FROM items GROUP BY path, item
                QUALIFY row_number() OVER (PARTITION BY path ORDER BY min(k)) <= 3),
     paths AS (SELECT * FROM (VALUES ('cultivate', 1), ('attract', 2), ('talent', 3), ('technologies', 4), ('partners', 5),
                                     ('candidates', 6), ('risks', 7)) v(path, o))
SELECT label('path.' || paths.path) AS path, (SELECT count(*) FROM items WHERE items.path = paths.path) AS count,
       coalesce((SELECT string_agg(item, '、' ORDER BY k) FROM firsts WHERE firsts.path = paths.path), '') AS leading
FROM paths ORDER BY o;

-- table: chain_segments
-- ChainMap: per segment, the units placed on any of its branches (each once), their share of the sector and the region's.
SELECT c.segment, count(DISTINCT p.unit) AS applications, share(count(DISTINCT p.unit), getvariable('total')) AS share,
       count(DISTINCT p.unit) FILTER (WHERE n.local) AS region
FROM chain c LEFT JOIN placed p USING (node) LEFT JOIN nav n USING (unit)
WHERE c.parent IS NULL GROUP BY c.segment ORDER BY min(c.node);

-- table: chain_branches
SELECT segment, name AS branch, w.units AS world, n.units AS nation, p.units AS province, r.units AS region,
       w.valid AS valid, w.high_value AS high_value, share(w.units, getvariable('total')) AS share
FROM positions WHERE parent IS NULL ORDER BY node;

-- table: chain_sub_branches
SELECT segment, name AS branch, w.units AS world, n.units AS nation, p.units AS province, r.units AS region,
       w.valid AS valid, w.high_value AS high_value, share(w.units, getvariable('total')) AS share
FROM positions WHERE parent IS NOT NULL ORDER BY node;

-- table: branch_direction
-- Direction: per branch the world's and the nation's growth, its share of the sector's recent and earlier
-- filings and the change in points (rounded to a tenth; gaining at +2, losing at -2, unrounded), and its new
-- entrants: owners whose first unit on the branch was filed in the recent window.
WITH e AS (SELECT pl.node, o.name FROM placed pl JOIN parties o USING (unit) JOIN nav n USING (unit)
           GROUP BY pl.node, o.name HAVING recent(min(n.filing_year))),
     d AS (SELECT *, share(w.recent, sw.recent) AS share_recent, share(w.previous, sw.previous) AS share_previous,
                  100 * (share(w.recent, sw.recent) - share(w.previous, sw.previous)) AS points
           FROM positions WHERE parent IS NULL)
SELECT name AS branch, w.units AS world, growth(w.recent, w.previous) AS world_growth, n.units AS nation,
       growth(n.recent, n.previous) AS nation_growth, share(w.recent, w.units) AS recent_share, share_recent,
       share_previous, round_half_up(points, 1) AS change_points,
       (SELECT count(*) FROM e WHERE e.node = d.node) AS new_entrants,
       label('trend.' || CASE WHEN points >= 2.0 THEN 'gaining' WHEN points <= -2.0 THEN 'losing' ELSE 'stable' END) AS trend
FROM d ORDER BY node;

-- table: branch_entrants
-- The three new entrants of each branch with most units on it, then by name; the country first given.
WITH o AS (SELECT pl.node, o.name, count(*) AS units, min(n.filing_year) AS first_year,
                  first(o.country ORDER BY o.unit) FILTER (WHERE o.country IS NOT NULL) AS country
           FROM placed pl JOIN parties o USING (unit) JOIN nav n USING (unit)
           GROUP BY pl.node, o.name)
SELECT c.name AS branch, o.name AS applicant, o.country, o.first_year, o.units AS applications
FROM o JOIN chain c USING (node)
WHERE c.parent IS NULL AND recent(o.first_year)
QUALIFY row_number() OVER (PARTITION BY c.node ORDER BY o.units DESC, o.name) <= 3
ORDER BY c.node, o.units DESC, o.name;

-- table: lineages
-- Each root with its citing units in the sector, the first and last year they were filed, and the branches
-- they reach (each once, in the order first reached: citing units in order, each unit's branches in chain order).
WITH cited AS (SELECT root, count(*) AS n, min(filing_year) AS first_citing, max(filing_year) AS last_citing
               FROM lineage GROUP BY root),
     reached AS (SELECT root, string_agg(name, '; ' ORDER BY k, node) AS branches FROM (
                     SELECT l.root, l.k, c.node, c.name,
                            row_number() OVER (PARTITION BY l.root, c.node ORDER BY l.k) AS seen
                     FROM (SELECT root, k, unnest(nodes) AS node FROM lineage) l JOIN chain c USING (node)
                     WHERE c.parent IS NULL)
                 WHERE seen = 1 GROUP BY root)
SELECT p.pub_id, p.title, p.owner, p.filing_year, p.ipc_groups, p.cited_by, coalesce(cited.n, 0) AS cited_in_sector,
       cited.first_citing, cited.last_citing, coalesce(reached.branches, '') AS branches
FROM roots r JOIN patents p USING (unit) LEFT JOIN cited USING (root) LEFT JOIN reached USING (root)
ORDER BY r.root;

-- table: roadmap
-- Each root, then its citing units in order, each with its branches.
SELECT root_pub AS root, year, pub_id, title, owner, branches FROM (
    SELECT r.root AS o, 0 AS k, r.pub_id AS root_pub, n.filing_year AS year, n.pub_id, n.title, n.owner,
           branch_names(n.nodes) AS branches
    FROM roots r JOIN nav n USING (unit)
    UNION ALL
    SELECT l.root, l.k, r.pub_id, n.filing_year, n.pub_id, n.title, n.owner, branch_names(n.nodes)
    FROM lineage l JOIN roots r USING (root) JOIN nav n ON n.unit = l.unit)
ORDER BY o, k;

-- table: position_levels
-- Positioning: the sector at the four levels; the province and the region by code (no --divisions).
WITH s AS (SELECT * FROM tallies WHERE node = 0)
SELECT level, t.units AS applications, t.valid AS valid, t.high_value AS high_value, growth(t.recent, t.previous) AS growth
FROM (SELECT 1 AS o, label('level.world') AS level, w AS t FROM s
      UNION ALL SELECT 2, label('level.nation'), n FROM s
      UNION ALL SELECT 3, left(getvariable('prefix'), 2) || '0000', p FROM s
      UNION ALL SELECT 4, getvariable('region'), r FROM s)
ORDER BY o;

-- table: positions
-- Per branch, the region against the nation: share (none where the nation files nothing), growth, the
-- specialisation index to two places, the quadrant, the gap.
SELECT name AS branch, r.units AS region, r.valid AS region_valid, r.high_value AS region_high_value,
       CASE WHEN n.units = 0 THEN NULL ELSE share(r.units, n.units) END AS region_share,
       growth(r.recent, r.previous) AS region_growth, growth(n.recent, n.previous) AS nation_growth,
       round_half_up(idx, 2) AS "index", label('quadrant.' || coalesce(quadrant, 'none')) AS quadrant,
       CASE WHEN gap THEN label('gap.yes') ELSE '' END AS gap
FROM positions WHERE parent IS NULL ORDER BY node;

-- table: province_positions
SELECT name AS branch, n.units AS nation, n.valid AS nation_valid, n.high_value AS nation_high_value,
       p.units AS province, CASE WHEN n.units = 0 THEN NULL ELSE share(p.units, n.units) END AS province_share,
       growth(p.recent, p.previous) AS province_growth, round_half_up(province_idx, 2) AS province_index
FROM positions WHERE parent IS NULL ORDER BY node;

-- table: local_leaders
-- Positioning.rank: per branch, the three owners of the region (their own division) with most units on it,
-- then most high-value ones, then name; the type of the first unit naming them with a division, else of the first.
WITH o AS (SELECT pl.node, o.name, described(o.unit, o.region, o.type) AS type, count(*) AS units,
                  count(*) FILTER (WHERE n.valid) AS valid, count(*) FILTER (WHERE n.high_value) AS high_value
           FROM placed pl JOIN parties o USING (unit) JOIN nav n USING (unit)
           WHERE in_region(o.region) GROUP BY pl.node, o.name)
SELECT c.name AS branch, o.name AS applicant, type_name(o.type) AS type, o.units AS applications, o.valid, o.high_value
FROM o JOIN chain c USING (node) WHERE c.parent IS NULL
QUALIFY row_number() OVER (PARTITION BY c.node ORDER BY o.units DESC, o.high_value DESC, o.name) <= 3
ORDER BY c.node, o.units DESC, o.high_value DESC, o.name;

-- table: gap_leaders
-- In each gap, the three Chinese owners (their own country) ranked alike; the first division a unit names them with.
WITH o AS (SELECT pl.node, o.name, described(o.unit, o.region, o.region) AS region, count(*) AS units,
                  count(*) FILTER (WHERE n.valid) AS valid, count(*) FILTER (WHERE n.high_value) AS high_value
           FROM placed pl JOIN parties o USING (unit) JOIN nav n USING (unit)
           WHERE o.country = 'CN' GROUP BY pl.node, o.name)
SELECT pos.name AS branch, o.name AS applicant, o.region, o.units AS applications, o.valid
FROM o JOIN positions pos USING (node) WHERE pos.parent IS NULL AND pos.gap
QUALIFY row_number() OVER (PARTITION BY pos.node ORDER BY o.units DESC, o.high_value DESC, o.name) <= 3
ORDER BY pos.node, o.units DESC, o.high_value DESC, o.name;

-- table: top_inventors
SELECT rank, name AS inventor, organisation, place AS region, units AS applications, valid, high_value, branches
FROM people WHERE rank <= 20 ORDER BY rank;

-- table: branch_inventors
-- Per branch, the three persons with most units on it, then by id.
WITH b AS (SELECT pl.node, m.person, count(*) AS units FROM placed pl JOIN mentions m USING (unit) GROUP BY pl.node, m.person)
SELECT c.name AS branch, pe.name AS inventor, pe.organisation, pe.place AS region, b.units AS applications
FROM b JOIN chain c USING (node) JOIN people pe USING (person) WHERE c.parent IS NULL
QUALIFY row_number() OVER (PARTITION BY c.node ORDER BY b.units DESC, b.person) <= 3
ORDER BY c.node, b.units DESC, b.person;

-- table: region_inventors
-- The region's persons (the current organisation there), in the persons' order, the first 20.
SELECT name AS inventor, organisation, units AS applications, valid, high_value, branches
FROM people WHERE local ORDER BY rank LIMIT 20;

-- table: recruitment_targets
-- Talent.team: the co-inventors (names as written, the target's own name left out however it is written)
-- named most often on the target's units in the branch, three at most, ties by name.
WITH co AS (SELECT t.node, t.person, w.name, count(DISTINCT w.unit) AS n
            FROM targets t JOIN placed pl ON pl.node = t.node JOIN mentions m ON m.unit = pl.unit AND m.person = t.person
            JOIN written w ON w.unit = m.unit
            -- A person's id is its compared form, with #k for a namesake.
            WHERE w.normal <> split_part(t.person, '#', 1)
            GROUP BY t.node, t.person, w.name),
     team AS (SELECT node, person, string_agg(name, '、' ORDER BY n DESC, name) FILTER (WHERE r <= 3) AS team
              FROM (SELECT *, row_number() OVER (PARTITION BY node, person ORDER BY n DESC, name) AS r FROM co)
              GROUP BY node, person)
SELECT t.branch, pe.name AS inventor, pe.organisation, pe.place AS region, t.units AS applications, t.high_value,
       coalesce(team.team, '') AS team, t.patents
FROM targets t JOIN people pe USING (person) LEFT JOIN team USING (node, person) ORDER BY t.node, t.k;

-- table: inventor_moves
-- Each change between consecutive affiliations is a move in the year of the first filing with the later one;
-- persons in their order, the first 30 moves.
SELECT pe.name AS inventor, f.organisation AS "from", coalesce(f.region, f.country) AS from_region,
       t.organisation AS "to", coalesce(t.region, t.country) AS to_region, t.first_year AS year,
       label('flow.' || flow(in_region(f.region), in_region(t.region))) AS flow
FROM affiliations t JOIN affiliations f ON f.person = t.person AND f.k = t.k - 1 JOIN people pe ON pe.person = t.person
ORDER BY pe.rank, t.k LIMIT 30;

-- table: effect_matrix
-- EffectMatrix: rows the branches, columns the effects in the matrix's order, then the branch's units.
SELECT branch, COLUMNS(lambda c: c NOT IN ('node', 'branch', 'applications')), applications FROM (
    PIVOT (SELECT e.node, e.branch, e.id::effect AS id, e.world, pos.w.units AS applications
           FROM effect_cells e JOIN positions pos USING (node))
    ON id IN effect USING sum(world) GROUP BY node, branch, applications)
ORDER BY node;

-- table: effect_matrix_region
SELECT branch, COLUMNS(lambda c: c NOT IN ('node', 'branch', 'applications')), applications FROM (
    PIVOT (SELECT e.node, e.branch, e.id::effect AS id, e.local, pos.r.units AS applications
           FROM effect_cells e JOIN positions pos USING (node))
    ON id IN effect USING sum(local) GROUP BY node, branch, applications)
ORDER BY node;

-- table: effect_totals
-- Per effect, the sector's units stating it (on a branch or not), their share, the region's.
WITH stated AS (SELECT DISTINCT unit, unnest(effects) AS id FROM u)
SELECT e.label AS effect, count(n.unit) AS applications, share(count(n.unit), getvariable('total')) AS share,
       count(n.unit) FILTER (WHERE n.local) AS region,
       CASE WHEN count(n.unit) = 0 THEN NULL ELSE share(count(n.unit) FILTER (WHERE n.local), count(n.unit)) END AS region_share
FROM effects e LEFT JOIN (stated JOIN nav n USING (unit)) ON stated.id = e.id
GROUP BY e.effect, e.label ORDER BY e.effect;

-- table: effect_opportunities
-- A blank: an empty cell of a branch with at least 3 units and an effect at least 3 units state in the
-- sector; else a local blank: a cell with at least 2 units and none of the region. Branches, then effects.
WITH t AS (SELECT id, count(*) AS units FROM (SELECT DISTINCT unit, unnest(effects) AS id FROM u) GROUP BY id),
     k AS (SELECT e.*, CASE WHEN e.world = 0 AND pos.w.units >= 3 AND coalesce(t.units, 0) >= 3 THEN 'blank'
                            WHEN e.world >= 2 AND e.local = 0 THEN 'local_blank' END AS kind
           FROM effect_cells e JOIN positions pos USING (node) LEFT JOIN t USING (id))
SELECT branch, label AS effect, label('opportunity.' || kind) AS kind, world AS applications, 0 AS region
FROM k WHERE kind IS NOT NULL ORDER BY k.node, k.effect;

-- table: operation_by_branch
-- Operation: per branch, the units with at least one transfer, licence, open licence, pledge.
SELECT c.name AS branch, count(DISTINCT d.unit) FILTER (WHERE d.category = 'transfer') AS transfer,
       count(DISTINCT d.unit) FILTER (WHERE d.category = 'licence') AS licence,
       count(DISTINCT d.unit) FILTER (WHERE d.category = 'open_licence') AS open_licence,
       count(DISTINCT d.unit) FILTER (WHERE d.category = 'pledge') AS pledge
FROM chain c LEFT JOIN placed pl USING (node) LEFT JOIN dealings d USING (unit)
WHERE c.parent IS NULL GROUP BY c.node, c.name ORDER BY c.node;

-- table: operation_by_year
-- The events of those four kinds with a date, per year in which there is one.
SELECT year(date) AS year, count(*) FILTER (WHERE category = 'transfer') AS transfer,
       count(*) FILTER (WHERE category = 'licence') AS licence, count(*) FILTER (WHERE category = 'open_licence') AS open_licence,
       count(*) FILTER (WHERE category = 'pledge') AS pledge
FROM dealings WHERE category <> 'pledge_release' AND date IS NOT NULL GROUP BY year(date) ORDER BY year;

-- table: transfer_flows
-- Transferred units by flow, from the first applicant's division to the current owner's (none: outside).
WITH t AS (SELECT DISTINCT n.unit, flow(n.local, n.holder_name IS NOT NULL AND in_region(n.holder_region)) AS flow
           FROM nav n JOIN dealings d USING (unit) WHERE d.category = 'transfer')
SELECT label('flow.' || f.flow) AS flow, count(t.unit) AS applications
FROM (VALUES ('into', 1), ('out', 2), ('within', 3), ('elsewhere', 4)) f(flow, o) LEFT JOIN t USING (flow)
GROUP BY f.flow, f.o ORDER BY f.o;

-- table: transfers
-- The transferred units, latest transfer first (none last), then publication; the first 30.
SELECT n.pub_id, n.title, n.owner, n.filing_year, n.ipc_groups, n.holder_name AS "to",
       CASE WHEN n.holder_name IS NOT NULL THEN n.holder_region END AS to_region, max(d.date) AS date,
       label('flow.' || flow(n.local, n.holder_name IS NOT NULL AND in_region(n.holder_region))) AS flow
FROM nav n JOIN dealings d USING (unit) WHERE d.category = 'transfer'
GROUP BY ALL ORDER BY date DESC NULLS LAST, n.pub_id LIMIT 30;

-- table: transfer_candidates
-- Universities' and institutes' (the first owner's type) granted, valid patents, held by the first applicant
-- (no other current owner named), never transferred: high value first, then most cited, then publication.
SELECT pub_id, title, owner, filing_year, ipc_groups, type_name(owner_type) AS type, owner_region AS region,
       yes(high_value) AS high_value, cited_by, branch_names(nodes) AS branches
FROM nav
WHERE owner_type IN ('university', 'research_institute') AND valid AND grant_date <= getvariable('as_of')
  AND unit NOT IN (SELECT unit FROM dealings WHERE category = 'transfer')
  AND (holder_name IS NULL OR holder_name = owner_name)
ORDER BY high_value DESC, cited_by DESC, pub_id LIMIT 30;

-- table: free_in_weak_branches
-- In each weak branch, the five most-cited Chinese patents lapsed or expired (free to use in China), then publication.
SELECT n.pub_id, n.title, n.owner, n.filing_year, n.ipc_groups, pos.name AS branch, label('status.' || n.status) AS status,
       n.status_since AS since, n.cited_by
FROM positions pos JOIN placed USING (node) JOIN nav n USING (unit)
WHERE pos.parent IS NULL AND pos.weak AND n.status IN ('lapsed', 'expired') AND n.office = 'CN'
QUALIFY row_number() OVER (PARTITION BY pos.node ORDER BY n.cited_by DESC, n.pub_id) <= 5
ORDER BY pos.node, n.cited_by DESC, n.pub_id;

-- table: cultivate
SELECT name AS applicant, units AS applications, recent, previous, valid, high_value, branches, patents
FROM cultivate ORDER BY k LIMIT 20;

-- table: attract
SELECT branch, name AS applicant, place AS region, units AS applications, valid, high_value, patents
FROM attract ORDER BY k;

-- table: path_talent
SELECT t.branch, pe.name AS inventor, pe.organisation, pe.place AS region, t.patents
FROM targets t JOIN people pe USING (person) ORDER BY t.node, t.k;

-- table: technologies
SELECT pub_id, title, owner, filing_year, ipc_groups, branch, coalesce(owner_region, owner_country) AS region,
       yes(high_value) AS high_value, cited_by, label('route.' || CASE WHEN open_licence THEN 'open_licence' ELSE 'licence' END) AS route
FROM technologies ORDER BY k;

-- table: partners
SELECT name AS organisation, type_name(type) AS type, place AS region, units AS applications, valid, branches, patents
FROM partners ORDER BY k LIMIT 20;

-- table: high_value_candidates
SELECT pub_id, title, owner, filing_year, ipc_groups, label('status.' || status) AS status, cited_by, family_size,
       array_to_string(list_transform(reasons, lambda r: label('candidate.' || r)), '、') AS reason
FROM candidates ORDER BY k LIMIT 20;

-- table: risks
SELECT branch, valid_cn, foreign_units AS "foreign", share(foreign_units, valid_cn) AS share, holders, patents
FROM risks ORDER BY k;
