#!/usr/bin/env bash
# The cluster's crash test: nothing acknowledged is lost, nothing is done twice, when a node is
# killed (kill -9) in the middle of filing.
#
#   scripts/cluster-crash-test.sh [rounds]        default 3 rounds, 200 entries each
#
# Starts a cluster of its own (scripts/cluster.sh --fresh, database onus_crash, files in
# .onus-crash/), checks that a document recorded through one node is found through the other
# within 5 seconds (both ways), then in each round:
#   1. files ENTRIES entries through HAProxy from THREADS client threads, each with an
#      Idempotency-Key, every third one with an input from a designated region (detained);
#   2. kill -9s one node (node1, then node2, ...) after KILL_AFTER acknowledgements; the client
#      retries every request that failed or timed out, with the same key and body; right before
#      the kill, a document is recorded through the victim itself;
#   3. checks in PostgreSQL: every acknowledged entry exists exactly once, no entry number twice,
#      every detained entry has exactly one case and every case exactly one process instance, no
#      process instance without its case;
#   4. while the node is still down, lets the rebuttal deadline of this round's cases pass (their
#      timers' due time is moved to now: the short clock) and waits for the survivor to fire every
#      one of them, exactly once: each case confiscated, no case event recorded twice, no incident;
#   5. searches through the survivor until it finds the document recorded just before the kill
#      (its index work was committed to the outbox with it; the survivor applies it);
#   6. starts the killed node again and waits until the balancer sends it requests.
# After the rounds, with both nodes up, BOTH_ENTRIES more entries are filed and their deadlines
# made due in the same way: either node may take each timer, and each must fire once (the same
# checks; the job executors seen holding the timers are counted). Then a rolling restart
# (scripts/cluster-rolling-restart.sh), and the audit chain is verified through the API. A summary
# table is printed; the exit code is non-zero on any loss, duplicate or failed check.
#
# Environment: ENTRIES (200), THREADS (4), KILL_AFTER (70), BOTH_ENTRIES (90),
# ONUS_ENGINE_JOB_LOCK_SECONDS (20: how
# long a killed node's jobs stay locked), SKIP_BUILD=1, KEEP=1 (leave the cluster running at the end).
# PostgreSQL on 127.0.0.1:5432 as postgres (ONUS_CRASH_PG_HOST/PORT/USER).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
ROUNDS="${1:-3}"
ENTRIES="${ENTRIES:-200}"
THREADS="${THREADS:-4}"
KILL_AFTER="${KILL_AFTER:-70}"
BOTH_ENTRIES="${BOTH_ENTRIES:-90}"
WORK="${ONUS_CRASH_DIR:-$ROOT/.onus-crash}"
DB=onus_crash
PG_HOST="${ONUS_CRASH_PG_HOST:-127.0.0.1}"
PG_PORT="${ONUS_CRASH_PG_PORT:-5432}"
PG_USER="${ONUS_CRASH_PG_USER:-postgres}"
export ONUS_CLUSTER_DIR="$WORK/cluster"
export ONUS_DB_URL="jdbc:postgresql://$PG_HOST:$PG_PORT/$DB"
export ONUS_DB_USER="$PG_USER"
export ONUS_ENGINE_JOB_LOCK_SECONDS="${ONUS_ENGINE_JOB_LOCK_SECONDS:-20}"
JAR="$ROOT/benchmarks/target/benchmarks.jar"
NODE_CTL="$ROOT/scripts/cluster-node.sh"

say() { printf '%s\n' "$*"; }
fail() { printf 'crash test: %s\n' "$*" >&2; exit 2; }
# shellcheck source=scripts/lib/portal.sh
. "$ROOT/scripts/lib/portal.sh"
sql() { psql -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d "$DB" -v ON_ERROR_STOP=1 -Atq "$@"; }
find_java
command -v psql >/dev/null || fail "psql is needed to check the database"

if [ "${SKIP_BUILD:-}" != 1 ]; then
    say "Building the portal and the test client..."
    (cd "$ROOT" && ./mvnw -q -B -DskipTests -pl ear,benchmarks -am package) || fail "the build failed"
fi
mkdir -p "$WORK"

CLUSTER_PID=""
finish() {
    if [ -n "$CLUSTER_PID" ] && [ "${KEEP:-}" != 1 ]; then
        kill -TERM "$CLUSTER_PID" 2>/dev/null || true
        wait "$CLUSTER_PID" 2>/dev/null || true
    fi
}
trap finish EXIT

