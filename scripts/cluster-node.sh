#!/usr/bin/env bash
# One node of the cluster profile that `./run --cluster` started: for a rolling restart, or to see
# what a crash leaves behind.
#
#   scripts/cluster-node.sh start NODE [--no-wait]   start it (again) and wait until it is ready
#   scripts/cluster-node.sh stop NODE                 stop it gracefully (SIGTERM) and wait
#   scripts/cluster-node.sh kill NODE                 kill -9 its JVM: a crash, nothing flushed
#   scripts/cluster-node.sh restart NODE              stop, then start and wait
#   scripts/cluster-node.sh status                    each node: pid and readiness
#
# NODE is node1 or node2. The settings come from .onus-cluster/cluster.env (ONUS_CLUSTER_DIR),
# which ./run --cluster writes when it starts.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CLUSTER_DIR="${ONUS_CLUSTER_DIR:-$ROOT/.onus-cluster}"
fail() { printf 'cluster-node: %s\n' "$*" >&2; exit 1; }
[ -f "$CLUSTER_DIR/cluster.env" ] || fail "no cluster here ($CLUSTER_DIR/cluster.env): start it with ./run --cluster"
# shellcheck source=/dev/null
. "$CLUSTER_DIR/cluster.env"

node_index() {
    local i
    for i in "${!NODES[@]}"; do [ "${NODES[$i]}" = "$1" ] && { echo "$i"; return; }; done
    fail "no node $1 (nodes: ${NODES[*]})"
}
http_port() { echo $((8080 + OFFSETS[$1])); }

# The launcher (standalone.sh) and the server's JVM, its child.
launcher_pid() { cat "$CLUSTER_DIR/$1/pid" 2>/dev/null || true; }
jvm_pid() {
    local pid
    for pid in $(pgrep -f -- "-Djboss.node.name=$1 " || true); do
        [ "$(cat "/proc/$pid/comm" 2>/dev/null)" = java ] && echo "$pid"
    done
}
alive() { [ -n "$(jvm_pid "$1")" ]; }
# balancer COMMAND: HAProxy's runtime API (one command per connection); nothing when it is not up.
balancer() {
    # A subshell: a refused connection ends it, not this script.
    (exec 3<>"/dev/tcp/127.0.0.1/$BALANCER_ADMIN_PORT" && printf '%s\n' "$1" >&3 && cat <&3) 2>/dev/null || true
}
# Requests the balancer has in flight on a node.
in_flight() { balancer "show stat" | awk -F, -v n="$1" '$1 == "nodes" && $2 == n { print $5 }'; }

ready() { [ "$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$(http_port "$(node_index "$1")")/health/ready")" = 200 ]; }

start() {
    local name="$1" i base
    i="$(node_index "$name")"
    base="$CLUSTER_DIR/$name"
    alive "$name" && fail "$name is already running"
    # A server base of its own over the one WildFly distribution; the configuration and the
    # deployment are fresh copies at every start, the logs are kept. The search index is the shared
    # search node's; index work goes through the database's outbox, so a node killed after a commit
    # leaves its index work for the other node.
    rm -rf "$base/configuration" "$base/deployments" "$base/tmp"
    mkdir -p "$base/deployments" "$base/log"
    cp -r "$WILDFLY_HOME/standalone/configuration" "$base/configuration"
    cp "$EAR" "$base/deployments/onus.ear"
    ONUS_OIDC_PROVIDER_URL="$OIDC_PROVIDER_URL" \
    ONUS_DB_DRIVER=postgresql ONUS_DB_URL="$DB_URL" ONUS_DB_USER="$DB_USER" ONUS_DB_PASSWORD="$DB_PASSWORD" \
    ONUS_BEHIND_PROXY=true ONUS_CLUSTER_MEMBERS="$MEMBERS" \
    ONUS_SEARCH_BACKEND=elasticsearch ONUS_SEARCH_HOSTS="$SEARCH_HOSTS" ONUS_SEARCH_COORDINATION=outbox-polling \
    ONUS_ENGINE_JOB_LOCK_SECONDS="$JOB_LOCK_SECONDS" \
    RUN_CONF="$WILDFLY_HOME/bin/standalone-onus.conf" LAUNCH_JBOSS_IN_BACKGROUND=1 JAVA="$JAVA" \
        nohup "$WILDFLY_HOME/bin/standalone.sh" -c standalone-onus-ha.xml \
        -Djboss.server.base.dir="$base" -Djboss.node.name="$name" \
        -Djboss.socket.binding.port-offset="${OFFSETS[$i]}" \
        -Donus.data.dir="$CLUSTER_DIR/shared" > "$base/log/console.log" 2>&1 &
    echo $! > "$base/pid"
    [ "${2:-}" = "--no-wait" ] && return
    local deadline=$((SECONDS + 600))
    until ready "$name"; do
        alive "$name" || kill -0 "$(launcher_pid "$name")" 2>/dev/null || fail "$name stopped; see $base/log/server.log"
        [ -f "$base/deployments/onus.ear.failed" ] && fail "the application failed to deploy on $name; see $base/log/server.log"
        [ "$SECONDS" -lt "$deadline" ] || fail "$name did not become ready within 10 minutes; see $base/log/server.log"
        sleep 1
    done
    balancer "set server nodes/$name state ready" >/dev/null
}

# A graceful stop: the balancer stops sending the node new requests, the ones it has finish, then
# the server stops. Users go on on the other node with the same session.
stop() {
    local pid waited=0
    balancer "set server nodes/$1 state maint" >/dev/null
    while [ "$(in_flight "$1")" != "" ] && [ "$(in_flight "$1")" != 0 ] && [ "$waited" -lt 60 ]; do
        sleep 0.5; waited=$((waited + 1))
    done
    pid="$(launcher_pid "$1")"
    [ -n "$pid" ] && kill -TERM "$pid" 2>/dev/null || true
    for pid in $(jvm_pid "$1"); do kill -TERM "$pid" 2>/dev/null || true; done
    while alive "$1"; do sleep 0.5; done
    rm -f "$CLUSTER_DIR/$1/pid"
}

crash() {
    local pids
    pids="$(jvm_pid "$1")"
    [ -n "$pids" ] || fail "$1 is not running"
    # shellcheck disable=SC2086
    kill -9 $pids
    while alive "$1"; do sleep 0.1; done
    rm -f "$CLUSTER_DIR/$1/pid"
}

case "${1:-}" in
    start) start "${2:?node}" "${3:-}" ;;
    stop) stop "${2:?node}" ;;
    kill) crash "${2:?node}" ;;
    restart) stop "${2:?node}"; start "${2:?node}" ;;
    status)
        for n in "${NODES[@]}"; do
            if ready "$n"; then s=ready; elif alive "$n"; then s=starting; else s=down; fi
            printf '%s\t%s\t%s\n' "$n" "$s" "$(jvm_pid "$n" | tr '\n' ' ')"
        done ;;
    *) sed -n '2,13p' "$0" >&2; exit 2 ;;
esac
