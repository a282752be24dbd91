package org.onus.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;
import org.onus.core.detention.CaseStatus;

/**
 * Fills a portal's database with a realistic volume through the portal's own REST API, as
 * production fills it: every rule, audit event and process instance is made by the application.
 * At scale 1 (issue 14): 10,000 designations (drafted, assessed and submitted by a regulator,
 * approved and so published by a senior regulator, 50 at a time), 100,000 entries with about ten
 * disclosed inputs each (screened against those designations), 100,000 detention cases driven to
 * every status the API reaches (see {@link VolumePlan#CYCLE}), and 50,000 documents uploaded to
 * the evidence library; the audit events are what all of that records.
 *
 * <p>Resumable: after each batch every item of which succeeded, the count done is written to a
 * small progress file named after the database; a new run continues after it. Every creating
 * request carries a deterministic {@code Idempotency-Key} (where the API takes one) and every
 * case step is chosen from the case as it stands, so the items of a batch interrupted mid-way
 * are replayed, never duplicated.
 *
 * <pre>
 * java -cp benchmarks.jar org.onus.benchmarks.VolumeGenerator --database NAME [--scale 1]
 *     [--threads 2] [--progress FILE] [--portal URL] [--keycloak URL] [--phases designations,evidence,entries,cases]
 * </pre>
 *
 * Normally run by {@code scripts/volume-generate.sh}, which also starts and stops the portal.
 */
public final class VolumeGenerator {

