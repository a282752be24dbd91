package org.onus.core.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onus.core.persistence.DatabaseMigrations;

class AuditStoreTest {

    private final AuditStore store = new AuditStore();
    private JdbcDataSource dataSource;

    @BeforeEach
    void freshDatabase() {
        dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:audit-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000");
        dataSource.setUser("sa");
        DatabaseMigrations.migrate(dataSource);
    }

    @Test
    void eventsAreNumberedFromOneAndEachLinksToTheOneBefore() throws SQLException {
        AuditEvent first = append("regulator", "policy.created", "StatePolicy", "p-1", null, "{\"title\":\"A\"}");
        AuditEvent second =
                append("regulator", "policy.status-changed", "StatePolicy", "p-1", "{\"s\":1}", "{\"s\":2}");

        assertThat(first.sequence()).isEqualTo(1);
        assertThat(first.previousHash()).isEqualTo(AuditEvent.GENESIS);
        assertThat(second.sequence()).isEqualTo(2);
        assertThat(second.previousHash()).isEqualTo(first.hash());
        assertThat(verify()).isEqualTo(AuditVerification.intact(2));
    }

    @Test
    void anEmptyChainIsValid() throws SQLException {
        assertThat(verify()).isEqualTo(AuditVerification.intact(0));
    }

    @Test
    void aChangedEventIsFoundAtItsSequenceNumber() throws SQLException {
        for (int i = 0; i < 5; i++) {
            append("officer", "case.decided", "DetentionCase", "c-" + i, null, "{\"outcome\":\"CONFISCATE\"}");
        }

        sql("update audit_event set after_state = '{\"outcome\":\"RELEASE\"}' where seq = 3");

        AuditVerification result = verify();
        assertThat(result.valid()).isFalse();
        assertThat(result.firstBrokenAt()).isEqualTo(3);
        assertThat(result.problem()).contains("no longer matches");
    }

    @Test
    void aRecomputedHashStillBreaksTheLinkToTheNextEvent() throws SQLException {
        for (int i = 0; i < 4; i++) {
            append("officer", "case.decided", "DetentionCase", "c-" + i, null, null);
        }
        AuditEvent second = find(2);
        String forged = AuditEvent.hashOf(
                2,
                second.occurredAt(),
                "someone-else",
                second.actorRoles(),
                second.action(),
                second.entityType(),
                second.entityId(),
                null,
                null,
                second.previousHash());

        sql("update audit_event set actor = 'someone-else', hash = '" + forged + "' where seq = 2");

        assertThat(verify().firstBrokenAt()).isEqualTo(3);
    }

    @Test
    void aRemovedEventLeavesAGap() throws SQLException {
        for (int i = 0; i < 4; i++) {
            append("admin", "sector.changed", "Sector", "COTTON", null, null);
        }

        sql("delete from audit_event where seq = 2");

        AuditVerification result = verify();
        assertThat(result.firstBrokenAt()).isEqualTo(2);
        assertThat(result.problem()).contains("missing");
    }

    @Test
    void removingTheNewestEventsIsCaughtByTheHead() throws SQLException {
        for (int i = 0; i < 4; i++) {
            append("admin", "sector.changed", "Sector", "COTTON", null, null);
        }

        sql("delete from audit_event where seq >= 3");

        AuditVerification result = verify();
        assertThat(result.valid()).isFalse();
        assertThat(result.problem()).contains("head");
    }

    @Test
    void concurrentAppendsQueueUpIntoOneUnbrokenChain() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<?>> work = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            int thread = t;
            work.add(pool.submit(() -> {
                for (int i = 0; i < 25; i++) {
                    try (Connection c = dataSource.getConnection()) {
                        c.setAutoCommit(false);
                        store.append(
                                c,
                                Instant.now(),
                                "user-" + thread,
                                "auditor",
                                "probe",
                                "Probe",
                                thread + "-" + i,
                                null,
                                null);
                        c.commit();
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : work) {
            f.get();
        }
        pool.shutdown();

        assertThat(verify()).isEqualTo(AuditVerification.intact(100));
    }

    @Test
    void findsEventsOfOneEntityNewestFirst() throws SQLException {
        append("regulator", "policy.created", "StatePolicy", "p-1", null, null);
        append("regulator", "policy.created", "StatePolicy", "p-2", null, null);
        append("senior-regulator", "policy.status-changed", "StatePolicy", "p-1", null, null);

        try (Connection c = dataSource.getConnection()) {
            List<AuditEvent> events = store.find(c, AuditQuery.forEntity("StatePolicy", "p-1"));

            assertThat(events).extracting(AuditEvent::sequence).containsExactly(3L, 1L);
            assertThat(events.get(0).actor()).isEqualTo("senior-regulator");
        }
    }

    private AuditEvent append(String actor, String action, String type, String id, String before, String after)
            throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            return store.append(c, Instant.now(), actor, "regulator", action, type, id, before, after);
        }
    }

    private AuditEvent find(long sequence) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            return store.find(c, new AuditQuery(null, null, null, null, null, null, sequence + 1, 1))
                    .get(0);
        }
    }

    private AuditVerification verify() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            return store.verify(c);
        }
    }

    private void sql(String statement) throws SQLException {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            s.execute(statement);
        }
    }
}
