#!/usr/bin/env bash
# Bulk upload at volume (issue 14, item 6; docs/BENCHMARKS.md, "Bulk upload at volume"): a portal of
# its own on a fresh PostgreSQL database is first filled, through the bulk upload itself, with
# PREFILL entries (one input each, 100,000 per file), then one file of 100,000 lines of the usual
# mix (scripts/bulk-load.sh) is uploaded and timed end to end. Prints the table sizes and the
# WildFly heap limit it ran with.
#
#   scripts/bulk-at-volume.sh
#
# Uses ports 8080, 8180 and 9990 (run it when no test suite or other portal does) and about
# 3 GB in PostgreSQL while it runs; the database is dropped at the end (KEEP_DB=1 keeps it).
# Environment:
#   BULK_PREFILL_ENTRIES     entries stored before the measured upload (1000000)
#   BULK_PREFILL_LINES       lines (= entries) per filling upload (100000)
#   BULK_PREFILL_MINUTES     stop filling after this many minutes even if fewer are stored (none)
#   BULK_MEASURED_LINES      lines of the measured upload (100000)
#   BULK_OUT                 where the printout goes (docs/benchmarks)
#   ONUS_BENCH_PG_URL / _USER / _PASSWORD    the PostgreSQL server (jdbc:postgresql://127.0.0.1:5432/, postgres)
#   SKIP_BUILD=1             use what is built; MAVEN_ARGS=-o builds offline
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

PREFILL="${BULK_PREFILL_ENTRIES:-1000000}"
PREFILL_LINES="${BULK_PREFILL_LINES:-100000}"
PREFILL_MINUTES="${BULK_PREFILL_MINUTES:-}"
MEASURED_LINES="${BULK_MEASURED_LINES:-100000}"
OUT_DIR="${BULK_OUT:-$ROOT/docs/benchmarks}"
SMTP_PORT="${ONUS_BENCH_SMTP_PORT:-2525}"

say() { printf '%s\n' "$*"; }
fail() { printf 'bulk-at-volume: %s\n' "$*" >&2; exit 1; }
sql() { PGPASSWORD="$PG_PASSWORD" psql -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d "${2:-postgres}" -v ON_ERROR_STOP=1 -Atqc "$1"; }
. "$ROOT/scripts/lib/bench-portal.sh"

command -v psql >/dev/null || fail "psql is needed to create the database and count its rows"
mkdir -p "$OUT_DIR"
WORK="$(mktemp -d)"
DB="onus_bulk_$(date +%s)"
cleanup() {
    stop_portal
    if [ "${KEEP_DB:-0}" != 1 ]; then sql "DROP DATABASE IF EXISTS $DB WITH (FORCE)" 2>/dev/null || true; fi
    rm -rf "$WORK"
}
trap cleanup EXIT

# Everything printed from here on is also the raw result, without this machine's paths.
exec > >(sed -u -e "s#$WORK#<scratch>#g" | tee "$OUT_DIR/$(date -u +%Y-%m-%d)-bulk-at-volume.txt") 2>&1

for port in 8080 8180 9990; do port_in_use "$port" && fail "port $port is in use: stop the portal or test suite first"; done
if [ "${SKIP_BUILD:-0}" != 1 ]; then
    say "building the portal..."
    # shellcheck disable=SC2086  # MAVEN_ARGS is a list of options
    ./mvnw -q -B ${MAVEN_ARGS:-} -DskipTests -pl ear -am package
fi

say "=== Bulk upload at volume, $(date -u '+%Y-%m-%d %H:%M:%S UTC') ==="
say "commit:     $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- . 2>/dev/null || echo ' (with uncommitted changes)')"
say "machine:    $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB; postgresql $(sql 'show server_version')"
say "load:       $(uptime)"
sql "CREATE DATABASE $DB"
start_smtp_sink
start_portal "$DB"
WILDFLY_PID="$(pgrep -f -- "-Djboss.home.dir=$ROOT/ear/target/wildfly" | head -1 || true)"
say "portal up on database $DB; WildFly heap: $(tr '\0' '\n' < "/proc/$WILDFLY_PID/cmdline" | grep -E '^-Xm[sx]' | tr '\n' ' ')"

entries() { sql "select count(*) from entry" "$DB"; }
# The CSV files go to the scratch folder, whose path the printout leaves out.
export TMPDIR="$WORK"
started=$(date +%s)
while [ "$(entries)" -lt "$PREFILL" ]; do
    if [ -n "$PREFILL_MINUTES" ] && [ $(( $(date +%s) - started )) -ge $(( PREFILL_MINUTES * 60 )) ]; then
        say "filling stopped after $PREFILL_MINUTES minutes (BULK_PREFILL_MINUTES), short of $PREFILL entries"
        break
    fi
    INPUTS_PER_ENTRY=1 QUIET=1 "$ROOT/scripts/bulk-load.sh" "$PREFILL_LINES" > "$WORK/prefill.txt" 2>&1 \
        || { cat "$WORK/prefill.txt"; fail "a filling upload failed"; }
    say "filled: $(entries) entries stored ($(date +%s | awk -v s="$started" '{print $1 - s}') s); $(grep '^elapsed' "$WORK/prefill.txt")"
done
sql "VACUUM ANALYZE" "$DB"
say "stored before the measured upload: $(entries) entries, $(sql 'select count(*) from entry_input' "$DB") inputs, $(sql 'select count(*) from audit_event' "$DB") audit events; database $(sql "select pg_size_pretty(pg_database_size('$DB'))")"
say "load:       $(uptime)"
say ""
say "--- measured: $MEASURED_LINES lines, the usual mix ---"
QUIET=1 "$ROOT/scripts/bulk-load.sh" "$MEASURED_LINES"
say "entries stored after: $(entries)"
say "load:       $(uptime)"
