#!/usr/bin/env bash
# Pages and API under load (docs/BENCHMARKS.md, "Pages and API under load"): the Gatling simulation
# of the loadtest module (org.onus.loadtest.PortalLoadSimulation) against a portal started by ./run.
#
#   scripts/load-test.sh            closed model (50 users, 0.5-1.5 s between requests), then the
#                                   open-model ramp (arrivals per second raised step by step)
#   scripts/load-test.sh closed     the closed model only
#   scripts/load-test.sh open       the open model only
#
# Without ONUS_LOAD_REUSE or ONUS_LOAD_DB it creates a fresh PostgreSQL database, starts the portal
# on it (./run, with a local SMTP sink when python3 has smtpd), puts data in by driving whole cases
# and entry filing over HTTP for ONUS_LOAD_SEED seconds (benchmarks.jar PortalLifecycleDriver), runs
# the simulation, stops the portal and drops the database. It needs ports 8080, 8180 and 9990.
#
# Results: docs/benchmarks/<date>-load.txt (what ran where, the simulation's own table per request
# type and, for the open model, per arrival rate, and Gatling's summary of the whole run and the failed requests), and
# -load-jfr.txt with ONUS_LOAD_JFR=1. Gatling's HTML report stays in loadtest/target/gatling.
# Tokens last five minutes in the development realm: the closed model's API clients renew theirs,
# the open model's pool does not, so keep its levels x level seconds under about 4.5 minutes.
# Environment:
#   ONUS_LOAD_DB=name        use this existing database of the server (e.g. a generated volume):
#                            start the portal on it, put no data in (unless ONUS_LOAD_SEED is set),
#                            and keep it
#   ONUS_LOAD_REUSE=1        use the portal already running at ONUS_LOAD_PORTAL: start and stop nothing
#   ONUS_LOAD_SEED           seconds of each seeding phase (whole cases, then entry filing) on a fresh
#                            database (90)
#   ONUS_LOAD_JFR=1          record WildFly with JDK Flight Recorder during the closed model's run and
#                            summarise where its time went (needs the portal's pid: not with REUSE)
#   ONUS_LOAD_USERS / _RAMP / _WARMUP / _DURATION   closed model: users (50), then seconds of ramp (30),
#                            unmeasured warm-up (120) and steady window (180)
#   ONUS_LOAD_OPEN_FROM / _STEP / _LEVEL / _LEVELS   open model: arrivals/s of the first level (2), added
#                            per level (4), seconds per level (30), levels (8)
#   ONUS_LOAD_PORTAL / ONUS_LOAD_KEYCLOAK    http://localhost:8080 / http://localhost:8180 (the portal
#                            checks the token's issuer: use the host name it was started with)
#   ONUS_LOAD_OUT            where results go (docs/benchmarks)
#   ONUS_LOAD_ASOF_DAYS      the designation list is asked for a random day of the last N (400); 1 asks
#                            for today only (a generated volume's designations all take effect that day)
#   ONUS_BENCH_PG_URL / _USER / _PASSWORD    the PostgreSQL server (jdbc:postgresql://127.0.0.1:5432/, postgres)
#   SKIP_BUILD=1             use what is built; MAVEN_ARGS=-o builds offline
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

MODELS="${1:-both}"
case "$MODELS" in both) MODELS="closed open" ;; closed | open) ;; *) echo "usage: $0 [closed|open]" >&2; exit 2 ;; esac
OUT_DIR="${ONUS_LOAD_OUT:-$ROOT/docs/benchmarks}"
PREFIX="$OUT_DIR/$(date -u +%Y-%m-%d)-load"
SMTP_PORT="${ONUS_BENCH_SMTP_PORT:-2525}"
REUSE="${ONUS_LOAD_REUSE:-0}"
SEED="${ONUS_LOAD_SEED:-}"
export ONUS_LOAD_PORTAL="${ONUS_LOAD_PORTAL:-http://localhost:8080}"
export ONUS_LOAD_KEYCLOAK="${ONUS_LOAD_KEYCLOAK:-http://localhost:8180}"
JAR="$ROOT/benchmarks/target/benchmarks.jar"
if [ -n "${JAVA_HOME:-}" ]; then JAVA="$JAVA_HOME/bin/java"; else JAVA="$(command -v java)"; fi
JCMD="$(dirname "$(readlink -f "$JAVA")")/jcmd"

