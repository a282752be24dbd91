package org.onus.workflows.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.onus.core.persistence.DatabaseMigrations;
import org.onus.workflows.detention.DetentionProcess;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Two portal nodes on one database, each with its own process engine and job executor (the
 * production {@link ManagedJobExecutor}, configured by {@link EngineDefaults}), running Onus's own
 * detention model: a rebuttal deadline that has passed confiscates the goods once, whichever node
 * fires the timer, and a node that dies holding locks on due timers delays them only until its
 * locks expire, after which the surviving node fires each of them once.
 *
 * <p>Runs on an in-memory H2 shared by both engines, and on PostgreSQL when one answers at
 * 127.0.0.1:5432 (user postgres, no password); otherwise the PostgreSQL run is skipped.
 */
class TwoEngineJobExecutionTest {

    static final String MODEL = ProcessModels.ROOT + "detention-case.bpmn";
    static final String DEADLINE_TIMER = "Timer_RebuttalDeadline";
    static final String AFTER_CONFISCATION = "ReceiveTask_AwaitProtest";
    static final int CASES = 50;
    static final Duration PATIENCE = Duration.ofSeconds(30);
    /**
     * Camunda's default lock time, far beyond any job here. A lock that expires while its job still
     * runs lets the other node run the job again: the first test then sees cases confiscated twice.
     */
    static final int LOCK_MILLIS = 300_000;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"h2", "postgresql"})
    void aPassedDeadlineConfiscatesOnceWithTwoNodesRunningTimers(String kind) throws Exception {
        Queue<Confiscation> confiscations = new ConcurrentLinkedQueue<>();
        CountDownLatch aBusy = new CountDownLatch(1);
        CountDownLatch bBusy = new CountDownLatch(1);
        try (SharedDatabase db = SharedDatabase.create(kind);
                // Without this hold, the node whose executor starts first could lock and fire every
                // timer before the other's first poll, and the run would show nothing about two
                // nodes competing. Holding each node's first confiscation until the other has begun
                // one keeps both nodes executing at once, each holding locks on jobs the other sees.
                Node a = Node.start("a", db, confiscations, 2, () -> waitForTheOther(aBusy, bBusy), LOCK_MILLIS);
                Node b = Node.start("b", db, confiscations, 2, () -> waitForTheOther(bBusy, aBusy), LOCK_MILLIS)) {
            List<String> cases = startCasesPastTheirDeadline(a.engine, kind);

            a.jobExecutor.start();
            b.jobExecutor.start();
            awaitUntil(() -> deadlineTimers(a.engine).isEmpty(), "every rebuttal deadline timer has fired");
            // A second execution of a timer someone else already fired would still be under way.
            a.stopJobs();
            b.stopJobs();

            Map<String, Long> byNode =
                    confiscations.stream().collect(Collectors.groupingBy(Confiscation::node, Collectors.counting()));
            System.out.printf("%s: %d deadline timers fired, by node %s%n", kind, confiscations.size(), byNode);
            assertThat(confiscations)
                    .as("one confiscation per case whose deadline passed, none twice")
                    .extracting(Confiscation::caseId)
                    .containsExactlyInAnyOrderElementsOf(cases);
            assertThat(byNode).as("both nodes fired timers").containsKeys("a", "b");
            assertThat(b.engine
                            .getRuntimeService()
                            .createExecutionQuery()
                            .activityId(AFTER_CONFISCATION)
                            .count())
                    .as("every case went on to its protest window")
                    .isEqualTo(CASES);
            assertThat(b.engine.getRuntimeService().createIncidentQuery().count())
                    .isZero();
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"h2", "postgresql"})
    void timersLockedByANodeThatDiedFireOnTheOtherNodeOnceTheLocksExpire(String kind) throws Exception {
        Queue<Confiscation> confiscations = new ConcurrentLinkedQueue<>();
        int lockMillis = 3_000;
        try (SharedDatabase db = SharedDatabase.create(kind);
                Node a = Node.dying("a", db, confiscations, lockMillis);
                Node b = Node.start("b", db, confiscations, 2, () -> {}, LOCK_MILLIS)) {
            List<String> cases = startCasesPastTheirDeadline(a.engine, kind);

            long beforeLocking = System.currentTimeMillis();
            a.jobExecutor.start();
            awaitUntil(
                    () -> deadlineTimers(b.engine).stream()
                                    .filter(job -> a.jobExecutor.getLockOwner().equals(lockOwner(job)))
                                    .count()
                            == CASES,
                    "node a has locked every due deadline timer");
            long locked = System.currentTimeMillis();
            // Dies: stops polling and never releases its locks (closing the engine does not unlock).
            a.close();

            Map<String, Date> lockExpiry = lockExpiryByCase(b.engine);
            assertThat(lockExpiry).containsOnlyKeys(cases);
            assertThat(lockExpiry.values())
                    .as("the locks written by node a last its lock time")
                    .allSatisfy(expiry ->
                            assertThat(expiry.getTime()).isBetween(beforeLocking + lockMillis, locked + lockMillis));
            long firstExpiry =
                    lockExpiry.values().stream().mapToLong(Date::getTime).min().orElseThrow();

            long bPolling = System.currentTimeMillis();
            b.jobExecutor.start();
            awaitUntil(() -> deadlineTimers(b.engine).isEmpty(), "node b has fired every deadline timer");
            b.stopJobs();

            assertThat(bPolling)
                    .as("node b was polling while node a's locks held, so waiting for them is tested")
                    .isLessThan(firstExpiry);
            assertThat(a.dropped.get())
                    .as("node a acquired jobs and died before running any")
                    .isPositive();
            assertThat(confiscations)
                    .as("one confiscation per case, none twice")
                    .extracting(Confiscation::caseId)
                    .containsExactlyInAnyOrderElementsOf(cases);
            assertThat(confiscations).allSatisfy(confiscation -> {
                assertThat(confiscation.node()).isEqualTo("b");
                assertThat(confiscation.atMillis())
                        .as("case %s confiscated after node a's lock on its timer expired", confiscation.caseId())
                        .isGreaterThanOrEqualTo(
                                lockExpiry.get(confiscation.caseId()).getTime());
            });
            System.out.printf(
                    "%s: node a's locks expired %d ms after locking; node b fired %d timers, the first %d ms after the"
                            + " first lock expired%n",
                    kind,
                    firstExpiry - locked,
                    confiscations.size(),
                    confiscations.stream()
                                    .mapToLong(Confiscation::atMillis)
                                    .min()
                                    .orElseThrow()
                            - firstExpiry);
        }
    }

    /** Cases waiting for a rebuttal whose deadline has passed: their deadline timers are due. */
    static List<String> startCasesPastTheirDeadline(ProcessEngine engine, String kind) {
        List<String> cases = new ArrayList<>();
        for (int i = 0; i < CASES; i++) {
            String caseId = kind + "-case-" + i + "-" + UUID.randomUUID();
            engine.getRuntimeService()
                    .startProcessInstanceByKey(
                            DetentionProcess.KEY, caseId, Map.of(DetentionProcess.VAR_CASE_ID, caseId));
            cases.add(caseId);
        }
        assertThat(deadlineTimers(engine)).hasSize(CASES);
        return cases;
    }

    static List<Job> deadlineTimers(ProcessEngine engine) {
        return engine.getManagementService()
                .createJobQuery()
                .activityId(DEADLINE_TIMER)
                .list();
    }

    static String lockOwner(Job job) {
        return ((JobEntity) job).getLockOwner();
    }

    static Map<String, Date> lockExpiryByCase(ProcessEngine engine) {
        Map<String, String> caseOfInstance = engine.getRuntimeService().createProcessInstanceQuery().list().stream()
                .collect(Collectors.toMap(ProcessInstance::getId, ProcessInstance::getBusinessKey));
        Map<String, Date> expiry = new HashMap<>();
        for (Job job : deadlineTimers(engine)) {
            expiry.put(caseOfInstance.get(job.getProcessInstanceId()), ((JobEntity) job).getLockExpirationTime());
        }
        return expiry;
    }

    static void waitForTheOther(CountDownLatch mine, CountDownLatch theOthers) {
        mine.countDown();
        try {
            // If the other node never starts one, both-nodes-fired fails rather than this hanging.
            theOthers.await(20, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static void awaitUntil(BooleanSupplier condition, String what) throws InterruptedException {
        long until = System.nanoTime() + PATIENCE.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > until) {
                throw new AssertionError("Not within " + PATIENCE + ": " + what);
            }
            Thread.sleep(50);
        }
    }

    record Confiscation(String node, String caseId, long atMillis) {}

    /**
     * One portal node: its own engine and connection pool on the shared database, its own job
     * executor, and its own stand-ins for the beans the model names.
     */
    static final class Node implements AutoCloseable {
        final ProcessEngine engine;
        final JobExecutor jobExecutor;
        final AtomicInteger dropped = new AtomicInteger();
        private final ExecutorService workers;
        private boolean closed;

        private Node(
                String name,
                SharedDatabase db,
                Queue<Confiscation> confiscations,
                Runnable beforeConfiscating,
                ExecutorService workers,
                int lockTimeInMillis) {
            this.workers = workers;
            Executor runsJobs = workers != null ? workers : job -> dropped.incrementAndGet();
            StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration();
            configuration.setProcessEngineName("two-engines-" + name + "-" + UUID.randomUUID());
            configuration.setJdbcUrl(db.url);
            configuration.setJdbcDriver(db.driver);
            configuration.setJdbcUsername(db.user);
            configuration.setJdbcPassword(db.password);
            EngineDefaults.apply(
                    configuration,
                    EssentialHistoryLevel.NAME,
                    stubs(new CaseSteps(name, confiscations, beforeConfiscating)));
            ManagedJobExecutor managed = new ManagedJobExecutor(managed(runsJobs), threads(name));
            // Short polling so the test takes seconds; the portal keeps Camunda's defaults.
            managed.setWaitTimeInMillis(50);
            managed.setMaxWait(200);
            managed.setLockTimeInMillis(lockTimeInMillis);
            configuration.setJobExecutor(managed);
            // Started by the test once the cases wait at their deadline.
            configuration.setJobExecutorActivate(false);
            engine = configuration.buildProcessEngine();
            jobExecutor = managed;
            // Each node deploys at startup as the portal does; the second finds the model deployed.
            new ProcessModelDeployer(engine.getRepositoryService(), TwoEngineJobExecutionTest.class.getClassLoader())
                    .deploy(ProcessModels.DEPLOYMENT_NAME, List.of(MODEL));
        }

        static Node start(
                String name,
                SharedDatabase db,
                Queue<Confiscation> confiscations,
                int workerThreads,
                Runnable beforeConfiscating,
                int lockTimeInMillis) {
            return new Node(
                    name,
                    db,
                    confiscations,
                    beforeConfiscating,
                    // Bounded, and what does not fit runs on the acquiring thread: a node then
                    // holds locks only on jobs it is working on, so the other node always finds
                    // due jobs left to take while the first confiscations are held.
                    new ThreadPoolExecutor(
                            workerThreads,
                            workerThreads,
                            0,
                            TimeUnit.MILLISECONDS,
                            new ArrayBlockingQueue<>(1),
                            threads(name + "-job"),
                            new ThreadPoolExecutor.CallerRunsPolicy()),
                    lockTimeInMillis);
        }

        /** A node whose job executor acquires and locks jobs, but dies before running any. */
        static Node dying(String name, SharedDatabase db, Queue<Confiscation> confiscations, int lockTimeInMillis) {
            return new Node(name, db, confiscations, () -> {}, null, lockTimeInMillis);
        }

        /** Stops acquiring and waits for the jobs already handed to the workers. */
        void stopJobs() throws InterruptedException {
            jobExecutor.shutdown();
            if (workers != null) {
                workers.shutdown();
                assertThat(workers.awaitTermination(PATIENCE.toSeconds(), TimeUnit.SECONDS))
                        .isTrue();
            }
        }

        @Override
        public void close() throws InterruptedException {
            if (!closed) {
                closed = true;
                stopJobs();
                engine.close();
            }
        }
    }

    /** The container's managed executor, as far as {@link ManagedJobExecutor} uses it. */
    static ManagedExecutorService managed(Executor executor) {
        return (ManagedExecutorService) Proxy.newProxyInstance(
                TwoEngineJobExecutionTest.class.getClassLoader(),
                new Class<?>[] {ManagedExecutorService.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "execute" -> {
                        executor.execute((Runnable) args[0]);
                        yield null;
                    }
                    case "toString" -> "managed " + executor;
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    static ManagedThreadFactory threads(String name) {
        ThreadFactory factory = runnable -> {
            Thread thread = new Thread(runnable, "node-" + name);
            thread.setDaemon(true);
            return thread;
        };
        return (ManagedThreadFactory) Proxy.newProxyInstance(
                TwoEngineJobExecutionTest.class.getClassLoader(),
                new Class<?>[] {ManagedThreadFactory.class, ThreadFactory.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("newThread") && args[0] instanceof Runnable runnable) {
                        return factory.newThread(runnable);
                    }
                    try {
                        return method.invoke(factory, args);
                    } catch (InvocationTargetException | IllegalArgumentException e) {
                        throw new UnsupportedOperationException(method.getName(), e);
                    }
                });
    }

    /** Every name the model's expressions use: deadlines already passed, steps that do nothing. */
    static Map<Object, Object> stubs(CaseSteps caseSteps) {
        Map<Object, Object> beans = new HashMap<>();
        beans.put("issueDetentionNotice", (JavaDelegate) execution -> {});
        beans.put("detentionRules", new PassedDeadline());
        beans.put("caseSteps", caseSteps);
        beans.put("caseFourEyes", (TaskListener) task -> {});
        return beans;
    }

    /** Stands in for {@code DetentionRules}: the rebuttal deadline has passed, every other date lies ahead. */
    public static final class PassedDeadline {
        public Date reminderDate(String caseId) {
            return days(25);
        }

        public Date dayAfterDeadline(String caseId) {
            return days(-1);
        }

        public Date decisionAlertDate(String caseId) {
            return days(25);
        }

        public Date dayAfterDecisionDue(String caseId) {
            return days(31);
        }

        public Date dayAfterProtestWindow(String caseId) {
            return days(91);
        }

        public Date dayAfterProtestDecisionDue(String caseId) {
            return days(31);
        }

        private static Date days(int days) {
            return Date.from(Instant.now().plus(Duration.ofDays(days)));
        }
    }

    /** Stands in for {@code CaseSteps} on one node: records each confiscation, by node and time. */
    public static final class CaseSteps {
        private final String node;
        private final Queue<Confiscation> confiscations;
        private final Runnable beforeConfiscating;

        CaseSteps(String node, Queue<Confiscation> confiscations, Runnable beforeConfiscating) {
            this.node = node;
            this.confiscations = confiscations;
            this.beforeConfiscating = beforeConfiscating;
        }

        public void confiscateAtDeadline(String caseId) {
            confiscations.add(new Confiscation(node, caseId, System.currentTimeMillis()));
            beforeConfiscating.run();
        }

        public void remind(String caseId) {}

        public void free(String caseId) {}

        public boolean rebuttalOnFile(String caseId) {
            return true;
        }

        public void alertDecisionDue(String caseId) {}

        public void deemExcluded(String caseId) {}

        public void deemProtestDenied(String caseId) {}
    }

    /**
     * A database both nodes use, migrated to the application's schema by its own Flyway
     * migrations, as the portal's is; removed afterwards.
     */
    static final class SharedDatabase implements AutoCloseable {
        static final String PG_SERVER = "jdbc:postgresql://127.0.0.1:5432/";
        static final String PG_USER = "postgres";

        final String url;
        final String driver;
        final String user;
        final String password;
        private final String pgName;

        private SharedDatabase(String url, String driver, String user, String password, String pgName) {
            this.url = url;
            this.driver = driver;
            this.user = user;
            this.password = password;
            this.pgName = pgName;
        }

        static SharedDatabase create(String kind) throws SQLException {
            SharedDatabase db;
            DataSource dataSource;
            if (kind.equals("h2")) {
                // Named in-memory H2 is one database for every connection in this JVM.
                db = new SharedDatabase(
                        "jdbc:h2:mem:two-engines-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1",
                        "org.h2.Driver",
                        "sa",
                        "",
                        null);
                JdbcDataSource h2 = new JdbcDataSource();
                h2.setURL(db.url);
                h2.setUser(db.user);
                dataSource = h2;
            } else {
                assumeTrue(postgresAnswers(), "no PostgreSQL at " + PG_SERVER + " (user " + PG_USER + ")");
                String name = "onus_two_engines_"
                        + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
                maintenance("CREATE DATABASE " + name);
                db = new SharedDatabase(PG_SERVER + name, "org.postgresql.Driver", PG_USER, "", name);
                PGSimpleDataSource pg = new PGSimpleDataSource();
                pg.setURL(db.url);
                pg.setUser(db.user);
                dataSource = pg;
            }
            DatabaseMigrations.migrate(dataSource);
            return db;
        }

        static boolean postgresAnswers() {
            try (Connection ignored =
                    DriverManager.getConnection(PG_SERVER + "postgres?connectTimeout=2", PG_USER, "")) {
                return true;
            } catch (SQLException e) {
                return false;
            }
        }

        private static void maintenance(String sql) throws SQLException {
            try (Connection c = DriverManager.getConnection(PG_SERVER + "postgres", PG_USER, "");
                    Statement s = c.createStatement()) {
                s.execute(sql);
            }
        }

        @Override
        public void close() throws SQLException {
            if (pgName != null) {
                maintenance("DROP DATABASE IF EXISTS " + pgName + " WITH (FORCE)");
            } else {
                try (Connection c = DriverManager.getConnection(url, user, password);
                        Statement s = c.createStatement()) {
                    s.execute("SHUTDOWN");
                }
            }
        }
    }
}
