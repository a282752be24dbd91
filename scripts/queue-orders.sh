#!/usr/bin/env bash
# Times the work queue's every order, each way, as PostgreSQL runs the page's query on a generated
# volume database (docs/BENCHMARKS.md, "The work queue's every order on an index"): each the median
# of 5 EXPLAIN ANALYZE runs after one unmeasured, for the open cases (the default) and for every case
# (status=ALL), on page 1 and on page 41 (offset 1,000), with "sort" when the plan sorts rows.
#   scripts/queue-orders.sh DATABASE [current|v6_53]
# current: the query of this code (the case's own columns, ties the same way as the column; needs
# migration V6_54). v6_53: the query before it (the entry's columns, ties always ascending), on a
# database still at V6_53, as the reference in the same run. PostgreSQL at 127.0.0.1, user postgres.
set -euo pipefail
DB="${1:?database}"
FORM="${2:-current}"
P="psql -U postgres -h 127.0.0.1 -d $DB -Atq"
SEL="select c.id, e.entry_number, c.organisation_code, e.description, e.value_amount, e.value_currency, c.detained_on, c.running_deadline, c.status, c.assignee from detention_case c join entry e on e.id = c.entry_id"
OPEN="c.status in ('DETAINED','REBUTTAL_SUBMITTED','INFO_REQUESTED','AWAITING_APPROVAL','PROTESTED')"

order() { # column, asc|desc -> the ORDER BY of the form
    local column="$1" dir="$2" path nulls="" ties
    # "Days detained" ascending is detention dates descending.
    if [ "$column" = detained ]; then dir=$([ "$dir" = asc ] && echo desc || echo asc); fi
    case "$FORM:$column" in
        current:entry) path=c.entry_number ;;
        current:goods) path=c.goods_sort_key ;;
        current:value) path=c.value_amount ;;
        v6_53:entry) path=e.entry_number ;;
        v6_53:goods) path="lower(e.description)" ;;
        v6_53:value) path=e.value_amount ;;
        *:importer) path=c.organisation_code ;;
        *:detained) path=c.detained_on ;;
        *:deadline) path=c.running_deadline; nulls=" nulls last" ;;
        *:assignee) path=c.assignee; nulls=" nulls last" ;;
        *:status) path=c.status ;;
    esac
    if [ "$FORM" = current ]; then
        ties=", c.detained_on $dir, c.id $dir"
        [ "$column" = detained ] && { echo "c.detained_on $dir, c.id $dir"; return; }
    else
        ties=", c.detained_on asc, c.id asc"
    fi
    echo "$path $dir$nulls$ties"
}

run() { # label, sql
    local times=() plan
    plan="$($P -c "explain $2")"
    for _ in 1 2 3 4 5 6; do
        times+=("$($P -c "explain (analyze, timing off, summary on) $2" | sed -nE 's/.*Execution Time: ([0-9.]+) ms.*/\1/p')")
    done
    local sorts=""
    grep -qE '(^|[^l] )Sort|^ *Sort|->  Sort' <<<"$plan" && sorts="sort"
    grep -q 'Incremental Sort' <<<"$plan" && sorts="incremental sort"
    printf '%-44s %9s ms  %s\n' "$1" "$(printf '%s\n' "${times[@]:1}" | sort -n | sed -n 3p)" "$sorts"
}

echo "database $DB ($FORM): $($P -c 'select count(*) from entry') entries, $($P -c 'select count(*) from detention_case') cases"
echo "median of 5 runs after one unmeasured; load average $(cut -d' ' -f1-3 /proc/loadavg)"
for filter in open all; do
    where=$([ $filter = open ] && echo "where $OPEN" || echo "")
    for column in entry importer goods value detained deadline assignee status; do
        for dir in asc desc; do
            for offset in 0 1000; do
                run "$filter $column $dir, page $((offset / 25 + 1))" \
                    "$SEL $where order by $(order $column $dir) offset $offset limit 25"
            done
        done
    done
done
