package org.onus.it.crawl;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.awaitility.Awaitility;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.onus.core.evidence.SampleFiles;
import org.onus.it.support.Browser;
import org.onus.it.support.Deployments;
import org.onus.it.support.DesignationFixtures;
import org.onus.it.support.Http;
import org.onus.it.support.ItConfig;
import org.onus.it.support.Multipart;
import org.onus.it.support.OnusIT;
import org.onus.it.support.PolicyFixtures;
import org.onus.it.support.Tokens;

/**
 * Every page, every role: signs in as each demo user of the realm (and stays anonymous once)
 * through the real browser login flow, then follows every link of the site it can reach, starting
 * at the home page and at one seeded object of each kind and state. Fails on any 5xx, on a page
 * that shows a stack trace, on a stack trace the server logs meanwhile, and on a link that a page
 * shows and that then answers 404 (browsers ask for HTML first, as this crawl does). A 403 or 404
 * for a role that may not see a page reached otherwise is an answer, not a failure.
 */
@OnusIT
@RunAsClient
class PageCrawlIT {

    /** Every user of the dev realm (realm-config onus-realm.json); the test checks the list is complete. */
    static final List<String> USERS = List.of(
            "regulator",
            "senior-regulator",
            "senior-regulator-2",
            "officer",
            "supervisor",
            "supervisor-2",
            "importer-a",
            "importer-b",
            "upr-drafter",
            "upr-reviewer",
            "auditor",
            "admin",
            "broker");

    static final String ANONYMOUS = "anonymous";

    /** Enough for every page of a role; a crawl that needs more has found a link that never ends. */
    static final int MAX_PAGES_PER_USER = 300;

    /** Distinct addresses per pattern (ids replaced, query values dropped): one template, a few samples. */
    static final int PER_PATTERN = 3;

    /** Downloads render a document each time: once per pattern is proof enough. */
    static final int PER_DOWNLOAD_PATTERN = 1;