say "Starting a cluster of two nodes on database $DB (log: $WORK/cluster.log)..."
"$ROOT/scripts/cluster.sh" --fresh > "$WORK/cluster.log" 2>&1 &
CLUSTER_PID=$!
until grep -q 'Onus is running as a cluster' "$WORK/cluster.log" 2>/dev/null; do
    kill -0 "$CLUSTER_PID" 2>/dev/null || { tail -30 "$WORK/cluster.log" >&2; fail "the cluster did not start"; }
    sleep 2
done

FAILED=0
ROWS=()

# evidence_json TITLE: a public research report to record, whose title a search can find.
evidence_json() {
    printf '{"type": "RESEARCH_REPORT", "title": "%s", "source": "Crash test", "date": "%s", "language": "en", "accessClass": "PUBLIC"}' \
        "$1" "$(date -u +%F)"
}

# --- Search across nodes: recorded through one node, found through the other within 5 s -------------
# found_within PORT WORD LIMIT_MS: prints the milliseconds until a search through PORT found WORD (or "never").
found_within() {
    local token started found="" headers
    token="$(demo_token regulator)"
    started=$(date +%s%3N)
    while [ $(( $(date +%s%3N) - started )) -lt "$3" ]; do
        # Captured first: grep -q would end the pipe early, and pipefail count that as a failure.
        headers="$(curl -s -D - -o /dev/null -H "Authorization: Bearer $token" "http://localhost:$1/api/v1/evidence?q=$2" | tr -d '\r')"
        if grep -qi '^x-total-count: [1-9]' <<< "$headers"; then
            found=$(( $(date +%s%3N) - started )); break
        fi
        sleep 0.2
    done
    echo "${found:-never}"
}
node_port() { if [ "$1" = node1 ]; then echo 8090; else echo 8100; fi; }
# search_across FROM_PORT TO_PORT: prints the milliseconds until the item was found (or "never").
search_across() {
    local word="xnode$RANDOM$RANDOM"
    curl -s -o /dev/null -H "Authorization: Bearer $(demo_token regulator)" -H 'Content-Type: application/json' \
        -d "$(evidence_json "Cross-node search check $word")" \
        "http://localhost:$1/api/v1/evidence"
    found_within "$2" "$word" 30000
}
ROUND=setup
for direction in "8090 8100" "8100 8090"; do
    # shellcheck disable=SC2086
    ms="$(search_across $direction)"
    if [ "$ms" != never ] && [ "$ms" -le 5000 ]; then ROWS+=("setup|recorded on :${direction% *}, found on :${direction#* } ($ms ms)|ok"); else
        ROWS+=("setup|recorded on :${direction% *}, found on :${direction#* } within 5 s|FAILED: $ms ms"); FAILED=1; fi
done
# check NAME SQL: the query counts offending rows; 0 passes.
check() {
    local n
    n="$(sql -c "$2")"
    if [ "$n" = 0 ]; then ROWS+=("$ROUND|$1|ok"); else ROWS+=("$ROUND|$1|FAILED: $n"); FAILED=1; fi
}

# Served by the balancer from this node? (HAProxy names the node that answered.)
served_by() {
    local i
    for i in $(seq 1 20); do
        grep -qi "^x-onus-node: $1" <<< "$(curl -s -D - -o /dev/null http://localhost:8080/health/ready)" && return 0
        sleep 0.5
    done
    return 1
}

