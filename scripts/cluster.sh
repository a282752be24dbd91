#!/usr/bin/env bash
# The cluster profile: Onus on two WildFly nodes behind HAProxy, one PostgreSQL database, one
# Keycloak. Started by `./run --cluster`; Ctrl-C stops everything. docs/OPERATIONS.md, "Cluster",
# explains what each part does and how production differs.
#
#   ./run --cluster            start (builds first if the sources changed since the last build)
#   ./run --cluster --fresh    start on an empty database and empty shared files
#
# The portal answers on port 8080 (HAProxy), the nodes on 8090 and 8100 (management 10000 and
# 10010, JGroups 7610 and 7620), HAProxy's status page on 8404 (runtime API 8405), Keycloak on 8180,
# the search node (OpenSearch) on 9200 (transport 9300).
#
# Database: ONUS_DB_URL (default jdbc:postgresql://127.0.0.1:5432/onus_cluster, created with psql
# when missing), ONUS_DB_USER (postgres), ONUS_DB_PASSWORD. Files and logs: .onus-cluster/
# (ONUS_CLUSTER_DIR): shared/ is the content store both nodes use (evidence, bulk uploads, the feed's
# development key); node1/ and node2/ hold each node's configuration, logs and search index.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

say() { printf '%s\n' "$*"; }
fail() { printf 'onus cluster: %s\n' "$*" >&2; exit 1; }
# shellcheck source=scripts/lib/portal.sh
. "$ROOT/scripts/lib/portal.sh"

FRESH=0
REBUILD=""
for arg in "$@"; do
    case "$arg" in
        --fresh) FRESH=1 ;;
        --rebuild) REBUILD=--rebuild ;;
        *) fail "unknown option $arg (use --fresh or --rebuild)" ;;
    esac
done

BALANCER_PORT=8080
STATS_PORT=8404
SEARCH_PORT=9200
SEARCH_NODE_JAR="$ROOT/search-node/target/onus-search-node-0.1.0-SNAPSHOT.jar"
BALANCER_ADMIN_PORT=8405
KEYCLOAK_PORT="${ONUS_KEYCLOAK_PORT:-8180}"
CLUSTER_DIR="${ONUS_CLUSTER_DIR:-$ROOT/.onus-cluster}"
LOG_DIR="$CLUSTER_DIR/logs"
NODES=(node1 node2)
OFFSETS=(10 20)
DB_URL="${ONUS_DB_URL:-jdbc:postgresql://127.0.0.1:5432/onus_cluster}"
DB_USER="${ONUS_DB_USER:-postgres}"
# WildFly refuses an empty data-source password; a server with trust authentication ignores it.
DB_PASSWORD="${ONUS_DB_PASSWORD:-unused}"

http_port() { echo $((8080 + OFFSETS[$1])); }
management_port() { echo $((9990 + OFFSETS[$1])); }
jgroups_port() { echo $((7600 + OFFSETS[$1])); }

command -v curl >/dev/null || fail "curl is needed to check that the servers are up: install curl"
find_java

# --- HAProxy, from the system's packages ------------------------------------------------------------
if ! command -v haproxy >/dev/null; then
    say "Installing HAProxy (the cluster profile's load balancer) from the Debian packages..."
    if [ "$(id -u)" = 0 ]; then as_root=(); elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then as_root=(sudo -n); else
        fail "HAProxy is missing and cannot be installed without root: sudo apt-get install -y haproxy"
    fi
    command -v apt-get >/dev/null || fail "HAProxy is missing: install it with this system's package manager"
    "${as_root[@]}" apt-get update -q >/dev/null
    "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q haproxy >/dev/null
    # The package starts a system-wide HAProxy; the cluster profile runs its own.
    "${as_root[@]}" systemctl disable --now haproxy >/dev/null 2>&1 || "${as_root[@]}" service haproxy stop >/dev/null 2>&1 || true
fi

