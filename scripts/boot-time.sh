#!/usr/bin/env bash
# Measures how long the portal takes to start: Keycloak once, then WildFly with the application
# several times on the same database (the first start may migrate and build the search index;
# later starts are the "warm database" case). Each WildFly start is timed from process start to
# /health/ready answering 200, with the CPU time the server process used until then (less
# sensitive than the wall clock to other work on the machine) and its garbage collections.
#
#   scripts/boot-time.sh [starts]          default 3 starts, embedded H2 in .onus-boot/
#   ONUS_DB_URL=jdbc:postgresql://127.0.0.1:5432/onus_boot ONUS_DB_USER=postgres scripts/boot-time.sh
#
# Uses the build ./run uses (run ./run or the build once first). Ports 8080, 8180 and 9990 must be
# free. Extra JVM options for WildFly: ONUS_BOOT_JAVA_OPTS.
#
# Comparing two configurations in one run (start times vary by several seconds from one start to the
# next, so only interleaved starts compare fairly): set ONUS_BOOT_B_JAVA_OPTS (replaces
# ONUS_BOOT_JAVA_OPTS) and/or ONUS_BOOT_B_CDS (replaces ONUS_CDS: on or off) and the even-numbered
# starts run configuration B, the odd ones A. The summary gives each one's median over its warm starts
# (not the first start, and not a start that recorded the class archive; see standalone-onus.conf).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
STARTS="${1:-3}"
WILDFLY_HOME="$ROOT/ear/target/wildfly-39.0.1.Final"
KEYCLOAK_HOME="$ROOT/realm-config/target/keycloak-26.7.3"
EAR="$ROOT/ear/target/onus.ear"
DATA_DIR="${ONUS_BOOT_DATA_DIR:-$ROOT/.onus-boot}"
KEYCLOAK_PORT=8180
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/java}"
JAVA="${JAVA:-java}"
TCK="$(getconf CLK_TCK)"

[ -f "$EAR" ] && [ -x "$WILDFLY_HOME/bin/standalone.sh" ] && [ -x "$KEYCLOAK_HOME/bin/kc.sh" ] \
    || { echo "boot-time: build first (./run builds, or ./mvnw -pl ear -am package -DskipTests)" >&2; exit 1; }
for port in 8080 9990 "$KEYCLOAK_PORT"; do
    if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
        echo "boot-time: port $port is in use; stop the portal first" >&2; exit 1
    fi
done
mkdir -p "$DATA_DIR/data" "$DATA_DIR/logs"

now() { date +%s.%N; }
secs() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", b - a }'; }
cpu_secs() { awk -v tck="$TCK" '{ printf "%.1f", ($14 + $15) / tck }' "/proc/$1/stat"; }

KEYCLOAK_PID=""
WILDFLY_PID=""
cleanup() {
    [ -n "$WILDFLY_PID" ] && kill "$WILDFLY_PID" 2>/dev/null && wait "$WILDFLY_PID" 2>/dev/null
    [ -n "$KEYCLOAK_PID" ] && kill "$KEYCLOAK_PID" 2>/dev/null && wait "$KEYCLOAK_PID" 2>/dev/null
    true
}
trap cleanup EXIT

echo "machine: $(nproc) cores, $("$JAVA" -version 2>&1 | head -1), load average $(cut -d' ' -f1-3 /proc/loadavg)"

start=$(now)
"$JAVA" -cp "$ROOT/realm-config/target/classes" org.onus.realm.KeycloakDevServer \
    "$KEYCLOAK_HOME" "$ROOT/realm-config/src/main/resources/keycloak/onus-realm.json" "$KEYCLOAK_PORT" \
    "$DATA_DIR/logs/keycloak.log" > "$DATA_DIR/logs/keycloak-launcher.log" 2>&1 &
KEYCLOAK_PID=$!
until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$KEYCLOAK_PORT/realms/onus/.well-known/openid-configuration")" = 200 ]; do
    kill -0 "$KEYCLOAK_PID" 2>/dev/null || { echo "Keycloak stopped; see $DATA_DIR/logs" >&2; exit 1; }
    sleep 0.2
done
echo "keycloak: ready after $(secs "$start" "$(now)") s"

