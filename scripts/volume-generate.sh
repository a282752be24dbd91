#!/usr/bin/env bash
# Volume generator (issue 14; docs/BENCHMARKS.md, "Volume generator"): fills a PostgreSQL
# database through the portal's own REST API, so every rule, audit event and process instance is
# made as in production. At scale 1: 10,000 designations (published 50 at a time, four eyes),
# 100,000 entries with ~1,000,000 disclosed inputs, 100,000 detention cases spread over every
# status the API reaches, 50,000 evidence-library documents, and the audit events of all that.
#
#   scripts/volume-generate.sh [--scale S] [--database NAME] [--fresh] [--threads N] [--keep-running]
#
#   --scale S         multiplies every count (default 1; 0.01 = 100 designations, 1,000 entries,
#                     1,000 cases, 500 documents)
#   --database NAME   the PostgreSQL database (default onus_volume); created when missing
#   --fresh           drop the database and the progress first; otherwise a run resumes
#   --threads N       client threads (default 2)
#   --keep-running    leave the portal running at the end (for a load test); Ctrl-C stops it
#   --phases LIST     only these of designations,evidence,entries,cases (default all, in that order)
#
# It builds the portal and the benchmarks (unless SKIP_BUILD=1), starts the portal with ./run on
# the database, runs org.onus.benchmarks.VolumeGenerator (progress every ~10 s), prints the row
# counts of the main tables and stops the portal. Interrupted (Ctrl-C, a crash), it resumes when
# run again with the same database: the progress file and the portal's stored files live in
# $VOLUME_DIR/<database> (default target/volume/<database>).
# Environment: ONUS_BENCH_PG_URL / _USER / _PASSWORD (jdbc:postgresql://127.0.0.1:5432/, postgres),
# MAVEN_ARGS=-o to build offline, SKIP_BUILD=1, VOLUME_DIR.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

SCALE=1
DB=onus_volume
FRESH=0
THREADS=2
KEEP_RUNNING=0
PHASES=designations,evidence,entries,cases
while [ $# -gt 0 ]; do
    case "$1" in
        --scale) SCALE="$2"; shift 2 ;;
        --database) DB="$2"; shift 2 ;;
        --fresh) FRESH=1; shift ;;
        --threads) THREADS="$2"; shift 2 ;;
        --keep-running) KEEP_RUNNING=1; shift ;;
        --phases) PHASES="$2"; shift 2 ;;
        -h|--help) sed -n '2,24p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) printf 'volume-generate: unknown option %s (see --help)\n' "$1" >&2; exit 64 ;;
    esac
done
[[ "$DB" =~ ^[a-z_][a-z0-9_]*$ ]] || { printf 'volume-generate: database name %s: lower case, digits and _ only\n' "$DB" >&2; exit 64; }

SMTP_PORT="${ONUS_BENCH_SMTP_PORT:-2525}"
JAR="$ROOT/benchmarks/target/benchmarks.jar"
WORK="${VOLUME_DIR:-$ROOT/target/volume}/$DB"
if [ -n "${JAVA_HOME:-}" ]; then JAVA="$JAVA_HOME/bin/java"; else JAVA="$(command -v java)"; fi

say() { printf '%s\n' "$*"; }
fail() { printf 'volume-generate: %s\n' "$*" >&2; exit 1; }
psql_on() { PGPASSWORD="$PG_PASSWORD" psql -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d "$1" -v ON_ERROR_STOP=1 -Atqc "$2"; }
. "$ROOT/scripts/lib/bench-portal.sh"

command -v psql >/dev/null || fail "psql is needed to create the database and count its rows"

trap stop_portal EXIT
trap 'exit 130' INT TERM

for port in 8080 8180 9990; do
    port_in_use "$port" && fail "port $port is in use: stop the other portal (or test suite) first"
done

# --- Build ---------------------------------------------------------------------------------------
if [ "${SKIP_BUILD:-0}" != 1 ]; then
    say "building the portal and the benchmarks..."
    # shellcheck disable=SC2086  # MAVEN_ARGS is a list of Maven options
    ./mvnw -q -B ${MAVEN_ARGS:-} -DskipTests -pl ear,benchmarks -am package
