package org.onus.core.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.h2.jdbcx.JdbcDataSource;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.onus.core.persistence.MigratedH2;

/**
 * Two members of a new organisation act at the same moment, each in a unit of work of its own, on
 * the real schema. The second must neither fail on the unique code nor register a second row: it
 * waits for the first and uses what the first left, which is nothing if the first rolled back.
 */
class OrganisationRegistrationRaceTest {

    static final Instant AT = Instant.parse("2026-12-04T10:00:00Z");
    static SessionFactory factory;
    static final ExecutorService SECOND_MEMBER = Executors.newSingleThreadExecutor();

    @BeforeAll
    static void schema() {
        JdbcDataSource dataSource = MigratedH2.dataSource("org-race");
        factory = MigratedH2.sessions(dataSource, Organisation.class);
    }

    @AfterAll
    static void close() {
        SECOND_MEMBER.shutdownNow();
        factory.close();
    }

    static Organisation firstSeen(String code, String by) {
        return Organisation.firstSeen(OrganisationCode.of(code), OrganisationKind.IMPORTER, by, AT);
    }

    /** The second member's whole unit of work, on its own thread: register, then commit. */
    static CompletableFuture<Organisation> secondMemberRegisters(String code) {
        return CompletableFuture.supplyAsync(
                () -> {
                    try (Session session = factory.openSession()) {
                        session.beginTransaction();
                        Organisation registered = new JpaOrganisationRepository(session)
                                .registerIfMissing(firstSeen(code, "second-member"));
                        session.getTransaction().commit();
                        return registered;
                    }
                },
                SECOND_MEMBER);
    }

    static long rows(String code) {
        try (Session session = factory.openSession()) {
            return session.createQuery("select count(o) from Organisation o where o.code = :code", Long.class)
                    .setParameter("code", OrganisationCode.of(code))
                    .getSingleResult();
        }
    }

    @Test
    void theSecondMemberWaitsAndUsesTheOrganisationTheFirstRegistered() throws Exception {
        CompletableFuture<Organisation> second;
        Organisation first;
        try (Session session = factory.openSession()) {
            session.beginTransaction();
            first = new JpaOrganisationRepository(session).registerIfMissing(firstSeen("RACE-COMMIT", "first-member"));
            second = secondMemberRegisters("RACE-COMMIT");
            Thread.sleep(500);
            assertThat(second)
                    .as("the second registration waits for the first unit of work")
                    .isNotDone();
            session.getTransaction().commit();
        }
        Organisation seen = second.get(20, TimeUnit.SECONDS);
        assertThat(seen.id()).isEqualTo(first.id());
        assertThat(seen.registeredBy()).isEqualTo("first-member");
        assertThat(rows("RACE-COMMIT")).isEqualTo(1);
    }

    @Test
    void whenTheFirstUnitOfWorkRollsBackTheSecondRegistersTheOrganisation() throws Exception {
        CompletableFuture<Organisation> second;
        try (Session session = factory.openSession()) {
            session.beginTransaction();
            new JpaOrganisationRepository(session).registerIfMissing(firstSeen("RACE-ROLLBACK", "first-member"));
            second = secondMemberRegisters("RACE-ROLLBACK");
            Thread.sleep(500);
            assertThat(second).isNotDone();
            session.getTransaction().rollback();
        }
        Organisation seen = second.get(20, TimeUnit.SECONDS);
        assertThat(seen.registeredBy()).isEqualTo("second-member");
        assertThat(rows("RACE-ROLLBACK")).isEqualTo(1);
    }

    @Test
    void anOrganisationAlreadyRegisteredIsReturnedAsItIs() {
        Organisation first;
        try (Session session = factory.openSession()) {
            session.beginTransaction();
            first = new JpaOrganisationRepository(session).registerIfMissing(firstSeen("KNOWN", "first-member"));
            session.getTransaction().commit();
        }
        try (Session session = factory.openSession()) {
            session.beginTransaction();
            Organisation again =
                    new JpaOrganisationRepository(session).registerIfMissing(firstSeen("KNOWN", "someone-else"));
            session.getTransaction().commit();
            assertThat(again.id()).isEqualTo(first.id());
        }
        assertThat(rows("KNOWN")).isEqualTo(1);
    }
}