    static final String IMPORTER = "importer-a";
    static final String REGULATOR = "regulator";
    static final String SENIOR = "senior-regulator";
    static final String VERIFIER = "senior-regulator-2";
    static final String OFFICER = "officer";
    static final String SUPERVISOR = "supervisor";
    static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);
    /** Provinces left to the cases' own designations: the volume designations cover none of them. */
    static final String CASE_PROVINCE = "650000";

    private static final int ENTRY_BATCH = 200;
    private static final int CASE_BATCH = 100;
    private static final int EVIDENCE_BATCH = 200;
    private static final int ATTEMPTS = 3;

    private final PortalClient portal;
    private final Map<String, String> options;
    private final double scale;
    private final int threads;
    private final Path progressFile;
    private final Properties progress = new Properties();
    private final Map<String, Phase> phases = new LinkedHashMap<>();
    private final long began = System.nanoTime();

    /** Region codes the volume designations are drawn from, and the sectors. */
    private List<String> volumeRegions = List.of();

    private List<String> sectors = List.of();

    VolumeGenerator(Map<String, String> options) {
        this.options = options;
        this.portal = new PortalClient(
                options.getOrDefault("portal", "http://localhost:8080"),
                options.getOrDefault("keycloak", "http://localhost:8180"));
        this.scale = Double.parseDouble(options.getOrDefault("scale", "1"));
        this.threads = Integer.parseInt(options.getOrDefault("threads", "2"));
        String database = options.get("database");
        if (database == null || database.isBlank()) {
            throw new IllegalArgumentException("--database NAME is required: the progress belongs to one database");
        }
        this.progressFile = Path.of(options.getOrDefault("progress", "volume-" + database + ".progress"));
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = Options.parse(args);
        System.exit(new VolumeGenerator(options).run());
    }

    // --- progress -----------------------------------------------------------------------------------

    /** One phase: its target, what is done (committed plus this run's items), for the rates. */
    static final class Phase {
        final String name;
        final long target;
        final long resumedAt;
        final AtomicLong done;
        final AtomicLong requests = new AtomicLong();
        volatile long startedNanos;
        volatile long endedNanos;

        Phase(String name, long target, long resumedAt) {
            this.name = name;
            this.target = target;
            this.resumedAt = Math.min(resumedAt, target);
            this.done = new AtomicLong(this.resumedAt);
        }

        double rate(long now) {
            long end = endedNanos != 0 ? endedNanos : now;
            double seconds = (end - startedNanos) / 1e9;
            return startedNanos == 0 || seconds <= 0 ? 0 : (done.get() - resumedAt) / seconds;
        }
    }

    void loadProgress() throws IOException {
        if (!Files.exists(progressFile)) {
            return;
        }
        try (Reader in = Files.newBufferedReader(progressFile, StandardCharsets.UTF_8)) {
            progress.load(in);
        }
        String database = progress.getProperty("database");
        if (!options.get("database").equals(database)) {
            throw new IllegalStateException("The progress file " + progressFile + " is for database " + database
                    + ", not " + options.get("database") + ": remove it or start afresh (--fresh)");
        }
        if (!String.valueOf(scale).equals(progress.getProperty("scale", String.valueOf(scale)))) {
            System.out.printf(
                    "note: the progress file was written at scale %s; continuing at scale %s%n",
                    progress.getProperty("scale"), scale);
        }
    }

    synchronized void saveProgress() {
        progress.setProperty("database", options.get("database"));
        progress.setProperty("scale", String.valueOf(scale));
        try {
            Path tmp = progressFile.resolveSibling(progressFile.getFileName() + ".tmp");
            if (progressFile.toAbsolutePath().getParent() != null) {
                Files.createDirectories(progressFile.toAbsolutePath().getParent());
            }
            try (Writer out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                progress.store(out, "Onus volume generator: items committed per phase");
            }
            Files.move(tmp, progressFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new IllegalStateException("Could not write " + progressFile, e);
        }
    }

    long committed(String phase) {
        return Long.parseLong(progress.getProperty(phase + ".done", "0"));
    }

    // --- run ----------------------------------------------------------------------------------------

    int run() throws Exception {
        loadProgress();
        List<String> wanted = List.of(options.getOrDefault("phases", "designations,evidence,entries,cases")
                .split(","));
        Map<String, Integer> targets = new LinkedHashMap<>();
        targets.put("designations", VolumePlan.scaled(VolumePlan.DESIGNATIONS, scale));
        targets.put("evidence", VolumePlan.scaled(VolumePlan.EVIDENCE, scale));
        targets.put("entries", VolumePlan.scaled(VolumePlan.ENTRIES, scale));
        targets.put("cases", VolumePlan.scaled(VolumePlan.CASES, scale));
        targets.forEach((name, target) -> {
            if (wanted.contains(name)) {
                phases.put(name, new Phase(name, target, committed(name)));
            }
        });
        System.out.printf(
                "volume generator: database %s, scale %s, %d thread(s), progress file %s%n",
                options.get("database"), scale, threads, progressFile.getFileName());
        phases.values()
                .forEach(p -> System.out.printf(
                        "  %-13s %,9d to make%s%n",
                        p.name,
                        p.target,
                        p.resumedAt > 0 ? String.format(", %,d already there: resuming", p.resumedAt) : ""));

        Thread reporter = new Thread(this::report, "volume-progress");
        reporter.setDaemon(true);
        reporter.start();
        try {
            setUp();
            for (Phase p : phases.values()) {
                p.startedNanos = System.nanoTime();
                switch (p.name) {
                    case "designations" -> designations(p);
                    case "evidence" -> batches(p, EVIDENCE_BATCH, this::evidence);
                    case "entries" -> batches(p, ENTRY_BATCH, this::entry);
                    case "cases" -> batches(p, CASE_BATCH, this::caseTo);
                    default -> throw new IllegalArgumentException("No phase " + p.name);
                }
                p.endedNanos = System.nanoTime();
                System.out.printf(
                        "%s: done, %,d in all (%,d this run at %.1f/s)%n",
                        p.name, p.done.get(), p.done.get() - p.resumedAt, p.rate(System.nanoTime()));
            }
        } catch (PhaseFailed failed) {
            System.out.println("stopped: " + failed.getMessage());
            System.out.println("progress is saved up to the last whole batch; run again to resume");
            summary();
            return 2;
        }
        summary();
        return 0;
    }

    void summary() {
        long now = System.nanoTime();
        System.out.printf("%n=== volume generator: %.0f s in all ===%n", (now - began) / 1e9);
        for (Phase p : phases.values()) {
            double seconds = ((p.endedNanos != 0 ? p.endedNanos : now) - p.startedNanos) / 1e9;
            System.out.printf(
                    "  %-13s %,9d of %,9d  this run %,8d in %7.0f s = %7.2f/s, %,d requests%n",
                    p.name,
                    p.done.get(),
                    p.target,
                    p.done.get() - p.resumedAt,
                    p.startedNanos == 0 ? 0 : seconds,
                    p.rate(now),
                    p.requests.get());
        }
        if (phases.containsKey("cases")) {
            System.out.println("  case statuses aimed at (cases made so far): "
                    + VolumePlan.spread(phases.get("cases").done.get()));
        }
    }

    /** Every ~10 s: each running phase's count, rate and what is left at that rate. */
    void report() {
        while (true) {
            try {
                Thread.sleep(10_000);
            } catch (InterruptedException e) {
                return;
            }
            long now = System.nanoTime();
            StringBuilder line = new StringBuilder(String.format("[%5.0f s]", (now - began) / 1e9));
            for (Phase p : phases.values()) {
                if (p.startedNanos == 0 || p.endedNanos != 0) {
                    continue;
                }
                double rate = p.rate(now);
                long left = p.target - p.done.get();
                line.append(String.format(
                        " %s %,d/%,d %.1f/s (%,d requests) eta %s",
                        p.name,
                        p.done.get(),
                        p.target,
                        rate,
                        p.requests.get(),
                        rate > 0 ? duration(left / rate) : "?"));
            }
            System.out.println(line + String.format("; load %s", loadAverage()));
        }
    }

    static String duration(double seconds) {
        long s = Math.round(seconds);
        return s >= 3600
                ? String.format("%dh%02dm", s / 3600, s % 3600 / 60)
                : String.format("%dm%02ds", s / 60, s % 60);
    }

    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException | RuntimeException e) {
            return "?";
        }
    }

    // --- batches ------------------------------------------------------------------------------------

    static final class PhaseFailed extends RuntimeException {
        PhaseFailed(String message) {
            super(message);
        }
    }

    /** A request that did not answer as expected; the item is tried again from the start. */
    static final class ItemFailed extends RuntimeException {
        ItemFailed(String message) {
            super(message, null, false, false);
        }
    }

    /**
     * Runs items [done, target) in batches on the client threads; after a batch whose every item
     * succeeded (each tried up to three times), its end is written to the progress file.
     */
    void batches(Phase p, int batchSize, LongConsumer item) throws InterruptedException {
        long from = committed(p.name);
        while (from < p.target) {
            long to = Math.min(p.target, from + batchSize);
            runBatch(p, from, to, item, true);
            progress.setProperty(p.name + ".done", Long.toString(to));
            saveProgress();
            from = to;
        }
    }

    /** Runs one batch; {@code counts}: each item that succeeds is one more done (the progress line's count). */
    void runBatch(Phase p, long from, long to, LongConsumer item, boolean counts) throws InterruptedException {
        AtomicLong next = new AtomicLong(from);
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Thread w = new Thread(
                    () -> {
                        long i;
                        while ((i = next.getAndIncrement()) < to && failures.isEmpty()) {
                            String last = null;
                            for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
                                try {
                                    item.accept(i);
                                    last = null;
                                    break;
                                } catch (RuntimeException e) {
                                    last = e.getMessage();
                                    System.out.printf("  %s #%d attempt %d failed: %s%n", p.name, i, attempt, last);
                                    sleep(1000L * attempt);
                                }
                            }
                            if (last != null) {
                                failures.add(p.name + " #" + i + ": " + last);
                            } else if (counts) {
                                p.done.incrementAndGet();
                            }
                        }
                    },
                    "volume-" + p.name + "-" + t);
            w.start();
            workers.add(w);
        }
        for (Thread w : workers) {
            w.join();
        }
        if (!failures.isEmpty()) {
            throw new PhaseFailed(failures.peek());
        }
        // Items counted in a batch that is then not committed are redone (replayed) on resume.
        if (counts) {
            p.done.set(to);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    PortalClient.Answer call(Phase p, PortalClient.Answer answer, String what, int... ok) {
        p.requests.incrementAndGet();
        for (int status : ok) {
            if (answer.status() == status) {
                return answer;
            }
        }
        throw new ItemFailed(what + " -> " + answer.status() + " " + PortalLifecycleDriver.clip(answer.body()));
    }

    // --- set-up: reference data, and the designations the cases are detained under ------------------

    /**
     * Reads the region tree and the sectors; puts in force (once per database, remembered in the
     * progress file) the designation of Xinjiang cotton that detains the cases' entries and, for
     * the exception route, a designation citing a state policy whose repeal is verified.
     */
    void setUp() {
        JsonNode tree = call(
                        new Phase("setup", 1, 0), portal.get("/api/v1/regions", REGULATOR), "read the regions", 200)
                .json();
        List<String> provinces = new ArrayList<>();
        List<String> below = new ArrayList<>();
        for (JsonNode r : tree) {
            List<String> path = new ArrayList<>();
            r.path("path").forEach(c -> path.add(c.asText()));
            if (r.path("retired").asBoolean() || path.isEmpty() || !path.get(0).equals("CN")) {
                continue;
            }
            String level = r.path("level").asText();
            if (level.equals("PROVINCE")) {
                provinces.add(r.path("code").asText());
            } else if (!level.equals("COUNTRY")) {
                below.add(String.join("/", path) + "|" + r.path("code").asText());
            }
        }
        provinces.remove(CASE_PROVINCE);
        if (provinces.size() < 2) {
            throw new IllegalStateException("The region tree has too few provinces: " + provinces);
        }
        String exceptionProvince = provinces.get(0);
        volumeRegions = below.stream()
                .filter(p -> !p.contains(CASE_PROVINCE) && !p.contains(exceptionProvince))
                .map(p -> p.substring(p.indexOf('|') + 1))
                .toList();
        if (volumeRegions.isEmpty()) {
            volumeRegions = provinces.subList(1, provinces.size());
        }
        List<String> s = new ArrayList<>();
        call(new Phase("setup", 1, 0), portal.get("/api/v1/sectors", REGULATOR), "read the sectors", 200)
                .json()
                .forEach(x -> s.add(x.path("code").asText()));
        sectors = List.copyOf(s);
        System.out.printf(
                "reference data: %d regions for the volume designations, %d sectors%n",
                volumeRegions.size(), sectors.size());

        if (!phases.containsKey("cases")) {
            return;
        }
        Phase setup = new Phase("setup", 1, 0);
        if (progress.getProperty("designation.cases") == null) {
            String id = publishDesignation(
                    setup,
                    VolumePlan.key("setup", 0, "cotton"),
                    "Xinjiang cotton (volume generator)",
                    List.of(CASE_PROVINCE),
                    List.of("COTTON"),
                    PortalLifecycleDriver.SEEDED_POLICY);
            progress.setProperty("designation.cases", id);
            saveProgress();
        }
        if (progress.getProperty("designation.exception") == null) {
            String policy = call(
                            setup,
                            portal.postJsonKeyed(
                                    "/api/v1/policies", REGULATOR, VolumePlan.key("setup", 0, "policy"), """
                                    {"title": "Labour transfer targets (volume generator)", "authority": "Provincial government",
                                     "issued": "2019-01-01", "summary": "Targets for surplus labour transfer",
                                     "regionCodes": ["%s"], "sourceIds": ["%s"]}""".formatted(
                                                    exceptionProvince, PortalLifecycleDriver.SEEDED_EVIDENCE)),
                            "record the exception route's policy",
                            201,
                            200)
                    .json()
                    .get("id")
                    .asText();
            String id = publishDesignation(
                    setup,
                    VolumePlan.key("setup", 0, "exception"),
                    "Cotton under a repealed policy (volume generator)",
                    List.of(exceptionProvince),
                    List.of("COTTON"),
                    policy);
            JsonNode status = portal.get("/api/v1/policies/" + policy, null).json();
            if (!"REPEAL_VERIFIED".equals(status.path("status").asText())) {
                if (!"REPEAL_CLAIMED".equals(status.path("status").asText())) {
                    call(
                            setup,
                            portal.postJson("/api/v1/policies/" + policy + "/status", REGULATOR, """
                            {"status": "REPEAL_CLAIMED", "reason": "A repeal was announced", "evidenceIds": []}"""),
                            "claim the policy's repeal",
                            200);
                }
                String notice = call(
                                setup,
                                portal.postJsonKeyed(
                                        "/api/v1/evidence",
                                        REGULATOR,
                                        VolumePlan.key("setup", 0, "repeal-notice"),
                                        """
                                        {"type": "POLICY_REPEAL_NOTICE", "title": "Gazette: notice of repeal (volume generator)",
                                         "source": "Official gazette", "date": "2026-06-01", "language": "en", "accessClass": "PUBLIC"}"""),
                                "record the repeal notice",
                                201,
                                200)
                        .json()
                        .get("id")
                        .asText();
                call(
                        setup,
                        portal.postJson("/api/v1/policies/" + policy + "/status", VERIFIER, """
                        {"status": "REPEAL_VERIFIED", "reason": "Checked against the official gazette", "evidenceIds": ["%s"]}""".formatted(notice)),
                        "verify the policy's repeal",
                        200);
            }
            progress.setProperty("designation.exception", id);
            progress.setProperty("exception.province", exceptionProvince);
            saveProgress();
        }
        System.out.printf(
                "cases detained under designation %s; exception route under %s (province %s)%n",
                progress.getProperty("designation.cases"),
                progress.getProperty("designation.exception"),
                progress.getProperty("exception.province"));
    }

    /** Drafts, assesses, submits and approves one designation (so it is published today); returns its id. */
    String publishDesignation(
            Phase p, String key, String title, List<String> regions, List<String> sectorCodes, String policy) {
        String id = draftAndSubmit(p, key, title, regions, sectorCodes, policy);
        approve(p, id);
        return id;
    }

    String draftAndSubmit(
            Phase p, String key, String title, List<String> regions, List<String> sectorCodes, String policy) {
        String body = """
                {"title": "%s", "regionCodes": [%s], "sectorCodes": [%s], "legalBasis": "Rebuttable presumption",
                 "rationale": "State-imposed forced labour in the region's %s sector", "policyIds": ["%s"],
                 "effectiveFrom": "%s", "producers": []}""".formatted(title, quoted(regions), quoted(sectorCodes), sectorCodes.get(0), policy, TODAY);
        String id = call(p, portal.postJsonKeyed("/api/v1/designations", REGULATOR, key, body), "draft " + title, 201)
                .json()
                .get("id")
                .asText();
        // A replayed draft answers as it was then: ask where it stands now.
        String status = call(p, portal.get("/api/v1/designations/" + id, REGULATOR), "read " + id, 200)
                .json()
                .path("status")
                .asText();
        if (status.equals("DRAFT")) {
            call(
                    p,
                    portal.putJson(
                            "/api/v1/designations/" + id + "/assessment",
                            REGULATOR,
                            PortalLifecycleDriver.assessment()),
                    "assess " + id,
                    200);
            call(p, portal.postJson("/api/v1/designations/" + id + "/submit", REGULATOR, ""), "submit " + id, 200);
        }
        return id;
    }

    void approve(Phase p, String id) {
        String status = call(p, portal.get("/api/v1/designations/" + id, REGULATOR), "read " + id, 200)
                .json()
                .path("status")
                .asText();
        if (status.equals("IN_REVIEW")) {
            call(
                    p,
                    portal.postJson("/api/v1/designations/" + id + "/approve", SENIOR, ""),
                    "approve " + id + " (second regulator)",
                    200);
        } else if (!status.equals("APPROVED") && !status.equals("PUBLISHED")) {
            throw new ItemFailed("designation " + id + " is " + status + ", expected IN_REVIEW or later");
        }
    }

    static String quoted(List<String> values) {
        return String.join(", ", values.stream().map(v -> "\"" + v + "\"").toList());
    }

    // --- designations ---------------------------------------------------------------------------------

    /**
     * In batches of 50: a regulator drafts, assesses and submits each; then a senior regulator
     * approves the batch, each published at once (its effective date is today) with its own list
     * version, as a desk that clears its review queue in one sitting.
     */
    void designations(Phase p) throws InterruptedException {
        long from = committed(p.name);
        while (from < p.target) {
            long to = Math.min(p.target, from + VolumePlan.DESIGNATION_BATCH);
            long batchStart = System.nanoTime();
            Map<Long, String> ids = new ConcurrentHashMap<>();
            runBatch(
                    p,
                    from,
                    to,
                    i -> ids.put(
                            i,
                            draftAndSubmit(
                                    p,
                                    VolumePlan.key("designation", i),
                                    "Volume designation %06d".formatted(i),
                                    regionsOf(i),
                                    List.of(sectors.get((int) Math.floorMod(i * 31, (long) sectors.size()))),
                                    PortalLifecycleDriver.SEEDED_POLICY)),
                    false);
            // A designation counts as done once approved, that is published.
            long drafted = System.nanoTime();
            runBatch(p, from, to, i -> approve(p, ids.get(i)), true);
            progress.setProperty(p.name + ".done", Long.toString(to));
            saveProgress();
            // Each publication stores its list version as the change to the designations it
            // touched: the batch times show whether approvals slow down as the list grows.
            System.out.printf(
                    "  designations %,d-%,d: drafted and submitted in %.1f s, approved and published in %.1f s%n",
                    from + 1, to, (drafted - batchStart) / 1e9, (System.nanoTime() - drafted) / 1e9);
            from = to;
        }
    }

    /** One to three regions, spread over the tree (never the cases' provinces). */
    List<String> regionsOf(long i) {
        int n = 1 + (int) Math.floorMod(i, 3L);
        List<String> out = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            String code = volumeRegions.get((int) Math.floorMod(i * 7919 + k * 104_729L, (long) volumeRegions.size()));
            if (!out.contains(code)) {
                out.add(code);
            }
        }
        return out;
    }

    // --- evidence library -------------------------------------------------------------------------------

    static final List<String> LIBRARY_TYPES =
            List.of("RESEARCH_REPORT", "STATE_DOCUMENT", "POLICY_ANALYSIS", "LEGISLATIVE_RECORD", "COURT_RECORD");

    void evidence(long i) {
        Phase p = phases.get("evidence");
        String type = LIBRARY_TYPES.get((int) Math.floorMod(i, (long) LIBRARY_TYPES.size()));
        call(
                p,
                portal.postFileKeyed(
                        "/api/v1/evidence",
                        REGULATOR,
                        VolumePlan.key("evidence", i),
                        PortalClient.fields(
                                "type",
                                type,
                                "title",
                                "Volume document %06d".formatted(i),
                                "source",
                                "Volume generator",
                                "date",
                                "2025-06-01",
                                "language",
                                "en",
                                "tags",
                                "volume," + type.toLowerCase(),
                                "accessClass",
                                i % 4 == 0 ? "INTERNAL" : "PUBLIC"),
                        "document-%06d.pdf".formatted(i),
                        "application/pdf",
                        pdf("library " + i)),
                "upload library document " + i,
                201);
    }

    /** A small valid PDF, the same for the same marker (so that a retried upload is the same request). */
    static byte[] pdf(String marker) {
        return ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
                        + "2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n% volume "
                        + marker + "\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    // --- entries ---------------------------------------------------------------------------------------

    static final List<String[]> CLEAR_INPUTS = List.of(
            new String[] {"Cotton lint", "5201.00", "Gujarat Ginning", "IN"},
            new String[] {"Knitted fabric", "6006", "Hanoi Knits", "VN"},
            new String[] {"Polyester staple", "5503.20", "Dhaka Fibres", "BD"},
            new String[] {"Cotton yarn", "5205.11", "Izmir Spinning", "TR"},
            new String[] {"Dyes", "3204.16", "Chemie Ludwigshafen", "DE"},
            new String[] {"Buttons", "9606.21", "Button Works Lodz", "PL"},
            new String[] {"Elastic thread", "5604.10", "Penang Elastics", "MY"},
            new String[] {"Sewing thread", "5401.10", "Sao Paulo Threads", "BR"},
            new String[] {"Labels", "5807.10", "Porto Labels", "PT"},
            new String[] {"Packaging", "4819.10", "Monterrey Carton", "MX"},
            new String[] {"Zip fasteners", "9607.11", "Osaka Zips", "JP"},
            new String[] {"Interlining", "5903.90", "Busan Textiles", "KR"});

    /** An entry of goods from outside every designation, with ~10 inputs: screened against them all, cleared. */
    void entry(long i) {
        Phase p = phases.get("entries");
        int n = VolumePlan.inputsOf(i);
        StringBuilder inputs = new StringBuilder();
        for (int k = 0; k < n; k++) {
            String[] in = CLEAR_INPUTS.get((int) Math.floorMod(i + k, (long) CLEAR_INPUTS.size()));
            if (k > 0) {
                inputs.append(", ");
            }
            inputs.append(
                    "{\"tier\": %d, \"material\": \"%s\", \"hsCode\": \"%s\", \"producer\": \"%s %d\", \"regionCode\": \"%s\"}"
                            .formatted(1 + k % 3, in[0], in[1], in[2], k, in[3]));
        }
        String body = """
                {"entryNumber": "VOL-E-%08d", "hsCode": "6109.10", "description": "Cotton T-shirts", "originCountry": "VN",
                 "value": {"amount": "%d.00", "currency": "USD"}, "arrivalDate": "%s", "port": "%s", "inputs": [%s]}""".formatted(i, 1000 + i % 9000, TODAY, PORTS.get((int) (i % PORTS.size())), inputs);
        call(
                p,
                portal.postJsonKeyed("/api/v1/entries", IMPORTER, VolumePlan.key("entry", i), body),
                "file entry " + i,
                201);
    }

    static final List<String> PORTS = List.of("Rotterdam", "Hamburg", "Antwerp", "Valencia", "Gdansk", "Le Havre");

    // --- cases -----------------------------------------------------------------------------------------

    /**
     * The i-th case: an entry detained under the cotton designation (or, for the exception route,
     * the repealed-policy one), then step by step to its target status. Each step is chosen from
     * the case as it stands, so a case interrupted half-way continues where it was.
     */
    void caseTo(long i) {
        Phase p = phases.get("cases");
        CaseStatus target = VolumePlan.target(i);
        boolean exception = target == CaseStatus.AWAITING_APPROVAL;
        String region = exception ? progress.getProperty("exception.province") : "653125";
        String body =
                """
                {"entryNumber": "VOL-C-%08d", "hsCode": "6109.10", "description": "Cotton T-shirts", "originCountry": "VN",
                 "value": {"amount": "%s", "currency": "USD"}, "arrivalDate": "%s", "port": "%s",
                 "inputs": [{"tier": 1, "material": "Knitted fabric", "hsCode": "6006", "producer": "Hanoi Knits", "regionCode": "VN"},
                            {"tier": 3, "material": "Cotton lint", "hsCode": "5201.00", "producer": "Ginning Mill %d", "regionCode": "%s"}]}""".formatted(i, VolumePlan.caseValue(i), TODAY, PORTS.get((int) (i % PORTS.size())), i % 500, region);
        JsonNode entry = call(
                        p,
                        portal.postJsonKeyed("/api/v1/entries", IMPORTER, VolumePlan.key("case", i), body),
                        "file detained entry " + i,
                        201)
                .json();
        String caseId = entry.path("caseId").asText(null);
        if (caseId == null || caseId.isEmpty() || caseId.equals("null")) {
            throw new ItemFailed(
                    "entry " + i + " opened no case: " + entry.path("status").asText());
        }
        String cases = "/api/v1/cases/" + caseId;
        JsonNode c = call(p, portal.get(cases, OFFICER), "read case " + i, 200).json();
        for (int step = 0; step < 60; step++) {
            String status = c.path("status").asText();
            if (status.equals(target.name())) {
                return;
            }
            c = next(p, i, target, cases, c, status);
        }
        throw new ItemFailed("case " + i + " did not reach " + target + "; it is "
                + c.path("status").asText());
    }

    /** One step towards the target; returns the case after it. */
    JsonNode next(Phase p, long i, CaseStatus target, String cases, JsonNode c, String status) {
        String route = target == CaseStatus.AWAITING_APPROVAL ? "EXCEPTION" : "NOT_APPLICABLE";
        boolean mustProve = target == CaseStatus.RELEASED
                || target == CaseStatus.PROTEST_UPHELD
                || target == CaseStatus.AWAITING_APPROVAL;
        switch (status) {
            case "DETAINED" -> {
                return call(
                                p,
                                portal.postJson(cases + "/rebuttal", IMPORTER, """
                                        {"route": "%s", "statement": "The cotton was traced to its gin; documents follow"}""".formatted(route)),
                                "rebuttal " + i,
                                200)
                        .json();
            }
            case "REBUTTAL_SUBMITTED" -> {
                if (target == CaseStatus.INFO_REQUESTED) {
                    return decide(p, i, cases, "REQUEST_INFO");
                }
                if (mustProve && !allSatisfied(c)) {
                    prove(p, i, cases, c);
                    return call(p, portal.get(cases, OFFICER), "read case " + i, 200)
                            .json();
                }
                return decide(
                        p,
                        i,
                        cases,
                        target == CaseStatus.RELEASED || target == CaseStatus.AWAITING_APPROVAL
                                ? "RELEASE"
                                : "CONFISCATE");
            }
            case "CONFISCATED" -> {
                return call(p, portal.postJson(cases + "/protest", IMPORTER, """
                                        {"statement": "The goods were traced: the confiscation should be reversed"}"""), "protest " + i, 200)
                        .json();
            }
            case "PROTESTED" -> {
                boolean upheld = target == CaseStatus.PROTEST_UPHELD;
                return call(
                                p,
                                portal.postJson(cases + "/protest/decision", SUPERVISOR, """
                                        {"upheld": %s, "reason": "%s"%s}""".formatted(
                                                upheld,
                                                upheld ? "The trace holds" : "The decision stands",
                                                upheld ? ", \"grounds\": \"MERITS\"" : "")),
                                "protest decision " + i,
                                200)
                        .json();
            }
            default -> {
                // A release being carried out by the process: look again.
                sleep(200);
                JsonNode again = call(p, portal.get(cases, OFFICER), "read case " + i, 200)
                        .json();
                if (again.path("status").asText().equals(status)) {
                    throw new ItemFailed("case " + i + " is " + status + ", no step leads from there to " + target);
                }
                return again;
            }
        }
    }

    JsonNode decide(Phase p, long i, String cases, String outcome) {
        return call(p, portal.postJson(cases + "/decision", OFFICER, """
                                {"outcome": "%s", "reason": "Reviewed the file"}""".formatted(outcome)), outcome + " " + i, 200)
                .json();
    }

    static boolean allSatisfied(JsonNode c) {
        for (JsonNode r : c.path("requirements")) {
            if (!r.path("satisfied").asBoolean()) {
                return false;
            }
        }
        return true;
    }

    /** The documents a requirement asks for on these entries (cotton: the trace-chain table's three). */
    static List<String> documentsFor(String requirement) {
        if (requirement.startsWith("TRACE:")) {
            return PortalLifecycleDriver.TRACE_DOCUMENTS;
        }
        if (requirement.startsWith("POLICY_REPEALED:")) {
            return List.of("POLICY_REPEAL_NOTICE");
        }
        if (requirement.equals("TARGETS_NOT_ENFORCED")) {
            return List.of("EMPLOYMENT_TARGET_EVIDENCE");
        }
        return List.of("POLICY_ANALYSIS");
    }

    /**
     * Uploads (importer) what each unmet requirement lacks and accepts (officer) every pending
     * document: keyed uploads, and documents already there are not uploaded again.
     */
    void prove(Phase p, long i, String cases, JsonNode c) {
        Map<String, JsonNode> present = new HashMap<>();
        for (JsonNode e : c.path("evidence")) {
            present.put(
                    e.path("requirementCode").asText() + "|" + e.path("type").asText(), e);
        }
        for (JsonNode r : c.path("requirements")) {
            if (r.path("satisfied").asBoolean()) {
                continue;
            }
            String code = r.path("code").asText();
            for (String type : documentsFor(code)) {
                JsonNode e = present.get(code + "|" + type);
                String id;
                String review;
                if (e == null) {
                    JsonNode up = call(
                                    p,
                                    portal.postFileKeyed(
                                            cases + "/evidence",
                                            IMPORTER,
                                            VolumePlan.key("case", i, code, type),
                                            PortalClient.fields(
                                                    "type",
                                                    type,
                                                    "requirementCode",
                                                    code,
                                                    "description",
                                                    type + " for " + code),
                                            type.toLowerCase() + ".pdf",
                                            "application/pdf",
                                            pdf("case " + i + " " + code + " " + type)),
                                    "upload " + type + " for " + code + " on case " + i,
                                    201)
                            .json();
                    id = up.path("id").asText();
                    review = up.path("evidence").path("review").asText("PENDING");
                } else {
                    id = e.path("id").asText();
                    review = e.path("review").asText();
                }
                if (review.equals("PENDING")) {
                    call(
                            p,
                            portal.postJson(
                                    cases + "/evidence/" + id + "/review",
                                    OFFICER,
                                    "{\"accepted\": true, \"reason\": \"Checked against the originals\"}"),
                            "accept " + type + " on case " + i,
                            200);
                }
            }
        }
    }
}