    static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);
    static final URI PORTAL = ItConfig.portal();
    static final Pattern ID_SEGMENT =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|^\\d+$");
    static final Pattern DOWNLOAD = Pattern.compile(".*\\.(pdf|csv|docx|xlsx|zip)$");

    /**
     * The crawl reads every page in Chinese and fails on any English sentence of the bundles it
     * shows; each template is then read once more in the other five languages.
     */
    static final String CRAWL_LANGUAGE = "zh";

    static final List<String> OTHER_LANGUAGES = List.of("en", "ar", "fr", "ru", "es");

    static final EnglishTexts ENGLISH = EnglishTexts.load();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.onus();
    }

    @Test
    void everyPageReachableByEveryRoleAnswersWithoutAServerError() throws Exception {
        assertThat(realmUsers())
                .as("the crawl signs in as every user of the realm")
                .containsExactlyInAnyOrderElementsOf(USERS);
        long logStart = Files.exists(ItConfig.serverLog()) ? Files.size(ItConfig.serverLog()) : 0;

        long started = System.nanoTime();
        List<String> seeded = seed();
        Duration seeding = Duration.ofNanos(System.nanoTime() - started);

        List<String> failures = new ArrayList<>();
        Map<String, List<Visit>> visited = new LinkedHashMap<>();
        List<String> everyone = new ArrayList<>(USERS);
        everyone.add(ANONYMOUS);
        Map<String, Duration> took = new LinkedHashMap<>();
        // template → the first user and address that showed it, for the accessibility pass
        Map<String, String[]> templates = new LinkedHashMap<>();
        for (String user : everyone) {
            long userStarted = System.nanoTime();
            Crawler crawler = new Crawler(user, CRAWL_LANGUAGE);
            if (!user.equals(ANONYMOUS)) {
                crawler.signIn();
            }
            List<String> roots = new ArrayList<>(List.of(
                    "/", "/designations", "/policies", "/statistics", "/reference/regions", "/reference/sectors"));
            // The list versions, paged: a bad page number is the first page, a version that is not one
            // an error on the comparison form.
            roots.addAll(List.of(
                    "/designations/versions?page=nope",
                    "/designations/versions?page=2",
                    "/designations/versions/diff?from=nope&to=1"));
            if (!user.equals(ANONYMOUS)) {
                // The work queue's pages: a page past the last shows the last, a bad number the first.
                roots.addAll(List.of("/?page=2", "/?page=nope"));
                // The entries and their open cases, each paged: a bad number is the first page, a page
                // past the last the last one, an unknown order a 400 with the list in its usual order.
                roots.addAll(List.of(
                        "/entries?sort=-arrival&page=2",
                        "/entries?page=nope&casesPage=nope",
                        "/entries?page=999&casesPage=2",
                        "/entries?sort=nope",
                        // Every designation, for regulators and auditors: paged, filtered and sorted.
                        "/designations/all?page=nope",
                        "/designations/all?status=PUBLISHED&sort=-from&page=2",
                        "/designations/all?status=nope",
                        "/cases/approvals?page=nope",
                        "/inbox?page=nope",
                        "/evidence?page=nope",
                        "/submissions?page=nope",
                        "/upr?page=nope",
                        "/inbox?page=2"));
            }
            roots.addAll(seeded);
            crawler.crawl(roots);
            crawler.everyTemplateInEveryLanguage();
            crawler.templates.forEach((template, url) -> templates.putIfAbsent(template, new String[] {user, url}));
            failures.addAll(crawler.failures);
            visited.put(user, crawler.visits);
            took.put(user, Duration.ofNanos(System.nanoTime() - userStarted));
        }

        long axeStarted = System.nanoTime();
        if (!ItConfig.onPostgres()) {
            // Accessibility does not depend on the database: once per template, on the first pass.
            failures.addAll(accessibility(templates));
        }
        took.put("(axe-core)", Duration.ofNanos(System.nanoTime() - axeStarted));
        visited.put(
                "(axe-core)",
                templates.values().stream().map(t -> new Visit(t[1], 200, t[0])).toList());

        failures.addAll(stackTracesLogged(logStart));
        writeReport(visited, took, seeding, Duration.ofNanos(System.nanoTime() - started), failures);

        assertThat(visited.get("regulator"))
                .as("the crawl reached the pages behind the navigation")
                .hasSizeGreaterThan(20);
        assertThat(failures)
                .as("pages that failed (user, address, status, where the link was)")
                .isEmpty();
    }

    /** axe-core in Chromium on one page of each template, signed in as the user who reached it. */
    static List<String> accessibility(Map<String, String[]> templates) {
        AxeCheck axe = AxeCheck.load();
        Map<String, List<String[]>> byUser = new LinkedHashMap<>();
        templates.forEach((template, seen) ->
                byUser.computeIfAbsent(seen[0], u -> new ArrayList<>()).add(new String[] {template, seen[1]}));
        List<String> failures = new ArrayList<>();
        byUser.forEach((user, pages) -> {
            try (Browser browser = Browser.start()) {
                if (!user.equals(ANONYMOUS)) {
                    browser.open("/login");
                    browser.signInAs(user);
                    browser.waitFor(org.openqa.selenium.By.id("main-content"));
                }
                for (String[] page : pages) {
                    browser.driver().get(page[1]);
                    browser.waitFor(org.openqa.selenium.By.tagName("footer"));
                    failures.addAll(axe.violations(browser, "%s: %s (%s)".formatted(user, page[1], page[0])));
                }
            }
        });
        return failures;
    }

    // --- seeding through the public API ---------------------------------------------------------

    /** One object per kind and state, made through the API; returns the pages that show them. */
    static List<String> seed() {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        String regulator = Tokens.of("regulator");
        String importer = Tokens.of("importer-a");
        String officer = Tokens.of("officer");
        List<String> pages = new ArrayList<>();

        // Mass balance: the chains and the decision tables (a proposal awaiting its second regulator).
        pages.add("/mass-balance/chains");
        pages.add("/decision-tables");
        pages.add("/decision-tables/mass-balance-thresholds");
        pages.add("/decision-tables/evidence-admissibility");

        // The library and the registry.
        String evidence = PolicyFixtures.evidence("STATE_DOCUMENT", "Crawl evidence " + marker);
        pages.add("/evidence/" + evidence);
        String policy = created(Http.postJson(ItConfig.portal("/api/v1/policies"), regulator, """
                {"title": "Crawl quota %s", "authority": "County", "regionCodes": ["653100"]}
                """.formatted(marker)));
        pages.add("/policies/" + policy);
        String claimed = created(Http.postJson(ItConfig.portal("/api/v1/policies"), regulator, """
                {"title": "Crawl claimed repeal %s", "authority": "County", "regionCodes": ["653100"]}
                """.formatted(marker)));
        ok(PolicyFixtures.move(PolicyFixtures.CLAIMER, claimed, "REPEAL_CLAIMED", "Announced"));
        pages.add("/policies/" + claimed);
        String repealed = created(Http.postJson(ItConfig.portal("/api/v1/policies"), regulator, """
                {"title": "Crawl repealed %s", "authority": "County", "regionCodes": ["653100"]}
                """.formatted(marker)));
        PolicyFixtures.verifyRepeal(repealed);
        pages.add("/policies/" + repealed);

        // Designations: a draft, one awaiting review, one published (on cotton, for the cases below).
        String draft = created(Http.postJson(
                ItConfig.portal("/api/v1/designations"), regulator, designation("Crawl draft " + marker)));
        pages.add("/designations/" + draft);
        String submitted = created(Http.postJson(
                ItConfig.portal("/api/v1/designations"), regulator, designation("Crawl submitted " + marker)));
        ok(Http.putJson(
                ItConfig.portal("/api/v1/designations/" + submitted + "/assessment"),
                regulator,
                DesignationFixtures.completeAssessment()));
        ok(Http.postJson(ItConfig.portal("/api/v1/designations/" + submitted + "/submit"), regulator, ""));
        pages.add("/designations/" + submitted);
        String published = DesignationFixtures.publish(
                "Crawl cotton " + marker, List.of("650000"), List.of("COTTON"), TODAY.toString());
        pages.add("/designations/" + published);
        pages.add("/designations/" + published + "/assessment");

        // Entries: cleared, awaiting a disclosure, and detained with cases in several states.
        JsonNode cleared = Http.json(Http.postJson(ItConfig.portal("/api/v1/entries"), importer, entry("""
                {"tier": 1, "material": "Knitted fabric", "hsCode": "6006", "producer": "Hanoi Knits", "regionCode": "VN"}""")));
        assertThat(cleared.get("status").asText()).as(cleared.toString()).isEqualTo("CLEARED");
        pages.add("/entries/" + cleared.get("id").asText());
        JsonNode disclosure = Http.json(Http.postJson(
                ItConfig.portal("/api/v1/entries"),
                importer,
                entry("").replace("\"6109.10\"", "\"5208.11\"").replace("\"VN\"", "\"CN\"")));
        assertThat(disclosure.get("status").asText()).as(disclosure.toString()).isEqualTo("DISCLOSURE_REQUIRED");
        pages.add("/entries/" + disclosure.get("id").asText());

        JsonNode detained = detainedCotton(importer);
        pages.addAll(casePages(detained));

        JsonNode rebutted = detainedCotton(importer);
        String rebuttedCase = rebutted.get("caseId").asText();
        List<String> traces = rebut(importer, rebuttedCase);
        created(upload(importer, rebuttedCase, "INVOICE", traces.get(0)));
        pages.addAll(casePages(rebutted));

        JsonNode confiscated = detainedCotton(importer);
        String confiscatedCase = confiscated.get("caseId").asText();
        rebut(importer, confiscatedCase);
        ok(Http.postJson(
                ItConfig.portal("/api/v1/cases/" + confiscatedCase + "/decision"),
                officer,
                "{\"outcome\": \"CONFISCATE\", \"reason\": \"Reviewed the file\"}"));
        pages.addAll(casePages(confiscated));
        pages.add("/cases/" + confiscatedCase + "/confiscation");

        JsonNode released = detainedCotton(importer);
        String releasedCase = released.get("caseId").asText();
        prove(importer, officer, releasedCase, rebut(importer, releasedCase));
        ok(Http.postJson(
                ItConfig.portal("/api/v1/cases/" + releasedCase + "/decision"),
                officer,
                "{\"outcome\": \"RELEASE\", \"reason\": \"Reviewed the file\"}"));
        pages.addAll(casePages(released));

        // Information requested; a protest open, denied, and upheld on proof; a disposition recorded.
        String supervisor = Tokens.of("supervisor");
        JsonNode asked = detainedCotton(importer);
        rebut(importer, asked.get("caseId").asText());
        ok(Http.postJson(
                ItConfig.portal("/api/v1/cases/" + asked.get("caseId").asText() + "/decision"),
                officer,
                "{\"outcome\": \"REQUEST_INFO\", \"reason\": \"Show the ginning invoices\"}"));
        pages.addAll(casePages(asked));

        JsonNode protested = detainedCotton(importer);
        confiscateAndProtest(importer, officer, protested.get("caseId").asText());
        pages.addAll(casePages(protested));

        JsonNode denied = detainedCotton(importer);
        confiscateAndProtest(importer, officer, denied.get("caseId").asText());
        ok(Http.postJson(
                ItConfig.portal("/api/v1/cases/" + denied.get("caseId").asText() + "/protest/decision"),
                supervisor,
                "{\"upheld\": false, \"reason\": \"Nothing new\"}"));
        pages.addAll(casePages(denied));

        JsonNode upheld = detainedCotton(importer);
        String upheldCase = upheld.get("caseId").asText();
        prove(importer, officer, upheldCase, confiscateAndProtest(importer, officer, upheldCase));
        ok(Http.postJson(
                ItConfig.portal("/api/v1/cases/" + upheldCase + "/protest/decision"),
                supervisor,
                "{\"upheld\": true, \"reason\": \"Reconsidered on protest\"}"));
        pages.addAll(casePages(upheld));

        JsonNode disposed = detainedCotton(importer);
        String disposedCase = disposed.get("caseId").asText();
        rebut(importer, disposedCase);
        ok(Http.postJson(
                ItConfig.portal("/api/v1/cases/" + disposedCase + "/decision"),
                officer,
                "{\"outcome\": \"CONFISCATE\", \"reason\": \"Reviewed the file\"}"));
        ok(Http.postJson(
                ItConfig.portal("/api/v1/cases/" + disposedCase + "/disposition"),
                officer,
                "{\"kind\": \"REEXPORTED\", \"on\": \"" + TODAY + "\", \"reference\": \"EX-" + marker + "\"}"));
        pages.addAll(casePages(disposed));
        pages.add("/cases/" + disposedCase + "/confiscation");

        // Published decisions: the confiscation proposed and approved by another regulator, the
        // disposed case proposed and awaiting approval, the denied protest not proposed yet.
        String publication = Http.json(Http.postJson(
                        ItConfig.portal("/api/v1/decisions"),
                        regulator,
                        "{\"caseId\": \"" + confiscatedCase + "\", \"note\": \"Seen in the crawl.\"}"))
                .get("reference")
                .asText();
        ok(Http.postJson(
                ItConfig.portal("/api/v1/decisions/" + publication + "/approval"), Tokens.of("senior-regulator"), ""));
        pages.add("/decisions/" + publication);
        String proposal = Http.json(Http.postJson(
                        ItConfig.portal("/api/v1/decisions"), regulator, "{\"caseId\": \"" + disposedCase + "\"}"))
                .get("reference")
                .asText();
        pages.add("/decisions/" + proposal);
        pages.add("/decisions/pending");
        pages.add("/decisions/cases/" + denied.get("caseId").asText());

        // An exception release awaiting a supervisor: a listed spinner on two fresh policies, both
        // verified repealed, and the employment targets and every indicator proved.
        String policyA = created(Http.postJson(ItConfig.portal("/api/v1/policies"), regulator, """
                {"title": "Crawl quota A %s", "authority": "County", "regionCodes": ["653100"]}
                """.formatted(marker)));
        String policyB = created(Http.postJson(ItConfig.portal("/api/v1/policies"), regulator, """
                {"title": "Crawl targets B %s", "authority": "County", "regionCodes": ["653100"]}
                """.formatted(marker)));
        String spinner = "Crawl Spinning " + marker;
        DesignationFixtures.publish(
                "Crawl spinner " + marker,
                List.of("540000"),
                List.of("ALL_GOODS"),
                TODAY.toString(),
                "[{\"name\": \"" + spinner + "\"}]",
                List.of(policyA, policyB));
        PolicyFixtures.verifyRepeal(policyA);
        PolicyFixtures.verifyRepeal(policyB);
        HttpResponse<String> spun =
                Http.postJson(ItConfig.portal("/api/v1/entries"), importer, entry("""
                {"tier": 2, "material": "Yarn", "hsCode": "5509", "producer": "%s", "regionCode": "VN"}""".formatted(spinner)));
        assertThat(spun.statusCode()).as(spun.body()).isEqualTo(201);
        JsonNode exception = Http.json(spun);
        String exceptionCase = exception.get("caseId").asText();
        ok(Http.postJson(
                ItConfig.portal("/api/v1/cases/" + exceptionCase + "/rebuttal"),
                importer,
                "{\"route\": \"EXCEPTION\", \"statement\": \"Both policies were repealed\"}"));
        accept(importer, officer, exceptionCase, "POLICY_REPEAL_NOTICE", "POLICY_REPEALED:" + policyA);
        accept(importer, officer, exceptionCase, "POLICY_REPEAL_NOTICE", "POLICY_REPEALED:" + policyB);
        accept(importer, officer, exceptionCase, "EMPLOYMENT_TARGET_EVIDENCE", "TARGETS_NOT_ENFORCED");
        for (String indicator :
                List.of("SECURITIZED_CONTEXT", "GRASSROOTS_MOBILIZATION", "EMPLOYMENT_POLICY", "EXECUTION_STAGES")) {
            accept(importer, officer, exceptionCase, "POLICY_ANALYSIS", "INDICATOR_" + indicator);
        }
        HttpResponse<String> proposed = Http.postJson(
                ItConfig.portal("/api/v1/cases/" + exceptionCase + "/decision"),
                officer,
                "{\"outcome\": \"RELEASE\", \"reason\": \"Reviewed the file\"}");
        ok(proposed);
        assertThat(Http.json(proposed).get("status").asText()).isEqualTo("AWAITING_APPROVAL");
        pages.addAll(casePages(exception));

        // A bulk job sent through the API (no file name), with an entry that has inputs.
        String csv = "entry_number,hs_code,description,origin_country,value_amount,value_currency,arrival_date,port,"
                + "input_tier,input_material,input_hs_code,input_producer,input_region_code,input_open_supply_hub_id,"
                + "input_share_percent\n"
                + "CRAWL-" + marker + "-1,610910,Cotton T-shirts,VN,1250.00,USD," + TODAY + ",Felixstowe,"
                + "1,Cotton yarn,5205,Saigon Yarn Co,VN,,\n"
                + "CRAWL-" + marker + "-2,940360,Wooden desks,MY,3400.00,EUR," + TODAY + ",Felixstowe,,,,,,,\n"
                // More than a page of entries, so that the entry list's pagination is crawled and checked.
                + java.util.stream.IntStream.rangeClosed(3, 30)
                        .mapToObj(i -> "CRAWL-" + marker + "-" + i + ",940360,Wooden desks,MY,3400.00,EUR," + TODAY
                                + ",Felixstowe,,,,,,,\n")
                        .collect(Collectors.joining());
        HttpResponse<String> bulk =
                Http.send("POST", ItConfig.portal("/api/v1/entries/bulk"), importer, "text/csv", csv.getBytes(UTF_8));
        assertThat(bulk.statusCode()).as(bulk.body()).isEqualTo(202);
        String job = Http.json(bulk).get("jobId").asText();
        Awaitility.await()
                .atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(250))
                .until(() -> List.of("DONE", "REJECTED", "FAILED")
                        .contains(Http.json(Http.getWithToken(ItConfig.portal("/api/v1/jobs/" + job), importer))
                                .get("status")
                                .asText()));
        pages.add("/entries/bulk");
        pages.add("/entries/bulk/" + job);

        // Designations in the other states, in Tibet so that they catch none of the entries above.
        String senior = Tokens.of("senior-regulator");
        String future = DesignationFixtures.publish(
                "Crawl approved " + marker,
                List.of("540000"),
                List.of("COTTON"),
                TODAY.plusDays(30).toString());
        pages.add("/designations/" + future);
        String pendingWithdrawal = DesignationFixtures.publish(
                "Crawl withdrawal asked " + marker, List.of("540000"), List.of("COTTON"), TODAY.toString());
        withdrawal(regulator, pendingWithdrawal);
        pages.add("/designations/" + pendingWithdrawal);
        String withdrawn = DesignationFixtures.publish(
                "Crawl withdrawn " + marker, List.of("540000"), List.of("COTTON"), TODAY.toString());
        withdrawal(regulator, withdrawn);
        ok(Http.postJson(
                ItConfig.portal("/api/v1/designations/" + withdrawn + "/withdrawal/decision"),
                senior,
                "{\"approved\": true}"));
        pages.add("/designations/" + withdrawn);
        String superseded = DesignationFixtures.publish(
                "Crawl superseded " + marker, List.of("540000"), List.of("COTTON"), TODAY.toString());
        String amendment = created(
                Http.postJson(ItConfig.portal("/api/v1/designations/" + superseded + "/amendments"), regulator, ""));
        ok(Http.putJson(ItConfig.portal("/api/v1/designations/" + amendment), regulator, """
                {"title": "Crawl amended %s", "regionCodes": ["540000", "630000"], "sectorCodes": ["COTTON"],
                 "legalBasis": "Rebuttable presumption", "rationale": "Crawl designation",
                 "policyIds": ["%s"], "effectiveFrom": "%s", "producers": []}
                """.formatted(
                        marker, DesignationFixtures.TRANSFER_POLICY, TODAY)));
        ok(Http.postJson(ItConfig.portal("/api/v1/designations/" + amendment + "/submit"), regulator, ""));
        ok(Http.postJson(ItConfig.portal("/api/v1/designations/" + amendment + "/approve"), senior, ""));
        pages.add("/designations/" + superseded);
        pages.add("/designations/" + amendment);

        // The UPR workspace: a review with a draft, a submitted and an approved recommendation.
        String drafter = Tokens.of("upr-drafter");
        String reviewer = Tokens.of("upr-reviewer");
        String review = created(Http.postJson(
                ItConfig.portal("/api/v1/upr/reviews"),
                drafter,
                """
                {"stateUnderReview":"China","cycle":4,"session":45,"reviewDate":"2024-01-23",
                 "submissionType":"STAKEHOLDER_INDIVIDUAL","wordLimit":5630,
                 "coSigners":[{"name":"Crawl Coalition","country":"Netherlands","contact":"crawl@example.org"}],
                 "briefs":["United Kingdom","Côte d'Ivoire"]}
                """,
                "Idempotency-Key",
                UUID.randomUUID().toString()));
        recommendation(drafter, review, "China should repeal the quotas (draft " + marker + ").");
        String toReview = recommendation(drafter, review, "China should end the transfers (" + marker + ").");
        ok(Http.postJson(ItConfig.portal("/api/v1/upr/recommendations/" + toReview + "/submit"), drafter, "{}"));
        String approved = recommendation(drafter, review, "China should ratify C105 fully (" + marker + ").");
        ok(Http.postJson(ItConfig.portal("/api/v1/upr/recommendations/" + approved + "/submit"), drafter, "{}"));
        ok(Http.postJson(ItConfig.portal("/api/v1/upr/recommendations/" + approved + "/approve"), reviewer, "{}"));
        String returned = recommendation(drafter, review, "China should publish the quotas (" + marker + ").");
        ok(Http.postJson(ItConfig.portal("/api/v1/upr/recommendations/" + returned + "/submit"), drafter, "{}"));
        ok(Http.postJson(
                ItConfig.portal("/api/v1/upr/recommendations/" + returned + "/return"),
                reviewer,
                "{\"comment\":\"Make it SMART\"}"));
        String revised = recommendation(drafter, review, "China should end forced transfers (" + marker + ").");
        ok(Http.postJson(ItConfig.portal("/api/v1/upr/recommendations/" + revised + "/submit"), drafter, "{}"));
        ok(Http.postJson(ItConfig.portal("/api/v1/upr/recommendations/" + revised + "/approve"), reviewer, "{}"));
        assertThat(Http.postJson(ItConfig.portal("/api/v1/upr/recommendations/" + revised + "/revise"), drafter, "")
                        .statusCode())
                .isEqualTo(201);
        pages.add("/upr");
        pages.add("/upr/reviews/" + review);
        pages.add("/upr/reviews/" + review + "/submission");
        pages.add("/upr/reviews/" + review + "/briefs/United%20Kingdom");
        pages.add("/upr/reviews/" + review + "/briefs/C%C3%B4te%20d'Ivoire");
        pages.add("/upr/recommendations/" + toReview + "/edit");
        pages.add("/upr/recommendations/" + returned + "/edit");
        pages.add("/upr/recommendations/" + revised + "/edit");

        // Follow-up: the approved one supported and assessed; the one in review cannot be followed up.
        ok(Http.postJson(
                ItConfig.portal("/api/v1/upr/recommendations/" + approved + "/response"),
                drafter,
                "{\"response\":\"SUPPORTED\"}"));
        assertThat(Http.postJson(
                                ItConfig.portal("/api/v1/upr/follow-up/recommendations/" + approved),
                                drafter,
                                """
                {"status":"PARTIALLY_IMPLEMENTED","assessedOn":"%s","note":"Crawl %s",
                 "evidenceIds":["e0000000-0000-4000-8000-000000000002"]}
                """.formatted(TODAY, marker))
                        .statusCode())
                .isEqualTo(201);
        pages.add("/upr/follow-up");
        pages.add("/upr/follow-up?stateUnderReview=China&cycle=4");
        pages.add("/upr/follow-up/recommendations/" + approved);
        pages.add("/upr/follow-up/recommendations/" + toReview);
        // Recommendations from earlier cycles: an imported record, the search, the import form.
        String recordsCsv = "id,state_under_review,recommending_state,session,cycle,recommendation,response\n"
                + "CRAWL-" + marker + ",China,Germany,31,3,Crawl record " + marker + ",Noted – partially\n";
        ok(Http.send("POST", ItConfig.portal("/api/v1/upr/records"), drafter, "text/csv", recordsCsv.getBytes(UTF_8)));
        HttpResponse<String> found =
                Http.getWithToken(ItConfig.portal("/api/v1/upr/records?source=IMPORTED&q=" + marker), drafter);
        ok(found);
        String record = Http.json(found).get("items").get(0).get("id").asText();
        pages.add("/upr/records/" + record);
        pages.add("/upr/follow-up/records/" + record);
        pages.add("/upr/records");
        pages.add("/upr/records?recommendingState=Germany&cycle=3");
        pages.add("/upr/records/import");

        // A public submission with a question waiting for its answer, in the regulators' queue.
        HttpResponse<String> sent = Http.postJson(
                ItConfig.portal("/api/v1/submissions"),
                null,
                """
                {"summary": "Crawl submission %s", "regionCodes": ["650000"], "sectorCodes": ["COTTON"],
                 "producers": ["Crawl mill"], "sources": ["https://example.org"], "contactAllowed": false}
                """.formatted(marker),
                "X-Onus-Test-Client",
                "crawl-" + marker);
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(201);
        String submission = Http.json(Http.getWithToken(ItConfig.portal("/api/v1/submissions?limit=1"), regulator))
                .get(0)
                .get("id")
                .asText();
        ok(Http.postJson(
                ItConfig.portal("/api/v1/submissions/" + submission + "/questions"),
                regulator,
                "{\"question\": \"Which town?\"}"));
        pages.add("/submissions/" + submission);
        pages.add("/submit");
        pages.addAll(brokerPages(importer));

        // A check before shipping, so the checks list has a row; the list and a sector's guidance.
        ok(Http.postJson(ItConfig.portal("/api/v1/screenings"), importer, entry("""
                {"tier": 3, "material": "Cotton lint", "hsCode": "5201", "producer": "Shache Ginning", "regionCode": "653125"}""")));
        pages.add("/screenings/checks");
        pages.add("/sectors/COTTON/guidance");

        // The supply-chain workspace: a supplier with a facility, a map saved twice, an entry from it.
        String supplier =
                created(Http.postJson(ItConfig.portal("/api/v1/suppliers"), importer, """
                {"legalName": "Crawl ginning %s", "aliases": ["Crawl cotton %s"], "regionCode": "653125"}
                """.formatted(marker, marker)));
        created(Http.postJson(
                ItConfig.portal("/api/v1/suppliers/" + supplier + "/facilities"), importer, """
                {"name": "Crawl gin %s", "regionCode": "653125"}
                """.formatted(marker)));
        String scMap = """
                {"name": "Crawl map %s", "hsCode": "6109.10", "description": "T-shirts",
                 "inputs": [{"tier": 3, "supplierId": "%s", "material": "Cotton lint", "hsCode": "5201"}]}
                """.formatted(marker, supplier);
        String supplyChainMap = created(Http.postJson(ItConfig.portal("/api/v1/supply-chain-maps"), importer, scMap));
        ok(Http.putJson(ItConfig.portal("/api/v1/supply-chain-maps/" + supplyChainMap), importer, scMap));
        pages.add("/suppliers/" + supplier);
        pages.add("/supply-chain-maps/" + supplyChainMap);
        pages.add("/supply-chain-maps/" + supplyChainMap + "/versions/1");
        pages.addAll(List.of(
                "/entities/removal-requests/new",
                "/entities/removal-requests/status",
                "/entities/removal-requests/decisions",
                "/entities/removal-requests/decisions?page=nope",
                "/entities/removal-requests",
                "/entities/removal-requests?status=GRANTED&sort=received&page=2",
                "/entities/removal-requests?status=nope"));
        return pages;
    }

    /** importer-a delegates BROKER-1 (if not already), and the broker files one entry for it. */
    static List<String> brokerPages(String importer) {
        String broker = Tokens.of("broker");
        ok(Http.getWithToken(ItConfig.portal("/api/v1/delegations"), broker));
        HttpResponse<String> granted =
                Http.postJson(ItConfig.portal("/api/v1/delegations"), importer, "{\"broker\": \"BROKER-1\"}");
        assertThat(granted.statusCode()).as(granted.body()).isIn(201, 409);
        String withImporter = entry("""
                {"tier": 1, "material": "Knitted fabric", "hsCode": "6006", "producer": "Hanoi Knits", "regionCode": "VN"}""").replace("\"inputs\":", "\"importer\": \"ACME-IMPORTS\", \"inputs\":");
        HttpResponse<String> filed = Http.postJson(ItConfig.portal("/api/v1/entries"), broker, withImporter);
        assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
        return List.of(
                "/organisation/delegations",
                "/entries/" + Http.json(filed).get("id").asText());
    }

    static List<String> casePages(JsonNode entry) {
        String c = entry.get("caseId").asText();
        return List.of("/entries/" + entry.get("id").asText(), "/cases/" + c, "/cases/" + c + "/notice");
    }

    static String designation(String title) {
        return """
                {"title": "%s", "regionCodes": ["650000"], "sectorCodes": ["COTTON"],
                 "legalBasis": "Rebuttable presumption", "rationale": "Crawl designation",
                 "policyIds": ["%s"], "effectiveFrom": "%s", "producers": []}
                """.formatted(title, DesignationFixtures.TRANSFER_POLICY, TODAY);
    }

    static String entry(String inputs) {
        return """
                {"entryNumber": "E-%s", "hsCode": "6109.10", "description": "Cotton T-shirts", "originCountry": "VN",
                 "value": {"amount": "1250.00", "currency": "USD"}, "arrivalDate": "%s", "port": "Rotterdam",
                 "inputs": [%s]}
                """.formatted(UUID.randomUUID().toString().substring(0, 13), TODAY, inputs);
    }

    /** Cotton lint from Yarkand: detained on the crawl's cotton designation, a case opened. */
    static JsonNode detainedCotton(String importer) {
        HttpResponse<String> filed = Http.postJson(ItConfig.portal("/api/v1/entries"), importer, entry("""
                {"tier": 1, "material": "Knitted fabric", "hsCode": "6006", "producer": "Hanoi Knits", "regionCode": "VN"},
                {"tier": 3, "material": "Cotton lint", "hsCode": "5201.00", "producer": "Shache Ginning", "regionCode": "653125"}"""));
        assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
        JsonNode e = Http.json(filed);
        assertThat(e.get("status").asText()).as(e.toString()).isEqualTo("DETAINED");
        return e;
    }

    /** Files the NOT_APPLICABLE rebuttal; returns the trace requirements it asks for. */
    static List<String> rebut(String importer, String caseId) {
        HttpResponse<String> filed = Http.postJson(
                ItConfig.portal("/api/v1/cases/" + caseId + "/rebuttal"),
                importer,
                "{\"route\": \"NOT_APPLICABLE\", \"statement\": \"The lint was ginned in Queensland\"}");
        ok(filed);
        List<String> traces = new ArrayList<>();
        Http.json(filed).get("requirements").forEach(r -> {
            if (r.get("code").asText().startsWith("TRACE:")) {
                traces.add(r.get("code").asText());
            }
        });
        assertThat(traces).isNotEmpty();
        return traces;
    }

    /** One document uploaded for the requirement and accepted by the officer. */
    static void accept(String importer, String officer, String caseId, String type, String requirement) {
        String id = created(upload(importer, caseId, type, requirement));
        ok(Http.postJson(
                ItConfig.portal("/api/v1/cases/" + caseId + "/evidence/" + id + "/review"),
                officer,
                "{\"accepted\": true, \"reason\": \"Checked against the originals\"}"));
    }

    /** Proves each trace fully (production record, transport document, supply-chain map), all accepted. */
    static void prove(String importer, String officer, String caseId, List<String> traces) {
        for (String trace : traces) {
            for (String type : List.of("PRODUCTION_RECORD", "TRANSPORT_DOCUMENT", "SUPPLY_CHAIN_MAP")) {
                accept(importer, officer, caseId, type, trace);
            }
        }
    }

    /** Rebutted, confiscated by the officer and protested by the importer; returns the traces asked for. */
    static List<String> confiscateAndProtest(String importer, String officer, String caseId) {
        List<String> traces = rebut(importer, caseId);
        ok(Http.postJson(
                ItConfig.portal("/api/v1/cases/" + caseId + "/decision"),
                officer,
                "{\"outcome\": \"CONFISCATE\", \"reason\": \"Reviewed the file\"}"));
        ok(Http.postJson(
                ItConfig.portal("/api/v1/cases/" + caseId + "/protest"),
                importer,
                "{\"statement\": \"The confiscation overlooked the ginning invoices\"}"));
        return traces;
    }

    static void withdrawal(String regulator, String designation) {
        HttpResponse<String> asked =
                Http.postJson(ItConfig.portal("/api/v1/designations/" + designation + "/withdrawal"), regulator, """
                {"reason": "Wrong prefecture typed", "legalBasis": "Judgment 2026/17 of the administrative court"}
                """);
        assertThat(asked.statusCode()).as(asked.body()).isEqualTo(202);
    }

    static HttpResponse<String> upload(String importer, String caseId, String type, String requirement) {
        byte[] pdf = (new String(SampleFiles.pdf(), UTF_8) + "% " + UUID.randomUUID() + "\n").getBytes(UTF_8);
        return Http.postMultipart(
                ItConfig.portal("/api/v1/cases/" + caseId + "/evidence"),
                importer,
                new Multipart()
                        .field("type", type)
                        .field("requirementCode", requirement)
                        .field("description", type + " for " + requirement)
                        .file("file", "document.pdf", "application/pdf", pdf));
    }

    static String recommendation(String drafter, String review, String text) {
        return created(Http.postJson(
                ItConfig.portal("/api/v1/upr/reviews/" + review + "/recommendations"), drafter, """
                {"text":"%s","themes":["FORCED_LABOUR"],"actionCategory":5,
                 "citations":["e0000000-0000-4000-8000-000000000002"],
                 "legalAnchors":["ILO Convention No. 105, Art. 1 (b)"]}
                """.formatted(text)));
    }

    static String created(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return Http.json(response).get("id").asText();
    }

    static void ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    static List<String> realmUsers() throws IOException {
        try (var in = PageCrawlIT.class.getResourceAsStream("/keycloak/onus-realm.json")) {
            assertThat(in).as("the realm file on the test class path").isNotNull();
            List<String> names = new ArrayList<>();
            new com.fasterxml.jackson.databind.ObjectMapper()
                    .readTree(in)
                    .get("users")
                    .forEach(u -> names.add(u.get("username").asText()));
            return names;
        }
    }

    // --- the crawl -------------------------------------------------------------------------------

    record Visit(String url, int status, String from) {}

    /** One person's browser: its own cookies, following links breadth first, GET only. */
    static final class Crawler {

        final String user;
        String language;
        /** template → the first address that showed it */
        final Map<String, String> templates = new LinkedHashMap<>();

        final HttpClient client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        final CookieJar cookies = new CookieJar();
        final List<Visit> visits = new ArrayList<>();
        final List<String> failures = new ArrayList<>();
        final Set<String> seen = new HashSet<>();
        final Map<String, Integer> perPattern = new HashMap<>();
        final Map<String, Integer> statusOf = new HashMap<>();

        Crawler(String user, String language) {
            this.user = user;
            this.language = language;
        }

        /** Each template's page once more in each other language: answered, labelled, and translated. */
        void everyTemplateInEveryLanguage() {
            String crawled = language;
            try {
                for (String url : templates.values()) {
                    for (String other : OTHER_LANGUAGES) {
                        language = other;
                        Page page = get(URI.create(url), "(in " + other + ")");
                        if (page.response().statusCode() != 200 || !isHtml(page.response())) {
                            failures.add("%s: GET %s in %s answered %d"
                                    .formatted(user, url, other, page.response().statusCode()));
                            continue;
                        }
                        Document doc =
                                Jsoup.parse(page.response().body(), page.uri().toString());
                        checkLanguage(url, doc);
                    }
                }
            } finally {
                language = crawled;
            }
        }

        /** The page is labelled with its language (and direction) and shows no English sentence. */
        void checkLanguage(String url, Document doc) {
            Element html = doc.selectFirst("html");
            String lang = html == null ? "" : html.attr("lang");
            if (!lang.startsWith(language)) {
                failures.add("%s: GET %s asked in %s is labelled lang=\"%s\"".formatted(user, url, language, lang));
            }
            String dir = html == null ? "" : html.attr("dir");
            if (!dir.equals(language.equals("ar") ? "rtl" : "ltr")) {
                failures.add("%s: GET %s in %s has dir=\"%s\"".formatted(user, url, language, dir));
            }
            if (!language.equals("en")) {
                List<String> english = ENGLISH.foundIn(doc, language);
                if (!english.isEmpty()) {
                    failures.add("%s: GET %s in %s shows English: %s"
                            .formatted(user, url, language, String.join(", ", english)));
                }
            }
        }

        /** The browser's way in: the portal sends to Keycloak, whose form takes the password. */
        void signIn() {
            Page login = get(PORTAL.resolve("/"), "(sign-in)");
            assertThat(login.uri().getPort())
                    .as(user + ": the portal sends an unknown visitor to Keycloak")
                    .isEqualTo(ItConfig.keycloakPort());
            Document form = Jsoup.parse(login.response().body(), login.uri().toString());
            Element kcForm = form.selectFirst("form:has(input[name=username])");
            assertThat(kcForm).as(user + ": Keycloak's login form").isNotNull();
            URI action = URI.create(kcForm.absUrl("action"));
            String body = "username=" + URLEncoder.encode(user, UTF_8) + "&password=" + URLEncoder.encode(user, UTF_8)
                    + "&credentialId=";
            HttpResponse<String> posted = send(HttpRequest.newBuilder(action)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)));
            assertThat(posted.statusCode())
                    .as(user + ": Keycloak accepts the password and redirects back: " + posted.body())
                    .isEqualTo(302);
            Page home = follow(posted, action, "(sign-in)");
            assertThat(home.uri().getPort()).as(user + ": back on the portal").isEqualTo(PORTAL.getPort());
            assertThat(home.response().statusCode())
                    .as(user + ": the home page")
                    .isEqualTo(200);
            assertThat(cookies.has("JSESSIONID"))
                    .as(user + ": a portal session")
                    .isTrue();
        }

        void crawl(List<String> roots) {
            Deque<String[]> queue = new ArrayDeque<>();
            for (String root : roots) {
                String url = PORTAL.resolve(root).toString();
                if (seen.add(url)) {
                    perPattern.merge(pattern(URI.create(url)), 1, Integer::sum);
                    queue.add(new String[] {url, "(start)"});
                }
            }
            while (!queue.isEmpty() && visits.size() < MAX_PAGES_PER_USER) {
                String[] next = queue.poll();
                URI uri = URI.create(next[0]);
                Page page = get(uri, next[1]);
                int status = page.response().statusCode();
                visits.add(new Visit(next[0], status, next[1]));
                statusOf.put(next[0], status);
                if (status == 404 && onPortal(page.uri()) && statusOf.getOrDefault(next[1], 0) == 200) {
                    failures.add("%s: GET %s answered 404, a broken link on %s".formatted(user, next[0], next[1]));
                }
                if (!onPortal(page.uri()) || !isHtml(page.response())) {
                    continue;
                }
                Document doc = Jsoup.parse(page.response().body(), page.uri().toString());
                if (status == 200) {
                    Element template = doc.selectFirst("meta[name=onus-template]");
                    if (template != null) {
                        templates.putIfAbsent(
                                template.attr("content"), page.uri().toString());
                    }
                    checkLanguage(page.uri().toString(), doc);
                }
                for (Element a : doc.select("a[href]")) {
                    String link = normalised(a.absUrl("href"));
                    if (link == null || !seen.add(link)) {
                        continue;
                    }
                    String p = pattern(URI.create(link));
                    int limit =
                            DOWNLOAD.matcher(URI.create(link).getPath()).matches() ? PER_DOWNLOAD_PATTERN : PER_PATTERN;
                    if (perPattern.merge(p, 1, Integer::sum) <= limit) {
                        queue.add(new String[] {link, page.uri().toString()});
                    }
                }
            }
        }

        /** A GET, following redirects as a browser does; checks every answer on the way. */
        Page get(URI uri, String from) {
            return follow(send(HttpRequest.newBuilder(uri).GET()), uri, from);
        }

        Page follow(HttpResponse<String> response, URI uri, String from) {
            for (int hops = 0; ; hops++) {
                check(uri, response, from);
                int status = response.statusCode();
                if (status < 300 || status >= 400 || hops == 10) {
                    return new Page(uri, response);
                }
                String location = response.headers().firstValue("Location").orElse(null);
                if (location == null) {
                    return new Page(uri, response);
                }
                URI target = uri.resolve(location);
                if (user.equals(ANONYMOUS) && !onPortal(target)) {
                    return new Page(uri, response); // sent to sign in: the answer for a visitor
                }
                uri = target;
                response = send(HttpRequest.newBuilder(target).GET());
            }
        }

        void check(URI uri, HttpResponse<String> response, String from) {
            int status = response.statusCode();
            if (status >= 500) {
                failures.add("%s: GET %s answered %d (linked from %s)%s"
                        .formatted(user, uri, status, from, excerpt(response.body())));
            } else if (onPortal(uri) && showsStackTrace(response.body())) {
                failures.add("%s: GET %s shows a stack trace (status %d, linked from %s)%s"
                        .formatted(user, uri, status, from, excerpt(response.body())));
            }
        }

        HttpResponse<String> send(HttpRequest.Builder request) {
            request.timeout(Duration.ofSeconds(60))
                    .header("Accept", "text/html,*/*;q=0.8")
                    .header("Accept-Language", language);
            HttpRequest built = request.build();
            cookies.header(built.uri()).ifPresent(c -> request.header("Cookie", c));
            try {
                HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString(UTF_8));
                cookies.store(response);
                return response;
            } catch (IOException e) {
                throw new UncheckedIOException(user + ": " + built.uri(), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    record Page(URI uri, HttpResponse<String> response) {}

    /**
     * Cookies as a browser keeps them for localhost. Hand-made, because java.net.CookieManager
     * withholds Keycloak's Secure cookies over plain http, where browsers treat localhost as secure.
     */
    static final class CookieJar {

        /** name|path → value */
        final Map<String, String> cookies = new LinkedHashMap<>();

        void store(HttpResponse<?> response) {
            for (String header : response.headers().allValues("Set-Cookie")) {
                String[] parts = header.split(";");
                int eq = parts[0].indexOf('=');
                if (eq <= 0) {
                    continue;
                }
                String name = parts[0].substring(0, eq).trim();
                String value = parts[0].substring(eq + 1).trim();
                String path = "/";
                boolean expired = false;
                for (int i = 1; i < parts.length; i++) {
                    String attribute = parts[i].trim().toLowerCase(Locale.ROOT);
                    if (attribute.startsWith("path=")) {
                        path = parts[i].trim().substring(5);
                    } else if (attribute.equals("max-age=0") || attribute.startsWith("max-age=-")) {
                        expired = true;
                    } else if (attribute.startsWith("expires=") && attribute.contains("1970")) {
                        expired = true;
                    }
                }
                String key = name + "|" + path;
                if (expired || value.isEmpty()) {
                    cookies.remove(key);
                } else {
                    cookies.put(key, value);
                }
            }
        }

        java.util.Optional<String> header(URI uri) {
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            String header = cookies.entrySet().stream()
                    .filter(c -> {
                        String cookiePath = c.getKey().substring(c.getKey().indexOf('|') + 1);
                        return path.startsWith(cookiePath);
                    })
                    .map(c -> c.getKey().substring(0, c.getKey().indexOf('|')) + "=" + c.getValue())
                    .collect(Collectors.joining("; "));
            return header.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(header);
        }

        boolean has(String name) {
            return cookies.keySet().stream().anyMatch(k -> k.startsWith(name + "|"));
        }
    }

    // --- what counts as a link, a page, a failure -------------------------------------------------

    static boolean onPortal(URI uri) {
        return "http".equals(uri.getScheme())
                && PORTAL.getHost().equals(uri.getHost())
                && PORTAL.getPort() == uri.getPort();
    }

    static boolean isHtml(HttpResponse<String> response) {
        return response.headers()
                .firstValue("Content-Type")
                .map(t -> t.startsWith("text/html"))
                .orElse(false);
    }

    /** The address to crawl, or null for one a crawl must not follow (other sites, signing out). */
    static String normalised(String href) {
        if (href == null || href.isBlank()) {
            return null;
        }
        URI uri;
        try {
            uri = URI.create(href);
        } catch (IllegalArgumentException notAnAddress) {
            return null;
        }
        if (!onPortal(uri)) {
            return null;
        }
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        if (path.equals("/logout") || path.equals("/signout") || path.startsWith("/logout/")) {
            return null;
        }
        String query = uri.getRawQuery();
        if (query != null && ("&" + query).contains("&lang=")) {
            return null; // the language switcher: the crawl chooses its languages itself
        }
        return PORTAL.resolve(path + (query == null ? "" : "?" + query)).toString();
    }

    /** The template behind an address: ids replaced by {id}, query values dropped, names sorted. */
    static String pattern(URI uri) {
        String path = uri.getRawPath() == null ? "/" : uri.getRawPath();
        String template = java.util.Arrays.stream(path.split("/", -1))
                .map(segment -> ID_SEGMENT.matcher(segment).replaceAll("{id}"))
                .collect(Collectors.joining("/"));
        if (uri.getRawQuery() == null) {
            return template;
        }
        return template + "?"
                + java.util.Arrays.stream(uri.getRawQuery().split("&"))
                        .map(p -> p.contains("=") ? p.substring(0, p.indexOf('=')) : p)
                        .sorted()
                        .distinct()
                        .collect(Collectors.joining("&"));
    }

    static boolean showsStackTrace(String body) {
        return body != null
                && (body.contains("Caused by:")
                        || (body.contains("Exception:") && (body.contains("\tat ") || body.contains("at org.onus"))));
    }

    static String excerpt(String body) {
        if (body == null || body.isBlank()) {
            return "";
        }
        String text = body.length() > 4000 ? body.substring(0, 4000) : body;
        String plain = Jsoup.parse(text).text();
        return "\n      " + (plain.length() > 300 ? plain.substring(0, 300) + "…" : plain);
    }

    /**
     * Stack traces the server logged at ERROR while the test ran. PDFBox logs one harmless trace
     * once per server when it cannot unmap buffers on a modular JDK; that one is not a failure.
     */
    static List<String> stackTracesLogged(long from) throws IOException {
        Path log = ItConfig.serverLog();
        if (!Files.exists(log)) {
            return List.of();
        }
        byte[] all = Files.readAllBytes(log);
        String text = new String(all, (int) Math.min(from, all.length), (int) Math.max(0, all.length - from), UTF_8);
        List<String> traces = new ArrayList<>();
        String entry = null;
        boolean traced = false;
        for (String line : (text + "\n0000-00-00 end").split("\n")) {
            if (line.matches("^\\d{4}-\\d{2}-\\d{2} .*")) {
                if (entry != null
                        && traced
                        && entry.contains(" ERROR ")
                        && !entry.contains("[org.apache.pdfbox.io.IOUtils]")) {
                    traces.add("server log: " + (entry.length() > 400 ? entry.substring(0, 400) + "…" : entry));
                }
                entry = line;
                traced = false;
            } else if (line.startsWith("\tat ") || line.startsWith("Caused by:")) {
                traced = true;
            }
        }
        return traces;
    }

    static void writeReport(
            Map<String, List<Visit>> visited,
            Map<String, Duration> took,
            Duration seeding,
            Duration total,
            List<String> failures)
            throws IOException {
        StringBuilder report = new StringBuilder("Page crawl: %d s in all, %d s of it seeding; pages visited per user%n"
                .formatted(total.toSeconds(), seeding.toSeconds()));
        visited.forEach((user, visits) -> report.append("  %-20s %4d pages %4d s  %s%n"
                .formatted(
                        user,
                        visits.size(),
                        took.get(user).toSeconds(),
                        new TreeMap<>(visits.stream()
                                .collect(Collectors.groupingBy(Visit::status, Collectors.counting()))))));
        report.append("\nFailures: ").append(failures.size()).append('\n');
        failures.forEach(f -> report.append("  ").append(f).append('\n'));
        visited.forEach((user, visits) -> {
            report.append("\n== ").append(user).append('\n');
            visits.forEach(v -> report.append("  %d %s%n".formatted(v.status(), v.url())));
        });
        Files.createDirectories(ItConfig.logs());
        Files.writeString(ItConfig.logs().resolve("page-crawl.txt"), report.toString());
        System.out.println(
                report.substring(0, report.indexOf("\n== ") < 0 ? report.length() : report.indexOf("\n== ")));
    }
}