build_if_needed "$REBUILD"
if [ -n "$REBUILD" ] || [ ! -f "$SEARCH_NODE_JAR" ] \
    || [ -n "$(find "$ROOT/search-node/src" "$ROOT/search-node/pom.xml" -newer "$SEARCH_NODE_JAR" -print -quit)" ]; then
    say "Building the search node (OpenSearch from the Maven Central jars)..."
    (cd "$ROOT" && ./mvnw -q -B -DskipTests -pl search-node package) || fail "the search node's build failed"
fi
[ -f "$WILDFLY_HOME/standalone/configuration/standalone-onus-ha.xml" ] \
    || fail "the build has no cluster configuration (standalone-onus-ha.xml); run ./run --cluster --rebuild"

# --- Ports ------------------------------------------------------------------------------------------
ports=("$BALANCER_PORT" "$STATS_PORT" "$BALANCER_ADMIN_PORT" "$KEYCLOAK_PORT" "$SEARCH_PORT" $((SEARCH_PORT + 100)))
for i in "${!NODES[@]}"; do ports+=("$(http_port "$i")" "$(management_port "$i")" "$(jgroups_port "$i")"); done
for port in "${ports[@]}"; do
    port_in_use "$port" && fail "port $port is already in use: is Onus (or another server) already running? Stop it first."
done

# --- Database ---------------------------------------------------------------------------------------
case "$DB_URL" in jdbc:postgresql:*) ;; *) fail "the cluster needs PostgreSQL: ONUS_DB_URL=jdbc:postgresql://..." ;; esac
DB_NAME="$(printf '%s' "$DB_URL" | sed -E 's#^jdbc:postgresql://[^/]*/([^?]*).*#\1#')"
DB_HOSTPORT="$(printf '%s' "$DB_URL" | sed -E 's#^jdbc:postgresql://([^/]+)/.*#\1#')"
DB_HOST="${DB_HOSTPORT%%:*}"
DB_PORT="${DB_HOSTPORT##*:}"
[ "$DB_PORT" = "$DB_HOSTPORT" ] && DB_PORT=5432
psql_on() { PGPASSWORD="${ONUS_DB_PASSWORD:-}" psql -h "$DB_HOST" -p "$DB_PORT" -U "$DB_USER" -d "$1" -v ON_ERROR_STOP=1 -Atqc "$2"; }
if command -v psql >/dev/null; then
    psql_on postgres "SELECT 1" >/dev/null 2>&1 || fail "cannot reach PostgreSQL at $DB_HOST:$DB_PORT as $DB_USER"
    if [ "$FRESH" = 1 ]; then
        psql_on postgres "DROP DATABASE IF EXISTS $DB_NAME WITH (FORCE)" >/dev/null
        rm -rf "$CLUSTER_DIR"
    fi
    if [ -z "$(psql_on postgres "SELECT 1 FROM pg_database WHERE datname = '$DB_NAME'")" ]; then
        say "Creating database $DB_NAME..."
        psql_on postgres "CREATE DATABASE $DB_NAME" >/dev/null
    fi
else
    say "No psql here: database $DB_NAME must already exist."
fi

mkdir -p "$CLUSTER_DIR/shared" "$LOG_DIR"

members=""
for i in "${!NODES[@]}"; do members="${members:+$members,}127.0.0.1[$(jgroups_port "$i")]"; done
# What scripts/cluster-node.sh needs to start, stop or kill a node on its own.
{
    printf 'NODES=(%s)\nOFFSETS=(%s)\n' "${NODES[*]}" "${OFFSETS[*]}"
    printf '%s=%q\n' JAVA "$JAVA" WILDFLY_HOME "$WILDFLY_HOME" EAR "$EAR" DB_URL "$DB_URL" DB_USER "$DB_USER" \
        DB_PASSWORD "$DB_PASSWORD" MEMBERS "$members" SEARCH_HOSTS "127.0.0.1:$SEARCH_PORT" BALANCER_ADMIN_PORT "$BALANCER_ADMIN_PORT" JOB_LOCK_SECONDS "${ONUS_ENGINE_JOB_LOCK_SECONDS:-300}" \
        OIDC_PROVIDER_URL "${ONUS_OIDC_PROVIDER_URL:-http://localhost:$KEYCLOAK_PORT/realms/onus}"
} > "$CLUSTER_DIR/cluster.env"
NODE_CTL="$ROOT/scripts/cluster-node.sh"

