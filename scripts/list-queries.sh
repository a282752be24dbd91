#!/usr/bin/env bash
# Times the list queries of the pages under load on a generated volume database (docs/BENCHMARKS.md,
# "Pages and API over 100,000 cases"): each the median of 5 EXPLAIN ANALYZE runs after one unmeasured,
# then the work queue's 15 filter combinations of the load test (rows of the page, then the count).
#   scripts/list-queries.sh [database]     (default onus_vol10; PostgreSQL at 127.0.0.1, user postgres)
DB="${1:-onus_vol10}"
P="psql -U postgres -h 127.0.0.1 -d $DB -Atq"
SEL="select c.id, e.entry_number, c.organisation_code, e.description, e.value_amount, e.value_currency, c.detained_on, c.running_deadline, c.status, c.assignee from detention_case c join entry e on e.id = c.entry_id"
OPEN="c.status in ('DETAINED','REBUTTAL_SUBMITTED','INFO_REQUESTED','AWAITING_APPROVAL','PROTESTED')"
CL="('RELEASED','CONFISCATED','PROTEST_UPHELD','PROTEST_DENIED','EXCLUDED')"
t() { # name, sql
    local times=()
    for i in 1 2 3 4 5 6; do
        times+=("$($P -c "explain (analyze, timing off, summary on) $2" | sed -nE 's/.*Execution Time: ([0-9.]+) ms.*/\1/p')")
    done
    printf '%-62s %8s ms\n' "$1" "$(printf '%s\n' "${times[@]:1}" | sort -n | sed -n 3p)"
}
echo "database $DB: $($P -c 'select count(*) from entry') entries, $($P -c 'select count(*) from detention_case') cases; median of 5 runs after one unmeasured"
t "queue: open cases by deadline, page 1 (rows)" "$SEL where $OPEN order by c.running_deadline asc nulls last, c.detained_on, c.id limit 25"
t "queue: open cases, count joined with the entries (before)" "select count(c.id) from detention_case c join entry e on e.id = c.entry_id where $OPEN"
t "queue: open cases, count of the cases alone (after)" "select count(c.id) from detention_case c where $OPEN"
t "queue: every case by deadline, page 2" "$SEL order by c.running_deadline asc nulls last, c.detained_on, c.id offset 25 limit 25"
t "queue: every case by importer, page 3" "$SEL order by c.organisation_code asc nulls last, c.detained_on, c.id offset 50 limit 25"
t "queue: released, most days detained first, page 2" "$SEL where c.status = 'RELEASED' order by c.detained_on asc nulls last, c.detained_on, c.id offset 25 limit 25"
t "queue: every case, count joined (before)" "select count(c.id) from detention_case c join entry e on e.id = c.entry_id"
t "queue: every case, count alone (after)" "select count(c.id) from detention_case c"
t "queue: port filter, page 1 (not index-backed)" "$SEL where lower(e.port) = 'rotterdam' order by c.running_deadline asc nulls last, c.detained_on, c.id limit 25"
t "entries: cleared, latest arrival first, page 2" "select id from entry where status = 'CLEARED' order by arrival_date desc, filed_at desc, id desc offset 25 limit 25"
t "entries: count of all" "select count(*) from entry"
t "entries: count of the cleared" "select count(*) from entry where status = 'CLEARED'"
t "open cases beside entries: rows, 'not in closed' (before)" "select c.id, e.entry_number from detention_case c join entry e on e.id = c.entry_id where c.status not in $CL order by c.rebuttal_deadline, c.detained_on, c.id limit 10"
t "open cases beside entries: rows, 'in open' (after)" "select c.id, e.entry_number from detention_case c join entry e on e.id = c.entry_id where $OPEN order by c.rebuttal_deadline, c.detained_on, c.id limit 10"
t "open cases beside entries: count joined, 'not in' (before)" "select count(c.id) from detention_case c join entry e on e.id = c.entry_id where c.status not in $CL"
t "open cases beside entries: count alone, 'in open' (after)" "select count(c.id) from detention_case c where $OPEN"
t "statistics: every case grouped (once per change, after)" "select e.organisation_code, dc.status, dc.route, e.origin_country, e.hs_code, e.value_currency, extract(year from dc.detained_on), extract(month from dc.detained_on), count(*), sum(e.value_amount) from detention_case dc join entry e on e.id = dc.entry_id group by 1,2,3,4,5,6,7,8"

T="current_date"
tq() { local times=(); for i in 1 2 3 4; do times+=("$($P -c "explain (analyze, timing off, summary on) $2" | sed -nE 's/.*Execution Time: ([0-9.]+) ms.*/\1/p')"); done
    printf '%-48s %8s ms\n' "$1" "$(printf '%s\n' "${times[@]:1}" | sort -n | sed -n 2p)"; }
q() { # name, where, order, offset, entryfilter
    tq "$1 rows" "$SEL where $2 order by $3 nulls last, c.detained_on asc, c.id asc offset $4 limit 25"
    if [ "$5" = 1 ]; then tq "$1 count" "select count(c.id) from detention_case c join entry e on e.id = c.entry_id where $2"
    else tq "$1 count" "select count(c.id) from detention_case c where $2"; fi; }
q "(default)" "$OPEN" "c.running_deadline asc" 0 0
q "?status=ALL" "1=1" "c.running_deadline asc" 0 0
q "?status=ALL&page=2" "1=1" "c.running_deadline asc" 25 0
q "?status=DETAINED&sort=-detained" "c.status='DETAINED'" "c.detained_on asc" 0 0
q "?status=REBUTTAL_SUBMITTED" "c.status='REBUTTAL_SUBMITTED'" "c.running_deadline asc" 0 0
q "?status=ALL&sort=importer&page=3" "1=1" "c.organisation_code asc" 50 0
q "?deadline=WITHIN_30_DAYS" "$OPEN and c.running_deadline >= $T and c.running_deadline <= $T + 30" "c.running_deadline asc" 0 0
q "?deadline=OVERDUE&status=ALL" "c.running_deadline < $T" "c.running_deadline asc" 0 0
q "?assignee=none&sort=deadline" "$OPEN and c.assignee is null" "c.running_deadline asc" 0 0
q "?assignee=me" "$OPEN and c.assignee = 'officer'" "c.running_deadline asc" 0 0
q "?origin=CN&status=ALL&sort=-value" "e.origin_country='CN'" "e.value_amount desc" 0 1
q "?importer=ACME-IMPORTS&status=ALL&sort=entry" "c.organisation_code='ACME-IMPORTS'" "e.entry_number asc" 0 0
q "?port=Rotterdam&status=ALL" "lower(e.port)='rotterdam'" "c.running_deadline asc" 0 1
q "?status=RELEASED&sort=-detained&page=2" "c.status='RELEASED'" "c.detained_on asc" 25 0
q "?status=ALL&sort=status&page=5" "1=1" "c.status asc" 100 0