# round_checks N WHERE: loads round N's acknowledgements, checks them, then lets the round's rebuttal
# deadlines pass (the short clock: their timers' due time is moved to now) and waits until every
# timer has fired, exactly once. WHERE says which nodes were up ("on the survivor", ...). Records
# which job executors (lock owners, one per node) were seen holding the round's timers.
round_checks() {
    local n="$1" where="$2"
    sql -c "CREATE TABLE IF NOT EXISTS crash_ack (round int, idempotency_key text, entry_number text, id text, status text, attempts int, failures int)"
    awk -v r="$n" 'BEGIN { OFS = "\t" } { print r, $0 }' "$ACK" \
        | sql -c "\\copy crash_ack FROM STDIN WITH (FORMAT text)"
    local acked="(SELECT * FROM crash_ack WHERE round = $n)"

    check "acknowledged entries missing" \
        "SELECT count(*) FROM $acked a WHERE NOT EXISTS (SELECT 1 FROM entry e WHERE e.id::text = a.id AND e.entry_number = a.entry_number)"
    check "entry numbers stored twice" \
        "SELECT count(*) FROM (SELECT entry_number FROM entry GROUP BY organisation_code, entry_number HAVING count(*) > 1) d"
    check "detained entries without exactly one case" \
        "SELECT count(*) FROM (SELECT e.id FROM entry e LEFT JOIN detention_case c ON c.entry_id = e.id WHERE e.status = 'DETAINED' GROUP BY e.id HAVING count(c.id) <> 1) d"
    check "cases without exactly one process instance" \
        "SELECT count(*) FROM (SELECT c.id FROM detention_case c LEFT JOIN act_hi_procinst p ON p.business_key_ = c.id::text AND p.proc_def_key_ = 'detention-case' GROUP BY c.id HAVING count(p.id_) <> 1) d"
    check "process instances without their case" \
        "SELECT count(*) FROM act_hi_procinst p WHERE p.proc_def_key_ = 'detention-case' AND NOT EXISTS (SELECT 1 FROM detention_case c WHERE c.id::text = p.business_key_)"

    local round_cases="SELECT c.id FROM detention_case c JOIN $acked a ON a.id = c.entry_id::text"
    local deadline_jobs="FROM act_ru_job j JOIN act_ru_execution pi ON pi.id_ = j.process_instance_id_ WHERE j.handler_cfg_ LIKE 'Timer_RebuttalDeadline%' AND pi.business_key_ IN (SELECT id::text FROM ($round_cases) rc)"
    local timers cases left started limit owners="" seen
    timers="$(sql -c "SELECT count(*) $deadline_jobs")"
    cases="$(sql -c "SELECT count(*) FROM ($round_cases) rc")"
    say "Moving the rebuttal deadline of this round's $cases cases to now ($timers timers), $where..."
    sql -c "UPDATE act_ru_job SET duedate_ = now() - interval '1 second' WHERE id_ IN (SELECT j.id_ $deadline_jobs)"
    started=$SECONDS
    limit=$((ONUS_ENGINE_JOB_LOCK_SECONDS + 180))
    while [ "$(sql -c "SELECT count(*) $deadline_jobs")" != 0 ] && [ $((SECONDS - started)) -lt "$limit" ]; do
        seen="$(sql -c "SELECT string_agg(DISTINCT j.lock_owner_, ' ') $deadline_jobs AND j.lock_owner_ IS NOT NULL")"
        owners="$(printf '%s\n' $owners $seen | sort -u | tr '\n' ' ')"
        sleep 0.3
    done
    left="$(sql -c "SELECT count(*) $deadline_jobs")"
    owners="$(wc -w <<< "$owners" | tr -d ' ')"
    say "  $((timers - left)) of $timers deadline timers fired within $((SECONDS - started)) s, $where; taken by $owners job executor(s)"
    if [ "$timers" = "$cases" ] && [ "$left" = 0 ]; then ROWS+=("$ROUND|deadline timers fired $where ($timers; $owners executor(s) seen)|ok"); else
        ROWS+=("$ROUND|deadline timers fired $where|FAILED: $cases cases, $timers timers, $left left"); FAILED=1; fi
    check "cases not confiscated after the deadline" \
        "SELECT count(*) FROM detention_case c WHERE c.id IN ($round_cases) AND c.status <> 'CONFISCATED'"
    check "case events recorded twice" \
        "SELECT count(*) FROM (SELECT case_id, kind FROM case_event WHERE case_id IN ($round_cases) GROUP BY case_id, kind HAVING count(*) > 1) d"
    check "incidents" "SELECT count(*) FROM act_ru_incident"
}