# --- Stop everything on Ctrl-C or when Keycloak or the balancer dies ---------------------------------
KEYCLOAK_PID=""
HAPROXY_PID=""
SEARCH_PID=""
stopping=0
stop_all() {
    [ "$stopping" = 1 ] && return
    stopping=1
    say ""
    say "Stopping the cluster..."
    [ -n "$HAPROXY_PID" ] && kill -TERM "$HAPROXY_PID" 2>/dev/null || true
    local node pid stopping_nodes=()
    for node in "${NODES[@]}"; do
        "$NODE_CTL" stop "$node" 2>/dev/null &
        stopping_nodes+=($!)
    done
    [ -n "$KEYCLOAK_PID" ] && kill -TERM "$KEYCLOAK_PID" 2>/dev/null || true
    # Each by its pid: a bare wait would also wait for the search node, which is still running.
    for pid in "${stopping_nodes[@]}" "$KEYCLOAK_PID" "$HAPROXY_PID"; do
        [ -n "$pid" ] && wait "$pid" 2>/dev/null || true
    done
    # The search node last: the nodes' last index writes go to it as they stop.
    [ -n "$SEARCH_PID" ] && kill -TERM "$SEARCH_PID" 2>/dev/null && wait "$SEARCH_PID" 2>/dev/null || true
    say "Stopped."
}
trap 'stop_all; exit 0' INT TERM
trap 'stop_all' EXIT

say "Starting Keycloak on port $KEYCLOAK_PORT (log: $LOG_DIR/keycloak.log)..."
start_keycloak "$KEYCLOAK_PORT" "$LOG_DIR"

# --- The search node: one OpenSearch that every node indexes into and searches --------------------
# OpenSearch 2.19 started from its Maven Central jars (module search-node; docs/SEARCH-CLUSTER.md).
say "Starting the search node (OpenSearch) on port $SEARCH_PORT (log: $LOG_DIR/search-node.log)..."
mkdir -p "$CLUSTER_DIR/search"
"$JAVA" -Xms512m -Xmx512m -cp "$SEARCH_NODE_JAR:$ROOT/search-node/target/search-node-lib/*" \
    org.onus.searchnode.SearchNode "$CLUSTER_DIR/search" "$SEARCH_PORT" > "$LOG_DIR/search-node.log" 2>&1 &
SEARCH_PID=$!
deadline=$((SECONDS + 300))
until curl -s -o /dev/null "http://127.0.0.1:$SEARCH_PORT/"; do
    kill -0 "$SEARCH_PID" 2>/dev/null || { tail -20 "$LOG_DIR/search-node.log" >&2; fail "the search node stopped"; }
    [ "$SECONDS" -lt "$deadline" ] || fail "the search node did not answer within 5 minutes; see $LOG_DIR/search-node.log"
    sleep 1
done

# --- The nodes --------------------------------------------------------------------------------------
# wait_ready URL WHAT LOG: until URL answers 200, failing when Keycloak or the balancer died.
wait_ready() {
    local deadline=$((SECONDS + 600))
    until [ "$(curl -s -o /dev/null -w '%{http_code}' "$1" 2>/dev/null)" = 200 ]; do
        kill -0 "$KEYCLOAK_PID" 2>/dev/null || { cat "$LOG_DIR/keycloak-launcher.log" >&2; fail "Keycloak stopped; see $LOG_DIR/keycloak.log"; }
        [ -z "$HAPROXY_PID" ] || kill -0 "$HAPROXY_PID" 2>/dev/null || { cat "$LOG_DIR/haproxy.log" >&2; fail "HAProxy stopped"; }
        [ "$SECONDS" -lt "$deadline" ] || fail "$2 did not become healthy within 10 minutes; see $3"
        sleep 1
    done
}