say() { printf '%s\n' "$*"; }
fail() { printf 'load-test: %s\n' "$*" >&2; exit 1; }
sql() { PGPASSWORD="$PG_PASSWORD" psql -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d "${2:-postgres}" -v ON_ERROR_STOP=1 -Atqc "$1"; }
. "$ROOT/scripts/lib/bench-portal.sh"

mkdir -p "$OUT_DIR"
WORK="$(mktemp -d)"
DROP_DB=""
cleanup() {
    stop_portal
    [ -n "$DROP_DB" ] && { sql "DROP DATABASE IF EXISTS $DROP_DB WITH (FORCE)" 2>/dev/null || true; }
    if [ "${KEEP_WORK:-0}" = 1 ]; then say "scratch folder kept: $WORK"; else rm -rf "$WORK"; fi
}
trap cleanup EXIT

# Everything printed from here on is also the raw result, without this machine's paths.
exec > >(sed -u -e "s#$WORK#<scratch>#g" -e "s#$ROOT/##g" -e "s#$ROOT#.#g" | tee "$PREFIX.txt") 2>&1

# --- Build ---------------------------------------------------------------------------------------
if [ "${SKIP_BUILD:-0}" != 1 ]; then
    say "building the portal, the benchmarks and the load test..."
    # shellcheck disable=SC2086  # MAVEN_ARGS is a list of options
    ./mvnw -q -B ${MAVEN_ARGS:-} -DskipTests -pl ear,benchmarks,loadtest -am package
fi
[ -f "$JAR" ] || fail "no $JAR: build first"

# --- The portal -------------------------------------------------------------------------------------
WILDFLY_PID=""
if [ "$REUSE" != 1 ]; then
    for port in 8080 8180 9990; do port_in_use "$port" && fail "port $port is in use: stop that server, or set ONUS_LOAD_REUSE=1"; done
    if [ -n "${ONUS_LOAD_DB:-}" ]; then
        DB="$ONUS_LOAD_DB"
        sql "select 1" "$DB" > /dev/null || fail "no database $DB"
        SEED="${SEED:-0}"
    else
        DB="onus_load_$(date +%s)"
        sql "CREATE DATABASE $DB"
        DROP_DB="$DB"
        SEED="${SEED:-90}"
    fi
    start_smtp_sink
    say "starting the portal on database $DB..."
    start_portal "$DB"
    WILDFLY_PID="$(pgrep -f -- "-Djboss.home.dir=$ROOT/ear/target/wildfly" | head -1 || true)"
    say "portal up (WildFly pid ${WILDFLY_PID:-?}); $(uptime)"
else
    SEED="${SEED:-0}"
    say "using the running portal at $ONUS_LOAD_PORTAL"
fi

# --- Data --------------------------------------------------------------------------------------------
if [ "$SEED" -gt 0 ]; then
    say "putting data in: whole cases, then entry filing, ${SEED} s each at 2 threads..."
    "$JAVA" -cp "$JAR" org.onus.benchmarks.PortalLifecycleDriver --portal "$ONUS_LOAD_PORTAL" \
        --keycloak "$ONUS_LOAD_KEYCLOAK" --threads 2 --initial-warmup 0 --warmup 0 --measure "$SEED" \
        --filing-warmup 0 --filing-measure "$SEED" --out "$WORK/seed.json" > "$WORK/seed.txt" 2>&1 || {
        cat "$WORK/seed.txt"; fail "putting data in failed"; }
fi

# A server with autovacuum off (see keep_statistics in scripts/lib/bench-portal.sh) has never vacuumed
# the data just put in. Autovacuum would have, since PostgreSQL 13 also for tables that only grew:
# that is what marks pages all-visible, which index-only scans (the lists' counts) need. Once, here,
# before the load, so the figures are those of a server kept as docs/OPERATIONS.md asks.
if [ "$REUSE" != 1 ] && [ "$(sql 'show autovacuum' "$DB" 2>/dev/null || true)" = off ]; then
    vacuum_start=$(date +%s)
    sql "VACUUM ANALYZE" "$DB" > /dev/null
    say "PostgreSQL runs with autovacuum off: vacuumed and analysed $DB once before the load ($(( $(date +%s) - vacuum_start )) s)"