for ROUND in $(seq 1 "$ROUNDS"); do
    VICTIM="node$(( (ROUND - 1) % 2 + 1 ))"
    say ""
    say "=== Round $ROUND of $ROUNDS: $ENTRIES entries, $THREADS threads, kill -9 $VICTIM after $KILL_AFTER acknowledgements"
    ACK="$WORK/round-$ROUND.tsv"
    # The kill command first records a document through the victim itself, then kills it at once:
    # the document's index work must survive in the database's outbox for the other node to apply.
    LAST_WORD="lastdoc$ROUND$RANDOM$RANDOM"
    LAST_DOC="$WORK/round-$ROUND-last-document.status"
    # The token goes through a file (curl -H @file), so the command the client prints carries none.
    AUTH_HEADER="$WORK/round-$ROUND-authorization.header"
    (umask 077 && printf 'Authorization: Bearer %s\n' "$(demo_token regulator)" > "$AUTH_HEADER")
    KILL_CMD="curl -s -o /dev/null -w '%{http_code}' -H @$(printf %q "$AUTH_HEADER") \
-H 'Content-Type: application/json' -d $(printf %q "$(evidence_json "Recorded just before the crash $LAST_WORD")") \
http://localhost:$(node_port "$VICTIM")/api/v1/evidence > $(printf %q "$LAST_DOC"); $(printf %q "$NODE_CTL") kill $VICTIM"
    set +e
    "$JAVA" -cp "$JAR" org.onus.benchmarks.ClusterCrashDriver --entries "$ENTRIES" --threads "$THREADS" \
        --kill-after "$KILL_AFTER" --kill-command "$KILL_CMD" --out "$ACK" | tee "$WORK/round-$ROUND.log"
    driver=${PIPESTATUS[0]}
    set -e
    if [ "$driver" = 0 ]; then ROWS+=("$ROUND|client: every entry acknowledged, node killed|ok"); else
        ROWS+=("$ROUND|client: every entry acknowledged, node killed|FAILED (see round-$ROUND.log)"); FAILED=1; fi
    # Captured first: grep -q would end the pipe early, and pipefail count that as a failure.
    states="$("$NODE_CTL" status)"
    if grep -q "^$VICTIM	down" <<< "$states"; then ROWS+=("$ROUND|$VICTIM down after kill -9|ok"); else
        ROWS+=("$ROUND|$VICTIM down after kill -9|FAILED: $(tr '\t\n' ' ;' <<< "$states")"); FAILED=1; fi

    round_checks "$ROUND" "on the survivor while $VICTIM is down"

    # The document recorded through the victim just before its kill -9, searched through the survivor.
    if [ "$(cat "$LAST_DOC" 2>/dev/null)" = 201 ]; then
        ms="$(found_within 8080 "$LAST_WORD" 120000)"
        if [ "$ms" != never ]; then ROWS+=("$ROUND|document recorded on $VICTIM just before kill -9 found ($ms ms)|ok"); else
            ROWS+=("$ROUND|document recorded on $VICTIM just before kill -9 found|FAILED: not within 120 s"); FAILED=1; fi
    else
        ROWS+=("$ROUND|document recorded on $VICTIM just before kill -9|FAILED: HTTP $(cat "$LAST_DOC" 2>/dev/null)"); FAILED=1
    fi

    say "Starting $VICTIM again..."
    if "$NODE_CTL" start "$VICTIM" && served_by "$VICTIM"; then ROWS+=("$ROUND|$VICTIM back in the balancer|ok"); else
        ROWS+=("$ROUND|$VICTIM back in the balancer|FAILED"); FAILED=1; fi
done

# --- Both nodes up: either may take a timer, each timer's effect happens once -------------------------
ROUND=both
say ""
say "=== Both nodes up: $BOTH_ENTRIES entries, $THREADS threads, no kill; then their rebuttal deadlines pass"
ACK="$WORK/round-both.tsv"
set +e
"$JAVA" -cp "$JAR" org.onus.benchmarks.ClusterCrashDriver --entries "$BOTH_ENTRIES" --threads "$THREADS" \
    --out "$ACK" | tee "$WORK/round-both.log"
driver=${PIPESTATUS[0]}
set -e
if [ "$driver" = 0 ]; then ROWS+=("both|client: every entry acknowledged|ok"); else
    ROWS+=("both|client: every entry acknowledged|FAILED (see round-both.log)"); FAILED=1; fi
round_checks $((ROUNDS + 1)) "with both nodes up"

# --- A rolling restart while a signed-in user keeps saving forms --------------------------------------
ROUND=all
set +e
"$ROOT/scripts/cluster-rolling-restart.sh" | tee "$WORK/rolling-restart.log"
rolling=${PIPESTATUS[0]}
set -e
if [ "$rolling" = 0 ]; then ROWS+=("all|rolling restart: no form lost, no second sign-in|ok"); else
    ROWS+=("all|rolling restart: no form lost, no second sign-in|FAILED (see rolling-restart.log)"); FAILED=1; fi

# --- The audit chain, verified by the portal --------------------------------------------------------
token="$(demo_token auditor)"
verify="$(curl -s -H "Authorization: Bearer $token" http://localhost:8080/api/v1/audit/verify)"
if printf '%s' "$verify" | grep -q '"valid":true'; then ROWS+=("all|audit chain verifies ($(printf '%s' "$verify" | sed -E 's/.*"checked":([0-9]+).*/\1/') events)|ok"); else
    ROWS+=("all|audit chain verifies|FAILED: $verify"); FAILED=1; fi
totals="$(sql -c "SELECT count(*) || ' entries acknowledged, ' || count(*) FILTER (WHERE status = 'DETAINED') || ' detained, ' || coalesce(sum(attempts - 1), 0) || ' retried requests' FROM crash_ack")"

say ""
say "Crash test: $ROUNDS rounds; $totals"
printf '%-6s %-58s %s\n' round check result
for row in "${ROWS[@]}"; do
    IFS='|' read -r r c res <<< "$row"
    printf '%-6s %-58s %s\n' "$r" "$c" "$res"
done
if [ "$FAILED" = 0 ]; then say "PASSED"; else say "FAILED"; fi
exit "$FAILED"
