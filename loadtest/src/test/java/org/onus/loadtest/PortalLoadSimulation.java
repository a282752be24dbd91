package org.onus.loadtest;

import static io.gatling.javaapi.core.CoreDsl.asLongAs;
import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.incrementUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.percent;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.randomSwitch;
import static io.gatling.javaapi.core.CoreDsl.responseTimeInMillis;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.Cookie;
import static io.gatling.javaapi.http.HttpDsl.CookieKey;
import static io.gatling.javaapi.http.HttpDsl.addCookie;
import static io.gatling.javaapi.http.HttpDsl.currentLocation;
import static io.gatling.javaapi.http.HttpDsl.flushCookieJar;
import static io.gatling.javaapi.http.HttpDsl.getCookieValue;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * Pages and API of a running portal under concurrent load (docs/BENCHMARKS.md, "Pages and API
 * under load"). Two models, chosen with {@code ONUS_LOAD_MODEL}:
 *
 * <ul>
 *   <li>{@code closed} (default): {@code ONUS_LOAD_USERS} (50) users, started over
 *       {@code ONUS_LOAD_RAMP} seconds (30), each signing in once and then, through an unmeasured
 *       warm-up of {@code ONUS_LOAD_WARMUP} seconds (120: a freshly started WildFly spends its first
 *       minutes compiling) and until the end of the steady window of {@code ONUS_LOAD_DURATION}
 *       seconds (180), waiting 0.5 to 1.5 s (uniform)
 *       between its requests. Three in five are officers in a browser (signed in through
 *       Keycloak's login form, then the portal's session cookie), three in ten API clients
 *       (bearer token from Keycloak's token endpoint, password grant of the public client
 *       {@code onus-cli}), one in ten anonymous visitors of the public pages.
 *   <li>{@code open}: first a pool of signed-in browser sessions and API tokens; then arrivals at
 *       {@code ONUS_LOAD_OPEN_FROM} per second (2), raised by {@code ONUS_LOAD_OPEN_STEP} (4) every
 *       {@code ONUS_LOAD_OPEN_LEVEL} seconds (30), {@code ONUS_LOAD_OPEN_LEVELS} times (8). Each arrival
 *       makes one request of the same mix with a session or token of the pool, whatever the
 *       server's backlog: the rate at which p95 passes 150 ms is the open-model capacity.
 * </ul>
 *
 * The mix: the officer's work queue with filters, sorts and pages; a case page; an entry page and
 * the entries list; a page of the public designation list as of a date; the statistics page; and the API's
 * GETs of the same (queue, case, entries, entry, a page of the designations in force as of a date, statistics).
 * Which cases and entries exist is read once before the load (API, as a supervisor).
 *
 * <p>Next to Gatling's report, the simulation writes its own table ({@code ONUS_LOAD_TIMINGS}):
 * per request type in the steady window (closed) or per arrival rate (open), since Gatling's
 * statistics cover the whole run, sign-in and ramp included.
 */
public class PortalLoadSimulation extends Simulation {

    static final String PORTAL = setting("ONUS_LOAD_PORTAL", "http://localhost:8080");
    static final String KEYCLOAK = setting("ONUS_LOAD_KEYCLOAK", "http://localhost:8180");
    static final String TOKEN_ENDPOINT = KEYCLOAK + "/realms/onus/protocol/openid-connect/token";
    static final String MODEL = setting("ONUS_LOAD_MODEL", "closed");
    static final int USERS = Integer.parseInt(setting("ONUS_LOAD_USERS", "50"));
    static final int RAMP = Integer.parseInt(setting("ONUS_LOAD_RAMP", "30"));
    static final int WARMUP = Integer.parseInt(setting("ONUS_LOAD_WARMUP", "120"));
    static final int DURATION = Integer.parseInt(setting("ONUS_LOAD_DURATION", "180"));
    static final double OPEN_FROM = Double.parseDouble(setting("ONUS_LOAD_OPEN_FROM", "2"));
    static final double OPEN_STEP = Double.parseDouble(setting("ONUS_LOAD_OPEN_STEP", "4"));
    static final int OPEN_LEVEL = Integer.parseInt(setting("ONUS_LOAD_OPEN_LEVEL", "30"));
    static final int OPEN_LEVELS = Integer.parseInt(setting("ONUS_LOAD_OPEN_LEVELS", "8"));
    static final int POOL = Integer.parseInt(setting("ONUS_LOAD_POOL", "10"));
    static final String TIMINGS_FILE = setting("ONUS_LOAD_TIMINGS", "target/load-timings.txt");
    static final int TARGET_P95 = 150;

    /** Customs staff who read the queue: browser sign-ins and API tokens are spread over them. */
    static final List<String> OFFICERS = List.of("officer", "supervisor", "supervisor-2");

    static final List<String> API_USERS = List.of("officer", "supervisor", "auditor");

    static final Timings TIMINGS = new Timings();
    static final List<String> CASES = new CopyOnWriteArrayList<>();
    static final List<String> ENTRIES = new CopyOnWriteArrayList<>();
    /** Signed-in browser sessions (portal session cookie) and API tokens for the open model. */
    static final List<String> SESSIONS = new CopyOnWriteArrayList<>();

    static final List<String> TOKENS = new CopyOnWriteArrayList<>();
    static final AtomicInteger NEXT_USER = new AtomicInteger();
    static final AtomicLong OPEN_START = new AtomicLong();
    static final AtomicInteger TOKEN_FAILURES_SHOWN = new AtomicInteger();

    static String setting(String name, String fallback) {
        String value = System.getProperty(name, System.getenv(name));
        return value == null || value.isBlank() ? fallback : value.strip();
    }

    // --- the requests -----------------------------------------------------------------------------

    static final HttpProtocolBuilder PROTOCOL = http.baseUrl(PORTAL)
            .acceptLanguageHeader("en")
            .acceptEncodingHeader("gzip, deflate")
            .userAgentHeader("onus-loadtest (Gatling)")
            .shareConnections()
            // Every request reaches the server: Gatling's HTTP cache would otherwise answer the
            // API's cacheable GETs (designations, statistics: max-age 60) itself, unmeasured.
            .disableCaching();

    static String any(List<String> values) {
        return values.get(ThreadLocalRandom.current().nextInt(values.size()));
    }

    static final List<String> QUEUE_FILTERS = List.of(
            "",
            "?status=ALL",
            "?status=ALL&page=2",
            "?status=DETAINED&sort=-detained",
            "?status=REBUTTAL_SUBMITTED",
            "?status=ALL&sort=importer&page=3",
            "?deadline=WITHIN_30_DAYS",
            "?deadline=OVERDUE&status=ALL",
            "?assignee=none&sort=deadline",
            "?assignee=me",
            "?origin=CN&status=ALL&sort=-value",
            "?importer=ACME-IMPORTS&status=ALL&sort=entry",
            "?port=Rotterdam&status=ALL",
            "?status=RELEASED&sort=-detained&page=2",
            "?status=ALL&sort=status&page=5",
            // Every order each way (since 2026-12-05, V6_54): value, goods, and the descending
            // orders whose ties or empty values no index held before.
            "?status=ALL&sort=-value",
            "?sort=value&page=2",
            "?status=ALL&sort=goods",
            "?sort=-goods&page=3",
            "?status=ALL&sort=-status&page=2",
            "?sort=-assignee",
            "?status=ALL&sort=-deadline",
            "?sort=-entry&page=4",
            "?status=ALL&sort=-importer",
            // The sector filter, matching many cases and none (since 2026-12-06, V6_55: every filter
            // reads the case alone), and a port written in another case than the filings'.
            "?sector=APPAREL",
            "?sector=COTTON&status=ALL",
            "?port=ANTWERP&origin=VN");

    static final List<String> ENTRY_FILTERS = List.of(
            "", "?status=DETAINED", "?status=CLEARED&sort=-arrival", "?origin=CN&sort=importer", "?sort=entry&page=2");

    static final List<String> API_ENTRY_FILTERS = List.of(
            "?limit=25",
            "?limit=25&status=DETAINED",
            "?limit=25&offset=25&status=CLEARED&sort=-arrival",
            "?limit=25&origin=CN&sort=importer",
            "?limit=25&offset=50&sort=entry");

    static final List<String> STATISTICS =
            List.of("", "?period=" + LocalDate.now(ZoneOffset.UTC).getYear() + "-Q4");

    /**
     * How many days back the designation list is asked for ({@code ONUS_LOAD_ASOF_DAYS}, 400). A
     * generated volume's designations all take effect on the day it was generated, so 1 asks only
     * for the day the whole list is in force.
     */
    static final int ASOF_DAYS = Integer.parseInt(setting("ONUS_LOAD_ASOF_DAYS", "400"));

    static String asOf() {
        return LocalDate.now(ZoneOffset.UTC)
                .minusDays(ThreadLocalRandom.current().nextInt(0, ASOF_DAYS))
                .toString();
    }

    /**
     * One of the first pages of the list in force on a day, as a reader pages it: the page shows 50
     * designations a page, and an API client asks for pages of 50 (the whole list, thousands of
     * designations at scale 1, is a download a client revalidates with its ETag, not a page view).
     */
    static String designationsPage() {
        int page = ThreadLocalRandom.current().nextInt(1, 4);
        return "/designations?asOf=" + asOf() + (page > 1 ? "&page=" + page : "");
    }

    static String apiDesignationsPage() {
        int offset = 50 * ThreadLocalRandom.current().nextInt(0, 3);
        return "/api/v1/designations?asOf=" + asOf() + "&limit=50" + (offset > 0 ? "&offset=" + offset : "");
    }

    /** Chooses this request's random path (filters, which case or entry, which day). */
    static ChainBuilder choose(String attribute, java.util.function.Supplier<String> path) {
        return exec(session -> session.set(attribute, path.get()));
    }

    /**
     * One measured GET: redirects are not followed (a page that sends a signed-in user to
     * Keycloak is an error here, not a 200 login form), only 200 and 304 count as success.
     */
    static ChainBuilder get(String name, java.util.function.Supplier<String> path, Auth auth) {
        HttpRequestActionBuilder request = http(name)
                .get("#{path}")
                .disableFollowRedirect()
                .check(responseTimeInMillis().saveAs("rt"), status().saveAs("status"), status().in(200, 304));
        if (auth == Auth.TOKEN) {
            request = request.header("Authorization", "Bearer #{token}").header("Accept", "application/json");
        } else {
            request = request.header("Accept", "text/html");
        }
        return choose("path", path).exec(request).exec(session -> record(name, session));
    }

    enum Auth {
        SESSION,
        TOKEN,
        NONE
    }

    static Session record(String name, Session session) {
        int rt = session.contains("rt") ? session.getInt("rt") : -1;
        String status = session.contains("status") ? String.valueOf(session.getInt("status")) : "no answer";
        if (rt >= 0 || session.isFailed()) {
            TIMINGS.add(name, rt, !session.isFailed() && rt >= 0, status);
        }
        return session.remove("rt").remove("status").markAsSucceeded();
    }

    static final ChainBuilder OFFICER_PAGE = randomSwitch()
            .on(
                    percent(35.0).then(get("page: queue (filters)", () -> "/cases" + any(QUEUE_FILTERS), Auth.SESSION)),
                    percent(25.0).then(get("page: case", () -> "/cases/" + any(CASES), Auth.SESSION)),
                    percent(15.0).then(get("page: entry", () -> "/entries/" + any(ENTRIES), Auth.SESSION)),
                    percent(10.0)
                            .then(get("page: entries (filters)", () -> "/entries" + any(ENTRY_FILTERS), Auth.SESSION)),
                    percent(8.0)
                            .then(get("page: designations asOf", PortalLoadSimulation::designationsPage, Auth.SESSION)),
                    percent(7.0).then(get("page: statistics", () -> "/statistics" + any(STATISTICS), Auth.SESSION)));

    static final ChainBuilder API_GET = randomSwitch()
            .on(
                    percent(25.0)
                            .then(get(
                                    "api: queue (filters)",
                                    () -> "/api/v1/cases" + any(QUEUE_FILTERS).replace("assignee=me", "assignee=none"),
                                    Auth.TOKEN)),
                    percent(20.0).then(get("api: case", () -> "/api/v1/cases/" + any(CASES), Auth.TOKEN)),
                    percent(15.0).then(get("api: entry", () -> "/api/v1/entries/" + any(ENTRIES), Auth.TOKEN)),
                    percent(15.0)
                            .then(get(
                                    "api: entries (filters)",
                                    () -> "/api/v1/entries" + any(API_ENTRY_FILTERS),
                                    Auth.TOKEN)),
                    percent(15.0)
                            .then(get("api: designations asOf", PortalLoadSimulation::apiDesignationsPage, Auth.TOKEN)),
                    percent(10.0)
                            .then(get(
                                    "api: statistics",
                                    () -> "/api/v1/statistics/cases" + any(STATISTICS),
                                    Auth.TOKEN)));

    static final ChainBuilder PUBLIC_PAGE = randomSwitch()
            .on(
                    percent(60.0)
                            .then(get("public: designations asOf", PortalLoadSimulation::designationsPage, Auth.NONE)),
                    percent(40.0).then(get("public: statistics", () -> "/statistics" + any(STATISTICS), Auth.NONE)));

    // --- signing in -----------------------------------------------------------------------------

    static ChainBuilder pickUser(List<String> users) {
        return exec(
                session -> session.set("user", users.get(Math.floorMod(NEXT_USER.getAndIncrement(), users.size()))));
    }

    /** Per demo account: whether one of the virtual users is signing in with it right now. */
    static final Map<String, AtomicBoolean> SIGNING_IN = new ConcurrentHashMap<>();

    static AtomicBoolean signingIn(Session session) {
        return SIGNING_IN.computeIfAbsent(session.getString("user"), u -> new AtomicBoolean());
    }

    /**
     * One sign-in at a time per account. The realm's brute-force protection (Keycloak 26 blocks
     * concurrent login requests of one user by default) answers a second, overlapping sign-in of the
     * same account with {@code user_temporarily_disabled} and then locks the account for
     * {@code minimumQuickLoginWaitSeconds} (60 s): with 50 virtual users on a few demo accounts every
     * later sign-in failed, password grant and login form alike. Real officers do not share
     * accounts; the simulation's users wait (without blocking Gatling's threads) for their turn.
     */
    static ChainBuilder oneAtATime(ChainBuilder signIn) {
        return asLongAs(session -> !signingIn(session).compareAndSet(false, true))
                .on(pause(Duration.ofMillis(50)))
                .exec(signIn)
                .exec(session -> {
                    signingIn(session).set(false);
                    return session;
                });
    }

    /**
     * As a browser: the queue page sends the user to Keycloak's login form; its credentials go to
     * the form's action; Keycloak sends the browser back to the portal, which sets its session cookie.
     */
    static final ChainBuilder BROWSER_SIGN_IN = exec(http("sign-in: page -> Keycloak login form")
                    .get("/cases")
                    .check(status().is(200), css("#kc-form-login", "action").saveAs("loginAction")))
            .exec(http("sign-in: credentials -> portal")
                    .post("#{loginAction}")
                    .formParam("username", "#{user}")
                    .formParam("password", "#{user}")
                    .formParam("credentialId", "")
                    .check(
                            status().is(200),
                            currentLocation()
                                    .transform(url -> url.startsWith(PORTAL))
                                    .is(true)))
            .exec(getCookieValue(CookieKey("JSESSIONID")))
            .exec(session -> {
                if (session.isFailed()) {
                    System.err.println("browser sign-in failed for " + session.getString("user"));
                }
                return session;
            });

    /**
     * As a script: the password grant of the public client at Keycloak's token endpoint, form-encoded,
     * on the same host name as the portal is configured with (the token's issuer must match it).
     * Never two at once for one account (see {@link #oneAtATime}).
     * A failure prints the answer's status and body (first few only).
     */
    static final ChainBuilder TOKEN = exec(http("sign-in: API token")
                    .post(TOKEN_ENDPOINT)
                    .formParam("grant_type", "password")
                    .formParam("client_id", "onus-cli")
                    .formParam("username", "#{user}")
                    .formParam("password", "#{user}")
                    .check(
                            status().saveAs("tokenStatus"),
                            bodyString().saveAs("tokenBody"),
                            status().is(200),
                            jsonPath("$.access_token").saveAs("token")))
            .exec(session -> {
                if ((session.isFailed() || !session.contains("token")) && TOKEN_FAILURES_SHOWN.getAndIncrement() < 5) {
                    System.err.printf(
                            "token request for %s at %s failed: status %s, body %s%n",
                            session.getString("user"),
                            TOKEN_ENDPOINT,
                            session.contains("tokenStatus") ? session.getInt("tokenStatus") : "none",
                            session.contains("tokenBody") ? session.getString("tokenBody") : "none");
                }
                return session.remove("tokenBody").set("tokenAt", System.currentTimeMillis());
            });

    // --- the two models ------------------------------------------------------------------------------

    static long steadyStart() {
        return (RAMP + WARMUP) * 1000L;
    }

    static long steadyEnd() {
        return (RAMP + WARMUP + DURATION) * 1000L;
    }

    /** Closed model: each user signs in once, then loops with think time until the window ends. */
    static ScenarioBuilder closed(String name, ChainBuilder signIn, ChainBuilder renew, ChainBuilder mix) {
        return scenario(name)
                .exec(signIn)
                .exitHereIfFailed()
                .exec(asLongAs(session -> TIMINGS.elapsedMillis() < steadyEnd())
                        .on(pause(Duration.ofMillis(500), Duration.ofMillis(1500))
                                .exec(renew)
                                .exec(mix)));
    }

    /** A new token once the last is four minutes old (the development realm's last five). */
    static final ChainBuilder RENEW_TOKEN = doIf(session ->
                    System.currentTimeMillis() - session.getLong("tokenAt") > 240_000)
            .then(oneAtATime(TOKEN));

    ScenarioBuilder pool = scenario("sign-in pool")
            .exec(pickUser(OFFICERS))
            .exec(oneAtATime(TOKEN))
            .exec(session -> {
                if (session.contains("token")) {
                    TOKENS.add(session.getString("token"));
                }
                return session.markAsSucceeded();
            })
            .exec(flushCookieJar())
            .exec(oneAtATime(BROWSER_SIGN_IN))
            .exec(session -> {
                if (session.contains("JSESSIONID")) {
                    SESSIONS.add(session.getString("JSESSIONID"));
                }
                return session;
            });

    /** Open model: one request per arrival, with a session or token from the pool. */
    ScenarioBuilder open = scenario("open arrivals")
            .exec(session -> {
                OPEN_START.compareAndSet(0, TIMINGS.elapsedMillis());
                return session;
            })
            .randomSwitch()
            .on(
                    percent(60.0)
                            .then(exec(session -> session.set("jsessionid", any(SESSIONS)))
                                    .exec(addCookie(Cookie("JSESSIONID", "#{jsessionid}")))
                                    .exec(OFFICER_PAGE)),
                    percent(30.0)
                            .then(exec(session -> session.set("token", any(TOKENS)))
                                    .exec(API_GET)),
                    percent(10.0).then(PUBLIC_PAGE));

    {
        List<PopulationBuilder> populations = new ArrayList<>();
        if ("open".equals(MODEL)) {
            populations.add(pool.injectOpen(rampUsers(POOL).during(Duration.ofSeconds(5)))
                    .andThen(open.injectOpen(incrementUsersPerSec(OPEN_STEP)
                            .times(OPEN_LEVELS)
                            .eachLevelLasting(Duration.ofSeconds(OPEN_LEVEL))
                            .startingFrom(OPEN_FROM))));
        } else {
            int browsers = USERS * 6 / 10;
            int apis = USERS * 3 / 10;
            int visitors = USERS - browsers - apis;
            Duration ramp = Duration.ofSeconds(RAMP);
            populations.add(closed(
                            "officers in a browser",
                            pickUser(OFFICERS).exec(oneAtATime(BROWSER_SIGN_IN)),
                            exec(session -> session),
                            OFFICER_PAGE)
                    .injectOpen(rampUsers(browsers).during(ramp)));
            populations.add(closed("API clients", pickUser(API_USERS).exec(oneAtATime(TOKEN)), RENEW_TOKEN, API_GET)
                    .injectOpen(rampUsers(apis).during(ramp)));
            populations.add(closed("public visitors", exec(session -> session), exec(session -> session), PUBLIC_PAGE)
                    .injectOpen(rampUsers(visitors).during(ramp)));
        }
        setUp(populations).protocols(PROTOCOL);
    }

    // --- before and after -------------------------------------------------------------------------

    @Override
    public void before() {
        try {
            discover();
        } catch (IOException e) {
            throw new IllegalStateException("Could not read the portal's cases and entries: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        System.out.printf(
                "load on %s (Keycloak %s), model %s: %d cases and %d entries to read%n",
                PORTAL, KEYCLOAK, MODEL, CASES.size(), ENTRIES.size());
        TIMINGS.begin();
    }

    /** The cases and entries the mix reads, through the API as a supervisor (up to 500 of each). */
    static void discover() throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        ObjectMapper json = new ObjectMapper();
        String form = Map.of(
                        "grant_type",
                        "password",
                        "client_id",
                        "onus-cli",
                        "username",
                        "supervisor",
                        "password",
                        "supervisor")
                .entrySet()
                .stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpResponse<String> token = client.send(
                HttpRequest.newBuilder(URI.create(TOKEN_ENDPOINT))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (token.statusCode() != 200) {
            throw new IOException("token endpoint answered " + token.statusCode() + ": " + token.body());
        }
        String bearer =
                "Bearer " + json.readTree(token.body()).get("access_token").asText();
        for (int page = 1; page <= 5; page++) {
            JsonNode found = json.readTree(get(client, bearer, "/api/v1/cases?status=ALL&size=100&page=" + page));
            found.path("items").forEach(item -> CASES.add(item.get("caseId").asText()));
            if (page >= found.path("pages").asInt()) {
                break;
            }
        }
        json.readTree(get(client, bearer, "/api/v1/entries?limit=500"))
                .forEach(entry -> ENTRIES.add(entry.get("id").asText()));
        if (CASES.isEmpty() || ENTRIES.isEmpty()) {
            throw new IOException("the portal has no cases or no entries to read: put some data in first");
        }
    }

    static String get(HttpClient client, String bearer, String path) throws IOException, InterruptedException {
        HttpResponse<String> answer = client.send(
                HttpRequest.newBuilder(URI.create(PORTAL + path))
                        .header("Authorization", bearer)
                        .header("Accept", "application/json")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new IOException(path + " answered " + answer.statusCode() + ": " + answer.body());
        }
        return answer.body();
    }

    @Override
    public void after() {
        List<Timings.Sample> all = TIMINGS.all();
        StringBuilder out = new StringBuilder();
        if ("open".equals(MODEL)) {
            out.append(String.format(
                    "open model: arrivals from %.0f/s, +%.0f/s every %d s, %d levels; one request per arrival"
                            + " (60%% officer pages, 30%% API GETs, 10%% public pages); sessions/tokens from a pool"
                            + " of %d browser sign-ins and %d tokens%n",
                    OPEN_FROM, OPEN_STEP, OPEN_LEVEL, OPEN_LEVELS, SESSIONS.size(), TOKENS.size()));
            long start = OPEN_START.get();
            List<Timings.Sample> measured =
                    all.stream().filter(s -> !s.name().startsWith("sign-in")).toList();
            out.append(Timings.header("arrival rate (per level)")).append('\n');
            Double crossed = null;
            for (int level = 0; level < OPEN_LEVELS; level++) {
                long from = start + level * OPEN_LEVEL * 1000L;
                long to = from + OPEN_LEVEL * 1000L;
                List<Timings.Sample> in = measured.stream()
                        .filter(s -> s.endedAt() >= from && s.endedAt() < to)
                        .toList();
                double rate = OPEN_FROM + level * OPEN_STEP;
                out.append(Timings.line(String.format("%.0f/s", rate), in, OPEN_LEVEL))
                        .append('\n');
                int[] ms = in.stream()
                        .filter(Timings.Sample::ok)
                        .mapToInt(Timings.Sample::millis)
                        .sorted()
                        .toArray();
                if (crossed == null && Timings.percentile(ms, 95) > TARGET_P95) {
                    crossed = rate;
                }
            }
            out.append(
                            crossed == null
                                    ? "p95 stayed at or below " + TARGET_P95 + " ms at every level"
                                    : String.format("p95 first above %d ms at %.0f arrivals/s", TARGET_P95, crossed))
                    .append('\n');
            out.append('\n').append(Timings.header("request (all levels)")).append('\n');
            double seconds = OPEN_LEVELS * OPEN_LEVEL;
            Timings.by(measured, Timings.Sample::name)
                    .forEach((name, some) ->
                            out.append(Timings.line(name, some, seconds)).append('\n'));
            out.append(Timings.errors(measured)).append('\n');
        } else {
            out.append(String.format(
                    "closed model: %d users (%d officers in a browser, %d API clients, %d public visitors),"
                            + " ramp %d s, warm-up %d s (not measured), steady window %d s, 0.5-1.5 s between"
                            + " requests%n",
                    USERS,
                    USERS * 6 / 10,
                    USERS * 3 / 10,
                    USERS - USERS * 6 / 10 - USERS * 3 / 10,
                    RAMP,
                    WARMUP,
                    DURATION));
            List<Timings.Sample> steady = all.stream()
                    .filter(s -> s.endedAt() >= steadyStart() && s.endedAt() < steadyEnd())
                    .filter(s -> !s.name().startsWith("sign-in"))
                    .toList();
            out.append(Timings.header("request (steady window)")).append('\n');
            Timings.by(steady, Timings.Sample::name)
                    .forEach((name, some) ->
                            out.append(Timings.line(name, some, DURATION)).append('\n'));
            out.append(Timings.line("ALL (steady window)", steady, DURATION)).append('\n');
            out.append(Timings.errors(steady)).append('\n');
            int[] ms = steady.stream()
                    .filter(Timings.Sample::ok)
                    .mapToInt(Timings.Sample::millis)
                    .sorted()
                    .toArray();
            long errors = steady.stream().filter(s -> !s.ok()).count();
            int p95 = Timings.percentile(ms, 95);
            out.append(String.format(
                    "target p95 <= %d ms and 0 errors: %s (p95 %d ms, %d errors)%n",
                    TARGET_P95, p95 <= TARGET_P95 && errors == 0 ? "MET" : "NOT MET", p95, errors));
        }
        System.out.print(out);
        Timings.write(Path.of(TIMINGS_FILE), out.toString());
    }
}