fi
[ -f "$JAR" ] || fail "no $JAR: build first"

# --- The database ---------------------------------------------------------------------------------
if [ "$FRESH" = 1 ]; then
    say "--fresh: dropping database $DB and its progress"
    psql_on postgres "DROP DATABASE IF EXISTS $DB WITH (FORCE)"
    rm -rf "$WORK"
fi
if [ -z "$(psql_on postgres "SELECT 1 FROM pg_database WHERE datname = '$DB'")" ]; then
    psql_on postgres "CREATE DATABASE $DB"
    rm -rf "$WORK"  # progress of an earlier database of that name means nothing now
    say "created database $DB"
fi
mkdir -p "$WORK"

say "=== Volume generator, $(date -u '+%Y-%m-%d %H:%M:%S UTC') ==="
say "commit:     $(git rev-parse --short HEAD 2>/dev/null || echo '?')"
say "machine:    $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB; $(uptime | sed 's/.*load/load/')"
say "postgresql: $(psql_on postgres 'SHOW server_version'), database $DB"

# --- The portal -------------------------------------------------------------------------------------
start_smtp_sink
say "starting the portal on $DB (log: $WORK/run.log)..."
start_portal "$DB"
curl -fsS http://localhost:8080/health/ready > /dev/null || fail "the portal is not ready"
say "portal up; $(uptime | sed 's/.*load/load/')"

# --- Generate -----------------------------------------------------------------------------------------
set +e
"$JAVA" -cp "$JAR" org.onus.benchmarks.VolumeGenerator --database "$DB" --scale "$SCALE" --threads "$THREADS" \
    --phases "$PHASES" --progress "$WORK/progress.properties"
GENERATED=$?
set -e

# --- What is there -----------------------------------------------------------------------------------
say ""
say "rows in $DB ($(uptime | sed 's/.*load/load/')):"
psql_on "$DB" "
SELECT what, count FROM (
SELECT 1, 'designations (all versions)', count(*) FROM designation
UNION ALL SELECT 2, 'designations published', count(*) FROM designation WHERE status = 'PUBLISHED'
UNION ALL SELECT 3, 'designation list versions', count(*) FROM designation_list_version
UNION ALL SELECT 4, 'designation list rows (shared by the versions)', count(*) FROM designation_list_item
UNION ALL SELECT 5, 'entries', count(*) FROM entry
UNION ALL SELECT 6, 'entries cleared', count(*) FROM entry WHERE status = 'CLEARED'
UNION ALL SELECT 7, 'disclosed inputs', count(*) FROM entry_input
UNION ALL SELECT 8, 'detention cases', count(*) FROM detention_case
UNION ALL SELECT 9, 'case evidence', count(*) FROM case_evidence
UNION ALL SELECT 10, 'evidence library items', count(*) FROM evidence_item
UNION ALL SELECT 11, 'audit events', count(*) FROM audit_event
UNION ALL SELECT 12, 'process instances (history)', count(*) FROM act_hi_procinst
UNION ALL SELECT 13, 'process instances (running)', count(*) FROM act_ru_execution WHERE parent_id_ is null
) AS c (n, what, count) ORDER BY n
" | column -t -s '|' || say "(could not count: see the table names in core/src/main/resources/db/migration)"
say ""
say "detention cases by status:"
psql_on "$DB" "SELECT status, count(*) FROM detention_case GROUP BY status ORDER BY status" | column -t -s '|' || true
say "database size: $(psql_on postgres "SELECT pg_size_pretty(pg_database_size('$DB'))")"

if [ "$KEEP_RUNNING" = 1 ] && [ "$GENERATED" = 0 ]; then
    say ""
    say "the portal keeps running on $DB (http://localhost:8080); Ctrl-C stops it"
    wait "$RUN_PID" || true
fi
exit "$GENERATED"
