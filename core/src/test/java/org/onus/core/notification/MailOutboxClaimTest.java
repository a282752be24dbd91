package org.onus.core.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onus.core.persistence.MigratedH2;

/**
 * The outbox's claim on the real schema (H2, every migration): a mail goes to one sender at a time,
 * a sender whose listing is out of date takes nothing, a sent mail is never taken again, and one
 * whose sender died is taken again once the lease has run out.
 */
class MailOutboxClaimTest {

    static final Instant QUEUED = Instant.parse("2026-12-05T10:00:00.123Z");
    static final Duration LEASE = Duration.ofMinutes(5);

    JdbcDataSource database;
    SessionFactory sessions;

    @BeforeEach
    void schema() {
        database = MigratedH2.dataSource("mail-claim");
        sessions = MigratedH2.sessions(database, OutboundEmail.class);
    }

    @AfterEach
    void close() {
        sessions.close();
    }

    @Test
    void oneSenderTakesAMailAndASecondWithTheSameListingTakesNothing() {
        UUID id = queued();
        OutboundEmail seenByFirst = listed(id);
        OutboundEmail seenBySecond = listed(id);

        assertThat(outboxAt(QUEUED.plusSeconds(1)).claim(seenByFirst, LEASE)).isTrue();
        assertThat(outboxAt(QUEUED.plusSeconds(2)).claim(seenBySecond, LEASE)).isFalse();
        assertThat(listed(id).nextAttemptAt()).isEqualTo(QUEUED.plusSeconds(1).plus(LEASE));
    }

    @Test
    void aMailWhoseSenderDiedIsTakenAgainWithAFreshListingButNotWithTheOldOne() {
        UUID id = queued();
        OutboundEmail before = listed(id);
        assertThat(outboxAt(QUEUED.plusSeconds(1)).claim(before, LEASE)).isTrue();

        Instant leaseOver = QUEUED.plusSeconds(1).plus(LEASE).plusSeconds(1);
        assertThat(outboxAt(leaseOver).claim(before, LEASE)).isFalse();
        assertThat(outboxAt(leaseOver).claim(listed(id), LEASE)).isTrue();
    }

    @Test
    void aSentMailIsNeverTakenAgain() {
        UUID id = queued();
        OutboundEmail seen = listed(id);
        sessions.inTransaction(s -> s.find(OutboundEmail.class, id).sent(QUEUED.plusSeconds(1)));

        assertThat(outboxAt(QUEUED.plusSeconds(2)).claim(seen, LEASE)).isFalse();
        assertThat(listed(id).sentAt()).isEqualTo(QUEUED.plusSeconds(1));
    }

    MailOutbox outboxAt(Instant now) {
        MailOutbox outbox = new MailOutbox();
        outbox.dataSource = database;
        outbox.clock = Clock.fixed(now, ZoneOffset.UTC);
        return outbox;
    }

    UUID queued() {
        OutboundEmail mail =
                new OutboundEmail("importer@example.org", "Detention notice", "Your entry is detained", QUEUED);
        sessions.inTransaction(s -> s.persist(mail));
        return mail.id();
    }

    /** The mail as a sender lists it: read from the table, then detached. */
    OutboundEmail listed(UUID id) {
        return sessions.fromTransaction(s -> s.find(OutboundEmail.class, id));
    }
}
