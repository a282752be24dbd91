# shellcheck shell=bash
# What ./run and the cluster profile (scripts/cluster.sh) share: finding Java, building when the
# sources changed, starting Keycloak with the development realm, the banner of demo logins, and a
# demo user's token (also for the cluster's and the backup's test scripts).
# The caller sets ROOT and defines say and fail.

WILDFLY_VERSION="39.0.1.Final"
KEYCLOAK_VERSION="26.7.3"
WILDFLY_HOME="$ROOT/ear/target/wildfly-$WILDFLY_VERSION"
KEYCLOAK_HOME="$ROOT/realm-config/target/keycloak-$KEYCLOAK_VERSION"
EAR="$ROOT/ear/target/onus.ear"
REALM_FILE="$ROOT/realm-config/src/main/resources/keycloak/onus-realm.json"

find_java() {
    if [ -n "${JAVA_HOME:-}" ]; then JAVA="$JAVA_HOME/bin/java"; else JAVA="$(command -v java || true)"; fi
    [ -n "$JAVA" ] && [ -x "$JAVA" ] || fail "no Java found: install a JDK (17 or newer) or set JAVA_HOME"
}

# build_if_needed [--rebuild]: builds the EAR, WildFly and Keycloak when missing or older than a source.
build_if_needed() {
    if needs_build "${1:-}"; then
        say "Building Onus (the first build downloads WildFly and Keycloak from Maven Central and takes a few minutes)..."
        # The portal and what it needs; the benchmarks are not part of it.
        (cd "$ROOT" && ./mvnw -q -B -DskipTests -pl ear -am package) || fail "the build failed; see the output above"
    fi
}

needs_build() {
    [ "${1:-}" = "--rebuild" ] && return 0
    [ -f "$EAR" ] && [ -x "$WILDFLY_HOME/bin/standalone.sh" ] && [ -x "$KEYCLOAK_HOME/bin/kc.sh" ] \
        && [ -d "$ROOT/realm-config/target/classes/org" ] || return 0
    # Any source or build file newer than the last EAR means the EAR is stale.
    [ -z "$(cd "$ROOT" && find pom.xml core workflows web ear realm-config -path '*/target' -prune -o -type f -newer "$EAR" -print -quit)" ] && return 1
    return 0
}

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# start_keycloak PORT LOG_DIR: sets KEYCLOAK_PID; the realm is imported on its first start.
start_keycloak() {
    "$JAVA" -cp "$ROOT/realm-config/target/classes" org.onus.realm.KeycloakDevServer \
        "$KEYCLOAK_HOME" "$REALM_FILE" "$1" "$2/keycloak.log" > "$2/keycloak-launcher.log" 2>&1 &
    KEYCLOAK_PID=$!
}

# demo_token USER: a bearer token for a demo user of the development realm (password = user name)
# from the Keycloak on port 8180, for the scripts that drive the portal's API.
demo_token() {
    curl -s -d grant_type=password -d client_id=onus-cli -d "username=$1" -d "password=$1" \
        http://localhost:8180/realms/onus/protocol/openid-connect/token | sed -E 's/.*"access_token":"([^"]+)".*/\1/'
}

demo_logins() {
    cat <<'LOGINS'
  Demo logins (password = user name; development realm only):

    regulator          regulator
    senior-regulator   senior regulator (also regulator)
    senior-regulator-2 a second senior regulator, for four-eyes steps
    officer            customs officer
    supervisor         customs supervisor (also customs officer)
    supervisor-2       a second customs supervisor, for four-eyes steps
    importer-a         importer, organisation ACME-IMPORTS
    importer-b         importer, organisation BETA-TRADING
    broker             customs broker, organisation BROKER-1 (files for importers that delegate it)
    upr-drafter        UPR drafter
    upr-reviewer       UPR reviewer (also UPR drafter)
    auditor            auditor (reads everything)
    admin              administrator
LOGINS
}
