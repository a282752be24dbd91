#!/usr/bin/env bash
# Bulk upload end to end against a running portal: generates a CSV of LINES lines (about one entry
# per 4.5 lines, 1-8 inputs each, some from a designated region, some without inputs), uploads it
# to POST /api/v1/entries/bulk, follows GET /api/v1/jobs/{id} until it finishes and prints the
# times. Entry numbers carry the run's timestamp, so it can be run again on the same portal.
#
# Usage: scripts/bulk-load.sh [LINES]            (default 100000)
# Environment: ONUS_PORTAL (http://localhost:8080), ONUS_KEYCLOAK (http://localhost:8180),
#              ONUS_USER / ONUS_PASSWORD (importer-a / importer-a), KEEP_CSV=1 to keep the file,
#              INPUTS_PER_ENTRY=N for exactly N inputs per entry (so LINES / N entries) instead of
#              the mix, QUIET=1 to print the summary only.
set -euo pipefail

LINES="${1:-100000}"
PORTAL="${ONUS_PORTAL:-http://localhost:8080}"
KEYCLOAK="${ONUS_KEYCLOAK:-http://localhost:8180}"
USER_NAME="${ONUS_USER:-importer-a}"
PASSWORD="${ONUS_PASSWORD:-$USER_NAME}"
CSV="$(mktemp --suffix=.csv)"
[ "${KEEP_CSV:-0}" = 1 ] || trap 'rm -f "$CSV"' EXIT

token() {
    curl -sf -d grant_type=password -d client_id=onus-cli -d "username=$USER_NAME" -d "password=$PASSWORD" \
        "$KEYCLOAK/realms/onus/protocol/openid-connect/token" \
        | python3 -c 'import json,sys; print(json.load(sys.stdin)["access_token"])'
}

python3 - "$LINES" "$CSV" "${INPUTS_PER_ENTRY:-0}" <<'PY'
import csv, datetime, random, sys, time
lines, path, fixed_inputs = int(sys.argv[1]), sys.argv[2], int(sys.argv[3])
rnd = random.Random(42)
run = time.strftime("%Y%m%d%H%M%S")
arrival = (datetime.date.today() + datetime.timedelta(days=14)).isoformat()
goods = [("610910", "Cotton T-shirts, knitted", "VN"), ("620342", "Cotton trousers", "BD"),
         ("940360", "Wooden furniture", "MY"), ("854140", "Solar modules", "CN"),
         ("200290", "Tomato paste", "CN"), ("420221", "Leather handbags", "IT"),
         ("610462", "Women's trousers", "KH"), ("847130", "Laptops", "CN")]
materials = [("Cotton yarn", "5205"), ("Raw cotton", "5201"), ("Polysilicon", "2804"),
             ("Tomatoes", "0702"), ("Sawn wood", "4407"), ("Leather", "4107"),
             ("Polyester fibre", "5503"), ("Aluminium frames", "7604")]
regions = ["VN", "BD", "MY", "CN", "IT", "KH", "IN", "US", "TR", "PK"]
designated = ["650000", "653100", "652900"]  # Xinjiang and two of its prefectures
header = ["entry_number", "hs_code", "description", "origin_country", "value_amount", "value_currency",
          "arrival_date", "port", "input_tier", "input_material", "input_hs_code", "input_producer",
          "input_region_code", "input_open_supply_hub_id", "input_share_percent"]
written, n = 0, 0
with open(path, "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(header)
    written = 1
    while written < lines:
        n += 1
        hs, desc, origin = rnd.choice(goods)
        entry = [f"BL-{run}-{n:06d}", hs, desc, origin, f"{rnd.randint(100, 500000)}.{rnd.randint(0, 99):02d}",
                 rnd.choice(["USD", "EUR", "GBP"]), arrival, rnd.choice(["Felixstowe", "Southampton", "Dover"])]
        count = fixed_inputs or (0 if rnd.random() < 0.05 else rnd.randint(1, 8))
        count = min(count, lines - written) if count else 0
        if count == 0:
            w.writerow(entry + [""] * 7)
            written += 1
            continue
        for i in range(count):
            material, mhs = rnd.choice(materials)
            region = rnd.choice(designated) if rnd.random() < 0.03 else rnd.choice(regions)
            w.writerow(entry + [str(min(i + 1, 4)), material, mhs, f"Producer {rnd.randint(1, 500)}", region,
                                "", str(rnd.randint(1, 100))])
            written += 1
print(f"generated {written} lines, {n} entries", file=sys.stderr)
PY

BYTES=$(stat -c %s "$CSV")
echo "file: $CSV ($BYTES bytes, $(wc -l < "$CSV") lines)"
TOKEN=$(token)
START=$(date +%s.%N)
RESPONSE=$(curl -sf -X POST -H "Authorization: Bearer $TOKEN" -H "Content-Type: text/csv" \
    --data-binary "@$CSV" "$PORTAL/api/v1/entries/bulk")
UPLOADED=$(date +%s.%N)
JOB=$(python3 -c 'import json,sys; print(json.loads(sys.argv[1])["jobId"])' "$RESPONSE")
echo "job $JOB accepted after $(python3 -c "print(f'{$UPLOADED - $START:.1f}')") s"

STATUS=""
CHECKED_AT=""
while :; do
    sleep 1
    # Tokens are short-lived; a long job outlives one.
    # An expired token's 401 is a problem document whose "status" is 401, not a job's status.
    if ! JSON=$(curl -sf -H "Authorization: Bearer $TOKEN" "$PORTAL/api/v1/jobs/$JOB") \
        || ! STATUS=$(python3 -c 'import json,sys; print(json.loads(sys.argv[1])["status"])' "$JSON" 2>/dev/null); then
        TOKEN=$(token)
        continue
    fi
    NOW=$(date +%s.%N)
    if [ "$STATUS" = FILING ] && [ -z "$CHECKED_AT" ]; then
        CHECKED_AT=$NOW
    fi
    [ "${QUIET:-0}" = 1 ] || python3 -c 'import json,sys; j=json.loads(sys.argv[1]); print("%6.1f s  %-10s %6d / %d" % (float(sys.argv[2]), j["status"], j["processed"], j["total"]))' \
        "$JSON" "$(python3 -c "print($NOW - $START)")"
    case "$STATUS" in DONE|REJECTED|FAILED) break ;; esac
done
END=$(date +%s.%N)
python3 - "$JSON" "$START" "$UPLOADED" "${CHECKED_AT:-$END}" "$END" "$LINES" <<'PY'
import json, sys
job = json.loads(sys.argv[1])
start, uploaded, checked, end, lines = map(float, sys.argv[2:])
total = end - start
print(f"status {job['status']}: {job['total']} entries; created {job['created']}, unchanged {job['unchanged']},"
      f" detained {job['detained']}, cleared {job['cleared']}, disclosure required {job['disclosureRequired']}")
if job["errors"]:
    print(f"errors: {job['errorCount']}, first: {job['errors'][:3]}")
print(f"upload {uploaded - start:.1f} s, check (pass 1, ±1 s) {checked - uploaded:.1f} s,"
      f" filing (pass 2) {end - checked:.1f} s")
print(f"elapsed {total:.1f} s end to end: {lines / total:,.0f} lines/s, {job['total'] / total:,.0f} entries/s")
PY
