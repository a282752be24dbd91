package org.onus.benchmarks;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.onus.core.audit.AuditEvent;
import org.onus.core.audit.AuditStore;
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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * How many audit events per second the chain takes, each appended and committed in its own
 * transaction as a service call does (lock the head, hash, insert, move the head, commit).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 10)
@Fork(1)
public class AuditAppendBenchmark {

    /** A policy-sized change, as the services record them. */
    static final String BEFORE = "{\"authority\":\"XUAR People's Government\",\"regionCodes\":[\"650000\"],"
            + "\"status\":\"IN_FORCE\",\"title\":\"Southern Xinjiang Employment Promotion Project\"}";

    static final String AFTER = BEFORE.replace("IN_FORCE", "REPEAL_CLAIMED");

    @State(Scope.Benchmark)
    public static class Chain {

        @Param({"h2", "postgresql"})
        String database;

        BenchmarkDatabase db;
        final AuditStore store = new AuditStore();
        final AtomicLong entities = new AtomicLong();

        @Setup(Level.Trial)
        public void create() throws SQLException {
            db = BenchmarkDatabase.create(database);
        }

        @TearDown(Level.Trial)
        public void drop() throws SQLException {
            db.close();
        }
    }

    @State(Scope.Thread)
    public static class Writer {

        Connection connection;

        @Setup(Level.Trial)
        public void open(Chain chain) throws SQLException {
            connection = chain.db.connect();
            connection.setAutoCommit(false);
        }

        @TearDown(Level.Trial)
        public void close() throws SQLException {
            connection.close();
        }
    }

    @Benchmark
    public AuditEvent appendOnePerTransaction(Chain chain, Writer writer) throws SQLException {
        return append(chain, writer);
    }

    /** Four writers at once: appends queue on the chain's head, so this shows the cost of waiting. */
    @Benchmark
    @Threads(4)
    public AuditEvent appendFromFourThreads(Chain chain, Writer writer) throws SQLException {
        return append(chain, writer);
    }

    private static AuditEvent append(Chain chain, Writer writer) throws SQLException {
        AuditEvent event = chain.store.append(
                writer.connection,
                Instant.now(),
                "regulator",
                "regulator,senior-regulator",
                "policy.status-changed",
                "StatePolicy",
                "policy-" + chain.entities.incrementAndGet(),
                BEFORE,
                AFTER);
        writer.connection.commit();
        return event;
    }
}
