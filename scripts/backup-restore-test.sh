#!/usr/bin/env bash
# Backup and restore, tested end to end: what docs/OPERATIONS.md, "Data to back up", says to back
# up is enough to bring the portal back.
#
#   scripts/backup-restore-test.sh [documents]        default 20 documents
#
# Starts the portal (./run) on a PostgreSQL database of its own (onus_restore, files in
# .onus-restore/), uploads documents with random content and notes each one's SHA-256, verifies the
# audit chain, then backs up the database (pg_dump) and the evidence store (tar), stops the portal,
# wipes both (the database is dropped, the data folder deleted: the search index goes with it),
# restores them, starts the portal again and checks: the audit chain verifies with the same number
# of events, every document downloads with its SHA-256, and search finds each (the index is rebuilt
# from the restored database). Prints a table; exits non-zero on any failed check.
#
# PostgreSQL: ONUS_BENCH_PG_URL (default jdbc:postgresql://127.0.0.1:5432/), ONUS_BENCH_PG_USER
# (postgres), ONUS_BENCH_PG_PASSWORD. Ports 8080, 9990 and 8180 must be free. SKIP_BUILD=1 skips the build.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DOCUMENTS="${1:-20}"
WORK="${ONUS_RESTORE_DIR:-$ROOT/.onus-restore}"
DB=onus_restore
SMTP_PORT=2526
PORTAL=http://localhost:8080

say() { printf '%s\n' "$*"; }
fail() { printf 'backup-restore: %s\n' "$*" >&2; exit 2; }
# shellcheck source=scripts/lib/bench-portal.sh
. "$ROOT/scripts/lib/bench-portal.sh"
# shellcheck source=scripts/lib/portal.sh
. "$ROOT/scripts/lib/portal.sh"
pg() { PGPASSWORD="$PG_PASSWORD" "$@" -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER"; }
sql() { pg psql -d "${2:-postgres}" -v ON_ERROR_STOP=1 -Atqc "$1"; }
command -v psql >/dev/null && command -v pg_dump >/dev/null && command -v pg_restore >/dev/null \
    || fail "psql, pg_dump and pg_restore are needed (Debian: postgresql-client)"

if [ "${SKIP_BUILD:-}" != 1 ]; then
    say "Building the portal..."
    (cd "$ROOT" && ./mvnw -q -B -DskipTests -pl ear -am package) || fail "the build failed"
fi
trap stop_portal EXIT

rm -rf "$WORK"
mkdir -p "$WORK/backup" "$WORK/files"
sql "DROP DATABASE IF EXISTS $DB WITH (FORCE)" >/dev/null
sql "CREATE DATABASE $DB"
start_smtp_sink

audit() { # prints "valid checked"
    local answer
    answer="$(curl -s -H "Authorization: Bearer $(demo_token auditor)" "$PORTAL/api/v1/audit/verify")"
    printf '%s %s\n' "$(sed -nE 's/.*"valid":(true|false).*/\1/p' <<< "$answer")" \
        "$(sed -nE 's/.*"checked":([0-9]+).*/\1/p' <<< "$answer")"
}

say "Starting the portal on database $DB..."
start_portal "$DB"

say "Uploading $DOCUMENTS documents..."
regulator="$(demo_token regulator)"
: > "$WORK/documents.tsv"
for i in $(seq 1 "$DOCUMENTS"); do
    word="restore$RANDOM$i"
    file="$WORK/files/document-$i.txt"
    { echo "Backup and restore check $word"; head -c 3000 /dev/urandom | base64; } > "$file"
    id="$(curl -s -H "Authorization: Bearer $regulator" -F "file=@$file;type=text/plain" -F type=RESEARCH_REPORT \
        -F "title=Restore check $word" -F source=Test -F "date=$(date -u +%F)" -F language=en -F accessClass=PUBLIC \
        "$PORTAL/api/v1/evidence" | sed -E 's/.*"id":"([^"]+)".*/\1/')"
    [[ "$id" =~ ^[0-9a-f-]{36}$ ]] || fail "upload $i was refused: $id"
    printf '%s\t%s\t%s\n' "$id" "$word" "$(sha256sum "$file" | cut -d' ' -f1)" >> "$WORK/documents.tsv"
done
read -r valid_before checked_before <<< "$(audit)"
say "Audit chain before the backup: valid=$valid_before, $checked_before events"

say "Backing up: the database (pg_dump), then the evidence store (tar)..."
# The database first: files are written before the rows that name them, so a file newer than the
# dump is at worst an orphan, never a row without its file.
pg pg_dump -Fc -d "$DB" -f "$WORK/backup/onus.dump"
tar -C "$WORK/portal/data" -cf "$WORK/backup/evidence.tar" evidence
say "  $(du -h "$WORK/backup/onus.dump" | cut -f1) database, $(du -h "$WORK/backup/evidence.tar" | cut -f1) evidence"

say "Wiping: the portal stops, the database is dropped, the data folder deleted..."
stop_portal
sql "DROP DATABASE $DB WITH (FORCE)"
rm -rf "$WORK/portal/data"

say "Restoring..."
sql "CREATE DATABASE $DB"
pg pg_restore -d "$DB" --no-owner "$WORK/backup/onus.dump"
mkdir -p "$WORK/portal/data"
tar -C "$WORK/portal/data" -xf "$WORK/backup/evidence.tar"
start_portal "$DB"

ROWS=(); FAILED=0
row() { ROWS+=("$1|$2"); [ "$2" = ok ] || FAILED=1; }
read -r valid_after checked_after <<< "$(audit)"
[ "$valid_after" = true ] && [ "$checked_after" -ge "$checked_before" ] \
    && row "audit chain verifies ($checked_after events, $checked_before before)" ok \
    || row "audit chain verifies" "FAILED: valid=$valid_after, $checked_after events ($checked_before before)"
regulator="$(demo_token regulator)"
downloads=0; found=0
while IFS=$'\t' read -r id word sum; do
    [ "$(curl -s -H "Authorization: Bearer $regulator" "$PORTAL/api/v1/evidence/$id/content" | sha256sum | cut -d' ' -f1)" = "$sum" ] \
        && downloads=$((downloads + 1))
    grep -qi '^x-total-count: [1-9]' <<< "$(curl -s -D - -o /dev/null -H "Authorization: Bearer $regulator" \
        "$PORTAL/api/v1/evidence?q=$word" | tr -d '\r')" && found=$((found + 1))
done < "$WORK/documents.tsv"
[ "$downloads" = "$DOCUMENTS" ] && row "documents download with their SHA-256 ($downloads)" ok \
    || row "documents download with their SHA-256" "FAILED: $downloads of $DOCUMENTS"
[ "$found" = "$DOCUMENTS" ] && row "search finds every document (index rebuilt)" ok \
    || row "search finds every document" "FAILED: $found of $DOCUMENTS"

say ""
printf '%-60s %s\n' check result
for r in "${ROWS[@]}"; do printf '%-60s %s\n' "${r%%|*}" "${r#*|}"; done
if [ "$FAILED" = 0 ]; then say "PASSED"; else say "FAILED"; fi
exit "$FAILED"
