#!/usr/bin/env bash
# A rolling restart of the running cluster profile while a signed-in regulator keeps working: every
# node is restarted in turn (drained at the balancer, stopped, started, put back) while the
# regulator, signed in once through the browser sign-in flow, keeps opening the form for a new
# designation and saving it. Passes when every form was saved (its page, with the "saved" message
# kept in the session, followed), and the regulator was never sent back to sign in.
#
#   scripts/cluster-rolling-restart.sh     on the cluster ./run --cluster started (.onus-cluster/)
#   ONUS_CLUSTER_DIR=... scripts/cluster-rolling-restart.sh
#
# Prints a table and exits non-zero on a lost form or a second sign-in.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CLUSTER_DIR="${ONUS_CLUSTER_DIR:-$ROOT/.onus-cluster}"
PORTAL="http://localhost:8080"
USER_NAME="${ROLLING_USER:-regulator}"
NODE_CTL="$ROOT/scripts/cluster-node.sh"
WORK="$(mktemp -d)"
JAR="$WORK/cookies.txt"
trap 'rm -rf "$WORK"' EXIT

fail() { printf 'rolling restart: %s\n' "$*" >&2; exit 2; }
[ -f "$CLUSTER_DIR/cluster.env" ] || fail "no cluster in $CLUSTER_DIR: start it with ./run --cluster"
# shellcheck source=/dev/null
. "$CLUSTER_DIR/cluster.env"

# --- Sign in once, as a browser does: the portal sends us to Keycloak, we post the login form -------
page="$(curl -s -L -c "$JAR" -b "$JAR" "$PORTAL/login")"
action="$(grep -o 'action="[^"]*"' <<< "$page" | head -1 | sed -e 's/^action="//' -e 's/"$//' -e 's/&amp;/\&/g')"
[ -n "$action" ] || fail "the sign-in page had no login form"
landed="$(curl -s -L -c "$JAR" -b "$JAR" -o /dev/null -w '%{http_code} %{url_effective}' \
    --data-urlencode "username=$USER_NAME" --data-urlencode "password=$USER_NAME" "$action")"
[[ "$landed" == "200 $PORTAL/"* ]] || fail "signing in as $USER_NAME ended at $landed"

RUN="$(date +%s)"
saved=0; lost=0; signins=0; n=0
declare -A served=()
problems=()

# One round trip of the form: open it (a fresh CSRF token from the session), save it, follow the
# redirect to the new draft's page, which must show the draft and the message the session kept.
one_form() {
    n=$((n + 1))
    local form token answer status location node title="Rolling restart draft $RUN-$n"
    form="$(curl -s -c "$JAR" -b "$JAR" -D "$WORK/h1" "$PORTAL/designations/new")"
    status="$(awk 'NR == 1 { print $2 }' "$WORK/h1")"
    if [ "$status" = 302 ] && grep -qi '^location: .*/realms/' "$WORK/h1"; then
        signins=$((signins + 1)); problems+=("form $n: sent back to sign in (opening the form)"); return
    fi
    token="$(grep -o 'name="_csrf" value="[^"]*"' <<< "$form" | head -1 | sed -e 's/.*value="//' -e 's/"$//')"
    if [ "$status" != 200 ] || [ -z "$token" ]; then
        lost=$((lost + 1)); problems+=("form $n: opening it answered $status"); return
    fi
    answer="$(curl -s -c "$JAR" -b "$JAR" -o /dev/null -D - \
        --data-urlencode "_csrf=$token" --data-urlencode "title=$title" \
        --data-urlencode "regionCodes=650000" --data-urlencode "sectorCodes=COTTON" \
        --data-urlencode "legalBasis=Rebuttable presumption" --data-urlencode "rationale=Rolling restart check" \
        --data-urlencode "policyIds=a0000000-0000-4000-8000-000000000001" --data-urlencode "effectiveFrom=$(date -u +%F)" \
        --data-urlencode "effectiveTo=" --data-urlencode "producers=" "$PORTAL/designations/new")"
    status="$(awk 'NR == 1 { print $2 }' <<< "$answer")"
    location="$(grep -i '^location:' <<< "$answer" | tr -d '\r' | sed 's/^[Ll]ocation: *//')"
    node="$(grep -i '^x-onus-node:' <<< "$answer" | tr -d '\r' | sed 's/^[^:]*: *//')"
    served[${node:-none}]=$(( ${served[${node:-none}]:-0} + 1 ))
    if [[ "$location" == *"/realms/"* ]]; then
        signins=$((signins + 1)); problems+=("form $n: sent back to sign in (saving)"); return
    fi
    if [ "$status" != 303 ] || [[ "$location" != *"/designations/"* ]]; then
        lost=$((lost + 1)); problems+=("form $n: saving answered $status ${location:-}"); return
    fi
    [[ "$location" == http* ]] || location="$PORTAL$location"
    if grep -qF "$title" <<< "$(curl -s -c "$JAR" -b "$JAR" "$location")"; then
        saved=$((saved + 1))
    else
        lost=$((lost + 1)); problems+=("form $n: the saved draft's page did not show it")
    fi
}

echo "Signed in as $USER_NAME; restarting ${NODES[*]} one at a time while saving forms..."
( for node in "${NODES[@]}"; do "$NODE_CTL" restart "$node"; done ) > "$WORK/restart.log" 2>&1 &
restarting=$!
start=$SECONDS
while kill -0 "$restarting" 2>/dev/null; do
    one_form
    sleep 0.5
done
restart_rc=0
wait "$restarting" || restart_rc=$?
one_form # and one more on the restarted cluster

printf '\n%-44s %s\n' "rolling restart of ${NODES[*]}" "$([ "$restart_rc" = 0 ] && echo "done in $((SECONDS - start)) s" || echo "FAILED: $(tail -3 "$WORK/restart.log")")"
printf '%-44s %s\n' "forms opened and saved" "$saved of $n"
printf '%-44s %s\n' "forms lost" "$lost"
printf '%-44s %s\n' "sent back to sign in" "$signins"
for node in "${!served[@]}"; do printf '%-44s %s\n' "forms saved through $node" "${served[$node]}"; done
for p in "${problems[@]}"; do echo "  $p"; done
if [ "$restart_rc" = 0 ] && [ "$lost" = 0 ] && [ "$signins" = 0 ] && [ "$saved" -gt 0 ]; then echo "PASSED"; else echo "FAILED"; exit 1; fi
