package org.onus.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.task.Task;
import org.onus.workflows.detention.DetentionProcess;
import org.onus.workflows.engine.EngineDefaults;
import org.onus.workflows.engine.ProcessModelDeployer;
import org.onus.workflows.engine.ProcessModels;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.runner.IterationType;

/**
 * The floor under the portal's lifecycle figures: Onus's own {@code detention-case.bpmn} on a bare
 * Camunda 7 engine (no application server, no HTTP, no application code), on a fresh database of
 * the same PostgreSQL, driven through the calls {@code CamundaCaseProcess} makes for one case:
 *
 * <ol>
 *   <li>{@code start}: start the process with the case id as business key (the portal does it in
 *       the transaction that files the detained entry);
 *   <li>{@code rebuttal}: correlate {@code RebuttalFiled} by business key, setting the route;
 *   <li>{@code decision:*}: find the open review task by business key, set who completes it as a
 *       task-local variable, complete it with outcome and route, all in one transaction as the
 *       portal's request does; every fifth lifecycle confiscates, the others release.
 * </ol>
 *
 * One benchmark operation is one whole lifecycle, so the throughput is lifecycles per second;
 * client threads come from JMH's {@code -t}. The engine is configured by the application's own
 * {@link EngineDefaults} with history FULL and deploys the model through the application's
 * {@link ProcessModelDeployer} from the workflows jar. What the model calls is replaced by the
 * no-op stubs below; the model names only expression beans, no {@code camunda:class}. The timers
 * it creates (rebuttal deadline and reminder, decision due and alert, protest window) are written
 * as jobs like in the portal, but lie weeks ahead, so no job executor runs.
 *
 * <p>Per-step times of the measurement iterations are printed at the end and, when the
 * environment names {@code ONUS_BENCH_STEPS_DIR}, written there as
 * {@code raw-engine-steps-t<threads>.json} for the portal driver's comparison.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 10)
@Measurement(iterations = 3, time = 20)
@Fork(1)
public class RawEngineLifecycleBenchmark {

    static final String MODEL = ProcessModels.ROOT + "detention-case.bpmn";
    static final String NOT_APPLICABLE = "NOT_APPLICABLE";
    /** One lifecycle in five ends in confiscation, as in the portal driver. */
    static final int CONFISCATE_EVERY = 5;

    private static final ConcurrentLinkedQueue<StepTimes> CLIENTS = new ConcurrentLinkedQueue<>();

    @State(Scope.Benchmark)
    public static class Engine {

        @Param({"postgresql"})
        public String database;

        BenchmarkDatabase db;
        ProcessEngine engine;
        ProcessEngineConfigurationImpl configuration;
        RuntimeService runtime;
        TaskService tasks;
        int threads;

        // CPU per lifecycle, which a machine shared with other work distorts far less than the rate.
        final AtomicLong lifecycles = new AtomicLong();
        final ProcessCpu cpu = new ProcessCpu(Map.of());
        Map<String, Double> cpuAtStart;
        long lifecyclesAtStart;
        long iterationStart;
        boolean measuring;
        final Map<String, Double> measuredCpu = new LinkedHashMap<>();
        // What the engine asked of PostgreSQL, counted as for the portal (DatabaseWork), so the two
        // compare in statements as well as in CPU.
        DatabaseWork databaseWork = new DatabaseWork(null, null, null);
        Map<String, Double> databaseAtStart;
        final Map<String, Double> measuredDatabase = new LinkedHashMap<>();
        long measuredLifecycles;
        double measuredSeconds;

        @Setup(Level.Trial)
        public void start(BenchmarkParams params) throws SQLException {
            threads = params.getThreads();
            db = BenchmarkDatabase.create(database);
            db.keepStatistics();
            if ("postgresql".equals(database)) {
                databaseWork = new DatabaseWork(db.url(), db.user(), db.password());
            }
            StandaloneProcessEngineConfiguration c = new StandaloneProcessEngineConfiguration();
            c.setProcessEngineName("raw-engine-benchmark");
            c.setJdbcUrl(db.url());
            c.setJdbcUsername(db.user());
            c.setJdbcPassword(db.password());
            c.setJdbcDriver("postgresql".equals(database) ? "org.postgresql.Driver" : "org.h2.Driver");
            // A pool as large as the portal's would never be used by two client threads.
            c.setJdbcMaxActiveConnections(Math.max(4, threads * 2));
            EngineDefaults.apply(c, ProcessEngineConfiguration.HISTORY_FULL, stubs());
            c.setJobExecutorActivate(false);
            engine = c.buildProcessEngine();
            configuration = c;
            runtime = engine.getRuntimeService();
            tasks = engine.getTaskService();
            ProcessModelDeployer.Deployed deployed = new ProcessModelDeployer(
                            engine.getRepositoryService(), RawEngineLifecycleBenchmark.class.getClassLoader())
                    .deploy("raw-engine-benchmark", List.of(MODEL));
            System.out.println("raw engine: " + database + " " + db.url() + ", history full, deployed "
                    + deployed.processDefinitionKeys() + " from " + modelSource());
        }

        @Setup(Level.Iteration)
        public void iterationStarts(IterationParams params) {
            measuring = params.getType() == IterationType.MEASUREMENT;
            cpuAtStart = cpu.sample();
            databaseAtStart = databaseWork.sample();
            lifecyclesAtStart = lifecycles.get();
            iterationStart = System.nanoTime();
        }

        @TearDown(Level.Iteration)
        public void iterationEnds() {
            if (measuring) {
                ProcessCpu.difference(cpuAtStart, cpu.sample()).forEach((k, v) -> measuredCpu.merge(k, v, Double::sum));
                DatabaseWork.difference(databaseAtStart, databaseWork.sample())
                        .forEach((k, v) -> measuredDatabase.merge(k, v, Double::sum));
                measuredLifecycles += lifecycles.get() - lifecyclesAtStart;
                measuredSeconds += (System.nanoTime() - iterationStart) / 1e9;
            }
        }

        /** Runs the calls of one portal request in one engine transaction, as the JTA transaction does there. */
        void inOneTransaction(Runnable calls) {
            configuration.getCommandExecutorTxRequired().execute(context -> {
                calls.run();
                return null;
            });
        }

        @TearDown(Level.Trial)
        public void stop() throws Exception {
            try {
                report();
            } finally {
                engine.close();
                db.close();
            }
        }

        private void report() throws IOException {
            StepTimes all = new StepTimes();
            CLIENTS.forEach(all::addAll);
            Map<String, StepTimes.Summary> steps = all.summary();
            HistoryService history = engine.getHistoryService();
            long released = history.createHistoricActivityInstanceQuery()
                    .activityId("EndEvent_GoodsFreed")
                    .count();
            long confiscated = runtime.createExecutionQuery()
                    .activityId("ReceiveTask_AwaitProtest")
                    .count();
            long open = runtime.createProcessInstanceQuery().active().count();
            System.out.printf(
                    "%nraw engine, %d thread(s), whole trial: %d released (ended at EndEvent_GoodsFreed), %d confiscated"
                            + " (waiting at ReceiveTask_AwaitProtest), %d instances still running%n",
                    threads, released, confiscated, open);
            Map<String, Double> cpuMs = new LinkedHashMap<>();
            if (measuredLifecycles > 0) {
                cpuMs.put("engine", 1000 * measuredCpu.getOrDefault("driver", 0.0) / measuredLifecycles);
                cpuMs.put("postgres", 1000 * measuredCpu.getOrDefault("postgres", 0.0) / measuredLifecycles);
                System.out.printf(
                        "CPU per lifecycle, measurement iterations (%d lifecycles, %.0f s): engine JVM %.1f ms,"
                                + " PostgreSQL (all backends) %.1f ms; machine busy %.2f of %d cores%n",
                        measuredLifecycles,
                        measuredSeconds,
                        cpuMs.get("engine"),
                        cpuMs.get("postgres"),
                        measuredCpu.getOrDefault("machine", 0.0) / measuredSeconds,
                        Runtime.getRuntime().availableProcessors());
            }
            Map<String, Double> databasePerLifecycle = new LinkedHashMap<>();
            if (measuredLifecycles > 0 && !measuredDatabase.isEmpty()) {
                StringBuilder work = new StringBuilder("database work per lifecycle, measurement iterations:");
                measuredDatabase.forEach((k, v) -> {
                    if (!k.startsWith(DatabaseWork.TABLE)) {
                        databasePerLifecycle.put(k, v / measuredLifecycles);
                        work.append(String.format(" %s %.1f", k, v / measuredLifecycles));
                    }
                });
                System.out.println(work);
            }
            System.out.println("per step, measurement iterations only (ms):");
            steps.forEach((step, s) -> System.out.printf(
                    "  %-20s n=%7d  mean %7.2f  p50 %7.2f  p95 %7.2f  p99 %7.2f  max %8.2f%n",
                    step, s.count(), s.mean(), s.p50(), s.p95(), s.p99(), s.max()));
            String dir = System.getenv("ONUS_BENCH_STEPS_DIR");
            if (dir != null && !dir.isBlank()) {
                Map<String, Object> out = new LinkedHashMap<>();
                out.put("threads", threads);
                out.put("database", database);
                out.put("released", released);
                out.put("confiscated", confiscated);
                out.put("cpuMsPerLifecycle", cpuMs);
                out.put("databaseWorkPerLifecycle", databasePerLifecycle);
                out.put("machineCoresBusy", measuredCpu.getOrDefault("machine", 0.0) / Math.max(1e-9, measuredSeconds));
                out.put("steps", steps);
                Path file = Path.of(dir, "raw-engine-steps-t" + threads + ".json");
                Files.createDirectories(file.getParent());
                new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), out);
            }
        }
    }

    @State(Scope.Thread)
    public static class Client {
        final StepTimes times = new StepTimes();
        boolean measuring;
        int lifecycles;

        @Setup(Level.Trial)
        public void register() {
            CLIENTS.add(times);
        }

        @Setup(Level.Iteration)
        public void iteration(IterationParams params) {
            measuring = params.getType() == IterationType.MEASUREMENT;
        }

        void record(String step, long nanos) {
            if (measuring) {
                times.record(step, nanos);
            }
        }
    }

    @Benchmark
    public void lifecycle(Engine e, Client client) {
        String caseId = UUID.randomUUID().toString();
        boolean confiscate = ++client.lifecycles % CONFISCATE_EVERY == 0;

        long t0 = System.nanoTime();
        e.runtime.startProcessInstanceByKey(DetentionProcess.KEY, caseId, Map.of(DetentionProcess.VAR_CASE_ID, caseId));
        long t1 = System.nanoTime();
        e.runtime
                .createMessageCorrelation(DetentionProcess.MESSAGE_REBUTTAL_FILED)
                .processInstanceBusinessKey(caseId)
                .setVariable(DetentionProcess.VAR_ROUTE, NOT_APPLICABLE)
                .correlateWithResult();
        long t2 = System.nanoTime();
        e.inOneTransaction(() -> {
            Task review = e.tasks
                    .createTaskQuery()
                    .processDefinitionKey(DetentionProcess.KEY)
                    .processInstanceBusinessKey(caseId)
                    .taskDefinitionKey(DetentionProcess.TASK_REVIEW_REBUTTAL)
                    .active()
                    .singleResult();
            if (review == null) {
                throw new IllegalStateException("case " + caseId + " is not waiting for a decision");
            }
            Map<String, Object> variables = new HashMap<>();
            variables.put(DetentionProcess.VAR_OUTCOME, confiscate ? "CONFISCATE" : "RELEASE");
            variables.put(DetentionProcess.VAR_ROUTE, NOT_APPLICABLE);
            e.tasks.setVariableLocal(review.getId(), DetentionProcess.VAR_ACTOR, "officer");
            e.tasks.complete(review.getId(), variables);
        });
        long t3 = System.nanoTime();

        client.record("start", t1 - t0);
        client.record("rebuttal", t2 - t1);
        client.record(confiscate ? "decision:confiscate" : "decision:release", t3 - t2);
        client.record("lifecycle", t3 - t0);
        e.lifecycles.incrementAndGet();
    }

    /** Every name the model's expressions use, each doing nothing (or answering a date weeks ahead). */
    static Map<Object, Object> stubs() {
        Map<Object, Object> beans = new HashMap<>();
        beans.put("issueDetentionNotice", new NoNotice());
        beans.put("detentionRules", new FarDeadlines());
        beans.put("caseSteps", new NoCaseSteps());
        beans.put("caseFourEyes", new NoFourEyes());
        return beans;
    }

    /** Stands in for {@code IssueDetentionNotice} (starts the rebuttal period, sends the notice). */
    public static final class NoNotice implements JavaDelegate {
        @Override
        public void execute(DelegateExecution execution) {}
    }

    /** Stands in for {@code DetentionRules}: the timers' due dates, none of which falls in the run. */
    public static final class FarDeadlines {
        public Date reminderDate(String caseId) {
            return daysAhead(25);
        }

        public Date dayAfterDeadline(String caseId) {
            return daysAhead(31);
        }

        public Date decisionAlertDate(String caseId) {
            return daysAhead(25);
        }

        public Date dayAfterDecisionDue(String caseId) {
            return daysAhead(31);
        }

        public Date dayAfterProtestWindow(String caseId) {
            return daysAhead(91);
        }

        public Date dayAfterProtestDecisionDue(String caseId) {
            return daysAhead(31);
        }

        private static Date daysAhead(int days) {
            return Date.from(Instant.now().plus(Duration.ofDays(days)));
        }
    }

    /** Stands in for {@code CaseSteps}; only {@code free} is reached on the measured path. */
    public static final class NoCaseSteps {
        public void remind(String caseId) {}

        public void confiscateAtDeadline(String caseId) {}

        public void free(String caseId) {}

        public boolean rebuttalOnFile(String caseId) {
            return true;
        }

        public void alertDecisionDue(String caseId) {}

        public void deemExcluded(String caseId) {}

        public void deemProtestDenied(String caseId) {}
    }

    /** Stands in for {@code CaseFourEyes} (approval and protest tasks, not on the measured path). */
    public static final class NoFourEyes implements TaskListener {
        @Override
        public void notify(DelegateTask task) {}
    }

    /** Where the model came from and its hash, so a result names the model it measured. */
    static String modelSource() {
        ClassLoader loader = RawEngineLifecycleBenchmark.class.getClassLoader();
        try (InputStream in = loader.getResourceAsStream(MODEL)) {
            byte[] bytes = in.readAllBytes();
            String sha = HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
            // The jar's name, not where it lies on this machine.
            String where = String.valueOf(loader.getResource(MODEL)).replaceAll("^.*/([^/]+![^!]*)$", "$1");
            return where + " (sha256 " + sha + ")";
        } catch (IOException | NoSuchAlgorithmException | NullPointerException e) {
            return MODEL + " (unreadable: " + e + ")";
        }
    }
}