fi

# --- Where ----------------------------------------------------------------------------------------
say ""
say "=== Pages and API under load, $(date -u '+%Y-%m-%d %H:%M:%S UTC') ==="
say "commit:     $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- . 2>/dev/null || echo ' (with uncommitted changes)')"
say "machine:    $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)), $(free -g | awk '/Mem:/{print $2}') GiB, kernel $(uname -r)"
say "java:       $("$JAVA" -version 2>&1 | head -2 | tr '\n' ' ')"
say "load tool:  Gatling $(sed -nE 's#.*<version.gatling>([^<]+)<.*#\1#p' loadtest/pom.xml), gatling-maven-plugin $(sed -nE 's#.*<version.gatling.plugin>([^<]+)<.*#\1#p' loadtest/pom.xml), on the same machine"
if [ "$REUSE" != 1 ]; then
    say "postgresql: $(sql 'select version()')"
    say "data:       $(sql "select count(*) from entry" "$DB" 2>/dev/null || echo '?') entries, $(sql "select count(*) from detention_case" "$DB" 2>/dev/null || echo '?') cases"
fi
say "load:       $(uptime)"

# --- The simulation --------------------------------------------------------------------------------
summarise() { # Gatling's own summary of the run (sign-in and ramp included), and what failed
    local log="$1"
    say "Gatling's summary of the whole run (sign-in and ramp included):"
    awk '/^---- Global Information/ { block = "" } /^---- Global Information/, /^====/ { block = block $0 "\n" } END { printf "%s", block }' "$log"
    if grep -q '^Request:' "$log"; then
        say "failed requests (Gatling's log of each, with the answer):"
        grep -A1 '^Request:' "$log" | grep -v '^Request:\|^--' | sed -E 's/^/  /' | sort | uniq -c | sort -rn | head -20
    fi
}

for model in $MODELS; do
    say ""
    say "--- $model model ---"
    JFR_FILE=""
    if [ "$model" = closed ] && [ "${ONUS_LOAD_JFR:-0}" = 1 ] && [ -n "$WILDFLY_PID" ]; then
        JFR_FILE="$WORK/wildfly-load.jfr"
        "$JCMD" "$WILDFLY_PID" JFR.start name=load settings=profile \
            delay="$(( ${ONUS_LOAD_RAMP:-30} + ${ONUS_LOAD_WARMUP:-120} ))s" duration="${ONUS_LOAD_DURATION:-180}s" filename="$JFR_FILE" > /dev/null
    fi
    # shellcheck disable=SC2086
    ONUS_LOAD_MODEL="$model" ONUS_LOAD_TIMINGS="$WORK/timings-$model.txt" \
        ./mvnw -q -B ${MAVEN_ARGS:-} -pl loadtest gatling:test > "$WORK/gatling-$model.log" 2>&1 || true
    grep -E '^(load on|token request|browser sign-in failed)' "$WORK/gatling-$model.log" | sort | uniq -c | sed 's/^ *//' || true
    if [ -f "$WORK/timings-$model.txt" ]; then
        say "The simulation's own figures (ms; rate = requests per second):"
        cat "$WORK/timings-$model.txt"
    else
        tail -40 "$WORK/gatling-$model.log"
        fail "the $model run gave no figures"
    fi
    summarise "$WORK/gatling-$model.log"
    say "load:       $(uptime)"
    if [ -n "$JFR_FILE" ]; then
        for i in $(seq 1 30); do [ -s "$JFR_FILE" ] && break; sleep 1; done
        if [ -s "$JFR_FILE" ]; then
            "$JAVA" -cp "$JAR" org.onus.benchmarks.JfrAreas "$JFR_FILE" > "$PREFIX-jfr.txt" 2>&1 || true
            say "flight recording of WildFly in the closed model's steady window: ${PREFIX#"$ROOT"/}-jfr.txt"
        fi
    fi
done
