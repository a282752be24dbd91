#!/usr/bin/env bash
# Lifecycle benchmark, portal against raw engine, in one run on one PostgreSQL
# (docs/BENCHMARKS.md, "Lifecycle: portal vs raw engine"):
#
#   1. builds the portal and the benchmarks;
#   2. times the bare Camunda engine running detention-case.bpmn with no-op stubs
#      (RawEngineLifecycleBenchmark, JMH) at 1 and 2 threads, on a fresh database;
#   3. starts the portal with ./run on another fresh database of the same server, with a local
#      SMTP sink so that notices are sent rather than retried;
#   4. drives whole cases over HTTP at 1, 2 and 4 threads, then entry filing alone, then the floor
#      (GET /api/v1/me: the least a request costs), recording the WildFly JVM with JDK Flight
#      Recorder during the 2-thread lifecycle phase; every phase, and the raw engine, also reports
#      what it asked of PostgreSQL (transactions, table reads, rows written, per table): counts,
#      which the machine's other work does not change as it changes CPU time;
#   5. footprint: snapshots the tables' sizes, runs whole cases alone for FOOTPRINT_MEASURE seconds,
#      snapshots again and divides what the tables grew by the cases closed in between;
#   6. stops the portal, has the engine's history clean-up remove the (then expired) history of the
#      ended cases, and drops the database.
#
# Run it when no test suite or other portal shares the machine or the ports:
#
#   scripts/lifecycle-bench.sh
#
# Results: docs/benchmarks/<date>-lifecycle.txt (everything printed), -lifecycle.json (portal
# phases with the raw figures), -lifecycle-raw-engine-t<n>.json (JMH), -lifecycle-jfr.txt.
# About 27 minutes with the defaults. Environment:
#   INITIAL_WARMUP                         seconds of unmeasured load on the fresh portal first (240)
#   LIFECYCLE_WARMUP / LIFECYCLE_MEASURE   seconds per lifecycle phase (20 / 60)
#   FILING_WARMUP / FILING_MEASURE         seconds per filing phase, and per floor phase (10 / 30)
#   FOOTPRINT_MEASURE                      seconds of whole cases between the footprint snapshots (120)
#   RAW_ITERATIONS                         JMH options of the raw engine ("-wi 2 -w 10s -i 3 -r 20s")
#   LIFECYCLE_OUT                          where results go (docs/benchmarks)
#   ONUS_BENCH_PG_URL / _USER / _PASSWORD  the PostgreSQL server (jdbc:postgresql://127.0.0.1:5432/, postgres)
#   SKIP_BUILD=1                           use the jars already built
#   KEEP_WORK=1                            keep the scratch folder (portal logs, the .jfr recording)
#   MAVEN_ARGS=-o                          build offline
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

INITIAL_WARMUP="${INITIAL_WARMUP:-240}"
LIFECYCLE_WARMUP="${LIFECYCLE_WARMUP:-20}"
LIFECYCLE_MEASURE="${LIFECYCLE_MEASURE:-60}"
FILING_WARMUP="${FILING_WARMUP:-10}"
FILING_MEASURE="${FILING_MEASURE:-30}"
FOOTPRINT_MEASURE="${FOOTPRINT_MEASURE:-120}"
RAW_ITERATIONS="${RAW_ITERATIONS:--wi 2 -w 10s -i 3 -r 20s}"
OUT_DIR="${LIFECYCLE_OUT:-$ROOT/docs/benchmarks}"
PREFIX="$OUT_DIR/$(date -u +%Y-%m-%d)-lifecycle"
SMTP_PORT="${ONUS_BENCH_SMTP_PORT:-2525}"
JAR="$ROOT/benchmarks/target/benchmarks.jar"
if [ -n "${JAVA_HOME:-}" ]; then JAVA="$JAVA_HOME/bin/java"; else JAVA="$(command -v java)"; fi
JCMD="$(dirname "$(readlink -f "$JAVA")")/jcmd"

