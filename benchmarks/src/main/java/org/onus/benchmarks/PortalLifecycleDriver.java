package org.onus.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * The whole case over HTTP against a running portal, closed loop: each client thread starts its
 * next lifecycle as soon as the last one ends. Per lifecycle:
 *
 * <ol>
 *   <li>{@code file:detained} — the importer files an entry with an input of Xinjiang cotton lint,
 *       which the designation set up below detains (screening, case, process start);
 *   <li>{@code rebuttal} — the importer files a NOT_APPLICABLE rebuttal; the answer names a
 *       {@code TRACE:<i>} requirement per matched input;
 *   <li>{@code upload} — for each trace, the importer uploads the documents the trace-chain table
 *       asks for cotton: an invoice, a production record and a supply-chain map (small PDFs);
 *   <li>{@code review} — the officer accepts each document (rejects it, for the confiscation mix);
 *   <li>{@code decision:release} — the officer releases (the process frees the goods through the
 *       case's gate), or, one lifecycle in five, {@code decision:confiscate}.
 * </ol>
 *
 * A second workload, {@code filing}, files entries only: nine in ten with inputs from outside any
 * designation (cleared), one in ten detained. A third, {@code floor}, asks {@code GET /api/v1/me}
 * as the importer: a bearer token checked, one short transaction (the organisation looked up) and a
 * small JSON answer, the least any of the lifecycle's nine requests costs; its CPU per request,
 * times nine, is the part of a lifecycle's cost that is the server answering requests at all.
 * Each phase runs at 1, 2 and 4 threads after its warm-up; times are kept for requests that began
 * inside the measured window, lifecycles (or entries, or requests) count when they end inside it.
 *
 * <p>Before measuring, a designation of Xinjiang cotton is put in force through the API with four
 * eyes (a regulator drafts, assesses and submits it, a senior regulator approves it), and a probe
 * entry checks that it detains. Then, unmeasured, four minutes of both workloads at two threads
 * let the freshly started server's JIT compile the paths measured afterwards (after one minute, a
 * quarter of WildFly's CPU in the measured phases still went to the compiler threads).
 *
 * <pre>
 * java -cp benchmarks.jar org.onus.benchmarks.PortalLifecycleDriver [--portal URL] [--keycloak URL]
 *     [--initial-warmup 240] [--threads 1,2,4] [--warmup 20] [--measure 60] [--filing-warmup 10] [--filing-measure 30]
 *     [--phases lifecycle,filing,floor] [--out results.json] [--raw-dir DIR] [--designation ID]
 *     [--wildfly-pid PID] [--keycloak-pid PID] [--jfr-threads 2] [--jfr-file FILE]
 *     [--database-url JDBC-URL] [--database-user postgres] [--database-password ""]
 * </pre>
 *
 * {@code --raw-dir} names where the raw-engine benchmark left its JMH results
 * ({@code raw-engine-t<n>.json}) and step times; the driver then prints the ratio portal / raw
 * engine. {@code --jfr-file} starts a JDK Flight Recorder recording of the WildFly process
 * (through {@code jcmd}) for the measured window of the lifecycle phase at {@code --jfr-threads}.
 * {@code --designation} names a designation already in force (from an earlier run's results) instead
 * of setting one up. {@code --database-url} names the portal's PostgreSQL database; each phase then
 * also reports what it asked of the database per lifecycle ({@link DatabaseWork}).
 */
public final class PortalLifecycleDriver {

    static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);
    static final String IMPORTER = "importer-a";
    static final String OFFICER = "officer";

    /** File, rebuttal, three uploads, three reviews, decision. */
    static final int REQUESTS_PER_LIFECYCLE = 9;

    static final int CONFISCATE_EVERY = RawEngineLifecycleBenchmark.CONFISCATE_EVERY;
    static final int DETAIN_EVERY = 10;
    /** What the trace-chain table asks of one cotton input: a production record, a transport document or invoice, and a map. */
    static final List<String> TRACE_DOCUMENTS = List.of("INVOICE", "PRODUCTION_RECORD", "SUPPLY_CHAIN_MAP");
    /** Evidence library item and state policy seeded by the migrations, cited by the designation. */
    static final String SEEDED_EVIDENCE = "e0000000-0000-4000-8000-000000000001";

    static final String SEEDED_POLICY = "a0000000-0000-4000-8000-000000000001";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final PortalClient portal;
    private final Map<String, String> options;
    private final String run = Long.toString(System.currentTimeMillis(), 36);
    private final AtomicInteger sequence = new AtomicInteger();
    private final DatabaseWork database;

    PortalLifecycleDriver(Map<String, String> options) {
        this.options = options;
        this.database = new DatabaseWork(
                options.get("database-url"),
                options.getOrDefault("database-user", "postgres"),
                options.getOrDefault("database-password", ""));
        this.portal = new PortalClient(
                options.getOrDefault("portal", "http://localhost:8080"),
                options.getOrDefault("keycloak", "http://localhost:8180"));
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = Options.parse(args);
        new PortalLifecycleDriver(options).runAll();
    }

    // --- phases -------------------------------------------------------------------------------

    record Phase(
            String workload,
            int threads,
            double seconds,
            int completed,
            double perSecond,
            Map<String, Integer> outcomes,
            Map<String, Integer> errors,
            List<String> firstErrors,
            Map<String, StepTimes.Summary> steps,
            Map<String, Double> cpuSeconds,
            Map<String, Double> database,
            double loadAverageAfter) {}

    void runAll() throws Exception {
        List<Integer> threadCounts = ints(options.getOrDefault("threads", "1,2,4"));
        List<String> workloads =
                List.of(options.getOrDefault("phases", "lifecycle,filing,floor").split(","));
        Duration warmup = Duration.ofSeconds(Long.parseLong(options.getOrDefault("warmup", "20")));
        Duration measure = Duration.ofSeconds(Long.parseLong(options.getOrDefault("measure", "60")));
        Duration filingWarmup = Duration.ofSeconds(Long.parseLong(options.getOrDefault("filing-warmup", "10")));
        Duration filingMeasure = Duration.ofSeconds(Long.parseLong(options.getOrDefault("filing-measure", "30")));
        Map<String, Long> pids = new LinkedHashMap<>();
        if (options.containsKey("wildfly-pid")) {
            pids.put("wildfly", Long.parseLong(options.get("wildfly-pid")));
        }
        if (options.containsKey("keycloak-pid")) {
            pids.put("keycloak", Long.parseLong(options.get("keycloak-pid")));
        }
        ProcessCpu cpu = new ProcessCpu(pids);

        Instant began = Instant.now();
        // A second run against the same portal (the footprint phase) reuses the first run's designation:
        // a second one would give every case two matches and so a different case than measured.
        String designation = options.containsKey("designation") ? options.get("designation") : designationInForce();
        System.out.printf("designation %s (Xinjiang cotton) in force; probe entry detained%n%n", designation);

        // A fresh WildFly interprets and compiles for minutes; a phase's own warm-up is too short for that.
        long initial = Long.parseLong(options.getOrDefault("initial-warmup", "240"));
        if (options.containsKey("jfr-file")) {
            primeFlightRecorder();
        }
        if (initial > 0) {
            System.out.printf("JIT warm-up of the portal, not measured: lifecycles, then filings, at 2 threads%n");
            for (Phase w : List.of(
                    phase(
                            "warm-up: lifecycle",
                            2,
                            Duration.ofSeconds(initial * 2 / 3),
                            Duration.ZERO,
                            this::lifecycle,
                            cpu,
                            null),
                    phase(
                            "warm-up: filing",
                            2,
                            Duration.ofSeconds(initial / 3),
                            Duration.ZERO,
                            this::filing,
                            cpu,
                            null))) {
                w.firstErrors.forEach(e -> System.out.println("    error: " + e));
            }
            System.out.println();
        }

        List<Phase> phases = new ArrayList<>();
        for (String workload : workloads) {
            for (int threads : threadCounts) {
                boolean lifecycle = workload.equals("lifecycle");
                Phase phase = phase(
                        workload,
                        threads,
                        lifecycle ? warmup : filingWarmup,
                        lifecycle ? measure : filingMeasure,
                        lifecycle ? this::lifecycle : workload.equals("floor") ? this::floor : this::filing,
                        cpu,
                        lifecycle && Integer.toString(threads).equals(options.getOrDefault("jfr-threads", "2"))
                                ? options.get("jfr-file")
                                : null);
                phases.add(phase);
                print(phase);
            }
        }

        Map<String, Object> raw = rawEngine();
        String comparison = compare(phases, raw);
        System.out.println(comparison);

        if (options.containsKey("out")) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("began", began.toString());
            out.put("ended", Instant.now().toString());
            out.put("portal", options.getOrDefault("portal", "http://localhost:8080"));
            out.put("designation", designation);
            out.put("confiscateEvery", CONFISCATE_EVERY);
            out.put("detainEvery", DETAIN_EVERY);
            out.put("phases", phases);
            out.put("rawEngine", raw);
            JSON.writeValue(Path.of(options.get("out")).toFile(), out);
        }
        boolean failed = phases.stream().anyMatch(p -> p.completed == 0);
        System.exit(failed ? 1 : 0);
    }

    /** One client thread's view of a phase: its own times and counts, merged when the phase ends. */
    static final class Worker {
        final StepTimes times = new StepTimes();
        final Map<String, Integer> outcomes = new LinkedHashMap<>();
        final Map<String, Integer> errors = new LinkedHashMap<>();
        final List<String> firstErrors = new ArrayList<>();
        long windowStart;
        long windowEnd;
        int completed;
        int iteration;

        boolean inWindow(long t) {
            return t >= windowStart && t < windowEnd;
        }

        /** Times a request; counts it when it began in the window; fails the iteration on an unexpected status. */
        PortalClient.Answer expect(String step, int status, java.util.function.Supplier<PortalClient.Answer> call) {
            long begun = System.nanoTime();
            PortalClient.Answer answer = call.get();
            boolean counted = inWindow(begun);
            if (counted) {
                times.record(step, answer.nanos());
            }
            if (answer.status() != status) {
                if (counted) {
                    errors.merge(step, 1, Integer::sum);
                }
                note(step + " -> " + answer.status() + " " + clip(answer.body()));
                throw new StepFailed();
            }
            return answer;
        }

        void note(String error) {
            if (firstErrors.size() < 5) {
                firstErrors.add(error);
            }
        }

        void done(String outcome) {
            if (inWindow(System.nanoTime())) {
                completed++;
                outcomes.merge(outcome, 1, Integer::sum);
            }
        }
    }

    static final class StepFailed extends RuntimeException {
        StepFailed() {
            super(null, null, false, false);
        }
    }

    Phase phase(
            String workload,
            int threads,
            Duration warmup,
            Duration measure,
            Consumer<Worker> iteration,
            ProcessCpu cpu,
            String jfrFile)
            throws Exception {
        long start = System.nanoTime() + warmup.toNanos();
        long end = start + measure.toNanos();
        List<Worker> workers = new ArrayList<>();
        CountDownLatch finished = new CountDownLatch(threads);
        for (int t = 0; t < threads; t++) {
            Worker w = new Worker();
            w.windowStart = start;
            w.windowEnd = end;
            workers.add(w);
            Thread thread = new Thread(
                    () -> {
                        try {
                            while (System.nanoTime() < end) {
                                w.iteration++;
                                try {
                                    iteration.accept(w);
                                } catch (StepFailed failed) {
                                    // counted where it failed; the next iteration starts afresh
                                }
                            }
                        } finally {
                            finished.countDown();
                        }
                    },
                    workload + "-" + threads + "-" + t);
            thread.start();
        }
        System.out.printf(
                "%s, %d thread(s): warm-up %d s, measuring %d s%n",
                workload, threads, warmup.toSeconds(), measure.toSeconds());
        sleepUntil(start);
        Map<String, Double> cpuBefore = cpu.sample();
        Map<String, Double> databaseBefore = database.sample();
        if (jfrFile != null) {
            startFlightRecording(jfrFile, measure);
        }
        sleepUntil(end);
        Map<String, Double> cpuAfter = cpu.sample();
        Map<String, Double> databaseAfter = database.sample();
        finished.await();

        StepTimes times = new StepTimes();
        Map<String, Integer> outcomes = new LinkedHashMap<>();
        Map<String, Integer> errors = new LinkedHashMap<>();
        List<String> firstErrors = new ArrayList<>();
        int completed = 0;
        for (Worker w : workers) {
            times.addAll(w.times);
            w.outcomes.forEach((k, v) -> outcomes.merge(k, v, Integer::sum));
            w.errors.forEach((k, v) -> errors.merge(k, v, Integer::sum));
            w.firstErrors.stream().limit(5 - firstErrors.size()).forEach(firstErrors::add);
            completed += w.completed;
        }
        double seconds = measure.toNanos() / 1e9;
        return new Phase(
                workload,
                threads,
                seconds,
                completed,
                seconds == 0 ? 0 : completed / seconds,
                outcomes,
                errors,
                firstErrors,
                times.summary(),
                ProcessCpu.difference(cpuBefore, cpuAfter),
                DatabaseWork.difference(databaseBefore, databaseAfter),
                loadAverage());
    }

    // --- the workloads ----------------------------------------------------------------------------

    /** One detention case from filing to the officer's decision. */
    void lifecycle(Worker w) {
        boolean confiscate = w.iteration % CONFISCATE_EVERY == 0;
        JsonNode entry = w.expect("file:detained", 201, () -> portal.postJson("/api/v1/entries", IMPORTER, entry(true)))
                .json();
        if (!"DETAINED".equals(entry.path("status").asText())) {
            w.note("entry not detained: " + clip(entry.toString()));
            throw new StepFailed();
        }
        String caseId = entry.get("caseId").asText();
        String cases = "/api/v1/cases/" + caseId;
        JsonNode rebutted = w.expect(
                        "rebuttal",
                        200,
                        () -> portal.postJson(
                                cases + "/rebuttal",
                                IMPORTER,
                                "{\"route\": \"NOT_APPLICABLE\", \"statement\": \"The lint was ginned in Queensland;"
                                        + " the invoices show the chain\"}"))
                .json();
        List<String> traces = new ArrayList<>();
        rebutted.path("requirements").forEach(r -> traces.add(r.get("code").asText()));
        for (String trace : traces) {
            for (String type : TRACE_DOCUMENTS) {
                String evidenceId = w.expect(
                                "upload",
                                201,
                                () -> portal.postFile(
                                        cases + "/evidence",
                                        IMPORTER,
                                        PortalClient.fields(
                                                "type",
                                                type,
                                                "requirementCode",
                                                trace,
                                                "description",
                                                type + " for " + trace),
                                        "document.pdf",
                                        "application/pdf",
                                        pdf()))
                        .json()
                        .get("id")
                        .asText();
                w.expect(
                        "review",
                        200,
                        () -> portal.postJson(
                                cases + "/evidence/" + evidenceId + "/review",
                                OFFICER,
                                "{\"accepted\": " + !confiscate + ", \"reason\": \"Checked against the originals\"}"));
            }
        }
        String outcome = confiscate ? "CONFISCATE" : "RELEASE";
        JsonNode decided = w.expect(
                        confiscate ? "decision:confiscate" : "decision:release",
                        200,
                        () -> portal.postJson(
                                cases + "/decision",
                                OFFICER,
                                "{\"outcome\": \"" + outcome + "\", \"reason\": \"Reviewed the file\"}"))
                .json();
        String status = decided.path("status").asText();
        String expected = confiscate ? "CONFISCATED" : "RELEASED";
        if (!expected.equals(status)) {
            w.note("decided " + outcome + " but the case is " + status);
            throw new StepFailed();
        }
        w.done(status);
    }

    /** One entry filed and screened: cleared, or one in ten detained (which opens a case and starts its process). */
    void filing(Worker w) {
        boolean detain = w.iteration % DETAIN_EVERY == 0;
        JsonNode entry = w.expect(
                        detain ? "file:detained" : "file:cleared",
                        201,
                        () -> portal.postJson("/api/v1/entries", IMPORTER, entry(detain)))
                .json();
        w.done(entry.path("status").asText());
    }

    /** The least a lifecycle's request costs: a bearer token checked, one short transaction, a small answer. */
    void floor(Worker w) {
        w.expect("me", 200, () -> portal.get("/api/v1/me", IMPORTER));
        w.done("OK");
    }

    String entry(boolean designatedInput) {
        String second = designatedInput
                ? "{\"tier\": 3, \"material\": \"Cotton lint\", \"hsCode\": \"5201.00\", \"producer\": \"Shache Ginning\","
                        + " \"regionCode\": \"653125\"}"
                : "{\"tier\": 3, \"material\": \"Cotton lint\", \"hsCode\": \"5201.00\", \"producer\": \"Gujarat Ginning\","
                        + " \"regionCode\": \"IN\"}";
        return """
                {"entryNumber": "LC-%s-%07d", "hsCode": "6109.10", "description": "Cotton T-shirts", "originCountry": "VN",
                 "value": {"amount": "1250.00", "currency": "USD"}, "arrivalDate": "%s", "port": "Rotterdam",
                 "inputs": [{"tier": 1, "material": "Knitted fabric", "hsCode": "6006", "producer": "Hanoi Knits",
                             "regionCode": "VN"}, %s]}
                """.formatted(run, sequence.incrementAndGet(), TODAY, second);
    }

    /** A small valid PDF, unique per upload so that no two documents are the same content. */
    static byte[] pdf() {
        return ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
                        + "2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n% "
                        + UUID.randomUUID() + "\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    // --- set-up ---------------------------------------------------------------------------------

    /** Drafts, assesses and submits (regulator) and approves (senior regulator) a designation of Xinjiang cotton. */
    String designationInForce() throws InterruptedException {
        PortalClient.Answer created =
                portal.postJson("/api/v1/designations", "regulator", """
                {"title": "Xinjiang cotton (lifecycle benchmark %s)", "regionCodes": ["650000"], "sectorCodes": ["COTTON"],
                 "legalBasis": "Rebuttable presumption", "rationale": "Benchmark designation",
                 "policyIds": ["%s"], "effectiveFrom": "%s", "producers": []}
                """.formatted(run, SEEDED_POLICY, TODAY));
        require(created, 201, "create the designation");
        String id = created.json().get("id").asText();
        require(
                portal.putJson("/api/v1/designations/" + id + "/assessment", "regulator", assessment()),
                200,
                "assess the designation");
        require(portal.postJson("/api/v1/designations/" + id + "/submit", "regulator", ""), 200, "submit it");
        require(
                portal.postJson("/api/v1/designations/" + id + "/approve", "senior-regulator", ""),
                200,
                "approve it (second regulator)");
        long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            PortalClient.Answer probe = portal.postJson("/api/v1/entries", IMPORTER, entry(true));
            require(probe, 201, "file the probe entry");
            if ("DETAINED".equals(probe.json().path("status").asText())) {
                return id;
            }
            if (System.nanoTime() > until) {
                throw new IllegalStateException("The designation never detained the probe entry: " + probe.body());
            }
            Thread.sleep(1000);
        }
    }

    static String assessment() {
        StringBuilder cells = new StringBuilder();
        for (String phase : List.of("UNFREE_RECRUITMENT", "WORK_AND_LIFE_UNDER_DURESS", "IMPOSSIBILITY_OF_LEAVING")) {
            for (String dimension : List.of("INVOLUNTARINESS", "MENACE_OF_PENALTY")) {
                if (!cells.isEmpty()) {
                    cells.append(',');
                }
                cells.append(
                        "{\"phase\": \"%s\", \"dimension\": \"%s\", \"findings\": \"Shown\", \"evidenceIds\": [\"%s\"]}"
                                .formatted(phase, dimension, SEEDED_EVIDENCE));
            }
        }
        return """
                {"employmentPolicy": {"present": true, "findings": "Targets", "evidenceIds": ["%s"]},
                 "mobilisationApparatus": {"present": true, "findings": "Work teams", "evidenceIds": ["%s"]},
                 "matrix": [%s], "coreFeatures": ["PRODUCTION_QUOTAS"], "rationale": "BOTH"}
                """.formatted(SEEDED_EVIDENCE, SEEDED_EVIDENCE, cells);
    }

    static void require(PortalClient.Answer answer, int status, String what) {
        if (answer.status() != status) {
            throw new IllegalStateException("Could not " + what + ": " + answer.status() + " " + clip(answer.body()));
        }
    }

    // --- profiling and reporting -------------------------------------------------------------------

    /**
     * The first recording started in a running JVM instruments the JDK's event classes, and the
     * code compiled against them is thrown away and compiled again: in a first run, half of
     * WildFly's CPU in the profiled phase went to the JIT compiler, and that phase ran at less
     * than half the rate of the others. So a short recording is started (and discarded) before
     * the warm-up; deeper stacks, so that samples reach down to the JAX-RS resource method.
     */
    void primeFlightRecorder() {
        jcmd("JFR.configure", "stackdepth=256");
        Path prime = Path.of(options.get("jfr-file")).toAbsolutePath().resolveSibling("jfr-prime.jfr");
        jcmd("JFR.start", "name=prime", "settings=profile", "duration=5s", "filename=" + prime);
    }

    void startFlightRecording(String file, Duration duration) {
        jcmd(
                "JFR.start",
                "name=lifecycle",
                "settings=profile",
                "duration=" + duration.toSeconds() + "s",
                "filename=" + Path.of(file).toAbsolutePath());
    }

    void jcmd(String... arguments) {
        String pid = options.get("wildfly-pid");
        if (pid == null) {
            System.out.println("  (no --wildfly-pid: no flight recording)");
            return;
        }
        List<String> command = new ArrayList<>(List.of(options.getOrDefault("jcmd", "jcmd"), pid));
        command.addAll(List.of(arguments));
        try {
            Process jcmd = new ProcessBuilder(command).redirectErrorStream(true).start();
            String said = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            jcmd.waitFor();
            System.out.println("  jcmd " + String.join(" ", arguments).replaceAll("filename=\\S+/", "filename=")
                    + " (WildFly pid " + pid + "): " + said.replace('\n', ' '));
        } catch (IOException e) {
            System.out.println("  could not run jcmd: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static void print(Phase p) {
        System.out.printf(
                "  %d completed in %.0f s: %.2f %s/s %s; errors %s; load average after %.2f%n",
                p.completed, p.seconds, p.perSecond, unit(p) + "s", p.outcomes, p.errors, p.loadAverageAfter);
        p.firstErrors.forEach(e -> System.out.println("    error: " + e));
        System.out.println("  per request (ms):");
        p.steps.forEach((step, s) -> System.out.printf(
                "    %-20s n=%6d  mean %7.1f  p50 %7.1f  p95 %7.1f  p99 %7.1f  max %8.1f%n",
                step, s.count(), s.mean(), s.p50(), s.p95(), s.p99(), s.max()));
        if (!p.cpuSeconds.isEmpty()) {
            StringBuilder cores = new StringBuilder("  CPU (cores busy on average):");
            p.cpuSeconds.forEach((k, v) -> cores.append(String.format(" %s %.2f", k, v / p.seconds)));
            System.out.println(cores);
            StringBuilder each = new StringBuilder("  CPU ms per " + unit(p) + ":");
            for (String k : List.of("wildfly", "postgres", "keycloak", "driver")) {
                if (p.cpuSeconds.containsKey(k)) {
                    each.append(String.format(" %s %.1f", k, cpuMs(p, k)));
                }
            }
            System.out.println(each);
        }
        if (!p.database.isEmpty() && p.completed > 0) {
            StringBuilder work = new StringBuilder("  database work per " + unit(p) + ":");
            p.database.entrySet().stream()
                    .filter(e -> !e.getKey().startsWith(DatabaseWork.TABLE))
                    .forEach(e -> work.append(String.format(" %s %.1f", e.getKey(), e.getValue() / p.completed)));
            System.out.println(work);
            StringBuilder busiest = new StringBuilder("  busiest tables per " + unit(p) + ":");
            p.database.entrySet().stream()
                    .filter(e -> e.getKey().startsWith(DatabaseWork.TABLE) && e.getValue() > 0)
                    .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                    .limit(16)
                    .forEach(e -> busiest.append(String.format(
                            "%n    %-40s %6.1f",
                            e.getKey().substring(DatabaseWork.TABLE.length()), e.getValue() / p.completed)));
            System.out.println(busiest);
        }
        System.out.println();
    }

    static String unit(Phase p) {
        return switch (p.workload) {
            case "lifecycle" -> "lifecycle";
            case "floor" -> "request";
            default -> "entry";
        };
    }

    /** The raw engine's JMH results and step times, when the raw-engine benchmark ran first. */
    Map<String, Object> rawEngine() throws IOException {
        Map<String, Object> raw = new LinkedHashMap<>();
        String dir = options.get("raw-dir");
        if (dir == null) {
            return raw;
        }
        for (int threads : List.of(1, 2, 4)) {
            Path jmh = Path.of(dir, "raw-engine-t" + threads + ".json");
            if (!Files.exists(jmh)) {
                continue;
            }
            Map<String, Object> r = new LinkedHashMap<>();
            JsonNode result = JSON.readTree(jmh.toFile()).get(0);
            r.put("lifecyclesPerSecond", result.at("/primaryMetric/score").asDouble());
            r.put("error", result.at("/primaryMetric/scoreError").asDouble());
            Path steps = Path.of(dir, "raw-engine-steps-t" + threads + ".json");
            if (Files.exists(steps)) {
                JsonNode stepsFile = JSON.readTree(steps.toFile());
                r.put("steps", stepsFile.get("steps"));
                r.put("cpuMsPerLifecycle", stepsFile.get("cpuMsPerLifecycle"));
                r.put("databaseWorkPerLifecycle", stepsFile.get("databaseWorkPerLifecycle"));
                r.put("machineCoresBusy", stepsFile.path("machineCoresBusy").asDouble());
            }
            raw.put(Integer.toString(threads), r);
        }
        return raw;
    }

    static String databaseRow(int threads, String who, Map<String, Double> work, int per) {
        return String.format(
                "%-8d %-10s %14.1f %12.1f %14.1f %13.1f %13.1f%n",
                threads,
                who,
                work.getOrDefault("transactions", 0.0) / per,
                work.getOrDefault("table reads", 0.0) / per,
                work.getOrDefault("rows inserted", 0.0) / per,
                work.getOrDefault("rows updated", 0.0) / per,
                work.getOrDefault("rows deleted", 0.0) / per);
    }

    @SuppressWarnings("unchecked")
    static String compare(List<Phase> phases, Map<String, Object> raw) {
        StringBuilder out = new StringBuilder("\n=== Lifecycle: portal vs raw engine ===\n");
        out.append(String.format(
                "%-8s %12s %18s %13s   %-34s %-24s %s%n",
                "threads",
                "portal lc/s",
                "raw engine lc/s",
                "portal / raw",
                "portal CPU ms/lc (WildFly+PG+KC)",
                "raw CPU ms/lc (JVM+PG)",
                "raw / portal CPU"));
        for (Phase p : phases) {
            if (!p.workload.equals("lifecycle")) {
                continue;
            }
            Map<String, Object> r = (Map<String, Object>) raw.get(Integer.toString(p.threads));
            double rawRate = r == null ? Double.NaN : (double) r.get("lifecyclesPerSecond");
            double portalCpu = cpuMs(p, "wildfly") + cpuMs(p, "postgres") + cpuMs(p, "keycloak");
            JsonNode rawCpu = r == null ? null : (JsonNode) r.get("cpuMsPerLifecycle");
            double rawCpuMs = rawCpu == null
                    ? Double.NaN
                    : rawCpu.path("engine").asDouble() + rawCpu.path("postgres").asDouble();
            out.append(String.format(
                    "%-8d %12.2f %18s %13s   %-34s %-24s %s%n",
                    p.threads,
                    p.perSecond,
                    r == null ? "-" : String.format("%.2f ± %.2f", rawRate, (double) r.get("error")),
                    r == null ? "-" : String.format("%.3f", p.perSecond / rawRate),
                    String.format(
                            "%.0f (%.0f + %.0f + %.0f)",
                            portalCpu, cpuMs(p, "wildfly"), cpuMs(p, "postgres"), cpuMs(p, "keycloak")),
                    rawCpu == null
                            ? "-"
                            : String.format(
                                    "%.1f (%.1f + %.1f)",
                                    rawCpuMs,
                                    rawCpu.path("engine").asDouble(),
                                    rawCpu.path("postgres").asDouble()),
                    rawCpu == null ? "-" : String.format("%.3f", rawCpuMs / portalCpu)));
        }
        out.append("target: portal / raw >= 0.5 at 2 threads\n");
        // The same comparison in what each asked of PostgreSQL: counts, so free of the machine's noise.
        out.append(String.format(
                "%nPostgreSQL work per lifecycle%n%-8s %-10s %14s %12s %14s %13s %13s%n",
                "threads", "", "transactions", "table reads", "rows inserted", "rows updated", "rows deleted"));
        for (Phase p : phases) {
            if (!p.workload.equals("lifecycle") || p.database.isEmpty() || p.completed == 0) {
                continue;
            }
            out.append(databaseRow(p.threads, "portal", p.database, p.completed));
            Map<String, Object> r = (Map<String, Object>) raw.get(Integer.toString(p.threads));
            JsonNode rawWork = r == null ? null : (JsonNode) r.get("databaseWorkPerLifecycle");
            if (rawWork != null && rawWork.size() > 0) {
                Map<String, Double> perLifecycle = new LinkedHashMap<>();
                rawWork.fields()
                        .forEachRemaining(
                                f -> perLifecycle.put(f.getKey(), f.getValue().asDouble()));
                out.append(databaseRow(p.threads, "raw engine", perLifecycle, 1));
            }
        }
        out.append("\n");
        out.append(
                String.format("%-8s %14s %12s %26s%n", "threads", "entries/s", "detained", "WildFly CPU ms per entry"));
        for (Phase p : phases) {
            if (p.workload.equals("filing")) {
                out.append(String.format(
                        "%-8d %14.1f %12d %26.1f%n",
                        p.threads, p.perSecond, p.outcomes.getOrDefault("DETAINED", 0), cpuMs(p, "wildfly")));
            }
        }
        out.append("target: entry filing with screening >= 100 entries/s\n");
        if (phases.stream().anyMatch(p -> p.workload.equals("floor"))) {
            out.append(
                    String.format(
                            "%nThe floor: GET /api/v1/me (a bearer token, one short transaction), the least a request costs%n"));
            out.append(String.format(
                    "%-8s %12s %22s %22s %30s%n",
                    "threads",
                    "requests/s",
                    "WildFly CPU ms/request",
                    "PG CPU ms/request",
                    "x " + REQUESTS_PER_LIFECYCLE + " (a lifecycle's requests)"));
            for (Phase p : phases) {
                if (p.workload.equals("floor")) {
                    double both = cpuMs(p, "wildfly") + cpuMs(p, "postgres");
                    out.append(String.format(
                            "%-8d %12.1f %22.2f %22.2f %30s%n",
                            p.threads,
                            p.perSecond,
                            cpuMs(p, "wildfly"),
                            cpuMs(p, "postgres"),
                            String.format("%.1f ms", REQUESTS_PER_LIFECYCLE * both)));
                }
            }
        }
        return out.toString();
    }

    /** CPU milliseconds a process group spent per completed lifecycle (or entry) in a phase. */
    static double cpuMs(Phase p, String group) {
        return p.completed == 0 ? Double.NaN : 1000 * p.cpuSeconds.getOrDefault(group, 0.0) / p.completed;
    }

    private static double loadAverage() {
        try {
            return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    private static void sleepUntil(long nanoTime) throws InterruptedException {
        long left;
        while ((left = nanoTime - System.nanoTime()) > 0) {
            Thread.sleep(Math.max(1, left / 1_000_000));
        }
    }

    private static List<Integer> ints(String csv) {
        List<Integer> out = new ArrayList<>();
        for (String s : csv.split(",")) {
            out.add(Integer.parseInt(s.strip()));
        }
        return out;
    }

    static String clip(String s) {
        return s == null ? "" : s.length() > 300 ? s.substring(0, 300) + "…" : s;
    }
}
