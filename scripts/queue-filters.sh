#!/usr/bin/env bash
# Times the work queue's filter lists and filtered pages as PostgreSQL runs them on a generated
# volume database (docs/BENCHMARKS.md, "The work queue's filters on the case"), before and after
# V6_55, side by side on the same database: the entry still holds every fact the old queries read.
# Each figure is the median of 5 EXPLAIN ANALYZE runs after one unmeasured.
#   scripts/queue-filters.sh DATABASE
# before: each list a select distinct over every case joined to its entry, and the filters on the
# entry's columns, a sector through a subquery on its prefixes. after: each list a walk of the case's
# index from one value to the next (CaseQueueRepository.filterValues), and the filters on the case's
# own columns (needs V6_55), a sector as its prefixes read first (CaseQueue.sectorGoods).
# PostgreSQL at 127.0.0.1, user postgres.
set -euo pipefail
DB="${1:?database}"
P="psql -U postgres -h 127.0.0.1 -d $DB -Atq"
JOIN="from detention_case c join entry e on e.id = c.entry_id"
SEL="select c.id, e.entry_number, c.organisation_code, e.description, e.value_amount, e.value_currency, c.detained_on, c.running_deadline, c.status, c.assignee $JOIN"
OPEN="c.status in ('DETAINED','REBUTTAL_SUBMITTED','INFO_REQUESTED','AWAITING_APPROVAL','PROTESTED')"
ORDER="order by c.running_deadline asc nulls last, c.detained_on asc, c.id asc"

run() { # label, sql
    local times=()
    for _ in 1 2 3 4 5 6; do
        times+=("$($P -c "explain (analyze, timing off, summary on) $2" | sed -nE 's/.*Execution Time: ([0-9.]+) ms.*/\1/p')")
    done
    printf '%-58s %9s ms\n' "$1" "$(printf '%s\n' "${times[@]:1}" | sort -n | sed -n 3p)"
}

walk() { # column, shown -> the loose index scan of CaseQueueRepository.filterValues
    echo "with recursive v(val) as (select min($1) from detention_case union all select (select min($1) from detention_case where $1 > v.val) from v where v.val is not null) select $2 from v where v.val is not null limit 500"
}

echo "database $DB: $($P -c 'select count(*) from entry') entries, $($P -c 'select count(*) from detention_case') cases"
echo "median of 5 runs after one unmeasured; load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "filter lists (each page load of /cases shows the three)"
run "before: ports, select distinct over cases and entries" "select distinct e.port $JOIN order by e.port limit 500"
run "before: origins" "select distinct e.origin_country $JOIN order by e.origin_country limit 500"
run "before: importers" "select distinct c.organisation_code $JOIN order by c.organisation_code limit 500"
run "after: ports, index walk" "$(walk port_key '(select min(d.port) from detention_case d where d.port_key = v.val)')"
run "after: origins" "$(walk origin_country v.val)"
run "after: importers" "$(walk organisation_code v.val)"

# A common and a rare value of each filter, from the data, and an origin no case has.
common_port="$($P -c "select port_key from detention_case group by port_key order by count(*) desc, port_key limit 1")"
rare_port="$($P -c "select port_key from detention_case group by port_key order by count(*), port_key limit 1")"
common_origin="$($P -c "select origin_country from detention_case group by origin_country order by count(*) desc, origin_country limit 1")"
absent_origin="$($P -c "select c from (values ('CN'), ('KP'), ('TM'), ('ZZ')) v(c) where c not in (select origin_country from detention_case) limit 1")"
# The sectors matching the most and the fewest cases (generated goods are mostly of one HS code).
MATCHES="select s.code from sector s join sector_hs_prefix p on p.sector_code = s.code left join detention_case c on c.hs_digits like concat(p.prefix, '%') group by s.code order by count(c.id)"
common_sector="$($P -c "$MATCHES desc, s.code limit 1")"
rare_sector="$($P -c "$MATCHES, s.code limit 1")"
echo
echo "filtered page 1 and its total, open cases, default order (port $common_port / $rare_port, origin $common_origin / $absent_origin, sector $common_sector / $rare_sector)"
sector() { # sector code, the HS code's digits -> the sector filter before: a subquery on the sector
    echo "exists (select 1 from sector s join sector_hs_prefix p on p.sector_code = s.code where s.code = '$1' and $2 like concat(p.prefix, '%'))"
}
prefixes() { # sector code -> the sector filter after: its prefixes, read first, as patterns
    echo "($($P -c "select string_agg(concat('c.hs_digits like ', quote_literal(concat(prefix, '%'))), ' or ' order by prefix) from sector_hs_prefix where sector_code = '$1'"))"
}
for f in "port common#lower(e.port) = '$common_port'#c.port_key = '$common_port'" \
         "port rare#lower(e.port) = '$rare_port'#c.port_key = '$rare_port'" \
         "origin common#e.origin_country = '$common_origin'#c.origin_country = '$common_origin'" \
         "origin none#e.origin_country = '$absent_origin'#c.origin_country = '$absent_origin'" \
         "sector common#$(sector "$common_sector" "replace(e.hs_code, '.', '')")#$(prefixes "$common_sector")" \
         "sector rare#$(sector "$rare_sector" "replace(e.hs_code, '.', '')")#$(prefixes "$rare_sector")"; do
    IFS='#' read -r label old new <<<"$f"
    run "before: $label, page" "$SEL where $OPEN and $old $ORDER limit 25"
    run "before: $label, total" "select count(*) $JOIN where $OPEN and $old"
    run "after: $label, page" "$SEL where $OPEN and $new $ORDER limit 25"
    run "after: $label, total" "select count(*) from detention_case c where $OPEN and $new"
done