rm -f "$WILDFLY_HOME/standalone/deployments"/onus.ear*
cp "$EAR" "$WILDFLY_HOME/standalone/deployments/onus.ear"
COMPARING=""
[ -n "${ONUS_BOOT_B_JAVA_OPTS+x}${ONUS_BOOT_B_CDS+x}" ] && COMPARING=1
[ -n "$COMPARING" ] && echo "A: ONUS_BOOT_JAVA_OPTS='${ONUS_BOOT_JAVA_OPTS:-}' ONUS_CDS=${ONUS_CDS:-on}" \
    && echo "B: ONUS_BOOT_JAVA_OPTS='${ONUS_BOOT_B_JAVA_OPTS-${ONUS_BOOT_JAVA_OPTS:-}}' ONUS_CDS=${ONUS_BOOT_B_CDS-${ONUS_CDS:-on}}"
printf '%-6s %-6s %10s %8s %14s %-10s %s\n' start config "wall (s)" "CPU (s)" "young GCs" "classes" "load average"
RESULTS=""
for i in $(seq 1 "$STARTS"); do
    config=A
    opts="${ONUS_BOOT_JAVA_OPTS:-}"
    cds="${ONUS_CDS:-on}"
    if [ -n "$COMPARING" ] && [ $((i % 2)) = 0 ]; then
        config=B
        opts="${ONUS_BOOT_B_JAVA_OPTS-$opts}"
        cds="${ONUS_BOOT_B_CDS-$cds}"
    fi
    start=$(now)
    JAVA_OPTS="${JAVA_OPTS:--Xms64m -Xmx512m -Djava.net.preferIPv4Stack=true -Djava.awt.headless=true} $opts" \
    ONUS_CDS="$cds" \
    ONUS_OIDC_PROVIDER_URL="http://localhost:$KEYCLOAK_PORT/realms/onus" \
    ONUS_DB_DRIVER="$(case "${ONUS_DB_URL:-}" in jdbc:postgresql:*) echo postgresql ;; *) echo h2 ;; esac)" \
    RUN_CONF="$WILDFLY_HOME/bin/standalone-onus.conf" LAUNCH_JBOSS_IN_BACKGROUND=1 JAVA="$JAVA" \
        "$WILDFLY_HOME/bin/standalone.sh" -c standalone-onus.xml \
        -Donus.data.dir="$DATA_DIR/data" -Djboss.server.log.dir="$DATA_DIR/logs" > "$DATA_DIR/logs/console.log" 2>&1 &
    WILDFLY_PID=$!
    until [ "$(curl -s -o /dev/null -w '%{http_code}' http://localhost:8080/health/ready)" = 200 ]; do
        kill -0 "$WILDFLY_PID" 2>/dev/null || { echo "WildFly stopped; see $DATA_DIR/logs/server.log" >&2; exit 1; }
        sleep 0.1
    done
    ready=$(now)
    server_pid=$(pgrep -P "$WILDFLY_PID" java || pgrep -f "jboss-modules.jar.*$WILDFLY_HOME" | head -1)
    gcs=$(jstat -gc "$server_pid" 2>/dev/null | awk 'NR == 2 { print $13 }' || echo "?")
    # How the class data sharing archive was used (standalone-onus.conf prints the JVM options).
    case "$(grep -m1 -o 'SharedArchiveFile=\|ArchiveClassesAtExit=' "$DATA_DIR/logs/console.log" || true)" in
        SharedArchiveFile=) classes=archived ;;
        ArchiveClassesAtExit=) classes=recording ;;
        *) classes=loaded ;;
    esac
    wall="$(secs "$start" "$ready")"
    cpu="$(cpu_secs "$server_pid")"
    printf '%-6s %-6s %10s %8s %14s %-10s %s\n' "$i" "$config" "$wall" "$cpu" "${gcs:-?}" "$classes" \
        "$(cut -d' ' -f1-3 /proc/loadavg)"
    [ "$i" -gt 1 ] && [ "$classes" != recording ] && RESULTS="$RESULTS$config $wall $cpu"$'\n'
    kill "$WILDFLY_PID"
    wait "$WILDFLY_PID" 2>/dev/null || true
    WILDFLY_PID=""
done
median() { sort -n | awk '{ v[NR] = $1 } END { if (NR == 0) print "-"; else if (NR % 2) print v[(NR + 1) / 2]; else printf "%.1f", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
for config in A B; do
    n=$(printf '%s' "$RESULTS" | grep -c "^$config " || true)
    [ "$n" = 0 ] && continue
    echo "median of $n warm starts, $config: $(printf '%s' "$RESULTS" | awk -v c="$config" '$1 == c { print $2 }' | median) s wall," \
        "$(printf '%s' "$RESULTS" | awk -v c="$config" '$1 == c { print $3 }' | median) CPU seconds"
done