say() { printf '%s\n' "$*"; }
fail() { printf 'lifecycle-bench: %s\n' "$*" >&2; exit 1; }
sql() { PGPASSWORD="$PG_PASSWORD" psql -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d postgres -v ON_ERROR_STOP=1 -Atqc "$1"; }
. "$ROOT/scripts/lib/bench-portal.sh"

command -v psql >/dev/null || fail "psql is needed to create the portal's database"
mkdir -p "$OUT_DIR"
WORK="$(mktemp -d)"
DB="onus_lifecycle_$(date +%s)"
cleanup() {
    stop_portal
    if [ "${KEEP_DB:-0}" != 1 ]; then sql "DROP DATABASE IF EXISTS $DB WITH (FORCE)" 2>/dev/null || true; fi
    if [ "${KEEP_WORK:-0}" = 1 ]; then say "scratch folder kept: $WORK"; else rm -rf "$WORK"; fi
}
trap cleanup EXIT

# Everything printed from here on is also the raw result.
# The scratch folder's path is this machine's, not part of the result.
exec > >(sed -u "s#$WORK#<scratch>#g" | tee "$PREFIX.txt") 2>&1

# The ports ./run needs: another portal or a test suite may hold them for a while.
wait_for_ports() {
    local i busy port
    for i in $(seq 1 60); do
        busy=""
        for port in 8080 8180 9990; do port_in_use "$port" && busy="$busy $port"; done
        [ -z "$busy" ] && return 0
        say "waiting: ports$busy in use"
        sleep 10
    done
    fail "ports$busy stayed in use for 10 minutes"
}
wait_for_ports

# --- Build ---------------------------------------------------------------------------------------
if [ "${SKIP_BUILD:-0}" != 1 ]; then
    say "building the portal and the benchmarks..."
    ./mvnw -q -B -DskipTests -pl ear,benchmarks -am package
fi
[ -f "$JAR" ] || fail "no $JAR: build first"

# --- Where ----------------------------------------------------------------------------------------
say "=== Lifecycle benchmark, $(date -u '+%Y-%m-%d %H:%M:%S UTC') ==="
say "commit:     $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- . 2>/dev/null || echo ' (with uncommitted changes)')"
say "machine:    $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)), $(free -g | awk '/Mem:/{print $2}') GiB, kernel $(uname -r)"
say "java:       $("$JAVA" -version 2>&1 | head -2 | tr '\n' ' ')"
say "postgresql: $(sql 'select version()')"
say "durability: fsync $(sql 'show fsync'), synchronous_commit $(sql 'show synchronous_commit')"
say "model:      workflows/src/main/resources/processes/detention-case.bpmn sha256 $(sha256sum workflows/src/main/resources/processes/detention-case.bpmn | cut -c1-64)"
say "load:       $(uptime)"
say ""

# --- 1. Raw engine --------------------------------------------------------------------------------
for threads in 1 2; do
    say "--- raw engine, $threads thread(s) ---"
    # shellcheck disable=SC2086  # RAW_ITERATIONS is a list of JMH options
    ONUS_BENCH_STEPS_DIR="$WORK" ONUS_BENCH_PG_URL="$PG_URL" ONUS_BENCH_PG_USER="$PG_USER" \
        ONUS_BENCH_PG_PASSWORD="$PG_PASSWORD" \
        "$JAVA" -jar "$JAR" RawEngineLifecycleBenchmark -f 1 -t "$threads" $RAW_ITERATIONS \
        -rf json -rff "$WORK/raw-engine-t$threads.json" 2>&1 | grep -v '^SLF4J'
    cp "$WORK/raw-engine-t$threads.json" "$PREFIX-raw-engine-t$threads.json"
    say "load:       $(uptime)"
    say ""
done

# --- 2. The portal on a fresh database ---------------------------------------------------------
wait_for_ports
sql "CREATE DATABASE $DB"
start_smtp_sink
say "starting the portal on database $DB..."
start_portal "$DB"
WILDFLY_PID="$(pgrep -f -- "-Djboss.home.dir=$ROOT/ear/target/wildfly" | head -1 || true)"
KEYCLOAK_PID="$(keycloak_pid | head -1)"
say "portal up: WildFly pid ${WILDFLY_PID:-?}, Keycloak pid ${KEYCLOAK_PID:-?}; $(uptime)"
say ""

