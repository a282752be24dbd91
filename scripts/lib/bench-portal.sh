# shellcheck shell=bash
# A portal of a benchmark's own: ./run on a PostgreSQL database, with a local SMTP sink so that the
# cases' notices are sent rather than retried. Sourced by scripts/lifecycle-bench.sh, load-test.sh
# and volume-generate.sh; the caller sets ROOT, WORK and SMTP_PORT, and defines say and fail.

# The PostgreSQL server the benchmarks use: ONUS_BENCH_PG_URL (a JDBC URL of the server, no
# database), ONUS_BENCH_PG_USER, ONUS_BENCH_PG_PASSWORD.
PG_URL="${ONUS_BENCH_PG_URL:-jdbc:postgresql://127.0.0.1:5432/}"
PG_USER="${ONUS_BENCH_PG_USER:-postgres}"
PG_PASSWORD="${ONUS_BENCH_PG_PASSWORD:-}"
PG_HOSTPORT="$(printf '%s' "$PG_URL" | sed -E 's#^jdbc:postgresql://([^/]+)/.*#\1#')"
PG_HOST="${PG_HOSTPORT%%:*}"
PG_PORT="${PG_HOSTPORT##*:}"
[ "$PG_PORT" = "$PG_HOSTPORT" ] && PG_PORT=5432

RUN_PID=""
SMTP_PID=""
ANALYZE_PID=""

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# This checkout's Keycloak JVM (kc.sh's child, not the launcher that started it).
keycloak_pid() {
    local pid
    for pid in $(pgrep -f -- "$ROOT/realm-config/target/keycloak" || true); do
        if [ "$(cat "/proc/$pid/comm" 2>/dev/null)" = java ] && ! grep -q KeycloakDevServer "/proc/$pid/cmdline"; then
            echo "$pid"
        fi
    done
}

start_smtp_sink() {
    if command -v python3 >/dev/null && python3 -c 'import smtpd' 2>/dev/null && ! port_in_use "$SMTP_PORT"; then
        # Python's own debugging SMTP server accepts every mail; its printout is thrown away.
        python3 -W ignore -m smtpd -n -c DebuggingServer "127.0.0.1:$SMTP_PORT" > /dev/null 2>&1 &
        SMTP_PID=$!
        say "SMTP sink on port $SMTP_PORT"
    else
        say "no SMTP sink (python3 with smtpd, port $SMTP_PORT): notices will fail to send and be retried"
    fi
}

# A server with autovacuum off (this project's CI machines run PostgreSQL so) never refreshes the
# planner's statistics: plans made while a table was nearly empty, including the cached ones that
# check foreign keys, keep scanning it whole as it grows, and every figure then measures the
# missing statistics (seen: 7 full scans of the entry table per entry filed). On such a server this
# analyses the benchmark's database every 30 seconds, as autovacuum would on a default server.
keep_statistics() {
    local setting
    setting="$(PGPASSWORD="$PG_PASSWORD" psql -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d "$1" -Atqc 'show autovacuum' 2>/dev/null || true)"
    if [ "$setting" = off ]; then
        say "PostgreSQL runs with autovacuum off: analysing database $1 every 30 s in its place"
        (
            while sleep 30; do
                PGPASSWORD="$PG_PASSWORD" psql -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d "$1" -Atqc 'ANALYZE' \
                    > /dev/null 2>&1 || true
            done
        ) &
        ANALYZE_PID=$!
    fi
}

# start_portal DATABASE: ./run on that database, its output in $WORK/run.log; returns when it is up.
start_portal() {
    keep_statistics "$1"
    # WildFly refuses an empty data-source password; a server with trust authentication ignores it.
    ONUS_DATA_DIR="$WORK/portal" ONUS_DB_URL="jdbc:postgresql://$PG_HOST:$PG_PORT/$1" ONUS_DB_USER="$PG_USER" \
        ONUS_DB_PASSWORD="${PG_PASSWORD:-unused}" ONUS_SMTP_HOST=127.0.0.1 ONUS_SMTP_PORT="$SMTP_PORT" \
        "$ROOT/run" > "$WORK/run.log" 2>&1 &
    RUN_PID=$!
    until grep -q 'Onus is running' "$WORK/run.log" 2>/dev/null; do
        kill -0 "$RUN_PID" 2>/dev/null || { tail -60 "$WORK/run.log"; fail "the portal did not start"; }
        sleep 3
    done
}

stop_portal() {
    if [ -n "$RUN_PID" ] && kill -0 "$RUN_PID" 2>/dev/null; then
        kill -TERM "$RUN_PID" 2>/dev/null || true
        wait "$RUN_PID" 2>/dev/null || true
    fi
    # When the portal fails while Keycloak is still starting, ./run stops the launcher before it
    # can stop Keycloak, which then keeps port 8180 for the next run.
    if [ -n "$RUN_PID" ]; then
        for pid in $(keycloak_pid); do kill -TERM "$pid" 2>/dev/null || true; done
    fi
    RUN_PID=""
    if [ -n "$ANALYZE_PID" ]; then kill "$ANALYZE_PID" 2>/dev/null || true; fi
    ANALYZE_PID=""
    if [ -n "$SMTP_PID" ]; then kill "$SMTP_PID" 2>/dev/null || true; fi
    SMTP_PID=""
}
