package org.onus.benchmarks;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.onus.core.audit.AuditStore;
import org.onus.core.audit.AuditVerification;
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

/**
 * How long {@code GET /api/v1/audit/verify} takes on a long chain: read every event in order,
 * recompute its hash, check every link and the head.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(1)
@State(Scope.Benchmark)
public class AuditVerifyBenchmark {

    @Param({"h2", "postgresql"})
    String database;

    @Param({"1000000"})
    long events;

    private BenchmarkDatabase db;
    private Connection connection;
    private final AuditStore store = new AuditStore();

    @Setup(Level.Trial)
    public void fillTheChain() throws SQLException {
        db = BenchmarkDatabase.create(database);
        connection = db.connect();
        // PostgreSQL streams a result set (fetch size) only outside auto-commit, as in the server's transaction.
        connection.setAutoCommit(false);
        Instant start = Instant.parse("2026-01-01T00:00:00Z");
        for (long i = 1; i <= events; i++) {
            store.append(
                    connection,
                    start.plusMillis(i),
                    "officer",
                    "customs-officer",
                    "case.decided",
                    "DetentionCase",
                    "case-" + i,
                    AuditAppendBenchmark.BEFORE,
                    AuditAppendBenchmark.AFTER);
            if (i % 10_000 == 0) {
                connection.commit();
            }
        }
        connection.commit();
    }

    @TearDown(Level.Trial)
    public void drop() throws SQLException {
        connection.close();
        db.close();
    }

    @Benchmark
    public AuditVerification verifyTheWholeChain() throws SQLException {
        AuditVerification result = store.verify(connection);
        connection.commit();
        if (!result.valid() || result.checked() != events) {
            throw new IllegalStateException("The benchmark's chain did not verify: " + result);
        }
        return result;
    }
}