# --- 3. The portal, driven over HTTP ---------------------------------------------------------------
set +e
"$JAVA" -cp "$JAR" org.onus.benchmarks.PortalLifecycleDriver \
    --initial-warmup "$INITIAL_WARMUP" --warmup "$LIFECYCLE_WARMUP" --measure "$LIFECYCLE_MEASURE" \
    --filing-warmup "$FILING_WARMUP" --filing-measure "$FILING_MEASURE" \
    --raw-dir "$WORK" --out "$PREFIX.json" \
    ${WILDFLY_PID:+--wildfly-pid "$WILDFLY_PID"} ${KEYCLOAK_PID:+--keycloak-pid "$KEYCLOAK_PID"} \
    --jcmd "$JCMD" --jfr-threads 2 --jfr-file "$WORK/wildfly-lifecycle-t2.jfr" \
    --database-url "jdbc:postgresql://$PG_HOST:$PG_PORT/$DB" --database-user "$PG_USER" --database-password "$PG_PASSWORD"
DRIVER=$?
set -e
say "load:       $(uptime)"

# --- 4. Where the portal's time went ----------------------------------------------------------------
for i in $(seq 1 20); do [ -s "$WORK/wildfly-lifecycle-t2.jfr" ] && break; sleep 1; done
if [ -s "$WORK/wildfly-lifecycle-t2.jfr" ]; then
    "$JAVA" -cp "$JAR" org.onus.benchmarks.JfrAreas "$WORK/wildfly-lifecycle-t2.jfr" > "$PREFIX-jfr.txt" 2>&1 || true
    say ""
    say "flight recording of WildFly, 2-thread lifecycle phase: ${PREFIX#"$ROOT"/}-jfr.txt"
    head -30 "$PREFIX-jfr.txt"
fi

# --- 5. Footprint: bytes per closed case ------------------------------------------------------------
DB_JDBC="jdbc:postgresql://$PG_HOST:$PG_PORT/$DB"
if [ "$DRIVER" = 0 ] && [ "$FOOTPRINT_MEASURE" -gt 0 ]; then
    say ""
    say "--- footprint: whole cases alone for ${FOOTPRINT_MEASURE} s at 2 threads, between two snapshots ---"
    DESIGNATION="$(sed -nE 's/.*"designation" *: *"([^"]+)".*/\1/p' "$PREFIX.json" | head -1)"
    "$JAVA" -cp "$JAR" org.onus.benchmarks.Footprint snapshot "$DB_JDBC" "$PG_USER" "$PG_PASSWORD" "$WORK/footprint-before.json"
    "$JAVA" -cp "$JAR" org.onus.benchmarks.PortalLifecycleDriver --phases lifecycle --threads 2 \
        --initial-warmup 0 --warmup 0 --measure "$FOOTPRINT_MEASURE" --out "$WORK/footprint-driver.json" \
        ${DESIGNATION:+--designation "$DESIGNATION"} > "$WORK/footprint-driver.txt" 2>&1 || {
        cat "$WORK/footprint-driver.txt"; fail "the footprint phase's cases failed"; }
    "$JAVA" -cp "$JAR" org.onus.benchmarks.Footprint snapshot "$DB_JDBC" "$PG_USER" "$PG_PASSWORD" "$WORK/footprint-after.json"
    "$JAVA" -cp "$JAR" org.onus.benchmarks.Footprint compare "$WORK/footprint-before.json" "$WORK/footprint-after.json" \
        | tee "$PREFIX-footprint.txt"

    # --- 6. History clean-up on the stopped portal's database -----------------------------------------
    stop_portal
    say ""
    say "--- history clean-up: the ended cases' history, expired by a time-to-live of 0 days ---"
    "$JAVA" -cp "$JAR" org.onus.benchmarks.Footprint cleanup "$DB_JDBC" "$PG_USER" "$PG_PASSWORD" 2>&1 \
        | grep -v '^SLF4J' | tee -a "$PREFIX-footprint.txt"
fi
exit "$DRIVER"