# One after the other: the first migrates an empty database alone, and two starts at once on two
# cores take as long as two in a row.
for i in "${!NODES[@]}"; do
    say "Starting WildFly ${NODES[$i]} on port $(http_port "$i") (log: $CLUSTER_DIR/${NODES[$i]}/log/server.log)..."
    "$NODE_CTL" start "${NODES[$i]}" || exit 1
done

# --- The balancer -----------------------------------------------------------------------------------
cat > "$CLUSTER_DIR/haproxy.cfg" <<EOF
# Written by scripts/cluster.sh at every start.
global
    maxconn 4096
    # The runtime API, local only: scripts/cluster-node.sh drains a node here before stopping it.
    stats socket ipv4@127.0.0.1:$BALANCER_ADMIN_PORT level admin

defaults
    mode http
    timeout connect 3s
    timeout client 120s
    timeout server 120s
    # A request that could not reach a node (refused, or a kept-alive connection that died with the
    # node before any answer, or a 503 from a node shutting down) goes to another. Only reads are
    # resent that way: a form or an API write a node may have received is never sent twice; API
    # clients retry with an Idempotency-Key.
    retries 2
    option redispatch 1
    retry-on conn-failure empty-response response-timeout 503
    option forwardfor

frontend portal
    bind 127.0.0.1:$BALANCER_PORT
    default_backend nodes

backend nodes
    balance roundrobin
    option httpchk
    http-check send meth GET uri /health/ready
    http-check expect status 200
    default-server inter 1s fall 2 rise 2
    http-request disable-l7-retry if !METH_GET
    # Which node answered: for operators and the cluster tests, not for clients.
    http-response set-header X-Onus-Node %[srv_name]
EOF
for i in "${!NODES[@]}"; do
    printf '    server %s 127.0.0.1:%s check\n' "${NODES[$i]}" "$(http_port "$i")" >> "$CLUSTER_DIR/haproxy.cfg"
done
cat >> "$CLUSTER_DIR/haproxy.cfg" <<EOF

listen stats
    bind 127.0.0.1:$STATS_PORT
    stats enable
    stats uri /
    stats refresh 2s
EOF
say "Starting HAProxy on port $BALANCER_PORT (configuration: $CLUSTER_DIR/haproxy.cfg)..."
haproxy -W -db -f "$CLUSTER_DIR/haproxy.cfg" > "$LOG_DIR/haproxy.log" 2>&1 &
HAPROXY_PID=$!
wait_ready "http://localhost:$BALANCER_PORT/health/ready" "HAProxy" "$LOG_DIR/haproxy.log"

cat <<EOF

  Onus is running as a cluster of ${#NODES[@]} nodes.

    Portal (HAProxy)        http://localhost:$BALANCER_PORT/
    Balancer status         http://localhost:$STATS_PORT/
EOF
for i in "${!NODES[@]}"; do
    printf '    %-23s http://localhost:%s/  (management %s)\n' "${NODES[$i]}" "$(http_port "$i")" "$(management_port "$i")"
done
cat <<EOF
    Keycloak admin console  http://localhost:$KEYCLOAK_PORT/admin/  (admin / admin, development only)
    Search (OpenSearch)     http://127.0.0.1:$SEARCH_PORT/
    Database                $DB_URL

EOF
demo_logins
cat <<EOF

  A node at a time: scripts/cluster-node.sh status | restart node1 | kill node1 | start node1
  Files and logs: $CLUSTER_DIR
  Press Ctrl-C to stop.

EOF

# Keep running until Ctrl-C or until Keycloak or the balancer stops. A node that stops is not the
# end of the cluster: the balancer sends its users to the other, and scripts/cluster-node.sh
# starts it again.
while kill -0 "$KEYCLOAK_PID" 2>/dev/null && kill -0 "$HAPROXY_PID" 2>/dev/null; do
    sleep 2
done
say "Keycloak or HAProxy stopped unexpectedly; see $LOG_DIR."
exit 1
